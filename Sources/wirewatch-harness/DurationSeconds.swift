extension Duration {
    /// The duration as a number of seconds, for printing figures.
    var inSeconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
