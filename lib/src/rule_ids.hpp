// The ids of the checks the library itself performs (loader, schema, run, migrate): one name
// each, used where a finding is made and where its metadata is declared (builtin_rules.cpp).
#pragma once

namespace automl_lint::detail::ids {

inline constexpr const char* kInvalidJson = "AML001";
inline constexpr const char* kEncoding = "AML002";
inline constexpr const char* kDuplicateKey = "AML003";
inline constexpr const char* kInputLimit = "AML004";
inline constexpr const char* kUnreadableFile = "AML005";
inline constexpr const char* kRuleFailed = "AML006";
inline constexpr const char* kUnusedSuppression = "AML007";
inline constexpr const char* kInvalidConfig = "AML008";
inline constexpr const char* kSchemaViolation = "AML100";
inline constexpr const char* kUnknownKey = "AML101";
inline constexpr const char* kMissingRequiredKey = "AML102";
inline constexpr const char* kWrongType = "AML103";
inline constexpr const char* kEnumValue = "AML104";
inline constexpr const char* kStringLength = "AML105";
inline constexpr const char* kPattern = "AML106";
inline constexpr const char* kNumberRange = "AML107";
inline constexpr const char* kListSize = "AML108";
inline constexpr const char* kObjectSize = "AML109";
inline constexpr const char* kUnionOneMember = "AML110";
inline constexpr const char* kMapKey = "AML111";
inline constexpr const char* kOutputPathMax512 = "AML201";
inline constexpr const char* kJobNameUniqueInRun = "AML202";
inline constexpr const char* kMigrateInputIsV2 = "AML208";
inline constexpr const char* kSplitFractionOpenInterval = "AML301";
// Rules in rules/ whose findings migrate makes too (channels that disagree).
inline constexpr const char* kChannelTargetMatch = "AML305";
inline constexpr const char* kChannelWeightMatch = "AML306";

}  // namespace automl_lint::detail::ids
