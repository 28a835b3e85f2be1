// basalt's entry point: hands the arguments to the CLI.
int main() { return 0; }
