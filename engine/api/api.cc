// api.cc: placeholder until the module lands.
