// generate.cc: placeholder until the module lands.
