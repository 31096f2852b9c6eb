/// The version of nod, recorded in every report so a certificate can be reproduced on appeal.
public enum NodVersion {
    public static let current = "0.1.0"
}
