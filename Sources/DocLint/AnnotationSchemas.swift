import JSONCore
import JSONSchema

/// The schemas annotations are checked against, embedded in the binary (no resource bundles).
/// `Schemas/annotation.schema.json` and `Schemas/page-annotation.schema.json` are the same text; a test
/// keeps them equal.
public enum AnnotationSchemas {
    /// The block annotation schema's text.
    public static let blockText = #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://doclint.invalid/schemas/annotation.schema.json",
  "title": "Block annotation",
  "description": "The JSON object of a <!-- { \"blockType\": ... } --> comment that announces the code block after it. Checked by doclint rule DL111; the keys and value types are those the Microsoft Graph docs tooling reads.",
  "type": "object",
  "required": [
    "blockType"
  ],
  "properties": {
    "blockType": {
      "description": "What the block holds.",
      "enum": [
        "resource",
        "request",
        "response",
        "example",
        "ignored",
        "samples",
        "simulatedResponse",
        "permissions"
      ]
    },
    "@odata.type": {
      "type": "string",
      "pattern": "^#?(([A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*)|([Cc]ollection\\(#?[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*\\)))$",
      "description": "The resource type the block holds, or Collection(type) for a collection of it."
    },
    "@type": {
      "type": "string",
      "pattern": "^#?(([A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*)|([Cc]ollection\\(#?[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*\\)))$",
      "description": "The older spelling of @odata.type."
    },
    "@type.aka": {
      "type": "string"
    },
    "@property.aka": {
      "type": "string"
    },
    "@odata.annotations": {
      "type": "array",
      "items": {
        "type": "object"
      }
    },
    "name": {
      "description": "The sample's name (some pages give several).",
      "anyOf": [
        {
          "type": "string"
        },
        {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      ]
    },
    "truncated": {
      "type": "boolean",
      "description": "Properties may be omitted; present ones must be right."
    },
    "isCollection": {
      "type": "boolean",
      "description": "The response is a collection: its items are in value (or collectionProperty)."
    },
    "collectionProperty": {
      "type": "string"
    },
    "isEmpty": {
      "type": "boolean"
    },
    "expectError": {
      "type": "boolean"
    },
    "openType": {
      "type": "boolean"
    },
    "isComposable": {
      "type": "boolean"
    },
    "idempotent": {
      "type": "boolean"
    },
    "abstract": {
      "type": "boolean"
    },
    "isAbstract": {
      "type": "boolean"
    },
    "isMediaEntity": {
      "type": "boolean"
    },
    "isPageable": {
      "type": "boolean"
    },
    "disabled": {
      "type": "boolean"
    },
    "tested": {
      "type": "boolean"
    },
    "opaqueUrl": {
      "type": "boolean"
    },
    "simulatedResponse": {
      "type": "boolean"
    },
    "keyProperty": {
      "type": "string"
    },
    "baseType": {
      "description": "The base type; null means none.",
      "anyOf": [
        {
          "type": "string",
          "pattern": "^#?[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$"
        },
        {
          "type": "null"
        }
      ]
    },
    "optionalProperties": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "nullableProperties": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "sampleKeys": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "sampleIds": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "scopes": {
      "type": "string"
    },
    "scope": {
      "type": "string"
    },
    "tags": {
      "type": "string"
    },
    "target": {
      "type": "string"
    },
    "id": {
      "type": "string"
    },
    "displayName": {
      "type": "string"
    },
    "namespace": {
      "type": "string"
    },
    "requestUrl": {
      "type": "string"
    }
  },
  "additionalProperties": false
}
"""#

    /// The page annotation schema's text.
    public static let pageText = #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://doclint.invalid/schemas/page-annotation.schema.json",
  "title": "Page annotation",
  "description": "The closing <!-- { \"type\": \"#page.annotation\", ... } --> comment of a page. Checked by doclint rule DL111.",
  "type": "object",
  "required": [
    "type"
  ],
  "properties": {
    "type": {
      "const": "#page.annotation"
    },
    "description": {
      "type": "string"
    },
    "keywords": {
      "type": "string"
    },
    "section": {
      "type": "string"
    },
    "tocPath": {
      "type": "string"
    },
    "tocBookmarks": {
      "type": "object",
      "additionalProperties": {
        "type": "string"
      }
    },
    "tocIndex": {
      "type": "integer"
    },
    "namespace": {
      "type": "string"
    },
    "suppressions": {
      "description": "Checks suppressed on this page.",
      "type": "array",
      "items": {
        "type": "string"
      }
    }
  },
  "additionalProperties": false
}
"""#

    /// The compiled block annotation schema.
    public static let block: JSONSchema = compile(blockText)
    /// The compiled page annotation schema.
    public static let page: JSONSchema = compile(pageText)

    static func compile(_ text: String) -> JSONSchema {
        do {
            return try JSONSchema(compiling: try JSONParser.value(text))
        } catch {
            // The texts are constants checked by tests: failing here is a build defect, not bad input.
            preconditionFailure("embedded annotation schema does not compile: \(error)")
        }
    }
}
