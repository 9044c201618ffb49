# SPDX-License-Identifier: MIT
# cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P checktranslations.cmake
# Fails when a user-facing text in app/ or ui/ has no finished Korean and English translation:
# runs lupdate over the current sources into copies of the .ts files, so a text added without
# updating translations/ is caught, not only one marked unfinished there.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies)
foreach(language ko en)
    configure_file("${SOURCE_DIR}/translations/loyalty-kiosk_${language}.ts"
                   "${WORK_DIR}/loyalty-kiosk_${language}.ts" COPYONLY)
    list(APPEND copies "${WORK_DIR}/loyalty-kiosk_${language}.ts")
endforeach()
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none -extensions cpp,h
            "${SOURCE_DIR}/app" "${SOURCE_DIR}/ui" -ts ${copies}
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${status})")
endif()
set(problems "")
foreach(copy ${copies})
    file(READ "${copy}" content)
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"(unfinished|vanished|obsolete)\""
           missing "${content}")
    foreach(entry ${missing})
        string(REGEX REPLACE "^<source>([^<]*)</source>.*" "\\1" text "${entry}")
        string(APPEND problems "\n  ${copy}: ${text}")
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "texts without a finished translation (run the kioskui_lupdate target "
                        "and translate them in translations/):${problems}")
endif()
message(STATUS "every text is translated in Korean and English")
