// command.cc: placeholder until the module lands.
