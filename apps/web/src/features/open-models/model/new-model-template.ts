/**
 * The file a new model starts from: every key of the format present, values to fill in. The
 * API's validator names what is still wrong; docs/model-catalog.md describes each field.
 */
export const NEW_MODEL_TEMPLATE = `slug: 
name: 
organization: 
family: 
description: 
released: 
parameters:
  count: 
  stated: 
modality: text
tasks: [text-generation]
memoryProfile: language-model
contextLength: 
architecture:
  layers: 
  attentionHeads: 
  kvHeads: 
  headDim: 
  hiddenSize: 
  vocabSize: 
languages:
  - { code: eng, original: en }
licence: 
open: { weights: true }
variants: []
links:
  card: 
sources:
  - { id: card, title: , url: , accessed: }
provenance: {}
notes: []
`;
