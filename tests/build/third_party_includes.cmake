# Each third-party library is included from one folder only (DESIGN.md). Their headers sit in
# /usr/include, which every target sees, so include directories cannot confine them (libpq's
# /usr/include/postgresql aside): this scan does. Usage: cmake -D SOURCE_DIR=<repository> -P <this>
set(_rules  # header prefix (a regex) | the one folder that may include it
  "yaml-cpp/|changelog-formats/yaml/"
  "pugixml|changelog-formats/xml/"
  "pqxx/|engine/pg/"
  "libpq-fe\\.h|engine/pg/"
  "CLI/|engine/cli/"
  "doctest/|tests/"
  "openssl/|engine/checksum/"
  "pg_query|engine/sqlparse/"
  "protobuf-c/|engine/sqlparse/"
  "zlib\\.h|changelog-formats/change_files\\.cc")
file(GLOB_RECURSE _files RELATIVE ${SOURCE_DIR} LIST_DIRECTORIES false
     ${SOURCE_DIR}/engine/* ${SOURCE_DIR}/changelog-formats/* ${SOURCE_DIR}/tests/* ${SOURCE_DIR}/examples/*)
list(FILTER _files INCLUDE REGEX "\\.(h|hh|hpp|c|cc|cpp)$")
set(_bad "")
foreach(_f IN LISTS _files)
  file(STRINGS ${SOURCE_DIR}/${_f} _includes REGEX "^[ \t]*#[ \t]*include")
  foreach(_rule IN LISTS _rules)
    string(REPLACE "|" ";" _rule "${_rule}")
    list(GET _rule 0 _header)
    list(GET _rule 1 _folder)
    foreach(_line IN LISTS _includes)
      if(_line MATCHES "include[ \t]*[<\"](${_header})" AND NOT _f MATCHES "^${_folder}")
        string(APPEND _bad "  ${_f}: ${_line} (only ${_folder} may)\n")
      endif()
    endforeach()
  endforeach()
endforeach()
list(LENGTH _files _n)
if(_bad)
  message(FATAL_ERROR "third-party headers outside their folder:\n${_bad}")
endif()
message(STATUS "${_n} files: every third-party header is included from its own folder only")
