# Warnings are errors in every build of basalt's own code.
add_library(basalt_warnings INTERFACE)
target_compile_options(basalt_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Werror -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Wunused -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
