// basalt's entry point: hands the arguments to the CLI.
#include "engine/cli/cli.h"

int main(int argc, char** argv) { return basalt::cli::main(argc, argv); }
