// checksum.cc: placeholder until the module lands.
