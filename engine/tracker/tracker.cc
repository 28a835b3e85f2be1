// tracker.cc: placeholder until the module lands.
