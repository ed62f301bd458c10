# One interface target that carries the warnings, the strict Qt defines and the
# sanitizer flags. Every project target links it PRIVATE.
add_library(autocoder_build_flags INTERFACE)
add_library(Autocoder::BuildFlags ALIAS autocoder_build_flags)

target_compile_options(autocoder_build_flags INTERFACE
    -Wall -Wextra -Wpedantic
    -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-align
    -Wformat=2 -Wimplicit-fallthrough -Wmissing-declarations
    $<$<BOOL:${AUTOCODER_WERROR}>:-Werror>)

# Strict Qt: no connect() without a context object (enforced from Qt 6.7 on,
# documented intent before that), no Qt keywords that clash with other
# libraries, no implicit conversions that hide encoding or URL mistakes.
target_compile_definitions(autocoder_build_flags INTERFACE
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    AUTOCODER_VERSION="${PROJECT_VERSION}")

if(AUTOCODER_SANITIZE)
    set(_autocoder_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_compile_options(autocoder_build_flags INTERFACE ${_autocoder_san})
    target_link_options(autocoder_build_flags INTERFACE ${_autocoder_san})
endif()
