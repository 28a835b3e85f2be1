SELECT 'raw include';
