# One INTERFACE target carries the compile settings every Equimark target shares, so a
# warning flag or a Qt API cut-off is decided in exactly one place.
add_library(equimark_settings INTERFACE)
add_library(Equimark::settings ALIAS equimark_settings)

target_compile_features(equimark_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(equimark_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    EQUIMARK_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(equimark_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-qual
        -Wimplicit-fallthrough)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        # GCC 12 at -O2 reports std::variant storage (our Result<T>) as "maybe uninitialized"
        # where it cannot be; the diagnostic is known to misfire there, so it stays off.
        target_compile_options(equimark_settings INTERFACE -Wno-maybe-uninitialized)
    endif()
    if(EQUIMARK_WERROR)
        target_compile_options(equimark_settings INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(equimark_settings INTERFACE /W4 /permissive- /utf-8)
    if(EQUIMARK_WERROR)
        target_compile_options(equimark_settings INTERFACE /WX)
    endif()
endif()

# Sanitizers: AddressSanitizer + UndefinedBehaviorSanitizer on every Equimark target (the
# `asan` preset). Any finding aborts the process, so a test that trips one fails.
option(EQUIMARK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(EQUIMARK_SANITIZE)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        message(FATAL_ERROR "EQUIMARK_SANITIZE needs GCC or Clang.")
    endif()
    set(EQUIMARK_SANITIZE_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all
        -fno-omit-frame-pointer)
    target_compile_options(equimark_settings INTERFACE ${EQUIMARK_SANITIZE_FLAGS})
    target_link_options(equimark_settings INTERFACE ${EQUIMARK_SANITIZE_FLAGS})
endif()

# libFuzzer harnesses (tests/fuzz, scripts/fuzz.sh): every target gets coverage
# instrumentation; only the harness executables link libFuzzer's main().
option(EQUIMARK_FUZZ "Build the libFuzzer harnesses in tests/fuzz (needs Clang)" OFF)
if(EQUIMARK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "EQUIMARK_FUZZ needs Clang (libFuzzer is part of Clang); "
                            "configure with -DCMAKE_CXX_COMPILER=clang++, or run scripts/fuzz.sh.")
    endif()
    target_compile_options(equimark_settings INTERFACE -fsanitize=fuzzer-no-link)
endif()
