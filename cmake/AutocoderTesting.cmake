# Helpers for the test suite: one Qt Test executable per unit, registered with
# ctest, always headless.
include_guard(GLOBAL)

set(AUTOCODER_NODE_MODULES "${PROJECT_BINARY_DIR}/node/node_modules" CACHE PATH
    "node_modules folder the set-up script fills with the npm packages tests need")
set(AUTOCODER_TEMPLATES_DIR "${PROJECT_BINARY_DIR}/sandbox-templates" CACHE PATH
    "Sandbox templates prepared once for the test suite")

# autocoder_add_test(<name> SOURCES ... LIBRARIES ... [TIMEOUT s] [LABELS ...]
#                    [ENVIRONMENT K=V ...] [WRAPPER cmd ...])
function(autocoder_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBRARIES;LABELS;ENVIRONMENT;WRAPPER" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES} Autocoder::BuildFlags)
    target_compile_definitions(${name} PRIVATE
        AUTOCODER_TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}"
        AUTOCODER_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${name} COMMAND ${ARG_WRAPPER} $<TARGET_FILE:${name}>)
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        SKIP_RETURN_CODE 77
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;NODE_PATH=${AUTOCODER_NODE_MODULES};AUTOCODER_NODE_MODULES=${AUTOCODER_NODE_MODULES};AUTOCODER_TEMPLATES_DIR=${AUTOCODER_TEMPLATES_DIR};${ARG_ENVIRONMENT}")
endfunction()

# autocoder_add_benchmark(<name> SOURCES ... LIBRARIES ...)
# Benchmarks are built with the tests but run only by scripts/bench.sh: their
# figures belong in reports, not in pass/fail decisions.
function(autocoder_add_benchmark name)
    if(NOT AUTOCODER_BUILD_BENCHMARKS)
        return()
    endif()
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES} Autocoder::BuildFlags)
    target_compile_definitions(${name} PRIVATE
        AUTOCODER_TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}"
        AUTOCODER_BINARY_DIR="${PROJECT_BINARY_DIR}")
    set_property(GLOBAL APPEND PROPERTY AUTOCODER_BENCHMARKS ${name})
endfunction()
