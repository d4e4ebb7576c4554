// A rule that parses markup itself: check_structure.py must refuse it.
#include "parse/parsers.hpp"
