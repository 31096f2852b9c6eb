package import NodCore

// The vocabulary of NodCore, read from YAML as its raw values (a wrong one is a located error
// listing the choices), for the manifest, the rule packs and the plug-in manifests alike.
extension CoopModel: YAMLEnum {}
extension LegalForm: YAMLEnum {}
extension Nation: YAMLEnum {}
extension Language: YAMLEnum {}
