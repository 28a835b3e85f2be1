// plan.cc: placeholder until the module lands.
