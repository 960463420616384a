# The core's pipeline stages, in the order a page travels through them. Each stage is a folder of core/
# (sources and private headers) with its public headers in include/firsthand/<stage>.h and
# include/firsthand/<stage>/. A stage includes only stages before it; tests/layout checks that rule.
# Shared by the native library (core/CMakeLists.txt) and the wasm build (wasm/CMakeLists.txt).
set(FIRSTHAND_CORE_STAGES page extract fingerprint compare index verdict warm_up)

# Every core source of every stage (each stage's own folder only: core/page/html/ is a target of its own).
function(firsthand_core_sources core_dir out_var)
  set(sources)
  foreach(stage IN LISTS FIRSTHAND_CORE_STAGES)
    file(GLOB stage_sources CONFIGURE_DEPENDS ${core_dir}/${stage}/*.cpp)
    list(APPEND sources ${stage_sources})
  endforeach()
  set(${out_var} ${sources} PARENT_SCOPE)
endfunction()
