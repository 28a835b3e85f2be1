// reader.cc: placeholder until the module lands.
