/// AWS Signature Version 4 signing and credential providers for generated clients.
enum ShapegenSigV4Module {}
