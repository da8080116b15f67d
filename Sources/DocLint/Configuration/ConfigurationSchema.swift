import JSONCore
import JSONSchema

/// The JSON Schema of `.doclint.json`, embedded in the binary. `Schemas/doclint-config.schema.json` is
/// the same text; a test keeps them equal.
public enum ConfigurationSchema {
    /// The schema's text.
    public static let text = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://doclint.invalid/schemas/doclint-config.schema.json",
          "title": "doclint configuration",
          "description": "A .doclint.json file: which rules run and how severe they are, per path; files to skip; extra locale words for types. doclint finds the nearest .doclint.json above each page (or takes --config FILE) and checks it against this schema with its own validator. Documented in docs/configuration.md.",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "$schema": {
              "type": "string",
              "description": "The schema the file follows (for editors); ignored by doclint."
            },
            "extends": {
              "type": "string",
              "minLength": 1,
              "description": "Another configuration file, relative to this one's folder; read first, then this file on top of it."
            },
            "select": {
              "$ref": "#/$defs/rules",
              "description": "Run only these rules (replaces what the extended file selected)."
            },
            "ignore": {
              "$ref": "#/$defs/rules",
              "description": "Do not run these rules."
            },
            "severity": {
              "$ref": "#/$defs/severities"
            },
            "exclude": {
              "$ref": "#/$defs/globs",
              "description": "Pages not to lint, as globs relative to this file's folder."
            },
            "overrides": {
              "type": "array",
              "description": "Settings for some paths, applied in order after the top-level ones.",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "files"
                ],
                "properties": {
                  "files": {
                    "$ref": "#/$defs/globs",
                    "minItems": 1,
                    "description": "The pages this override applies to, as globs relative to this file's folder."
                  },
                  "select": {
                    "$ref": "#/$defs/rules"
                  },
                  "ignore": {
                    "$ref": "#/$defs/rules"
                  },
                  "severity": {
                    "$ref": "#/$defs/severities"
                  }
                }
              }
            },
            "output-format": {
              "description": "The output format when --format is not given.",
              "enum": [
                "text",
                "concise",
                "json",
                "json-lines",
                "sarif",
                "github",
                "gitlab",
                "junit"
              ]
            },
            "vocabulary": {
              "type": "object",
              "description": "Extra locale words for types, by locale: each maps a word to the en-US primitive it stands for (String, Int32, ...), or a collection form containing X to 'X collection'.",
              "propertyNames": {
                "pattern": "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
              },
              "additionalProperties": {
                "type": "object",
                "propertyNames": {
                  "minLength": 1
                },
                "additionalProperties": {
                  "type": "string",
                  "minLength": 1
                }
              }
            }
          },
          "$defs": {
            "rule": {
              "type": "string",
              "description": "A rule code (DL205), a rule name (translated-type) or a code prefix (DL2, DL).",
              "pattern": "^(DL[0-9]{0,3}|dl[0-9]{0,3}|[a-z][a-z0-9]*(-[a-z0-9]+)*)$"
            },
            "rules": {
              "type": "array",
              "items": {
                "$ref": "#/$defs/rule"
              }
            },
            "severities": {
              "type": "object",
              "description": "Severity by rule code, name or prefix; 'off' does not run the rule. A longer prefix wins over a shorter one.",
              "propertyNames": {
                "$ref": "#/$defs/rule"
              },
              "additionalProperties": {
                "enum": [
                  "error",
                  "warning",
                  "note",
                  "off"
                ]
              }
            },
            "globs": {
              "type": "array",
              "description": "Globs: '*' matches within a folder name, '?' one character, '**' any number of folders; a glob without '/' matches a file or folder name at any depth; a glob matching a folder matches everything under it.",
              "items": {
                "type": "string",
                "minLength": 1
              }
            }
          }
        }
        """#

    /// The compiled schema.
    public static let schema: JSONSchema = {
        do {
            return try JSONSchema(compiling: try JSONParser.value(text))
        } catch {
            // The text is a constant checked by tests: failing here is a build defect, not bad input.
            preconditionFailure("embedded configuration schema does not compile: \(error)")
        }
    }()
}
