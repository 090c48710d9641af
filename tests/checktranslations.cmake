# Fails when lupdate, run over the sources as update_translations runs it, would change what the
# German and French translations hold: a user-visible string that no .ts file has yet (so it shows
# in English), a string filed under a context it is not looked up in at run time (lupdate files
# free tr() wrappers under the class it guesses, and then the translation is never found), or a
# class with tr() calls that lupdate cannot see ("lacks Q_OBJECT macro").
# Usage: cmake -DLUPDATE=<lupdate> -DSOURCE_DIR=<repository> -DWORK_DIR=<scratch> -P checktranslations.cmake

file(GLOB_RECURSE sources "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/documents/*.cpp"
     "${SOURCE_DIR}/documents/*.h" "${SOURCE_DIR}/ui/*.cpp"
     "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(problems "")
foreach(language IN ITEMS de fr)
    set(copy "${WORK_DIR}/clientele_${language}.ts")
    file(COPY_FILE "${SOURCE_DIR}/translations/clientele_${language}.ts" "${copy}")
    file(WRITE "${WORK_DIR}/sources.lst" "")
    foreach(source IN LISTS sources)
        file(APPEND "${WORK_DIR}/sources.lst" "${source}\n")
    endforeach()
    execute_process(COMMAND "${LUPDATE}" -no-obsolete -locations none "@${WORK_DIR}/sources.lst" -ts "${copy}"
                    OUTPUT_VARIABLE output ERROR_VARIABLE output RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        string(APPEND problems "\n  lupdate failed for ${language}:\n${output}")
        continue()
    endif()
    string(REGEX MATCHALL "[^\n]*lacks Q_OBJECT macro[^\n]*" missing_macros "${output}")
    foreach(line IN LISTS missing_macros)
        string(APPEND problems "\n  ${line}")
    endforeach()
    file(READ "${copy}" updated)
    string(REGEX MATCHALL "<translation type=\"unfinished\"" unfinished "${updated}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        string(APPEND problems "\n  clientele_${language}.ts: ${count} strings without a finished translation "
                               "once the sources are read (run the update_translations target and translate them)")
    endif()
endforeach()

if(problems)
    message(FATAL_ERROR "Translations do not match the sources:${problems}")
endif()
