# form4_settings: one INTERFACE target carrying the language standard, warnings
# and sanitizers; every form4 target links it.
add_library(form4_settings INTERFACE)
target_compile_features(form4_settings INTERFACE cxx_std_20)
target_compile_options(form4_settings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wold-style-cast)
if(FORM4_WERROR)
  target_compile_options(form4_settings INTERFACE -Werror)
endif()
if(FORM4_SANITIZE)
  # e.g. -DFORM4_SANITIZE=address,undefined
  target_compile_options(form4_settings INTERFACE
    -fsanitize=${FORM4_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(form4_settings INTERFACE -fsanitize=${FORM4_SANITIZE})
endif()
if(FORM4_BUILD_FUZZERS)
  # Coverage instrumentation for libFuzzer in every target; fuzzers add -fsanitize=fuzzer.
  target_compile_options(form4_settings INTERFACE -fsanitize=fuzzer-no-link)
  target_link_options(form4_settings INTERFACE -fsanitize=fuzzer-no-link)
endif()
