// run.cc: placeholder until the module lands.
