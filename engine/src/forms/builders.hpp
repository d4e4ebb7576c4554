#pragma once
// Builders of the FormModel, one per input format, and the detection of which
// format a definition is in.
#include <string>
#include <string_view>
#include <vector>

#include "forms/form_model.hpp"
#include "parse/json.hpp"
#include "rampa/result.hpp"

namespace rampa {
class Document;
class Semantics;
}  // namespace rampa

namespace rampa::forms {

// One model per <form> in tree order, then one for the form-associated
// controls outside any form (when there are some).
std::vector<FormModel> from_html(const Document& doc, const Semantics& sem);

// A react-jsonschema-form definition: {"schema": ..., "uiSchema": ...} in one
// file, or a bare schema with its uiSchema in a companion file (`ui`, named
// `ui_file` in findings; nullptr when there is none).
Result<FormModel> from_json_schema(const json::Doc& doc, const json::Doc* ui, const std::string& ui_file);
Result<FormModel> from_surveyjs(const json::Doc& doc);
Result<FormModel> from_formio(const json::Doc& doc);
// An ODK XForm, parsed by parse_xml (no network, no entities).
Result<FormModel> from_xforms(const Document& doc);

enum class Format { unknown, json_schema, surveyjs, formio, ui_schema };
// Which definition format a JSON document is, from its top-level keys.
Format detect(const json::Doc& doc);
// Whether an XML document is an XForm (an XForms <model> in its head).
bool is_xform(const Document& doc);

// Fills Field::inferred for every field from its key and label (es, pt, en).
void infer_purposes(FormModel& form);

}  // namespace rampa::forms
