// invert.cc: placeholder until the module lands.
