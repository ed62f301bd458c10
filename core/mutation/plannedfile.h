#pragma once

#include <QString>

namespace Autocoder::Mutation {

/// What a plan decided about one file, for the report ("which files were mutated").
struct PlannedFile
{
    enum class Status {
        Mutated, ///< at least one of its mutants is in the plan
        NotSelected, ///< it has mutants, but the budget went to other files
        NoMutants, ///< eligible, but nothing in it to mutate
        Skipped, ///< not eligible: see reason
    };
    /// Why a file was skipped; the JSON names are stable.
    enum class Reason {
        None,
        Extension, ///< "extension": not a mutated language
        Jsx, ///< "jsx": .jsx/.tsx
        Declaration, ///< "declaration": a .d.ts file
        Test, ///< "test": *.test.*, *.spec.*, __tests__/, test/, tests/, __mocks__/
        Locked, ///< "locked": one of the spec's locked tests
        Config, ///< "config": *.config.* (build and test tool configuration)
        Vendored, ///< "vendored": node_modules/, dist/, build/, coverage/, hidden folders
        TooLarge, ///< "too-large": past MutationPlanOptions::maxFileBytes
        Minified, ///< "minified": a line past MutationPlanOptions::maxLineLength
        Generated, ///< "generated": marked @generated / DO NOT EDIT near its top
        Binary, ///< "binary": holds a NUL byte
        Encoding, ///< "encoding": not valid UTF-8
        Syntax, ///< "syntax": could not be lexed (unterminated string, comment…)
    };

    QString path;
    Status status = Status::Skipped;
    Reason reason = Reason::None;
    QString detail; ///< translated, e.g. "line 3: unterminated string literal"
    int candidates = 0; ///< mutants the file offers
    int selected = 0; ///< of which in the plan
};

} // namespace Autocoder::Mutation
