// connection.cc: placeholder until the module lands.
