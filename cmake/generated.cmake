# Sources generated at build time from data: the locale catalogs (embedded so
# the binary needs no files at run time), the language subtags (from
# Debian's iso-codes) and the XHTML entities (from Debian's w3c-sgml-lib),
# read at build time, never copied into the tree.
set(RAMPA_GEN_DIR ${CMAKE_CURRENT_BINARY_DIR}/generated)
file(MAKE_DIRECTORY ${RAMPA_GEN_DIR})

# One catalog per rule beside its .cpp, plus rules/common/messages.json: a
# new rule's messages need no edit here.
file(GLOB RAMPA_CATALOG_FILES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/rules/*/*.json)
add_custom_command(
  OUTPUT ${RAMPA_GEN_DIR}/catalog_data.cpp
  COMMAND Python3::Interpreter ${CMAKE_CURRENT_SOURCE_DIR}/cmake/embed_catalogs.py
          ${RAMPA_GEN_DIR}/catalog_data.cpp ${RAMPA_CATALOG_FILES}
  DEPENDS ${RAMPA_CATALOG_FILES} ${CMAKE_CURRENT_SOURCE_DIR}/cmake/embed_catalogs.py
  COMMENT "Embedding message catalogs")

set(RAMPA_ISO_CODES_DIR /usr/share/iso-codes/json CACHE PATH "Debian iso-codes JSON directory")
add_custom_command(
  OUTPUT ${RAMPA_GEN_DIR}/language_subtags.cpp
  COMMAND Python3::Interpreter ${CMAKE_CURRENT_SOURCE_DIR}/cmake/language_subtags.py
          ${RAMPA_ISO_CODES_DIR} ${RAMPA_GEN_DIR}/language_subtags.cpp
  DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/cmake/language_subtags.py
          ${RAMPA_ISO_CODES_DIR}/iso_639-3.json ${RAMPA_ISO_CODES_DIR}/iso_639-5.json
  COMMENT "Generating the language subtag table from iso-codes")

set(RAMPA_XHTML_DTD_DIR /usr/share/xml/w3c-sgml-lib/schema/dtd/REC-xhtml-modularization-20100729
    CACHE PATH "Debian w3c-sgml-lib: the XHTML entity sets")
add_custom_command(
  OUTPUT ${RAMPA_GEN_DIR}/xhtml_entities.cpp
  COMMAND Python3::Interpreter ${CMAKE_CURRENT_SOURCE_DIR}/cmake/xhtml_entities.py
          ${RAMPA_XHTML_DTD_DIR} ${RAMPA_GEN_DIR}/xhtml_entities.cpp
  DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/cmake/xhtml_entities.py ${RAMPA_XHTML_DTD_DIR}/xhtml-lat1.ent
          ${RAMPA_XHTML_DTD_DIR}/xhtml-symbol.ent ${RAMPA_XHTML_DTD_DIR}/xhtml-special.ent
  COMMENT "Generating the XHTML entity table from w3c-sgml-lib")

set(RAMPA_GENERATED_SOURCES ${RAMPA_GEN_DIR}/catalog_data.cpp ${RAMPA_GEN_DIR}/language_subtags.cpp
    ${RAMPA_GEN_DIR}/xhtml_entities.cpp)
