// The JSON Schema that editors use (data/corpus.schema.json) is the schema
// pakaz validates with: one definition, so the two can never drift apart.

import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import schema from "../../../data/corpus.schema.json" with { type: "json" };

let compiled: ValidateFunction | undefined;

/** Compiled lazily: only runs that actually validate pay for ajv's compile step. */
export function corpusSchemaValidator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: false, strict: false }).compile(schema);
  return compiled;
}

/** A one-line reason for a schema error, naming the field the user must fix. */
export function describeSchemaError(error: ErrorObject): { path: (string | number)[]; field: string; reason: string } {
  const path = error.instancePath
    .split("/")
    .slice(1)
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const last = path[path.length - 1];
  const field = typeof last === "string" ? last : path.length > 0 ? String(path[path.length - 2] ?? "") : "(top level)";
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties":
      return { path, field: String(params.additionalProperty), reason: `unknown field "${String(params.additionalProperty)}"` };
    case "required":
      return { path, field: String(params.missingProperty), reason: `missing required field "${String(params.missingProperty)}"` };
    case "enum":
      return {
        path,
        field,
        reason: `"${field}" must be one of ${(params.allowedValues as unknown[]).map(String).join(", ")}`,
      };
    case "pattern":
      return { path, field, reason: `"${field}" has the wrong form (${describePattern(String(params.pattern))})` };
    case "type":
      return { path, field, reason: `"${field}" must be ${String(params.type)}` };
    case "minItems":
      return { path, field, reason: `"${field}" needs at least ${String(params.limit)} item(s)` };
    case "minLength":
      return { path, field, reason: `"${field}" must not be empty` };
    case "maxLength":
      return { path, field, reason: `"${field}" is longer than ${String(params.limit)} characters` };
    default:
      return { path, field, reason: `"${field}" ${error.message ?? "is invalid"}` };
  }
}

function describePattern(pattern: string): string {
  if (pattern.startsWith("^[a-z0-9]+(-")) return "expected kebab-case such as recognition-third-country";
  if (pattern.startsWith("^(\\d{4}")) return "expected YYYY, YYYY-MM, YYYY-MM-DD or a decade such as 1990s";
  if (pattern.startsWith("^\\d{4}")) return "expected an ISO date such as 2016 or 2016-11, or an interval 2024/2025";
  return `expected to match ${pattern}`;
}
