# The layering rule of slotproof's libraries, one folder each (CMakeLists.txt,
# slotproof_module): a source file may include headers of its own folder and
# of the folders its library declares as dependencies, nothing else. Checked
# when CMake configures, so `verify/` including `solve/` fails the build
# before anything compiles.
#
#   slotproof_check_layer(ROOT DIR ALLOWED...)   from CMakeLists.txt
#   cmake -DROOT=R -DDIR=D -DALLOWED="a;b" -P cmake/check_layer.cmake   (the test)

if(CMAKE_SCRIPT_MODE_FILE)
  cmake_policy(VERSION 3.25)  # IN_LIST; a project has its policies already
endif()

function(slotproof_check_layer root dir)
  string(REGEX REPLACE "/.*" "" self "${dir}")
  file(GLOB_RECURSE files "${root}/${dir}/*.cpp" "${root}/${dir}/*.h")
  list(SORT files)
  foreach(f IN LISTS files)
    file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include[ \t]+\"[A-Za-z0-9_]+/")
    foreach(line IN LISTS lines)
      string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]+\"([A-Za-z0-9_]+)/.*" "\\1" folder "${line}")
      if(NOT folder STREQUAL self AND NOT folder IN_LIST ARGN)
        file(RELATIVE_PATH rel "${root}" "${f}")
        message(FATAL_ERROR "${rel}: includes ${folder}/, but ${dir} does not depend on ${folder} "
                            "(declared dependencies: ${ARGN}; see slotproof_module in CMakeLists.txt)")
      endif()
    endforeach()
  endforeach()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE AND DEFINED ROOT AND DEFINED DIR)
  slotproof_check_layer("${ROOT}" "${DIR}" ${ALLOWED})
endif()
