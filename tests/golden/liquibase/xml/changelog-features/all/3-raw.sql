SELECT 'raw, no header';
