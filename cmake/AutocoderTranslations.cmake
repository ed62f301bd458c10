# What lupdate reads and how: shared by the app's update_translations target and the i18n
# tests, so that the committed .ts files, the pseudo translation and the up-to-date check
# all see the same messages. Every folder whose text reaches the user is read (core's
# messages end up in dialogs and the headless output too), not only one target's sources.

set(AUTOCODER_TS_DIR "${PROJECT_SOURCE_DIR}/translations")
# Translated in full.
set(AUTOCODER_TS_FILES "${AUTOCODER_TS_DIR}/autocoder_de.ts" "${AUTOCODER_TS_DIR}/autocoder_fr.ts")
# English source text needs only its plural forms ("%n file(s)" → "1 file", "2 files").
set(AUTOCODER_TS_PLURALS "${AUTOCODER_TS_DIR}/autocoder_en.ts")
# Relative to PROJECT_SOURCE_DIR, so that the files do not depend on where the tree is.
set(AUTOCODER_LUPDATE_DIRS core ui app)
set(AUTOCODER_LUPDATE_OPTIONS -extensions cpp,h -locations none -no-obsolete)
file(GLOB_RECURSE AUTOCODER_LUPDATE_SOURCES CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/core/*.cpp" "${PROJECT_SOURCE_DIR}/core/*.h"
    "${PROJECT_SOURCE_DIR}/ui/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*.h"
    "${PROJECT_SOURCE_DIR}/app/*.cpp" "${PROJECT_SOURCE_DIR}/app/*.h")
