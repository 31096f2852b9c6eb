/// The version of nod, recorded in every report so a certificate can be reproduced on appeal.
package enum NodVersion {
    package static let current = "0.1.0"
}
