NAME          slotproo  FREE
ROWS
 N  OBJROW
 E  cum_g3_p2
 E  cum_g4_p2
 E  cum_g5_p3
 E  cum_g5_p5
 E  cum_g6_p2
 E  cum_g6_p6
 E  cum_g6_p10
 E  cum_g6_p14
 E  cum_g6_p18
 E  cum_g6_p22
 E  cum_g6_p26
 E  cum_g7_p2
 E  cum_g7_p6
 E  cum_g7_p10
 E  cum_g7_p14
 E  cum_g7_p18
 E  cum_g7_p22
 E  cum_g7_p26
 E  cum_g8_p3
 E  cum_g8_p5
 E  cum_g8_p7
 E  cum_g8_p9
 E  cum_g8_p11
 E  cum_g8_p13
 E  cum_g8_p15
 E  cum_g8_p17
 E  cum_g8_p19
 E  cum_g8_p21
 E  cum_g8_p23
 E  cum_g8_p25
 E  cum_g8_p27
 E  cum_g8_p29
 E  cum_g9_p2
 E  cum_g9_p6
 E  cum_g9_p10
 E  cum_g9_p14
 E  cum_g9_p18
 E  cum_g9_p22
 E  cum_g9_p26
 E  cum_g10_p2
 E  cum_g10_p6
 E  cum_g10_p10
 E  cum_g10_p14
 E  cum_g10_p18
 E  cum_g10_p22
 E  cum_g10_p26
 E  cum_g11_p3
 E  cum_g11_p5
 E  cum_g11_p7
 E  cum_g11_p9
 E  cum_g11_p11
 E  cum_g11_p13
 E  cum_g11_p15
 E  cum_g11_p17
 E  cum_g11_p19
 E  cum_g11_p21
 E  cum_g11_p23
 E  cum_g11_p25
 E  cum_g11_p27
 E  cum_g11_p29
 E  cum_g13_p6
 E  cum_g13_p10
 E  cum_g13_p14
 E  cum_g13_p18
 E  cum_g13_p22
 E  cum_g13_p26
 E  cum_g13_p30
 E  cum_g14_p6
 E  cum_g14_p10
 E  cum_g14_p14
 E  cum_g14_p18
 E  cum_g14_p22
 E  cum_g14_p26
 E  cum_g15_p6
 E  cum_g16_p6
 E  cum_g17_p6
 E  cum_g17_p10
 E  cum_g17_p14
 E  cum_g17_p18
 E  cum_g17_p22
 E  cum_g17_p26
 E  cum_g18_p6
 E  cum_g18_p10
 E  cum_g18_p14
 E  cum_g18_p18
 E  cum_g18_p22
 E  cum_g18_p26
 E  cum_g19_p6
 E  cum_g20_p6
 E  cum_g21_p6
 E  cum_g21_p10
 E  cum_g21_p14
 E  cum_g21_p18
 E  cum_g21_p22
 E  cum_g22_p6
 E  cum_g22_p10
 E  cum_g22_p14
 E  cum_g22_p18
 E  cum_g22_p22
 E  cum_g23_p6
 E  cum_g23_p10
 E  cum_g23_p14
 E  cum_g23_p18
 E  cum_g23_p22
 E  cum_g24_p6
 E  cum_g24_p10
 E  cum_g24_p14
 E  cum_g24_p18
 E  cum_g24_p22
 E  cum_g25_p6
 E  cum_g25_p10
 E  cum_g25_p14
 E  cum_g25_p18
 E  cum_g25_p22
 E  cum_g25_p26
 E  cum_g26_p6
 E  cum_g26_p10
 E  cum_g26_p14
 E  cum_g26_p18
 E  cum_g26_p22
 E  cum_g26_p26
 E  cum_g27_p6
 E  cum_g27_p10
 E  cum_g27_p14
 E  cum_g27_p18
 E  cum_g27_p22
 E  cum_g27_p26
 E  cum_g28_p6
 E  cum_g28_p10
 E  cum_g28_p14
 E  cum_g28_p18
 E  cum_g28_p22
 E  cum_g28_p26
 E  cum_g29_p6
 E  cum_g29_p10
 E  cum_g29_p14
 E  cum_g29_p18
 E  cum_g29_p22
 E  cum_g29_p26
 E  cum_g30_p6
 E  cum_g30_p10
 E  cum_g30_p14
 E  cum_g30_p18
 E  cum_g30_p22
 E  cum_g30_p26
 E  cum_g31_p6
 E  cum_g31_p10
 E  cum_g31_p14
 E  cum_g31_p18
 E  cum_g31_p22
 E  cum_g31_p26
 E  cum_g32_p6
 E  cum_g32_p10
 E  cum_g32_p14
 E  cum_g32_p18
 E  cum_g32_p22
 E  cum_g33_p6
 E  cum_g33_p10
 E  cum_g33_p14
 E  cum_g33_p18
 E  cum_g33_p22
 E  cum_g34_p6
 E  cum_g34_p10
 E  cum_g34_p14
 E  cum_g34_p18
 E  cum_g34_p22
 E  cum_g34_p26
 E  cum_g35_p6
 E  cum_g35_p10
 E  cum_g35_p14
 E  cum_g35_p18
 E  cum_g35_p22
 E  cum_g35_p26
 E  cum_g36_p6
 E  cum_g36_p10
 E  cum_g36_p14
 E  cum_g36_p18
 E  cum_g36_p22
 E  cum_g36_p26
 E  cum_g37_p6
 E  cum_g37_p10
 E  cum_g37_p14
 E  cum_g37_p18
 E  cum_g37_p22
 E  cum_g37_p26
 E  cum_g38_p4
 E  cum_g38_p8
 E  cum_g38_p12
 E  cum_g38_p16
 E  cum_g38_p20
 E  cum_g38_p24
 E  cum_g38_p28
 E  cum_g41_p10
 E  cum_g42_p10
 E  cum_g43_p11
 E  cum_g43_p13
 E  cum_g43_p15
 E  cum_g44_p10
 E  cum_g44_p14
 E  cum_g45_p10
 E  cum_g45_p14
 E  cum_g46_p11
 E  cum_g46_p13
 E  cum_g46_p15
 E  cum_g46_p17
 E  cum_g46_p19
 E  cum_g47_p10
 E  cum_g47_p14
 E  cum_g47_p18
 E  cum_g48_p10
 E  cum_g48_p14
 E  cum_g48_p18
 E  cum_g49_p11
 E  cum_g49_p13
 E  cum_g49_p15
 E  cum_g49_p17
 E  cum_g49_p19
 E  cum_g49_p21
 E  cum_g49_p23
 E  cum_g50_p10
 E  cum_g50_p14
 E  cum_g50_p18
 E  cum_g50_p22
 E  cum_g51_p10
 E  cum_g51_p14
 E  cum_g51_p18
 E  cum_g51_p22
 E  cum_g52_p11
 E  cum_g52_p13
 E  cum_g52_p15
 E  cum_g52_p17
 E  cum_g52_p19
 E  cum_g52_p21
 E  cum_g52_p23
 E  cum_g52_p25
 E  cum_g52_p27
 E  cum_g53_p14
 E  cum_g54_p14
 E  cum_g55_p15
 E  cum_g55_p17
 E  cum_g55_p19
 E  cum_g56_p15
 E  cum_g56_p17
 E  cum_g56_p19
 E  cum_g56_p21
 E  cum_g56_p23
 E  cum_g56_p25
 E  cum_g56_p27
 E  cum_g56_p29
 E  cum_g57_p18
 E  cum_g58_p18
 E  cum_g59_p19
 E  cum_g59_p21
 E  cum_g59_p23
 E  cum_g60_p19
 E  cum_g60_p21
 E  cum_g60_p23
 E  cum_g60_p25
 E  cum_g60_p27
 E  cum_g60_p29
 E  cum_g61_p22
 E  cum_g62_p22
 E  cum_g63_p23
 E  cum_g63_p25
 E  cum_g63_p27
 E  cum_g64_p23
 E  cum_g64_p25
 E  cum_g64_p27
 E  cum_g64_p29
 E  cum_g64_p31
 E  cum_g65_p26
 E  cum_g66_p26
 E  cum_g67_p27
 E  cum_g67_p29
 E  cum_g67_p31
 E  cum_g67_p33
 E  cum_g68_p27
 E  cum_g68_p29
 E  cum_g68_p31
 E  cum_g71_p11
 E  cum_g72_p11
 E  cum_g72_p13
 E  cum_g72_p15
 E  cum_g72_p17
 E  cum_g72_p19
 E  cum_g72_p21
 E  cum_g72_p23
 E  cum_g72_p25
 E  cum_g72_p27
 E  cum_g72_p29
 E  cum_g72_p31
 E  cum_g75_p15
 E  cum_g76_p15
 E  cum_g76_p17
 E  cum_g76_p19
 E  cum_g76_p21
 E  cum_g76_p23
 E  cum_g76_p25
 E  cum_g76_p27
 E  cum_g76_p29
 E  cum_g76_p31
 E  cum_g79_p19
 E  cum_g80_p19
 E  cum_g80_p21
 E  cum_g80_p23
 E  cum_g80_p25
 E  cum_g80_p27
 E  cum_g80_p29
 E  cum_g80_p31
 E  cum_g83_p23
 E  cum_g84_p23
 E  cum_g84_p25
 E  cum_g84_p27
 E  cum_g84_p29
 E  cum_g84_p31
 E  cum_g85_p10
 E  cum_g85_p14
 E  cum_g85_p18
 E  cum_g86_p10
 E  cum_g86_p14
 E  cum_g86_p18
 E  cum_g87_p10
 E  cum_g87_p14
 E  cum_g87_p18
 E  cum_g88_p11
 E  cum_g88_p13
 E  cum_g88_p15
 E  cum_g88_p17
 E  cum_g88_p19
 E  cum_g88_p21
 E  cum_g88_p23
 E  cum_g89_p10
 E  cum_g89_p14
 E  cum_g89_p18
 E  cum_g90_p10
 E  cum_g90_p14
 E  cum_g90_p18
 E  cum_g91_p10
 E  cum_g91_p14
 E  cum_g91_p18
 E  cum_g92_p11
 E  cum_g92_p13
 E  cum_g92_p15
 E  cum_g92_p17
 E  cum_g92_p19
 E  cum_g92_p21
 E  cum_g92_p23
 E  cum_g93_p10
 E  cum_g93_p14
 E  cum_g93_p18
 E  cum_g94_p10
 E  cum_g94_p14
 E  cum_g94_p18
 E  cum_g95_p10
 E  cum_g95_p14
 E  cum_g95_p18
 E  cum_g96_p11
 E  cum_g96_p13
 E  cum_g96_p15
 E  cum_g96_p17
 E  cum_g96_p19
 E  cum_g96_p21
 E  cum_g96_p23
 E  cum_g97_p10
 E  cum_g97_p14
 E  cum_g97_p18
 E  cum_g98_p10
 E  cum_g98_p14
 E  cum_g98_p18
 E  cum_g99_p10
 E  cum_g99_p14
 E  cum_g99_p18
 E  cum_g100_p11
 E  cum_g100_p13
 E  cum_g100_p15
 E  cum_g100_p17
 E  cum_g100_p19
 E  cum_g100_p21
 E  cum_g100_p23
 E  cum_g101_p14
 E  cum_g101_p18
 E  cum_g101_p22
 E  cum_g102_p14
 E  cum_g102_p18
 E  cum_g102_p22
 E  cum_g103_p15
 E  cum_g103_p17
 E  cum_g103_p19
 E  cum_g103_p21
 E  cum_g103_p23
 E  cum_g103_p25
 E  cum_g103_p27
 E  cum_g104_p10
 E  cum_g104_p14
 E  cum_g104_p18
 E  cum_g105_p10
 E  cum_g105_p14
 E  cum_g105_p18
 E  cum_g106_p11
 E  cum_g106_p13
 E  cum_g106_p15
 E  cum_g106_p17
 E  cum_g106_p19
 E  cum_g106_p21
 E  cum_g106_p23
 E  cum_g107_p10
 E  cum_g107_p14
 E  cum_g107_p18
 E  cum_g108_p10
 E  cum_g108_p14
 E  cum_g108_p18
 E  cum_g109_p11
 E  cum_g109_p13
 E  cum_g109_p15
 E  cum_g109_p17
 E  cum_g109_p19
 E  cum_g109_p21
 E  cum_g109_p23
 E  cum_g112_p27
 E  cum_g113_p26
 E  cum_g114_p26
 E  cum_g115_p27
 E  cum_g115_p29
 E  cum_g115_p31
 E  cum_g116_p26
 E  cum_g117_p26
 E  cum_g118_p27
 E  cum_g118_p29
 E  cum_g118_p31
 E  cum_g119_p26
 E  cum_g120_p26
 E  cum_g121_p27
 E  cum_g121_p29
 E  cum_g121_p31
 E  cum_g122_p26
 E  cum_g123_p26
 E  cum_g124_p27
 E  cum_g124_p29
 E  cum_g124_p31
 E  cum_g127_p31
 E  cum_g130_p31
 E  cum_g133_p31
 E  cum_g136_p31
 E  cum_g137_p20
 E  cum_g137_p24
 E  cum_g137_p28
 E  cum_g138_p18
 E  cum_g138_p22
 E  cum_g138_p26
 E  cum_g139_p18
 E  cum_g139_p22
 E  cum_g139_p26
 E  cum_g140_p26
 E  cum_g141_p26
 E  cum_g144_p31
 E  cum_g146_p10
 E  cum_g146_p14
 E  cum_g146_p18
 E  cum_g146_p22
 E  cum_g146_p26
 E  cum_g146_p30
 E  cum_g147_p10
 E  cum_g147_p14
 E  cum_g147_p18
 E  cum_g147_p22
 E  cum_g147_p26
 E  cum_g147_p30
 E  cum_g149_p7
 E  cum_g149_p9
 E  cum_g149_p11
 E  cum_g149_p13
 E  cum_g149_p15
 E  cum_g149_p17
 E  cum_g149_p19
 E  cum_g149_p21
 E  cum_g149_p23
 E  cum_g149_p25
 E  cum_g149_p27
 E  cum_g149_p29
 E  cum_g149_p31
 E  cum_g149_p33
 E  cum_g150_p3
 E  cum_g150_p5
 E  cum_g150_p7
 E  cum_g150_p9
 E  cum_g150_p11
 E  cum_g150_p13
 E  cum_g150_p15
 E  cum_g150_p17
 E  cum_g150_p19
 E  cum_g150_p21
 E  cum_g150_p23
 E  cum_g150_p25
 E  cum_g150_p27
 E  cum_g150_p29
 E  cum_g150_p31
 E  cum_g150_p33
 E  cum_g151_p3
 E  cum_g151_p5
 E  cum_g151_p7
 E  cum_g151_p9
 E  cum_g151_p11
 E  cum_g151_p13
 E  cum_g151_p15
 E  cum_g151_p17
 E  cum_g151_p19
 E  cum_g151_p21
 E  cum_g151_p23
 E  cum_g151_p25
 E  cum_g151_p27
 E  cum_g151_p29
 E  cum_g151_p31
 E  cum_g151_p33
 E  cum_g152_p10
 E  cum_g152_p14
 E  cum_g152_p18
 E  cum_g152_p22
 E  cum_g152_p26
 E  cum_g152_p30
 E  cum_g153_p18
 E  cum_g153_p22
 E  cum_g153_p26
 E  cum_g153_p30
 E  cum_g154_p14
 E  cum_g154_p18
 E  cum_g154_p22
 E  cum_g154_p26
 E  cum_g154_p30
 E  cum_g155_p22
 E  cum_g155_p26
 E  cum_g155_p30
 E  cum_g156_p30
 E  cum_g157_p30
 E  cum_g160_p26
 E  cum_g160_p30
 E  cum_g161_p10
 E  cum_g161_p14
 E  cum_g161_p18
 E  cum_g161_p22
 E  cum_g161_p26
 E  cum_g161_p30
 E  cum_g162_p30
 E  cum_g164_p10
 E  cum_g164_p14
 E  cum_g164_p18
 E  cum_g164_p22
 E  cum_g164_p26
 E  cum_g164_p30
 E  cum_g165_p22
 E  cum_g165_p26
 E  cum_g165_p30
 E  cum_g166_p18
 E  cum_g166_p22
 E  cum_g166_p26
 E  cum_g166_p30
 E  cum_g167_p22
 E  cum_g167_p26
 E  cum_g167_p30
 E  cum_g168_p30
 E  cum_g169_p30
 E  cum_g173_p10
 E  cum_g173_p14
 E  cum_g173_p18
 E  cum_g173_p22
 E  cum_g173_p26
 E  cum_g173_p30
 E  cum_g174_p26
 E  cum_g174_p30
 E  cum_g175_p22
 E  cum_g175_p26
 E  cum_g175_p30
 E  cum_g176_p22
 E  cum_g176_p26
 E  cum_g176_p30
 E  cum_g177_p30
 E  cum_g178_p30
 E  cum_g182_p10
 E  cum_g182_p14
 E  cum_g182_p18
 E  cum_g182_p22
 E  cum_g182_p26
 E  cum_g182_p30
 E  cum_g183_p30
 E  cum_g184_p26
 E  cum_g184_p30
 E  cum_g185_p22
 E  cum_g185_p26
 E  cum_g185_p30
 E  cum_g186_p30
 E  cum_g187_p30
 E  cum_g191_p7
 E  cum_g191_p9
 E  cum_g191_p11
 E  cum_g191_p13
 E  cum_g191_p15
 E  cum_g191_p17
 E  cum_g191_p19
 E  cum_g191_p21
 E  cum_g191_p23
 E  cum_g191_p25
 E  cum_g191_p27
 E  cum_g191_p29
 E  cum_g191_p31
 E  cum_g191_p33
 E  cum_g192_p21
 E  cum_g192_p23
 E  cum_g192_p25
 E  cum_g192_p27
 E  cum_g192_p29
 E  cum_g192_p31
 E  cum_g192_p33
 E  cum_g193_p10
 E  cum_g193_p14
 E  cum_g193_p18
 E  cum_g193_p22
 E  cum_g193_p26
 E  cum_g193_p30
 E  cum_g194_p10
 E  cum_g194_p14
 E  cum_g194_p18
 E  cum_g194_p22
 E  cum_g194_p26
 E  cum_g194_p30
 E  cum_g195_p10
 E  cum_g195_p14
 E  cum_g195_p18
 E  cum_g195_p22
 E  cum_g195_p26
 E  cum_g195_p30
 E  cum_g196_p10
 E  cum_g196_p14
 E  cum_g196_p18
 E  cum_g196_p22
 E  cum_g196_p26
 E  cum_g196_p30
 E  cum_g197_p10
 E  cum_g197_p14
 E  cum_g197_p18
 E  cum_g197_p22
 E  cum_g197_p26
 E  cum_g197_p30
 E  cum_g198_p10
 E  cum_g198_p14
 E  cum_g198_p18
 E  cum_g198_p22
 E  cum_g198_p26
 E  cum_g198_p30
 E  cum_g199_p10
 E  cum_g199_p14
 E  cum_g199_p18
 E  cum_g199_p22
 E  cum_g199_p26
 E  cum_g199_p30
 E  cum_g200_p10
 E  cum_g200_p14
 E  cum_g200_p18
 E  cum_g200_p22
 E  cum_g200_p26
 E  cum_g200_p30
 E  assign_g0
 E  assign_g1
 E  assign_g2
 E  assign_g3
 E  assign_g4
 E  assign_g5
 E  assign_g6
 E  assign_g7
 E  assign_g8
 E  assign_g9
 E  assign_g10
 E  assign_g11
 E  assign_g12
 E  assign_g13
 E  assign_g14
 E  assign_g15
 E  assign_g16
 E  assign_g17
 E  assign_g18
 E  assign_g19
 E  assign_g20
 E  assign_g21
 E  assign_g22
 E  assign_g23
 E  assign_g24
 E  assign_g25
 E  assign_g26
 E  assign_g27
 E  assign_g28
 E  assign_g29
 E  assign_g30
 E  assign_g31
 E  assign_g32
 E  assign_g33
 E  assign_g34
 E  assign_g35
 E  assign_g36
 E  assign_g37
 E  assign_g38
 E  assign_g39
 E  assign_g40
 E  assign_g41
 E  assign_g42
 E  assign_g43
 E  assign_g44
 E  assign_g45
 E  assign_g46
 E  assign_g47
 E  assign_g48
 E  assign_g49
 E  assign_g50
 E  assign_g51
 E  assign_g52
 E  assign_g53
 E  assign_g54
 E  assign_g55
 E  assign_g56
 E  assign_g57
 E  assign_g58
 E  assign_g59
 E  assign_g60
 E  assign_g61
 E  assign_g62
 E  assign_g63
 E  assign_g64
 E  assign_g65
 E  assign_g66
 E  assign_g67
 E  assign_g68
 E  assign_g69
 E  assign_g70
 E  assign_g71
 E  assign_g72
 E  assign_g73
 E  assign_g74
 E  assign_g75
 E  assign_g76
 E  assign_g77
 E  assign_g78
 E  assign_g79
 E  assign_g80
 E  assign_g81
 E  assign_g82
 E  assign_g83
 E  assign_g84
 E  assign_g85
 E  assign_g86
 E  assign_g87
 E  assign_g88
 E  assign_g89
 E  assign_g90
 E  assign_g91
 E  assign_g92
 E  assign_g93
 E  assign_g94
 E  assign_g95
 E  assign_g96
 E  assign_g97
 E  assign_g98
 E  assign_g99
 E  assign_g100
 E  assign_g101
 E  assign_g102
 E  assign_g103
 E  assign_g104
 E  assign_g105
 E  assign_g106
 E  assign_g107
 E  assign_g108
 E  assign_g109
 E  assign_g110
 E  assign_g111
 E  assign_g112
 E  assign_g113
 E  assign_g114
 E  assign_g115
 E  assign_g116
 E  assign_g117
 E  assign_g118
 E  assign_g119
 E  assign_g120
 E  assign_g121
 E  assign_g122
 E  assign_g123
 E  assign_g124
 E  assign_g125
 E  assign_g126
 E  assign_g127
 E  assign_g128
 E  assign_g129
 E  assign_g130
 E  assign_g131
 E  assign_g132
 E  assign_g133
 E  assign_g134
 E  assign_g135
 E  assign_g136
 E  assign_g137
 E  assign_g138
 E  assign_g139
 E  assign_g140
 E  assign_g141
 E  assign_g142
 E  assign_g143
 E  assign_g144
 E  assign_g145
 E  assign_g146
 E  assign_g147
 E  assign_g148
 E  assign_g149
 E  assign_g150
 E  assign_g151
 E  assign_g152
 E  assign_g153
 E  assign_g154
 E  assign_g155
 E  assign_g156
 E  assign_g157
 E  assign_g158
 E  assign_g159
 E  assign_g160
 E  assign_g161
 E  assign_g162
 E  assign_g163
 E  assign_g164
 E  assign_g165
 E  assign_g166
 E  assign_g167
 E  assign_g168
 E  assign_g169
 E  assign_g170
 E  assign_g171
 E  assign_g172
 E  assign_g173
 E  assign_g174
 E  assign_g175
 E  assign_g176
 E  assign_g177
 E  assign_g178
 E  assign_g179
 E  assign_g180
 E  assign_g181
 E  assign_g182
 E  assign_g183
 E  assign_g184
 E  assign_g185
 E  assign_g186
 E  assign_g187
 E  assign_g188
 E  assign_g189
 E  assign_g190
 E  assign_g191
 E  assign_g192
 E  assign_g193
 E  assign_g194
 E  assign_g195
 E  assign_g196
 E  assign_g197
 E  assign_g198
 E  assign_g199
 E  assign_g200
 L  prec_g5_g3_t3
 L  prec_g5_g3_t5
 L  prec_g5_g4_t3
 L  prec_g5_g4_t5
 L  prec_g8_g6_t3
 L  prec_g8_g6_t5
 L  prec_g8_g6_t7
 L  prec_g8_g6_t9
 L  prec_g8_g6_t11
 L  prec_g8_g6_t13
 L  prec_g8_g6_t15
 L  prec_g8_g6_t17
 L  prec_g8_g6_t19
 L  prec_g8_g6_t21
 L  prec_g8_g6_t23
 L  prec_g8_g6_t25
 L  prec_g8_g6_t27
 L  prec_g8_g6_t29
 L  prec_g8_g7_t3
 L  prec_g8_g7_t5
 L  prec_g8_g7_t7
 L  prec_g8_g7_t9
 L  prec_g8_g7_t11
 L  prec_g8_g7_t13
 L  prec_g8_g7_t15
 L  prec_g8_g7_t17
 L  prec_g8_g7_t19
 L  prec_g8_g7_t21
 L  prec_g8_g7_t23
 L  prec_g8_g7_t25
 L  prec_g8_g7_t27
 L  prec_g8_g7_t29
 L  prec_g11_g9_t3
 L  prec_g11_g9_t5
 L  prec_g11_g9_t7
 L  prec_g11_g9_t9
 L  prec_g11_g9_t11
 L  prec_g11_g9_t13
 L  prec_g11_g9_t15
 L  prec_g11_g9_t17
 L  prec_g11_g9_t19
 L  prec_g11_g9_t21
 L  prec_g11_g9_t23
 L  prec_g11_g9_t25
 L  prec_g11_g9_t27
 L  prec_g11_g9_t29
 L  prec_g11_g10_t3
 L  prec_g11_g10_t5
 L  prec_g11_g10_t7
 L  prec_g11_g10_t9
 L  prec_g11_g10_t11
 L  prec_g11_g10_t13
 L  prec_g11_g10_t15
 L  prec_g11_g10_t17
 L  prec_g11_g10_t19
 L  prec_g11_g10_t21
 L  prec_g11_g10_t23
 L  prec_g11_g10_t25
 L  prec_g11_g10_t27
 L  prec_g11_g10_t29
 L  prec_g38_g11_t4
 L  prec_g38_g11_t8
 L  prec_g38_g11_t12
 L  prec_g38_g11_t16
 L  prec_g38_g11_t20
 L  prec_g38_g11_t24
 L  prec_g38_g11_t28
 L  prec_g41_g15_t10
 L  prec_g42_g16_t10
 L  prec_g42_g19_t10
 L  prec_g42_g20_t10
 L  prec_g43_g41_t11
 L  prec_g43_g41_t13
 L  prec_g43_g42_t11
 L  prec_g43_g42_t13
 L  prec_g44_g15_t10
 L  prec_g45_g16_t10
 L  prec_g45_g19_t10
 L  prec_g45_g20_t10
 L  prec_g46_g44_t11
 L  prec_g46_g44_t13
 L  prec_g46_g44_t15
 L  prec_g46_g44_t17
 L  prec_g46_g45_t11
 L  prec_g46_g45_t13
 L  prec_g46_g45_t15
 L  prec_g46_g45_t17
 L  prec_g47_g15_t10
 L  prec_g48_g16_t10
 L  prec_g48_g19_t10
 L  prec_g48_g20_t10
 L  prec_g49_g47_t11
 L  prec_g49_g47_t13
 L  prec_g49_g47_t15
 L  prec_g49_g47_t17
 L  prec_g49_g47_t19
 L  prec_g49_g47_t21
 L  prec_g49_g48_t11
 L  prec_g49_g48_t13
 L  prec_g49_g48_t15
 L  prec_g49_g48_t17
 L  prec_g49_g48_t19
 L  prec_g49_g48_t21
 L  prec_g50_g15_t10
 L  prec_g51_g16_t10
 L  prec_g51_g19_t10
 L  prec_g51_g20_t10
 L  prec_g52_g50_t11
 L  prec_g52_g50_t13
 L  prec_g52_g50_t15
 L  prec_g52_g50_t17
 L  prec_g52_g50_t19
 L  prec_g52_g50_t21
 L  prec_g52_g50_t23
 L  prec_g52_g50_t25
 L  prec_g52_g51_t11
 L  prec_g52_g51_t13
 L  prec_g52_g51_t15
 L  prec_g52_g51_t17
 L  prec_g52_g51_t19
 L  prec_g52_g51_t21
 L  prec_g52_g51_t23
 L  prec_g52_g51_t25
 L  prec_g53_g43_t14
 L  prec_g54_g43_t14
 L  prec_g55_g53_t15
 L  prec_g55_g53_t17
 L  prec_g55_g54_t15
 L  prec_g55_g54_t17
 L  prec_g56_g43_t15
 L  prec_g56_g43_t17
 L  prec_g56_g53_t15
 L  prec_g56_g53_t17
 L  prec_g56_g54_t15
 L  prec_g56_g54_t17
 L  prec_g57_g46_t18
 L  prec_g57_g55_t18
 L  prec_g58_g46_t18
 L  prec_g58_g55_t18
 L  prec_g59_g57_t19
 L  prec_g59_g57_t21
 L  prec_g59_g58_t19
 L  prec_g59_g58_t21
 L  prec_g60_g46_t19
 L  prec_g60_g46_t21
 L  prec_g60_g55_t19
 L  prec_g60_g55_t21
 L  prec_g60_g57_t19
 L  prec_g60_g57_t21
 L  prec_g60_g58_t19
 L  prec_g60_g58_t21
 L  prec_g61_g49_t22
 L  prec_g61_g59_t22
 L  prec_g62_g49_t22
 L  prec_g62_g59_t22
 L  prec_g63_g61_t23
 L  prec_g63_g61_t25
 L  prec_g63_g62_t23
 L  prec_g63_g62_t25
 L  prec_g64_g49_t23
 L  prec_g64_g49_t25
 L  prec_g64_g59_t23
 L  prec_g64_g59_t25
 L  prec_g64_g61_t23
 L  prec_g64_g61_t25
 L  prec_g64_g62_t23
 L  prec_g64_g62_t25
 L  prec_g65_g52_t26
 L  prec_g65_g63_t26
 L  prec_g66_g52_t26
 L  prec_g66_g63_t26
 L  prec_g67_g65_t27
 L  prec_g67_g65_t29
 L  prec_g67_g66_t27
 L  prec_g67_g66_t29
 L  prec_g68_g52_t27
 L  prec_g68_g52_t29
 L  prec_g68_g63_t27
 L  prec_g68_g63_t29
 L  prec_g68_g65_t27
 L  prec_g68_g65_t29
 L  prec_g68_g66_t27
 L  prec_g68_g66_t29
 L  prec_g88_g85_t11
 L  prec_g88_g85_t13
 L  prec_g88_g85_t15
 L  prec_g88_g85_t17
 L  prec_g88_g85_t19
 L  prec_g88_g85_t21
 L  prec_g88_g86_t11
 L  prec_g88_g86_t13
 L  prec_g88_g86_t15
 L  prec_g88_g86_t17
 L  prec_g88_g86_t19
 L  prec_g88_g86_t21
 L  prec_g88_g87_t11
 L  prec_g88_g87_t13
 L  prec_g88_g87_t15
 L  prec_g88_g87_t17
 L  prec_g88_g87_t19
 L  prec_g88_g87_t21
 L  prec_g92_g89_t11
 L  prec_g92_g89_t13
 L  prec_g92_g89_t15
 L  prec_g92_g89_t17
 L  prec_g92_g89_t19
 L  prec_g92_g89_t21
 L  prec_g92_g90_t11
 L  prec_g92_g90_t13
 L  prec_g92_g90_t15
 L  prec_g92_g90_t17
 L  prec_g92_g90_t19
 L  prec_g92_g90_t21
 L  prec_g92_g91_t11
 L  prec_g92_g91_t13
 L  prec_g92_g91_t15
 L  prec_g92_g91_t17
 L  prec_g92_g91_t19
 L  prec_g92_g91_t21
 L  prec_g96_g93_t11
 L  prec_g96_g93_t13
 L  prec_g96_g93_t15
 L  prec_g96_g93_t17
 L  prec_g96_g93_t19
 L  prec_g96_g93_t21
 L  prec_g96_g94_t11
 L  prec_g96_g94_t13
 L  prec_g96_g94_t15
 L  prec_g96_g94_t17
 L  prec_g96_g94_t19
 L  prec_g96_g94_t21
 L  prec_g96_g95_t11
 L  prec_g96_g95_t13
 L  prec_g96_g95_t15
 L  prec_g96_g95_t17
 L  prec_g96_g95_t19
 L  prec_g96_g95_t21
 L  prec_g100_g97_t11
 L  prec_g100_g97_t13
 L  prec_g100_g97_t15
 L  prec_g100_g97_t17
 L  prec_g100_g97_t19
 L  prec_g100_g97_t21
 L  prec_g100_g98_t11
 L  prec_g100_g98_t13
 L  prec_g100_g98_t15
 L  prec_g100_g98_t17
 L  prec_g100_g98_t19
 L  prec_g100_g98_t21
 L  prec_g100_g99_t11
 L  prec_g100_g99_t13
 L  prec_g100_g99_t15
 L  prec_g100_g99_t17
 L  prec_g100_g99_t19
 L  prec_g100_g99_t21
 L  prec_g101_g88_t14
 L  prec_g101_g88_t18
 L  prec_g101_g88_t22
 L  prec_g101_g92_t14
 L  prec_g101_g92_t18
 L  prec_g101_g92_t22
 L  prec_g101_g96_t14
 L  prec_g101_g96_t18
 L  prec_g101_g96_t22
 L  prec_g101_g100_t14
 L  prec_g101_g100_t18
 L  prec_g101_g100_t22
 L  prec_g102_g88_t14
 L  prec_g102_g88_t18
 L  prec_g102_g88_t22
 L  prec_g102_g92_t14
 L  prec_g102_g92_t18
 L  prec_g102_g92_t22
 L  prec_g102_g96_t14
 L  prec_g102_g96_t18
 L  prec_g102_g96_t22
 L  prec_g102_g100_t14
 L  prec_g102_g100_t18
 L  prec_g102_g100_t22
 L  prec_g103_g101_t15
 L  prec_g103_g101_t17
 L  prec_g103_g101_t19
 L  prec_g103_g101_t21
 L  prec_g103_g101_t23
 L  prec_g103_g101_t25
 L  prec_g103_g102_t15
 L  prec_g103_g102_t17
 L  prec_g103_g102_t19
 L  prec_g103_g102_t21
 L  prec_g103_g102_t23
 L  prec_g103_g102_t25
 L  prec_g106_g104_t11
 L  prec_g106_g104_t13
 L  prec_g106_g104_t15
 L  prec_g106_g104_t17
 L  prec_g106_g104_t19
 L  prec_g106_g104_t21
 L  prec_g106_g105_t11
 L  prec_g106_g105_t13
 L  prec_g106_g105_t15
 L  prec_g106_g105_t17
 L  prec_g106_g105_t19
 L  prec_g106_g105_t21
 L  prec_g109_g107_t11
 L  prec_g109_g107_t13
 L  prec_g109_g107_t15
 L  prec_g109_g107_t17
 L  prec_g109_g107_t19
 L  prec_g109_g107_t21
 L  prec_g109_g108_t11
 L  prec_g109_g108_t13
 L  prec_g109_g108_t15
 L  prec_g109_g108_t17
 L  prec_g109_g108_t19
 L  prec_g109_g108_t21
 L  prec_g115_g113_t27
 L  prec_g115_g113_t29
 L  prec_g115_g114_t27
 L  prec_g115_g114_t29
 L  prec_g118_g116_t27
 L  prec_g118_g116_t29
 L  prec_g118_g117_t27
 L  prec_g118_g117_t29
 L  prec_g121_g119_t27
 L  prec_g121_g119_t29
 L  prec_g121_g120_t27
 L  prec_g121_g120_t29
 L  prec_g124_g122_t27
 L  prec_g124_g122_t29
 L  prec_g124_g123_t27
 L  prec_g124_g123_t29
 L  prec_g137_g8_t20
 L  prec_g137_g8_t24
 L  prec_g137_g8_t28
 L  prec_g137_g56_t20
 L  prec_g137_g56_t24
 L  prec_g137_g56_t28
 L  prec_g137_g60_t20
 L  prec_g137_g60_t24
 L  prec_g137_g60_t28
 L  prec_g138_g21_t18
 L  prec_g138_g21_t22
 L  prec_g138_g21_t26
 L  prec_g138_g103_t18
 L  prec_g138_g103_t22
 L  prec_g138_g103_t26
 L  prec_g139_g22_t18
 L  prec_g139_g22_t22
 L  prec_g139_g22_t26
 L  prec_g139_g103_t18
 L  prec_g139_g103_t22
 L  prec_g139_g103_t26
 L  prec_g140_g23_t26
 L  prec_g141_g24_t26
 L  prec_g146_g27_t10
 L  prec_g146_g27_t14
 L  prec_g146_g27_t18
 L  prec_g146_g27_t22
 L  prec_g146_g27_t26
 L  prec_g146_g27_t30
 L  prec_g147_g37_t10
 L  prec_g147_g37_t14
 L  prec_g147_g37_t18
 L  prec_g147_g37_t22
 L  prec_g147_g37_t26
 L  prec_g147_g37_t30
 L  prec_g147_g38_t10
 L  prec_g147_g38_t14
 L  prec_g147_g38_t18
 L  prec_g147_g38_t22
 L  prec_g147_g38_t26
 L  prec_g147_g38_t30
 L  prec_g149_g36_t7
 L  prec_g149_g36_t9
 L  prec_g149_g36_t11
 L  prec_g149_g36_t13
 L  prec_g149_g36_t15
 L  prec_g149_g36_t17
 L  prec_g149_g36_t19
 L  prec_g149_g36_t21
 L  prec_g149_g36_t23
 L  prec_g149_g36_t25
 L  prec_g149_g36_t27
 L  prec_g149_g36_t29
 L  prec_g149_g37_t7
 L  prec_g149_g37_t9
 L  prec_g149_g37_t11
 L  prec_g149_g37_t13
 L  prec_g149_g37_t15
 L  prec_g149_g37_t17
 L  prec_g149_g37_t19
 L  prec_g149_g37_t21
 L  prec_g149_g37_t23
 L  prec_g149_g37_t25
 L  prec_g149_g37_t27
 L  prec_g149_g37_t29
 L  prec_g152_g14_t10
 L  prec_g152_g14_t14
 L  prec_g152_g14_t18
 L  prec_g152_g14_t22
 L  prec_g152_g14_t26
 L  prec_g152_g14_t30
 L  prec_g153_g56_t18
 L  prec_g153_g56_t22
 L  prec_g153_g56_t26
 L  prec_g153_g56_t30
 L  prec_g154_g17_t14
 L  prec_g154_g17_t18
 L  prec_g154_g17_t22
 L  prec_g154_g17_t26
 L  prec_g154_g17_t30
 L  prec_g154_g72_t14
 L  prec_g154_g72_t18
 L  prec_g154_g72_t22
 L  prec_g154_g72_t26
 L  prec_g154_g72_t30
 L  prec_g155_g137_t22
 L  prec_g155_g137_t26
 L  prec_g155_g137_t30
 L  prec_g156_g29_t30
 L  prec_g156_g115_t30
 L  prec_g157_g30_t30
 L  prec_g157_g115_t30
 L  prec_g160_g18_t26
 L  prec_g160_g18_t30
 L  prec_g161_g26_t10
 L  prec_g161_g26_t14
 L  prec_g161_g26_t18
 L  prec_g161_g26_t22
 L  prec_g161_g26_t26
 L  prec_g161_g26_t30
 L  prec_g162_g31_t30
 L  prec_g164_g14_t10
 L  prec_g164_g14_t14
 L  prec_g164_g14_t18
 L  prec_g164_g14_t22
 L  prec_g164_g14_t26
 L  prec_g164_g14_t30
 L  prec_g165_g60_t22
 L  prec_g165_g60_t26
 L  prec_g165_g60_t30
 L  prec_g166_g17_t18
 L  prec_g166_g17_t22
 L  prec_g166_g17_t26
 L  prec_g166_g17_t30
 L  prec_g166_g76_t18
 L  prec_g166_g76_t22
 L  prec_g166_g76_t26
 L  prec_g166_g76_t30
 L  prec_g167_g137_t22
 L  prec_g167_g137_t26
 L  prec_g167_g137_t30
 L  prec_g168_g29_t30
 L  prec_g168_g118_t30
 L  prec_g169_g30_t30
 L  prec_g169_g118_t30
 L  prec_g173_g14_t10
 L  prec_g173_g14_t14
 L  prec_g173_g14_t18
 L  prec_g173_g14_t22
 L  prec_g173_g14_t26
 L  prec_g173_g14_t30
 L  prec_g174_g64_t26
 L  prec_g174_g64_t30
 L  prec_g175_g17_t22
 L  prec_g175_g17_t26
 L  prec_g175_g17_t30
 L  prec_g175_g80_t22
 L  prec_g175_g80_t26
 L  prec_g175_g80_t30
 L  prec_g176_g137_t22
 L  prec_g176_g137_t26
 L  prec_g176_g137_t30
 L  prec_g177_g29_t30
 L  prec_g177_g121_t30
 L  prec_g178_g30_t30
 L  prec_g178_g121_t30
 L  prec_g182_g14_t10
 L  prec_g182_g14_t14
 L  prec_g182_g14_t18
 L  prec_g182_g14_t22
 L  prec_g182_g14_t26
 L  prec_g182_g14_t30
 L  prec_g183_g68_t30
 L  prec_g184_g17_t26
 L  prec_g184_g17_t30
 L  prec_g184_g84_t26
 L  prec_g184_g84_t30
 L  prec_g185_g137_t22
 L  prec_g185_g137_t26
 L  prec_g185_g137_t30
 L  prec_g186_g29_t30
 L  prec_g186_g124_t30
 L  prec_g187_g30_t30
 L  prec_g187_g124_t30
 L  prec_g191_g14_t7
 L  prec_g191_g14_t9
 L  prec_g191_g14_t11
 L  prec_g191_g14_t13
 L  prec_g191_g14_t15
 L  prec_g191_g14_t17
 L  prec_g191_g14_t19
 L  prec_g191_g14_t21
 L  prec_g191_g14_t23
 L  prec_g191_g14_t25
 L  prec_g191_g14_t27
 L  prec_g191_g14_t29
 L  prec_g191_g15_t7
 L  prec_g191_g15_t9
 L  prec_g191_g16_t7
 L  prec_g191_g16_t9
 L  prec_g191_g17_t7
 L  prec_g191_g17_t9
 L  prec_g191_g17_t11
 L  prec_g191_g17_t13
 L  prec_g191_g17_t15
 L  prec_g191_g17_t17
 L  prec_g191_g17_t19
 L  prec_g191_g17_t21
 L  prec_g191_g17_t23
 L  prec_g191_g17_t25
 L  prec_g191_g17_t27
 L  prec_g191_g17_t29
 L  prec_g191_g18_t7
 L  prec_g191_g18_t9
 L  prec_g191_g18_t11
 L  prec_g191_g18_t13
 L  prec_g191_g18_t15
 L  prec_g191_g18_t17
 L  prec_g191_g18_t19
 L  prec_g191_g18_t21
 L  prec_g191_g18_t23
 L  prec_g191_g18_t25
 L  prec_g191_g18_t27
 L  prec_g191_g18_t29
 L  prec_g191_g19_t7
 L  prec_g191_g19_t9
 L  prec_g191_g26_t7
 L  prec_g191_g26_t9
 L  prec_g191_g26_t11
 L  prec_g191_g26_t13
 L  prec_g191_g26_t15
 L  prec_g191_g26_t17
 L  prec_g191_g26_t19
 L  prec_g191_g26_t21
 L  prec_g191_g26_t23
 L  prec_g191_g26_t25
 L  prec_g191_g26_t27
 L  prec_g191_g26_t29
 L  prec_g191_g29_t7
 L  prec_g191_g29_t9
 L  prec_g191_g29_t11
 L  prec_g191_g29_t13
 L  prec_g191_g29_t15
 L  prec_g191_g29_t17
 L  prec_g191_g29_t19
 L  prec_g191_g29_t21
 L  prec_g191_g29_t23
 L  prec_g191_g29_t25
 L  prec_g191_g29_t27
 L  prec_g191_g29_t29
 L  prec_g191_g30_t7
 L  prec_g191_g30_t9
 L  prec_g191_g30_t11
 L  prec_g191_g30_t13
 L  prec_g191_g30_t15
 L  prec_g191_g30_t17
 L  prec_g191_g30_t19
 L  prec_g191_g30_t21
 L  prec_g191_g30_t23
 L  prec_g191_g30_t25
 L  prec_g191_g30_t27
 L  prec_g191_g30_t29
 L  prec_g191_g31_t7
 L  prec_g191_g31_t9
 L  prec_g191_g31_t11
 L  prec_g191_g31_t13
 L  prec_g191_g31_t15
 L  prec_g191_g31_t17
 L  prec_g191_g31_t19
 L  prec_g191_g31_t21
 L  prec_g191_g31_t23
 L  prec_g191_g31_t25
 L  prec_g191_g31_t27
 L  prec_g191_g31_t29
 L  prec_g191_g34_t7
 L  prec_g191_g34_t9
 L  prec_g191_g34_t11
 L  prec_g191_g34_t13
 L  prec_g191_g34_t15
 L  prec_g191_g34_t17
 L  prec_g191_g34_t19
 L  prec_g191_g34_t21
 L  prec_g191_g34_t23
 L  prec_g191_g34_t25
 L  prec_g191_g34_t27
 L  prec_g191_g34_t29
 L  prec_g191_g35_t7
 L  prec_g191_g35_t9
 L  prec_g191_g35_t11
 L  prec_g191_g35_t13
 L  prec_g191_g35_t15
 L  prec_g191_g35_t17
 L  prec_g191_g35_t19
 L  prec_g191_g35_t21
 L  prec_g191_g35_t23
 L  prec_g191_g35_t25
 L  prec_g191_g35_t27
 L  prec_g191_g35_t29
 L  prec_g192_g56_t21
 L  prec_g192_g56_t23
 L  prec_g192_g56_t25
 L  prec_g192_g56_t27
 L  prec_g192_g56_t29
 L  prec_g192_g56_t31
 L  prec_g192_g60_t21
 L  prec_g192_g60_t23
 L  prec_g192_g60_t25
 L  prec_g192_g60_t27
 L  prec_g192_g60_t29
 L  prec_g192_g60_t31
 L  prec_g193_g20_t10
 L  prec_g194_g20_t10
 L  prec_g195_g20_t10
 L  prec_g196_g20_t10
 L  prec_g197_g28_t10
 L  prec_g197_g28_t14
 L  prec_g197_g28_t18
 L  prec_g197_g28_t22
 L  prec_g197_g28_t26
 L  prec_g197_g28_t30
 L  prec_g198_g28_t10
 L  prec_g198_g28_t14
 L  prec_g198_g28_t18
 L  prec_g198_g28_t22
 L  prec_g198_g28_t26
 L  prec_g198_g28_t30
 L  prec_g199_g28_t10
 L  prec_g199_g28_t14
 L  prec_g199_g28_t18
 L  prec_g199_g28_t22
 L  prec_g199_g28_t26
 L  prec_g199_g28_t30
 L  prec_g200_g28_t10
 L  prec_g200_g28_t14
 L  prec_g200_g28_t18
 L  prec_g200_g28_t22
 L  prec_g200_g28_t26
 L  prec_g200_g28_t30
 E  coloc_g0_g1_L0
 E  coloc_g1_g2_L0
 G  dy_v14_L2_r0
 G  dy_v14_L2_r1
 G  dy_v15_L2_r0
 G  dy_v15_L2_r1
 G  dy_v16_L2_r0
 G  dy_v16_L2_r1
 G  dy_v17_L2_r0
 G  dy_v17_L2_r1
 G  dy_v18_L2_r0
 G  dy_v18_L2_r1
 G  dy_v19_L2_r0
 G  dy_v19_L2_r1
 G  o_v33_c7_r0
 G  o_v33_c7_r1
 G  o_v33_c7_r2
 G  o_v33_c9_r0
 G  o_v33_c9_r1
 G  o_v33_c9_r2
 G  o_v33_c11_r0
 G  o_v33_c11_r1
 G  o_v33_c11_r2
 G  o_v33_c13_r0
 G  o_v33_c13_r1
 G  o_v33_c13_r2
 G  o_v33_c15_r0
 G  o_v33_c15_r1
 G  o_v33_c15_r2
 G  o_v33_c17_r0
 G  o_v33_c17_r1
 G  o_v33_c17_r2
 G  o_v33_c19_r0
 G  o_v33_c19_r1
 G  o_v33_c19_r2
 G  o_v33_c21_r0
 G  o_v33_c21_r1
 G  o_v33_c21_r2
 G  o_v33_c23_r0
 G  o_v33_c23_r1
 G  o_v33_c23_r2
 G  o_v33_c25_r0
 G  o_v33_c25_r1
 G  o_v33_c25_r2
 G  o_v33_c27_r0
 G  o_v33_c27_r1
 G  o_v33_c27_r2
 G  o_v33_c29_r0
 G  o_v33_c29_r1
 G  o_v33_c29_r2
 G  o_v33_c31_r0
 G  o_v33_c31_r1
 G  o_v33_c31_r2
 G  o_v33_c33_r0
 G  o_v33_c33_r1
 G  o_v33_c33_r2
 G  o_v33_c35_r0
 G  dy_v33_L1_r0
 G  dy_v33_L1_r1
 G  dy_v33_L2_r0
 G  dy_v33_L2_r1
 G  dy_v33_L3_r0
 G  dy_v33_L3_r1
 G  dy_v33_L4_r0
 G  dy_v33_L4_r1
 G  dy_v33_L5_r0
 G  dy_v33_L5_r1
 G  dy_v33_L6_r0
 G  dy_v33_L6_r1
 G  dy_v33_L7_r0
 G  dy_v33_L7_r1
 G  dy_v33_L8_r0
 G  dy_v33_L8_r1
 G  o_v34_c3_r0
 G  o_v34_c5_r0
 G  o_v34_c5_r1
 G  o_v34_c7_r0
 G  o_v35_c3_r0
 G  o_v35_c5_r0
 G  o_v35_c5_r1
 G  o_v35_c7_r0
 G  o_v36_c3_r0
 G  o_v36_c3_r1
 G  o_v36_c5_r0
 G  o_v36_c5_r1
 G  dy_v36_L2_r0
 G  dy_v36_L2_r1
 G  o_v37_c3_r0
 G  o_v37_c5_r0
 G  o_v37_c5_r1
 G  o_v37_c7_r0
 G  o_v37_c7_r1
 G  o_v37_c9_r0
 G  o_v37_c9_r1
 G  o_v37_c11_r0
 G  o_v37_c11_r1
 G  o_v37_c13_r0
 G  o_v37_c13_r1
 G  o_v37_c15_r0
 G  o_v37_c15_r1
 G  o_v37_c17_r0
 G  o_v37_c17_r1
 G  o_v37_c19_r0
 G  o_v37_c19_r1
 G  o_v37_c21_r0
 G  o_v37_c21_r1
 G  o_v37_c23_r0
 G  o_v37_c23_r1
 G  o_v37_c25_r0
 G  o_v37_c25_r1
 G  o_v37_c27_r0
 G  o_v37_c27_r1
 G  o_v37_c29_r0
 G  o_v37_c29_r1
 G  o_v37_c31_r0
 G  o_v38_c3_r0
 G  o_v38_c5_r0
 G  o_v38_c5_r1
 G  o_v38_c7_r0
 G  o_v38_c7_r1
 G  o_v38_c9_r0
 G  o_v38_c9_r1
 G  o_v38_c11_r0
 G  o_v38_c11_r1
 G  o_v38_c13_r0
 G  o_v38_c13_r1
 G  o_v38_c15_r0
 G  o_v38_c15_r1
 G  o_v38_c17_r0
 G  o_v38_c17_r1
 G  o_v38_c19_r0
 G  o_v38_c19_r1
 G  o_v38_c21_r0
 G  o_v38_c21_r1
 G  o_v38_c23_r0
 G  o_v38_c23_r1
 G  o_v38_c25_r0
 G  o_v38_c25_r1
 G  o_v38_c27_r0
 G  o_v38_c27_r1
 G  o_v38_c29_r0
 G  o_v38_c29_r1
 G  o_v38_c31_r0
 G  o_v40_c3_r0
 G  o_v40_c5_r0
 G  o_v40_c5_r1
 G  o_v40_c7_r0
 G  o_v40_c7_r1
 G  o_v40_c9_r0
 G  o_v40_c9_r1
 G  o_v40_c11_r0
 G  o_v40_c11_r1
 G  o_v40_c13_r0
 G  o_v40_c13_r1
 G  o_v40_c15_r0
 G  o_v40_c15_r1
 G  o_v40_c17_r0
 G  o_v40_c17_r1
 G  o_v40_c19_r0
 G  o_v40_c19_r1
 G  o_v40_c21_r0
 G  o_v40_c21_r1
 G  o_v40_c23_r0
 G  o_v40_c23_r1
 G  o_v40_c25_r0
 G  o_v40_c25_r1
 G  o_v40_c27_r0
 G  o_v40_c27_r1
 G  o_v40_c29_r0
 G  o_v40_c29_r1
 G  o_v40_c31_r0
 G  o_v41_c3_r0
 G  o_v41_c5_r0
 G  o_v41_c5_r1
 G  o_v41_c7_r0
 G  o_v41_c7_r1
 G  o_v41_c9_r0
 G  o_v41_c9_r1
 G  o_v41_c11_r0
 G  o_v41_c11_r1
 G  o_v41_c13_r0
 G  o_v41_c13_r1
 G  o_v41_c15_r0
 G  o_v41_c15_r1
 G  o_v41_c17_r0
 G  o_v41_c17_r1
 G  o_v41_c19_r0
 G  o_v41_c19_r1
 G  o_v41_c21_r0
 G  o_v41_c21_r1
 G  o_v41_c23_r0
 G  o_v41_c23_r1
 G  o_v41_c25_r0
 G  o_v41_c25_r1
 G  o_v41_c27_r0
 G  o_v41_c27_r1
 G  o_v41_c29_r0
 G  o_v41_c29_r1
 G  o_v41_c31_r0
 G  o_v43_c9_r0
 G  o_v43_c9_r1
 G  o_v43_c9_r2
 G  o_v43_c9_r3
 G  o_v43_c9_r4
 G  o_v43_c9_r5
 G  o_v43_c9_r6
 G  o_v43_c9_r7
 G  o_v43_c9_r8
 G  o_v43_c9_r9
 G  o_v43_c9_r10
 G  o_v43_c9_r11
 G  o_v43_c9_r12
 G  o_v43_c9_r13
 G  o_v43_c9_r14
 G  o_v43_c9_r15
 G  o_v43_c9_r16
 G  o_v43_c9_r17
 G  o_v43_c9_r18
 G  o_v43_c9_r19
 G  o_v43_c9_r20
 G  o_v43_c9_r21
 G  o_v43_c9_r22
 G  o_v43_c9_r23
 G  o_v43_c11_r0
 G  o_v43_c11_r1
 G  o_v43_c11_r2
 G  o_v43_c11_r3
 G  o_v43_c11_r4
 G  o_v43_c11_r5
 G  o_v43_c11_r6
 G  o_v43_c11_r7
 G  o_v43_c11_r8
 G  o_v43_c11_r9
 G  o_v43_c11_r10
 G  o_v43_c11_r11
 G  o_v43_c11_r12
 G  o_v43_c11_r13
 G  o_v43_c11_r14
 G  o_v43_c11_r15
 G  o_v43_c11_r16
 G  o_v43_c11_r17
 G  o_v43_c11_r18
 G  o_v43_c11_r19
 G  o_v43_c11_r20
 G  o_v43_c11_r21
 G  o_v43_c11_r22
 G  o_v43_c11_r23
 G  o_v43_c13_r0
 G  o_v43_c13_r1
 G  o_v43_c13_r2
 G  o_v43_c13_r3
 G  o_v43_c13_r4
 G  o_v43_c13_r5
 G  o_v43_c13_r6
 G  o_v43_c13_r7
 G  o_v43_c13_r8
 G  o_v43_c13_r9
 G  o_v43_c13_r10
 G  o_v43_c13_r11
 G  o_v43_c13_r12
 G  o_v43_c13_r13
 G  o_v43_c13_r14
 G  o_v43_c13_r15
 G  o_v43_c13_r16
 G  o_v43_c13_r17
 G  o_v43_c13_r18
 G  o_v43_c13_r19
 G  o_v43_c15_r0
 G  o_v43_c15_r1
 G  o_v43_c15_r2
 G  o_v43_c15_r3
 G  o_v43_c15_r4
 G  o_v43_c15_r5
 G  o_v43_c15_r6
 G  o_v43_c15_r7
 G  o_v43_c15_r8
 G  o_v43_c15_r9
 G  o_v43_c15_r10
 G  o_v43_c15_r11
 G  o_v43_c15_r12
 G  o_v43_c15_r13
 G  o_v43_c15_r14
 G  o_v43_c15_r15
 G  o_v43_c15_r16
 G  o_v43_c15_r17
 G  o_v43_c15_r18
 G  o_v43_c15_r19
 G  o_v43_c17_r0
 G  o_v43_c17_r1
 G  o_v43_c17_r2
 G  o_v43_c17_r3
 G  o_v43_c17_r4
 G  o_v43_c17_r5
 G  o_v43_c17_r6
 G  o_v43_c17_r7
 G  o_v43_c17_r8
 G  o_v43_c17_r9
 G  o_v43_c17_r10
 G  o_v43_c17_r11
 G  o_v43_c17_r12
 G  o_v43_c17_r13
 G  o_v43_c17_r14
 G  o_v43_c17_r15
 G  o_v43_c17_r16
 G  o_v43_c17_r17
 G  o_v43_c17_r18
 G  o_v43_c17_r19
 G  o_v43_c19_r0
 G  o_v43_c19_r1
 G  o_v43_c19_r2
 G  o_v43_c19_r3
 G  o_v43_c19_r4
 G  o_v43_c19_r5
 G  o_v43_c19_r6
 G  o_v43_c19_r7
 G  o_v43_c19_r8
 G  o_v43_c19_r9
 G  o_v43_c19_r10
 G  o_v43_c19_r11
 G  o_v43_c19_r12
 G  o_v43_c19_r13
 G  o_v43_c19_r14
 G  o_v43_c19_r15
 G  o_v43_c19_r16
 G  o_v43_c19_r17
 G  o_v43_c19_r18
 G  o_v43_c19_r19
 G  o_v43_c21_r0
 G  o_v43_c21_r1
 G  o_v43_c21_r2
 G  o_v43_c21_r3
 G  o_v43_c21_r4
 G  o_v43_c21_r5
 G  o_v43_c21_r6
 G  o_v43_c21_r7
 G  o_v43_c21_r8
 G  o_v43_c21_r9
 G  o_v43_c21_r10
 G  o_v43_c21_r11
 G  o_v43_c21_r12
 G  o_v43_c21_r13
 G  o_v43_c21_r14
 G  o_v43_c21_r15
 G  o_v43_c21_r16
 G  o_v43_c21_r17
 G  o_v43_c21_r18
 G  o_v43_c21_r19
 G  o_v43_c23_r0
 G  o_v43_c23_r1
 G  o_v43_c23_r2
 G  o_v43_c23_r3
 G  o_v43_c23_r4
 G  o_v43_c23_r5
 G  o_v43_c23_r6
 G  o_v43_c23_r7
 G  o_v43_c23_r8
 G  o_v43_c23_r9
 G  o_v43_c23_r10
 G  o_v43_c23_r11
 G  o_v43_c23_r12
 G  o_v43_c23_r13
 G  o_v43_c23_r14
 G  o_v43_c23_r15
 G  o_v43_c23_r16
 G  o_v43_c23_r17
 G  o_v43_c23_r18
 G  o_v43_c23_r19
 G  o_v43_c25_r0
 G  o_v43_c25_r1
 G  o_v43_c25_r2
 G  o_v43_c25_r3
 G  o_v43_c25_r4
 G  o_v43_c25_r5
 G  o_v43_c25_r6
 G  o_v43_c25_r7
 G  o_v43_c25_r8
 G  o_v43_c25_r9
 G  o_v43_c25_r10
 G  o_v43_c25_r11
 G  o_v43_c25_r12
 G  o_v43_c25_r13
 G  o_v43_c25_r14
 G  o_v43_c25_r15
 G  o_v43_c25_r16
 G  o_v43_c25_r17
 G  o_v43_c25_r18
 G  o_v43_c25_r19
 G  o_v43_c27_r0
 G  o_v43_c27_r1
 G  o_v43_c27_r2
 G  o_v43_c27_r3
 G  o_v43_c27_r4
 G  o_v43_c27_r5
 G  o_v43_c27_r6
 G  o_v43_c27_r7
 G  o_v43_c27_r8
 G  o_v43_c27_r9
 G  o_v43_c27_r10
 G  o_v43_c27_r11
 G  o_v43_c27_r12
 G  o_v43_c27_r13
 G  o_v43_c27_r14
 G  o_v43_c27_r15
 G  o_v43_c27_r16
 G  o_v43_c27_r17
 G  o_v43_c27_r18
 G  o_v43_c27_r19
 G  o_v43_c29_r0
 G  o_v43_c29_r1
 G  o_v43_c29_r2
 G  o_v43_c29_r3
 G  o_v43_c29_r4
 G  o_v43_c29_r5
 G  o_v43_c29_r6
 G  o_v43_c29_r7
 G  o_v43_c29_r8
 G  o_v43_c29_r9
 G  o_v43_c29_r10
 G  o_v43_c29_r11
 G  o_v43_c29_r12
 G  o_v43_c29_r13
 G  o_v43_c29_r14
 G  o_v43_c31_r0
 G  o_v43_c31_r1
 G  o_v43_c31_r2
 G  o_v43_c31_r3
 G  o_v43_c31_r4
 G  o_v43_c31_r5
 G  o_v43_c31_r6
 G  o_v43_c31_r7
 G  o_v43_c31_r8
 G  o_v43_c31_r9
 G  o_v43_c31_r10
 G  o_v43_c31_r11
 G  o_v43_c31_r12
 G  o_v43_c31_r13
 G  o_v43_c31_r14
 G  o_v43_c33_r0
 G  o_v43_c35_r0
 G  o_v44_c9_r0
 G  o_v44_c9_r1
 G  o_v44_c9_r2
 G  o_v44_c9_r3
 G  o_v44_c9_r4
 G  o_v44_c9_r5
 G  o_v44_c9_r6
 G  o_v44_c9_r7
 G  o_v44_c9_r8
 G  o_v44_c9_r9
 G  o_v44_c9_r10
 G  o_v44_c9_r11
 G  o_v44_c9_r12
 G  o_v44_c9_r13
 G  o_v44_c9_r14
 G  o_v44_c9_r15
 G  o_v44_c9_r16
 G  o_v44_c9_r17
 G  o_v44_c9_r18
 G  o_v44_c9_r19
 G  o_v44_c9_r20
 G  o_v44_c9_r21
 G  o_v44_c9_r22
 G  o_v44_c11_r0
 G  o_v44_c11_r1
 G  o_v44_c11_r2
 G  o_v44_c11_r3
 G  o_v44_c11_r4
 G  o_v44_c11_r5
 G  o_v44_c11_r6
 G  o_v44_c11_r7
 G  o_v44_c11_r8
 G  o_v44_c11_r9
 G  o_v44_c11_r10
 G  o_v44_c11_r11
 G  o_v44_c11_r12
 G  o_v44_c11_r13
 G  o_v44_c11_r14
 G  o_v44_c11_r15
 G  o_v44_c11_r16
 G  o_v44_c11_r17
 G  o_v44_c11_r18
 G  o_v44_c11_r19
 G  o_v44_c11_r20
 G  o_v44_c11_r21
 G  o_v44_c11_r22
 G  o_v44_c13_r0
 G  o_v44_c13_r1
 G  o_v44_c13_r2
 G  o_v44_c13_r3
 G  o_v44_c13_r4
 G  o_v44_c13_r5
 G  o_v44_c13_r6
 G  o_v44_c13_r7
 G  o_v44_c13_r8
 G  o_v44_c13_r9
 G  o_v44_c13_r10
 G  o_v44_c13_r11
 G  o_v44_c13_r12
 G  o_v44_c13_r13
 G  o_v44_c13_r14
 G  o_v44_c13_r15
 G  o_v44_c13_r16
 G  o_v44_c13_r17
 G  o_v44_c13_r18
 G  o_v44_c15_r0
 G  o_v44_c15_r1
 G  o_v44_c15_r2
 G  o_v44_c15_r3
 G  o_v44_c15_r4
 G  o_v44_c15_r5
 G  o_v44_c15_r6
 G  o_v44_c15_r7
 G  o_v44_c15_r8
 G  o_v44_c15_r9
 G  o_v44_c15_r10
 G  o_v44_c15_r11
 G  o_v44_c15_r12
 G  o_v44_c15_r13
 G  o_v44_c15_r14
 G  o_v44_c15_r15
 G  o_v44_c15_r16
 G  o_v44_c15_r17
 G  o_v44_c15_r18
 G  o_v44_c17_r0
 G  o_v44_c17_r1
 G  o_v44_c17_r2
 G  o_v44_c17_r3
 G  o_v44_c17_r4
 G  o_v44_c17_r5
 G  o_v44_c17_r6
 G  o_v44_c17_r7
 G  o_v44_c17_r8
 G  o_v44_c17_r9
 G  o_v44_c17_r10
 G  o_v44_c17_r11
 G  o_v44_c17_r12
 G  o_v44_c17_r13
 G  o_v44_c17_r14
 G  o_v44_c17_r15
 G  o_v44_c17_r16
 G  o_v44_c17_r17
 G  o_v44_c17_r18
 G  o_v44_c19_r0
 G  o_v44_c19_r1
 G  o_v44_c19_r2
 G  o_v44_c19_r3
 G  o_v44_c19_r4
 G  o_v44_c19_r5
 G  o_v44_c19_r6
 G  o_v44_c19_r7
 G  o_v44_c19_r8
 G  o_v44_c19_r9
 G  o_v44_c19_r10
 G  o_v44_c19_r11
 G  o_v44_c19_r12
 G  o_v44_c19_r13
 G  o_v44_c19_r14
 G  o_v44_c19_r15
 G  o_v44_c19_r16
 G  o_v44_c19_r17
 G  o_v44_c19_r18
 G  o_v44_c21_r0
 G  o_v44_c21_r1
 G  o_v44_c21_r2
 G  o_v44_c21_r3
 G  o_v44_c21_r4
 G  o_v44_c21_r5
 G  o_v44_c21_r6
 G  o_v44_c21_r7
 G  o_v44_c21_r8
 G  o_v44_c21_r9
 G  o_v44_c21_r10
 G  o_v44_c21_r11
 G  o_v44_c21_r12
 G  o_v44_c21_r13
 G  o_v44_c21_r14
 G  o_v44_c21_r15
 G  o_v44_c21_r16
 G  o_v44_c21_r17
 G  o_v44_c21_r18
 G  o_v44_c23_r0
 G  o_v44_c23_r1
 G  o_v44_c23_r2
 G  o_v44_c23_r3
 G  o_v44_c23_r4
 G  o_v44_c23_r5
 G  o_v44_c23_r6
 G  o_v44_c23_r7
 G  o_v44_c23_r8
 G  o_v44_c23_r9
 G  o_v44_c23_r10
 G  o_v44_c23_r11
 G  o_v44_c23_r12
 G  o_v44_c23_r13
 G  o_v44_c23_r14
 G  o_v44_c23_r15
 G  o_v44_c23_r16
 G  o_v44_c23_r17
 G  o_v44_c23_r18
 G  o_v44_c25_r0
 G  o_v44_c25_r1
 G  o_v44_c25_r2
 G  o_v44_c25_r3
 G  o_v44_c25_r4
 G  o_v44_c25_r5
 G  o_v44_c25_r6
 G  o_v44_c25_r7
 G  o_v44_c25_r8
 G  o_v44_c25_r9
 G  o_v44_c25_r10
 G  o_v44_c25_r11
 G  o_v44_c25_r12
 G  o_v44_c25_r13
 G  o_v44_c25_r14
 G  o_v44_c25_r15
 G  o_v44_c25_r16
 G  o_v44_c25_r17
 G  o_v44_c25_r18
 G  o_v44_c27_r0
 G  o_v44_c27_r1
 G  o_v44_c27_r2
 G  o_v44_c27_r3
 G  o_v44_c27_r4
 G  o_v44_c27_r5
 G  o_v44_c27_r6
 G  o_v44_c27_r7
 G  o_v44_c27_r8
 G  o_v44_c27_r9
 G  o_v44_c27_r10
 G  o_v44_c27_r11
 G  o_v44_c27_r12
 G  o_v44_c27_r13
 G  o_v44_c27_r14
 G  o_v44_c27_r15
 G  o_v44_c27_r16
 G  o_v44_c27_r17
 G  o_v44_c27_r18
 G  o_v44_c29_r0
 G  o_v44_c29_r1
 G  o_v44_c29_r2
 G  o_v44_c29_r3
 G  o_v44_c29_r4
 G  o_v44_c29_r5
 G  o_v44_c29_r6
 G  o_v44_c29_r7
 G  o_v44_c29_r8
 G  o_v44_c29_r9
 G  o_v44_c29_r10
 G  o_v44_c29_r11
 G  o_v44_c29_r12
 G  o_v44_c31_r0
 G  o_v44_c31_r1
 G  o_v44_c31_r2
 G  o_v44_c31_r3
 G  o_v44_c31_r4
 G  o_v44_c31_r5
 G  o_v44_c31_r6
 G  o_v44_c31_r7
 G  o_v44_c31_r8
 G  o_v44_c31_r9
 G  o_v44_c31_r10
 G  o_v44_c31_r11
 G  o_v44_c31_r12
 G  o_v50_c13_r0
 G  o_v50_c13_r1
 G  o_v50_c15_r0
 G  o_v50_c15_r1
 G  o_v50_c17_r0
 G  o_v50_c17_r1
 G  o_v50_c19_r0
 G  o_v50_c19_r1
 G  o_v50_c21_r0
 G  o_v50_c21_r1
 G  o_v50_c23_r0
 G  o_v50_c23_r1
 G  o_v50_c25_r0
 G  o_v50_c27_r0
 G  o_v50_c29_r0
 G  o_v50_c31_r0
 G  o_v50_c33_r0
 G  o_v50_c35_r0
 G  o_v51_c13_r0
 G  o_v51_c13_r1
 G  o_v51_c15_r0
 G  o_v51_c15_r1
 G  o_v51_c17_r0
 G  o_v51_c17_r1
 G  o_v51_c19_r0
 G  o_v51_c19_r1
 G  o_v51_c21_r0
 G  o_v51_c21_r1
 G  o_v51_c23_r0
 G  o_v51_c23_r1
 G  o_v51_c25_r0
 G  o_v51_c25_r1
 G  o_v51_c27_r0
 G  o_v51_c27_r1
 G  o_v51_c29_r0
 G  o_v51_c31_r0
 G  o_v51_c33_r0
 G  o_v51_c35_r0
 G  o_v53_c7_r0
 G  o_v53_c7_r1
 G  o_v53_c7_r2
 G  o_v53_c7_r3
 G  o_v53_c7_r4
 G  o_v53_c9_r0
 G  o_v53_c9_r1
 G  o_v53_c9_r2
 G  o_v53_c9_r3
 G  o_v53_c9_r4
 G  o_v53_c9_r5
 G  o_v53_c11_r0
 G  o_v53_c11_r1
 G  o_v53_c11_r2
 G  o_v53_c11_r3
 G  o_v53_c11_r4
 G  o_v53_c11_r5
 G  o_v53_c13_r0
 G  o_v53_c13_r1
 G  o_v53_c13_r2
 G  o_v53_c13_r3
 G  o_v53_c13_r4
 G  o_v53_c13_r5
 G  o_v53_c15_r0
 G  o_v53_c15_r1
 G  o_v53_c15_r2
 G  o_v53_c15_r3
 G  o_v53_c15_r4
 G  o_v53_c15_r5
 G  o_v53_c17_r0
 G  o_v53_c17_r1
 G  o_v53_c17_r2
 G  o_v53_c17_r3
 G  o_v53_c17_r4
 G  o_v53_c17_r5
 G  o_v53_c19_r0
 G  o_v53_c19_r1
 G  o_v53_c19_r2
 G  o_v53_c19_r3
 G  o_v53_c19_r4
 G  o_v53_c19_r5
 G  o_v53_c21_r0
 G  o_v53_c21_r1
 G  o_v53_c21_r2
 G  o_v53_c21_r3
 G  o_v53_c21_r4
 G  o_v53_c21_r5
 G  o_v53_c23_r0
 G  o_v53_c23_r1
 G  o_v53_c23_r2
 G  o_v53_c23_r3
 G  o_v53_c23_r4
 G  o_v53_c23_r5
 G  o_v53_c25_r0
 G  o_v53_c25_r1
 G  o_v53_c25_r2
 G  o_v53_c25_r3
 G  o_v53_c25_r4
 G  o_v53_c25_r5
 G  o_v53_c27_r0
 G  o_v53_c27_r1
 G  o_v53_c27_r2
 G  o_v53_c27_r3
 G  o_v53_c27_r4
 G  o_v53_c27_r5
 G  o_v53_c29_r0
 G  o_v53_c29_r1
 G  o_v53_c29_r2
 G  o_v53_c29_r3
 G  o_v53_c29_r4
 G  o_v53_c29_r5
 G  o_v53_c31_r0
 G  o_v53_c31_r1
 G  o_v53_c31_r2
 G  o_v53_c31_r3
 G  o_v53_c31_r4
 G  o_v53_c31_r5
 G  o_v53_c33_r0
 G  o_v53_c33_r1
 G  o_v53_c33_r2
 G  o_v53_c33_r3
 G  o_v53_c33_r4
 G  o_v53_c33_r5
 G  o_v53_c35_r0
 G  o_v53_c35_r1
 G  o_v53_c35_r2
 G  o_v53_c35_r3
 G  o_v53_c35_r4
 G  dy_v53_L3_r0
 G  dy_v53_L4_r0
 G  dy_v53_L5_r0
 G  dy_v53_L6_r0
 G  dy_v53_L7_r0
 G  dy_v53_L8_r0
 G  o_v54_c7_r0
 G  o_v54_c7_r1
 G  o_v54_c7_r2
 G  o_v54_c7_r3
 G  o_v54_c7_r4
 G  o_v54_c9_r0
 G  o_v54_c9_r1
 G  o_v54_c9_r2
 G  o_v54_c9_r3
 G  o_v54_c9_r4
 G  o_v54_c9_r5
 G  o_v54_c33_r0
 G  o_v54_c33_r1
 G  o_v54_c33_r2
 G  o_v54_c33_r3
 G  o_v54_c33_r4
 G  o_v54_c33_r5
 G  o_v54_c35_r0
 G  o_v54_c35_r1
 G  o_v54_c35_r2
 G  o_v54_c35_r3
 G  o_v54_c35_r4
 G  dy_v54_L8_r0
 G  o_v55_c7_r0
 G  o_v55_c7_r1
 G  o_v55_c7_r2
 G  o_v55_c7_r3
 G  o_v55_c7_r4
 G  o_v55_c9_r0
 G  o_v55_c9_r1
 G  o_v55_c9_r2
 G  o_v55_c9_r3
 G  o_v55_c9_r4
 G  o_v55_c9_r5
 G  o_v55_c33_r0
 G  o_v55_c33_r1
 G  o_v55_c33_r2
 G  o_v55_c33_r3
 G  o_v55_c33_r4
 G  o_v55_c33_r5
 G  o_v55_c35_r0
 G  o_v55_c35_r1
 G  o_v55_c35_r2
 G  o_v55_c35_r3
 G  o_v55_c35_r4
 G  dy_v55_L8_r0
 G  o_v56_c7_r0
 G  o_v56_c7_r1
 G  o_v56_c7_r2
 G  o_v56_c7_r3
 G  o_v56_c7_r4
 G  o_v56_c9_r0
 G  o_v56_c9_r1
 G  o_v56_c9_r2
 G  o_v56_c9_r3
 G  o_v56_c9_r4
 G  o_v56_c9_r5
 G  o_v56_c11_r0
 G  o_v56_c11_r1
 G  o_v56_c11_r2
 G  o_v56_c11_r3
 G  o_v56_c11_r4
 G  o_v56_c11_r5
 G  o_v56_c13_r0
 G  o_v56_c13_r1
 G  o_v56_c13_r2
 G  o_v56_c13_r3
 G  o_v56_c13_r4
 G  o_v56_c13_r5
 G  o_v56_c15_r0
 G  o_v56_c15_r1
 G  o_v56_c15_r2
 G  o_v56_c15_r3
 G  o_v56_c15_r4
 G  o_v56_c15_r5
 G  o_v56_c17_r0
 G  o_v56_c17_r1
 G  o_v56_c17_r2
 G  o_v56_c17_r3
 G  o_v56_c17_r4
 G  o_v56_c17_r5
 G  o_v56_c19_r0
 G  o_v56_c19_r1
 G  o_v56_c19_r2
 G  o_v56_c19_r3
 G  o_v56_c19_r4
 G  o_v56_c19_r5
 G  o_v56_c21_r0
 G  o_v56_c21_r1
 G  o_v56_c21_r2
 G  o_v56_c21_r3
 G  o_v56_c21_r4
 G  o_v56_c21_r5
 G  o_v56_c23_r0
 G  o_v56_c23_r1
 G  o_v56_c23_r2
 G  o_v56_c23_r3
 G  o_v56_c23_r4
 G  o_v56_c23_r5
 G  o_v56_c25_r0
 G  o_v56_c25_r1
 G  o_v56_c25_r2
 G  o_v56_c25_r3
 G  o_v56_c25_r4
 G  o_v56_c25_r5
 G  o_v56_c27_r0
 G  o_v56_c27_r1
 G  o_v56_c27_r2
 G  o_v56_c27_r3
 G  o_v56_c27_r4
 G  o_v56_c27_r5
 G  o_v56_c29_r0
 G  o_v56_c29_r1
 G  o_v56_c29_r2
 G  o_v56_c29_r3
 G  o_v56_c29_r4
 G  o_v56_c29_r5
 G  o_v56_c31_r0
 G  o_v56_c31_r1
 G  o_v56_c31_r2
 G  o_v56_c31_r3
 G  o_v56_c31_r4
 G  o_v56_c31_r5
 G  o_v56_c33_r0
 G  o_v56_c33_r1
 G  o_v56_c33_r2
 G  o_v56_c33_r3
 G  o_v56_c33_r4
 G  o_v56_c33_r5
 G  o_v56_c35_r0
 G  o_v56_c35_r1
 G  o_v56_c35_r2
 G  o_v56_c35_r3
 G  o_v56_c35_r4
 G  dy_v56_L7_r0
 G  dy_v56_L8_r0
 G  o_v57_c7_r0
 G  o_v57_c7_r1
 G  o_v57_c9_r0
 G  o_v57_c9_r1
 G  o_v57_c9_r2
 G  o_v57_c11_r0
 G  o_v57_c11_r1
 G  o_v57_c11_r2
 G  o_v57_c13_r0
 G  o_v57_c13_r1
 G  o_v57_c13_r2
 G  o_v57_c15_r0
 G  o_v57_c15_r1
 G  o_v57_c15_r2
 G  o_v57_c17_r0
 G  o_v57_c17_r1
 G  o_v57_c17_r2
 G  o_v57_c19_r0
 G  o_v57_c19_r1
 G  o_v57_c19_r2
 G  o_v57_c21_r0
 G  o_v57_c21_r1
 G  o_v57_c21_r2
 G  o_v57_c23_r0
 G  o_v57_c23_r1
 G  o_v57_c23_r2
 G  o_v57_c25_r0
 G  o_v57_c25_r1
 G  o_v57_c25_r2
 G  o_v57_c27_r0
 G  o_v57_c27_r1
 G  o_v57_c27_r2
 G  o_v57_c29_r0
 G  o_v57_c29_r1
 G  o_v57_c29_r2
 G  o_v57_c31_r0
 G  o_v57_c31_r1
 G  o_v57_c31_r2
 G  o_v57_c33_r0
 G  o_v57_c33_r1
 G  o_v57_c33_r2
 G  o_v57_c35_r0
 G  o_v57_c35_r1
 G  dy_v57_L7_r0
 G  dy_v57_L8_r0
 G  o_v58_c7_r0
 G  o_v58_c7_r1
 G  o_v58_c7_r2
 G  o_v58_c7_r3
 G  o_v58_c7_r4
 G  o_v58_c7_r5
 G  o_v58_c7_r6
 G  o_v58_c9_r0
 G  o_v58_c9_r1
 G  o_v58_c9_r2
 G  o_v58_c9_r3
 G  o_v58_c9_r4
 G  o_v58_c9_r5
 G  o_v58_c9_r6
 G  o_v58_c9_r7
 G  o_v58_c25_r0
 G  o_v58_c25_r1
 G  o_v58_c25_r2
 G  o_v58_c25_r3
 G  o_v58_c25_r4
 G  o_v58_c25_r5
 G  o_v58_c25_r6
 G  o_v58_c27_r0
 G  o_v58_c27_r1
 G  o_v58_c27_r2
 G  o_v58_c27_r3
 G  o_v58_c27_r4
 G  o_v58_c27_r5
 G  o_v58_c27_r6
 G  o_v58_c29_r0
 G  o_v58_c29_r1
 G  o_v58_c29_r2
 G  o_v58_c29_r3
 G  o_v58_c29_r4
 G  o_v58_c29_r5
 G  o_v58_c31_r0
 G  o_v58_c31_r1
 G  o_v58_c31_r2
 G  o_v58_c31_r3
 G  o_v58_c31_r4
 G  o_v58_c31_r5
 G  o_v58_c33_r0
 G  o_v58_c33_r1
 G  o_v58_c33_r2
 G  o_v58_c33_r3
 G  o_v58_c33_r4
 G  o_v58_c33_r5
 G  o_v58_c35_r0
 G  o_v58_c35_r1
 G  o_v58_c35_r2
 G  o_v58_c35_r3
 G  o_v58_c35_r4
 G  dy_v58_L6_r0
 G  dy_v58_L7_r0
 G  dy_v58_L8_r0
 G  o_v64_c31_r0
 G  o_v64_c31_r1
 G  o_v64_c33_r0
 G  o_v65_c7_r0
 G  o_v65_c7_r1
 G  o_v65_c7_r2
 G  o_v65_c9_r0
 G  o_v65_c9_r1
 G  o_v65_c9_r2
 G  o_v65_c9_r3
 G  o_v65_c11_r0
 G  o_v65_c11_r1
 G  o_v65_c11_r2
 G  o_v65_c11_r3
 G  o_v65_c13_r0
 G  o_v65_c13_r1
 G  o_v65_c13_r2
 G  o_v65_c13_r3
 G  o_v65_c15_r0
 G  o_v65_c15_r1
 G  o_v65_c15_r2
 G  o_v65_c15_r3
 G  o_v65_c17_r0
 G  o_v65_c17_r1
 G  o_v65_c17_r2
 G  o_v65_c17_r3
 G  o_v65_c19_r0
 G  o_v65_c19_r1
 G  o_v65_c19_r2
 G  o_v65_c19_r3
 G  o_v65_c21_r0
 G  o_v65_c21_r1
 G  o_v65_c21_r2
 G  o_v65_c21_r3
 G  o_v65_c23_r0
 G  o_v65_c23_r1
 G  o_v65_c23_r2
 G  o_v65_c23_r3
 G  o_v65_c25_r0
 G  o_v65_c25_r1
 G  o_v65_c25_r2
 G  o_v65_c25_r3
 G  o_v65_c27_r0
 G  o_v65_c27_r1
 G  o_v65_c27_r2
 G  o_v65_c27_r3
 G  o_v65_c29_r0
 G  o_v65_c29_r1
 G  o_v65_c29_r2
 G  o_v65_c29_r3
 G  o_v65_c31_r0
 G  o_v65_c31_r1
 G  o_v65_c31_r2
 G  o_v65_c31_r3
 G  o_v65_c31_r4
 G  o_v65_c33_r0
 G  o_v65_c33_r1
 G  o_v65_c33_r2
 G  o_v65_c33_r3
 G  o_v65_c35_r0
 G  o_v65_c35_r1
 G  dy_v65_L8_r0
 G  dy_v65_L8_r1
 G  o_v68_c7_r0
 G  o_v68_c7_r1
 G  o_v68_c7_r2
 G  o_v68_c7_r3
 G  o_v68_c7_r4
 G  o_v68_c9_r0
 G  o_v68_c9_r1
 G  o_v68_c9_r2
 G  o_v68_c9_r3
 G  o_v68_c9_r4
 G  o_v68_c9_r5
 G  o_v68_c11_r0
 G  o_v68_c11_r1
 G  o_v68_c11_r2
 G  o_v68_c11_r3
 G  o_v68_c11_r4
 G  o_v68_c11_r5
 G  o_v68_c13_r0
 G  o_v68_c13_r1
 G  o_v68_c13_r2
 G  o_v68_c13_r3
 G  o_v68_c13_r4
 G  o_v68_c13_r5
 G  o_v68_c15_r0
 G  o_v68_c15_r1
 G  o_v68_c15_r2
 G  o_v68_c15_r3
 G  o_v68_c15_r4
 G  o_v68_c15_r5
 G  o_v68_c17_r0
 G  o_v68_c17_r1
 G  o_v68_c17_r2
 G  o_v68_c17_r3
 G  o_v68_c17_r4
 G  o_v68_c17_r5
 G  o_v68_c19_r0
 G  o_v68_c19_r1
 G  o_v68_c19_r2
 G  o_v68_c19_r3
 G  o_v68_c19_r4
 G  o_v68_c19_r5
 G  o_v68_c21_r0
 G  o_v68_c21_r1
 G  o_v68_c21_r2
 G  o_v68_c21_r3
 G  o_v68_c21_r4
 G  o_v68_c21_r5
 G  o_v68_c23_r0
 G  o_v68_c23_r1
 G  o_v68_c23_r2
 G  o_v68_c23_r3
 G  o_v68_c23_r4
 G  o_v68_c23_r5
 G  o_v68_c25_r0
 G  o_v68_c25_r1
 G  o_v68_c25_r2
 G  o_v68_c25_r3
 G  o_v68_c25_r4
 G  o_v68_c25_r5
 G  o_v68_c27_r0
 G  o_v68_c27_r1
 G  o_v68_c27_r2
 G  o_v68_c27_r3
 G  o_v68_c27_r4
 G  o_v68_c27_r5
 G  o_v68_c29_r0
 G  o_v68_c29_r1
 G  o_v68_c29_r2
 G  o_v68_c29_r3
 G  o_v68_c29_r4
 G  o_v68_c29_r5
 G  o_v68_c33_r0
 G  o_v68_c33_r1
 G  o_v68_c33_r2
 G  o_v68_c33_r3
 G  o_v68_c33_r4
 G  o_v68_c33_r5
 G  o_v68_c35_r0
 G  o_v68_c35_r1
 G  o_v68_c35_r2
 G  o_v68_c35_r3
 G  o_v68_c35_r4
 G  dy_v68_L8_r0
 G  o_v69_c7_r0
 G  o_v69_c7_r1
 G  o_v69_c7_r2
 G  o_v69_c7_r3
 G  o_v69_c7_r4
 G  o_v69_c9_r0
 G  o_v69_c9_r1
 G  o_v69_c9_r2
 G  o_v69_c9_r3
 G  o_v69_c9_r4
 G  o_v69_c9_r5
 G  o_v69_c11_r0
 G  o_v69_c11_r1
 G  o_v69_c11_r2
 G  o_v69_c11_r3
 G  o_v69_c11_r4
 G  o_v69_c11_r5
 G  o_v69_c13_r0
 G  o_v69_c13_r1
 G  o_v69_c13_r2
 G  o_v69_c13_r3
 G  o_v69_c13_r4
 G  o_v69_c13_r5
 G  o_v69_c15_r0
 G  o_v69_c15_r1
 G  o_v69_c15_r2
 G  o_v69_c15_r3
 G  o_v69_c15_r4
 G  o_v69_c15_r5
 G  o_v69_c17_r0
 G  o_v69_c17_r1
 G  o_v69_c17_r2
 G  o_v69_c17_r3
 G  o_v69_c17_r4
 G  o_v69_c17_r5
 G  o_v69_c19_r0
 G  o_v69_c19_r1
 G  o_v69_c19_r2
 G  o_v69_c19_r3
 G  o_v69_c19_r4
 G  o_v69_c19_r5
 G  o_v69_c21_r0
 G  o_v69_c21_r1
 G  o_v69_c21_r2
 G  o_v69_c21_r3
 G  o_v69_c21_r4
 G  o_v69_c21_r5
 G  o_v69_c23_r0
 G  o_v69_c23_r1
 G  o_v69_c23_r2
 G  o_v69_c23_r3
 G  o_v69_c23_r4
 G  o_v69_c23_r5
 G  o_v69_c25_r0
 G  o_v69_c25_r1
 G  o_v69_c25_r2
 G  o_v69_c25_r3
 G  o_v69_c25_r4
 G  o_v69_c25_r5
 G  o_v69_c27_r0
 G  o_v69_c27_r1
 G  o_v69_c27_r2
 G  o_v69_c27_r3
 G  o_v69_c27_r4
 G  o_v69_c27_r5
 G  o_v69_c29_r0
 G  o_v69_c29_r1
 G  o_v69_c29_r2
 G  o_v69_c29_r3
 G  o_v69_c29_r4
 G  o_v69_c29_r5
 G  o_v69_c33_r0
 G  o_v69_c33_r1
 G  o_v69_c33_r2
 G  o_v69_c33_r3
 G  o_v69_c33_r4
 G  o_v69_c33_r5
 G  o_v69_c35_r0
 G  o_v69_c35_r1
 G  o_v69_c35_r2
 G  o_v69_c35_r3
 G  o_v69_c35_r4
 G  dy_v69_L8_r0
 G  o_v70_c7_r0
 G  o_v70_c7_r1
 G  o_v70_c9_r0
 G  o_v70_c9_r1
 G  o_v70_c9_r2
 G  o_v70_c11_r0
 G  o_v70_c11_r1
 G  o_v70_c11_r2
 G  o_v70_c13_r0
 G  o_v70_c13_r1
 G  o_v70_c13_r2
 G  o_v70_c15_r0
 G  o_v70_c15_r1
 G  o_v70_c15_r2
 G  o_v70_c17_r0
 G  o_v70_c17_r1
 G  o_v70_c17_r2
 G  o_v70_c19_r0
 G  o_v70_c19_r1
 G  o_v70_c19_r2
 G  o_v70_c21_r0
 G  o_v70_c21_r1
 G  o_v70_c21_r2
 G  o_v70_c23_r0
 G  o_v70_c23_r1
 G  o_v70_c23_r2
 G  o_v70_c25_r0
 G  o_v70_c25_r1
 G  o_v70_c25_r2
 G  o_v70_c27_r0
 G  o_v70_c27_r1
 G  o_v70_c27_r2
 G  o_v70_c29_r0
 G  o_v70_c29_r1
 G  o_v70_c29_r2
 G  o_v70_c33_r0
 G  o_v70_c33_r1
 G  o_v70_c33_r2
 G  o_v70_c35_r0
 G  o_v70_c35_r1
 G  dy_v70_L8_r0
 G  o_v73_c7_r0
 G  o_v73_c7_r1
 G  o_v73_c7_r2
 G  o_v73_c7_r3
 G  o_v73_c7_r4
 G  o_v73_c9_r0
 G  o_v73_c9_r1
 G  o_v73_c9_r2
 G  o_v73_c9_r3
 G  o_v73_c9_r4
 G  o_v73_c9_r5
 G  o_v73_c11_r0
 G  o_v73_c11_r1
 G  o_v73_c11_r2
 G  o_v73_c11_r3
 G  o_v73_c11_r4
 G  o_v73_c11_r5
 G  o_v73_c13_r0
 G  o_v73_c13_r1
 G  o_v73_c13_r2
 G  o_v73_c13_r3
 G  o_v73_c13_r4
 G  o_v73_c13_r5
 G  o_v73_c15_r0
 G  o_v73_c15_r1
 G  o_v73_c15_r2
 G  o_v73_c15_r3
 G  o_v73_c15_r4
 G  o_v73_c15_r5
 G  o_v73_c17_r0
 G  o_v73_c17_r1
 G  o_v73_c17_r2
 G  o_v73_c17_r3
 G  o_v73_c17_r4
 G  o_v73_c17_r5
 G  o_v73_c19_r0
 G  o_v73_c19_r1
 G  o_v73_c19_r2
 G  o_v73_c19_r3
 G  o_v73_c19_r4
 G  o_v73_c19_r5
 G  o_v73_c21_r0
 G  o_v73_c21_r1
 G  o_v73_c21_r2
 G  o_v73_c21_r3
 G  o_v73_c21_r4
 G  o_v73_c21_r5
 G  o_v73_c23_r0
 G  o_v73_c23_r1
 G  o_v73_c23_r2
 G  o_v73_c23_r3
 G  o_v73_c23_r4
 G  o_v73_c23_r5
 G  o_v73_c25_r0
 G  o_v73_c25_r1
 G  o_v73_c25_r2
 G  o_v73_c25_r3
 G  o_v73_c25_r4
 G  o_v73_c25_r5
 G  o_v73_c27_r0
 G  o_v73_c27_r1
 G  o_v73_c27_r2
 G  o_v73_c27_r3
 G  o_v73_c27_r4
 G  o_v73_c27_r5
 G  o_v73_c29_r0
 G  o_v73_c29_r1
 G  o_v73_c29_r2
 G  o_v73_c29_r3
 G  o_v73_c29_r4
 G  o_v73_c29_r5
 G  o_v74_c7_r0
 G  o_v74_c7_r1
 G  o_v74_c7_r2
 G  o_v74_c7_r3
 G  o_v74_c7_r4
 G  o_v74_c9_r0
 G  o_v74_c9_r1
 G  o_v74_c9_r2
 G  o_v74_c9_r3
 G  o_v74_c9_r4
 G  o_v74_c9_r5
 G  o_v74_c11_r0
 G  o_v74_c11_r1
 G  o_v74_c11_r2
 G  o_v74_c11_r3
 G  o_v74_c11_r4
 G  o_v74_c11_r5
 G  o_v74_c13_r0
 G  o_v74_c13_r1
 G  o_v74_c13_r2
 G  o_v74_c13_r3
 G  o_v74_c13_r4
 G  o_v74_c13_r5
 G  o_v74_c15_r0
 G  o_v74_c15_r1
 G  o_v74_c15_r2
 G  o_v74_c15_r3
 G  o_v74_c15_r4
 G  o_v74_c15_r5
 G  o_v74_c17_r0
 G  o_v74_c17_r1
 G  o_v74_c17_r2
 G  o_v74_c17_r3
 G  o_v74_c17_r4
 G  o_v74_c17_r5
 G  o_v74_c19_r0
 G  o_v74_c19_r1
 G  o_v74_c19_r2
 G  o_v74_c19_r3
 G  o_v74_c19_r4
 G  o_v74_c19_r5
 G  o_v74_c21_r0
 G  o_v74_c21_r1
 G  o_v74_c21_r2
 G  o_v74_c21_r3
 G  o_v74_c21_r4
 G  o_v74_c21_r5
 G  o_v74_c23_r0
 G  o_v74_c23_r1
 G  o_v74_c23_r2
 G  o_v74_c23_r3
 G  o_v74_c23_r4
 G  o_v74_c23_r5
 G  o_v74_c25_r0
 G  o_v74_c25_r1
 G  o_v74_c25_r2
 G  o_v74_c25_r3
 G  o_v74_c25_r4
 G  o_v74_c25_r5
 G  o_v74_c27_r0
 G  o_v74_c27_r1
 G  o_v74_c27_r2
 G  o_v74_c27_r3
 G  o_v74_c27_r4
 G  o_v74_c27_r5
 G  o_v74_c29_r0
 G  o_v74_c29_r1
 G  o_v74_c29_r2
 G  o_v74_c29_r3
 G  o_v74_c29_r4
 G  o_v74_c29_r5
 G  o_v76_c7_r0
 G  o_v76_c7_r1
 G  o_v76_c9_r0
 G  o_v76_c9_r1
 G  o_v76_c9_r2
 G  o_v76_c11_r0
 G  o_v76_c11_r1
 G  o_v76_c11_r2
 G  o_v76_c13_r0
 G  o_v76_c13_r1
 G  o_v76_c13_r2
 G  o_v76_c15_r0
 G  o_v76_c15_r1
 G  o_v76_c15_r2
 G  o_v76_c17_r0
 G  o_v76_c17_r1
 G  o_v76_c17_r2
 G  o_v76_c19_r0
 G  o_v76_c19_r1
 G  o_v76_c19_r2
 G  o_v76_c21_r0
 G  o_v76_c21_r1
 G  o_v76_c21_r2
 G  o_v76_c23_r0
 G  o_v76_c23_r1
 G  o_v76_c23_r2
 G  o_v76_c25_r0
 G  o_v76_c25_r1
 G  o_v76_c25_r2
 G  o_v76_c27_r0
 G  o_v76_c27_r1
 G  o_v76_c27_r2
 G  o_v76_c29_r0
 G  o_v76_c29_r1
 G  o_v76_c29_r2
 G  o_v76_c31_r0
 G  o_v76_c31_r1
 G  o_v76_c31_r2
 G  o_v76_c33_r0
 G  o_v76_c33_r1
 G  o_v76_c33_r2
 G  o_v76_c35_r0
 G  o_v76_c35_r1
 G  dy_v76_L3_r0
 G  dy_v76_L4_r0
 G  dy_v76_L5_r0
 G  dy_v76_L6_r0
 G  dy_v76_L7_r0
 G  dy_v76_L8_r0
 G  o_v86_c11_r0
 G  o_v86_c13_r0
 G  o_v86_c13_r1
 G  o_v86_c15_r0
 G  o_v86_c15_r1
 G  o_v86_c17_r0
 G  o_v87_c11_r0
 G  o_v87_c13_r0
 G  o_v87_c13_r1
 G  o_v87_c15_r0
 G  o_v87_c15_r1
 G  o_v87_c17_r0
 G  o_v89_c11_r0
 G  o_v89_c13_r0
 G  o_v89_c13_r1
 G  o_v89_c15_r0
 G  o_v89_c15_r1
 G  o_v89_c17_r0
 G  o_v89_c17_r1
 G  o_v89_c19_r0
 G  o_v89_c19_r1
 G  o_v89_c21_r0
 G  o_v90_c11_r0
 G  o_v90_c13_r0
 G  o_v90_c13_r1
 G  o_v90_c15_r0
 G  o_v90_c15_r1
 G  o_v90_c17_r0
 G  o_v90_c17_r1
 G  o_v90_c19_r0
 G  o_v90_c19_r1
 G  o_v90_c21_r0
 G  o_v92_c11_r0
 G  o_v92_c13_r0
 G  o_v92_c13_r1
 G  o_v92_c15_r0
 G  o_v92_c15_r1
 G  o_v92_c17_r0
 G  o_v92_c17_r1
 G  o_v92_c19_r0
 G  o_v92_c19_r1
 G  o_v92_c21_r0
 G  o_v92_c21_r1
 G  o_v92_c23_r0
 G  o_v92_c23_r1
 G  o_v92_c25_r0
 G  o_v93_c11_r0
 G  o_v93_c13_r0
 G  o_v93_c13_r1
 G  o_v93_c15_r0
 G  o_v93_c15_r1
 G  o_v93_c17_r0
 G  o_v93_c17_r1
 G  o_v93_c19_r0
 G  o_v93_c19_r1
 G  o_v93_c21_r0
 G  o_v93_c21_r1
 G  o_v93_c23_r0
 G  o_v93_c23_r1
 G  o_v93_c25_r0
 G  o_v95_c11_r0
 G  o_v95_c13_r0
 G  o_v95_c13_r1
 G  o_v95_c15_r0
 G  o_v95_c15_r1
 G  o_v95_c17_r0
 G  o_v95_c17_r1
 G  o_v95_c19_r0
 G  o_v95_c19_r1
 G  o_v95_c21_r0
 G  o_v95_c21_r1
 G  o_v95_c23_r0
 G  o_v95_c23_r1
 G  o_v95_c25_r0
 G  o_v95_c25_r1
 G  o_v95_c27_r0
 G  o_v95_c27_r1
 G  o_v95_c29_r0
 G  o_v96_c11_r0
 G  o_v96_c13_r0
 G  o_v96_c13_r1
 G  o_v96_c15_r0
 G  o_v96_c15_r1
 G  o_v96_c17_r0
 G  o_v96_c17_r1
 G  o_v96_c19_r0
 G  o_v96_c19_r1
 G  o_v96_c21_r0
 G  o_v96_c21_r1
 G  o_v96_c23_r0
 G  o_v96_c23_r1
 G  o_v96_c25_r0
 G  o_v96_c25_r1
 G  o_v96_c27_r0
 G  o_v96_c27_r1
 G  o_v96_c29_r0
 G  o_v98_c15_r0
 G  o_v98_c15_r1
 G  o_v98_c17_r0
 G  o_v98_c17_r1
 G  o_v98_c17_r2
 G  o_v98_c17_r3
 G  o_v98_c19_r0
 G  o_v98_c19_r1
 G  o_v98_c19_r2
 G  o_v98_c19_r3
 G  o_v98_c21_r0
 G  o_v98_c21_r1
 G  o_v98_c21_r2
 G  o_v98_c23_r0
 G  o_v98_c23_r1
 G  o_v98_c25_r0
 G  o_v98_c25_r1
 G  o_v98_c27_r0
 G  o_v98_c27_r1
 G  o_v98_c29_r0
 G  o_v98_c29_r1
 G  o_v98_c31_r0
 G  dy_v98_L4_r0
 G  dy_v98_L4_r1
 G  dy_v98_L5_r0
 G  dy_v98_L5_r1
 G  dy_v98_L6_r0
 G  dy_v98_L7_r0
 G  o_v99_c15_r0
 G  o_v99_c15_r1
 G  o_v99_c17_r0
 G  o_v99_c17_r1
 G  o_v99_c17_r2
 G  o_v99_c17_r3
 G  o_v99_c19_r0
 G  o_v99_c19_r1
 G  o_v99_c19_r2
 G  o_v99_c19_r3
 G  o_v99_c21_r0
 G  o_v99_c21_r1
 G  o_v99_c21_r2
 G  o_v99_c23_r0
 G  o_v99_c23_r1
 G  o_v99_c25_r0
 G  o_v99_c25_r1
 G  o_v99_c27_r0
 G  o_v99_c27_r1
 G  o_v99_c29_r0
 G  o_v99_c29_r1
 G  o_v99_c31_r0
 G  dy_v99_L4_r0
 G  dy_v99_L4_r1
 G  dy_v99_L5_r0
 G  dy_v99_L5_r1
 G  dy_v99_L6_r0
 G  dy_v99_L7_r0
 G  o_v101_c15_r0
 G  o_v101_c15_r1
 G  o_v101_c15_r2
 G  o_v101_c17_r0
 G  o_v101_c17_r1
 G  o_v101_c17_r2
 G  o_v101_c19_r0
 G  o_v101_c19_r1
 G  o_v101_c19_r2
 G  o_v101_c21_r0
 G  o_v101_c21_r1
 G  o_v101_c21_r2
 G  o_v101_c23_r0
 G  o_v101_c23_r1
 G  o_v101_c23_r2
 G  o_v101_c25_r0
 G  o_v101_c25_r1
 G  o_v101_c25_r2
 G  o_v101_c27_r0
 G  o_v101_c27_r1
 G  o_v101_c27_r2
 G  o_v101_c29_r0
 G  o_v101_c29_r1
 G  o_v101_c29_r2
 G  o_v101_c31_r0
 G  o_v101_c31_r1
 G  o_v101_c31_r2
 G  o_v101_c33_r0
 G  o_v101_c33_r1
 G  o_v101_c33_r2
 G  o_v101_c35_r0
 G  o_v101_c35_r1
 G  dy_v101_L5_r0
 G  dy_v101_L5_r1
 G  dy_v101_L6_r0
 G  dy_v101_L6_r1
 G  dy_v101_L7_r0
 G  dy_v101_L7_r1
 G  dy_v101_L8_r0
 G  dy_v101_L8_r1
 G  o_v102_c19_r0
 G  o_v102_c19_r1
 G  o_v102_c21_r0
 G  o_v102_c21_r1
 G  o_v102_c21_r2
 G  o_v102_c21_r3
 G  o_v102_c23_r0
 G  o_v102_c23_r1
 G  o_v102_c23_r2
 G  o_v102_c23_r3
 G  o_v102_c25_r0
 G  o_v102_c25_r1
 G  o_v102_c25_r2
 G  o_v102_c27_r0
 G  o_v102_c27_r1
 G  o_v102_c29_r0
 G  o_v102_c29_r1
 G  o_v102_c31_r0
 G  dy_v102_L5_r0
 G  dy_v102_L5_r1
 G  dy_v102_L6_r0
 G  dy_v102_L6_r1
 G  dy_v102_L7_r0
 G  o_v103_c19_r0
 G  o_v103_c19_r1
 G  o_v103_c21_r0
 G  o_v103_c21_r1
 G  o_v103_c21_r2
 G  o_v103_c21_r3
 G  o_v103_c23_r0
 G  o_v103_c23_r1
 G  o_v103_c23_r2
 G  o_v103_c23_r3
 G  o_v103_c25_r0
 G  o_v103_c25_r1
 G  o_v103_c25_r2
 G  o_v103_c27_r0
 G  o_v103_c27_r1
 G  o_v103_c29_r0
 G  o_v103_c29_r1
 G  o_v103_c31_r0
 G  dy_v103_L5_r0
 G  dy_v103_L5_r1
 G  dy_v103_L6_r0
 G  dy_v103_L6_r1
 G  dy_v103_L7_r0
 G  o_v105_c19_r0
 G  o_v105_c19_r1
 G  o_v105_c19_r2
 G  o_v105_c21_r0
 G  o_v105_c21_r1
 G  o_v105_c21_r2
 G  o_v105_c23_r0
 G  o_v105_c23_r1
 G  o_v105_c23_r2
 G  o_v105_c25_r0
 G  o_v105_c25_r1
 G  o_v105_c25_r2
 G  o_v105_c27_r0
 G  o_v105_c27_r1
 G  o_v105_c27_r2
 G  o_v105_c29_r0
 G  o_v105_c29_r1
 G  o_v105_c29_r2
 G  o_v105_c31_r0
 G  o_v105_c31_r1
 G  o_v105_c31_r2
 G  o_v105_c33_r0
 G  o_v105_c33_r1
 G  o_v105_c33_r2
 G  o_v105_c35_r0
 G  o_v105_c35_r1
 G  dy_v105_L6_r0
 G  dy_v105_L6_r1
 G  dy_v105_L7_r0
 G  dy_v105_L7_r1
 G  dy_v105_L8_r0
 G  dy_v105_L8_r1
 G  o_v106_c23_r0
 G  o_v106_c23_r1
 G  o_v106_c25_r0
 G  o_v106_c25_r1
 G  o_v106_c25_r2
 G  o_v106_c25_r3
 G  o_v106_c27_r0
 G  o_v106_c27_r1
 G  o_v106_c27_r2
 G  o_v106_c27_r3
 G  o_v106_c29_r0
 G  o_v106_c29_r1
 G  o_v106_c29_r2
 G  o_v106_c31_r0
 G  o_v106_c31_r1
 G  o_v106_c33_r0
 G  dy_v106_L6_r0
 G  dy_v106_L6_r1
 G  dy_v106_L7_r0
 G  dy_v106_L7_r1
 G  dy_v106_L8_r0
 G  o_v107_c23_r0
 G  o_v107_c23_r1
 G  o_v107_c25_r0
 G  o_v107_c25_r1
 G  o_v107_c25_r2
 G  o_v107_c25_r3
 G  o_v107_c27_r0
 G  o_v107_c27_r1
 G  o_v107_c27_r2
 G  o_v107_c27_r3
 G  o_v107_c29_r0
 G  o_v107_c29_r1
 G  o_v107_c29_r2
 G  o_v107_c31_r0
 G  o_v107_c31_r1
 G  o_v107_c33_r0
 G  dy_v107_L6_r0
 G  dy_v107_L6_r1
 G  dy_v107_L7_r0
 G  dy_v107_L7_r1
 G  dy_v107_L8_r0
 G  o_v110_c27_r0
 G  o_v110_c27_r1
 G  o_v110_c29_r0
 G  o_v110_c29_r1
 G  o_v110_c29_r2
 G  o_v110_c29_r3
 G  o_v110_c31_r0
 G  o_v110_c31_r1
 G  o_v110_c31_r2
 G  o_v110_c31_r3
 G  o_v110_c33_r0
 G  o_v110_c33_r1
 G  o_v110_c33_r2
 G  o_v110_c35_r0
 G  dy_v110_L7_r0
 G  dy_v110_L7_r1
 G  dy_v110_L8_r0
 G  dy_v110_L8_r1
 G  o_v111_c27_r0
 G  o_v111_c27_r1
 G  o_v111_c29_r0
 G  o_v111_c29_r1
 G  o_v111_c29_r2
 G  o_v111_c29_r3
 G  o_v111_c31_r0
 G  o_v111_c31_r1
 G  o_v111_c31_r2
 G  o_v111_c31_r3
 G  o_v111_c33_r0
 G  o_v111_c33_r1
 G  o_v111_c33_r2
 G  o_v111_c35_r0
 G  dy_v111_L7_r0
 G  dy_v111_L7_r1
 G  dy_v111_L8_r0
 G  dy_v111_L8_r1
 G  o_v114_c11_r0
 G  o_v114_c11_r1
 G  o_v114_c13_r0
 G  o_v114_c13_r1
 G  o_v114_c13_r2
 G  o_v114_c15_r0
 G  o_v114_c15_r1
 G  o_v114_c17_r0
 G  o_v114_c17_r1
 G  o_v114_c19_r0
 G  o_v114_c19_r1
 G  o_v114_c21_r0
 G  o_v114_c21_r1
 G  o_v114_c23_r0
 G  o_v114_c23_r1
 G  o_v114_c25_r0
 G  o_v114_c25_r1
 G  o_v114_c27_r0
 G  o_v114_c27_r1
 G  o_v114_c29_r0
 G  o_v114_c29_r1
 G  o_v114_c31_r0
 G  o_v114_c31_r1
 G  o_v114_c33_r0
 G  dy_v114_L3_r0
 G  dy_v114_L3_r1
 G  dy_v114_L4_r0
 G  dy_v114_L5_r0
 G  dy_v114_L6_r0
 G  dy_v114_L7_r0
 G  dy_v114_L8_r0
 G  o_v115_c11_r0
 G  o_v115_c11_r1
 G  o_v115_c13_r0
 G  o_v115_c13_r1
 G  o_v115_c13_r2
 G  o_v115_c15_r0
 G  o_v115_c15_r1
 G  o_v115_c17_r0
 G  o_v115_c17_r1
 G  o_v115_c19_r0
 G  o_v115_c19_r1
 G  o_v115_c21_r0
 G  o_v115_c21_r1
 G  o_v115_c23_r0
 G  o_v115_c23_r1
 G  o_v115_c25_r0
 G  o_v115_c25_r1
 G  o_v115_c27_r0
 G  o_v115_c27_r1
 G  o_v115_c29_r0
 G  o_v115_c29_r1
 G  o_v115_c31_r0
 G  o_v115_c31_r1
 G  o_v115_c33_r0
 G  dy_v115_L3_r0
 G  dy_v115_L3_r1
 G  dy_v115_L4_r0
 G  dy_v115_L5_r0
 G  dy_v115_L6_r0
 G  dy_v115_L7_r0
 G  dy_v115_L8_r0
 G  o_v118_c15_r0
 G  o_v118_c15_r1
 G  o_v118_c17_r0
 G  o_v118_c17_r1
 G  o_v118_c17_r2
 G  o_v118_c19_r0
 G  o_v118_c19_r1
 G  o_v118_c21_r0
 G  o_v118_c21_r1
 G  o_v118_c23_r0
 G  o_v118_c23_r1
 G  o_v118_c25_r0
 G  o_v118_c25_r1
 G  o_v118_c27_r0
 G  o_v118_c27_r1
 G  o_v118_c29_r0
 G  o_v118_c29_r1
 G  o_v118_c31_r0
 G  o_v118_c31_r1
 G  o_v118_c33_r0
 G  dy_v118_L4_r0
 G  dy_v118_L4_r1
 G  dy_v118_L5_r0
 G  dy_v118_L6_r0
 G  dy_v118_L7_r0
 G  dy_v118_L8_r0
 G  o_v119_c15_r0
 G  o_v119_c15_r1
 G  o_v119_c17_r0
 G  o_v119_c17_r1
 G  o_v119_c17_r2
 G  o_v119_c19_r0
 G  o_v119_c19_r1
 G  o_v119_c21_r0
 G  o_v119_c21_r1
 G  o_v119_c23_r0
 G  o_v119_c23_r1
 G  o_v119_c25_r0
 G  o_v119_c25_r1
 G  o_v119_c27_r0
 G  o_v119_c27_r1
 G  o_v119_c29_r0
 G  o_v119_c29_r1
 G  o_v119_c31_r0
 G  o_v119_c31_r1
 G  o_v119_c33_r0
 G  dy_v119_L4_r0
 G  dy_v119_L4_r1
 G  dy_v119_L5_r0
 G  dy_v119_L6_r0
 G  dy_v119_L7_r0
 G  dy_v119_L8_r0
 G  o_v122_c19_r0
 G  o_v122_c19_r1
 G  o_v122_c21_r0
 G  o_v122_c21_r1
 G  o_v122_c21_r2
 G  o_v122_c23_r0
 G  o_v122_c23_r1
 G  o_v122_c25_r0
 G  o_v122_c25_r1
 G  o_v122_c27_r0
 G  o_v122_c27_r1
 G  o_v122_c29_r0
 G  o_v122_c29_r1
 G  o_v122_c31_r0
 G  o_v122_c31_r1
 G  o_v122_c33_r0
 G  dy_v122_L5_r0
 G  dy_v122_L5_r1
 G  dy_v122_L6_r0
 G  dy_v122_L7_r0
 G  dy_v122_L8_r0
 G  o_v123_c19_r0
 G  o_v123_c19_r1
 G  o_v123_c21_r0
 G  o_v123_c21_r1
 G  o_v123_c21_r2
 G  o_v123_c23_r0
 G  o_v123_c23_r1
 G  o_v123_c25_r0
 G  o_v123_c25_r1
 G  o_v123_c27_r0
 G  o_v123_c27_r1
 G  o_v123_c29_r0
 G  o_v123_c29_r1
 G  o_v123_c31_r0
 G  o_v123_c31_r1
 G  o_v123_c33_r0
 G  dy_v123_L5_r0
 G  dy_v123_L5_r1
 G  dy_v123_L6_r0
 G  dy_v123_L7_r0
 G  dy_v123_L8_r0
 G  o_v126_c23_r0
 G  o_v126_c23_r1
 G  o_v126_c25_r0
 G  o_v126_c25_r1
 G  o_v126_c25_r2
 G  o_v126_c27_r0
 G  o_v126_c27_r1
 G  o_v126_c29_r0
 G  o_v126_c29_r1
 G  o_v126_c31_r0
 G  o_v126_c31_r1
 G  o_v126_c33_r0
 G  dy_v126_L6_r0
 G  dy_v126_L6_r1
 G  dy_v126_L7_r0
 G  dy_v126_L8_r0
 G  o_v127_c23_r0
 G  o_v127_c23_r1
 G  o_v127_c25_r0
 G  o_v127_c25_r1
 G  o_v127_c25_r2
 G  o_v127_c27_r0
 G  o_v127_c27_r1
 G  o_v127_c29_r0
 G  o_v127_c29_r1
 G  o_v127_c31_r0
 G  o_v127_c31_r1
 G  o_v127_c33_r0
 G  dy_v127_L6_r0
 G  dy_v127_L6_r1
 G  dy_v127_L7_r0
 G  dy_v127_L8_r0
 G  o_v128_c23_r0
 G  o_v128_c23_r1
 G  o_v128_c23_r2
 G  o_v128_c23_r3
 G  o_v128_c23_r4
 G  o_v128_c23_r5
 G  o_v128_c23_r6
 G  o_v128_c23_r7
 G  o_v128_c23_r8
 G  o_v128_c23_r9
 G  o_v128_c23_r10
 G  o_v128_c23_r11
 G  o_v128_c23_r12
 G  o_v128_c29_r0
 G  o_v128_c29_r1
 G  o_v128_c29_r2
 G  o_v128_c29_r3
 G  o_v128_c29_r4
 G  o_v128_c29_r5
 G  o_v128_c29_r6
 G  o_v128_c29_r7
 G  o_v128_c29_r8
 G  o_v128_c29_r9
 G  o_v128_c29_r10
 G  o_v128_c31_r0
 G  o_v128_c31_r1
 G  o_v128_c31_r2
 G  o_v128_c31_r3
 G  o_v128_c31_r4
 G  o_v128_c31_r5
 G  o_v128_c31_r6
 G  o_v128_c31_r7
 G  o_v128_c31_r8
 G  o_v128_c31_r9
 G  o_v128_c31_r10
 G  o_v128_c33_r0
 G  o_v128_c35_r0
 G  o_v130_c11_r0
 G  o_v130_c13_r0
 G  o_v130_c13_r1
 G  o_v130_c15_r0
 G  o_v130_c15_r1
 G  o_v130_c17_r0
 G  o_v130_c17_r1
 G  o_v130_c19_r0
 G  o_v130_c19_r1
 G  o_v130_c21_r0
 G  o_v130_c21_r1
 G  o_v130_c23_r0
 G  o_v130_c23_r1
 G  o_v130_c25_r0
 G  o_v131_c11_r0
 G  o_v131_c13_r0
 G  o_v131_c13_r1
 G  o_v131_c15_r0
 G  o_v131_c15_r1
 G  o_v131_c17_r0
 G  o_v131_c17_r1
 G  o_v131_c19_r0
 G  o_v131_c19_r1
 G  o_v131_c21_r0
 G  o_v131_c21_r1
 G  o_v131_c23_r0
 G  o_v131_c23_r1
 G  o_v131_c25_r0
 G  o_v132_c11_r0
 G  o_v132_c13_r0
 G  o_v132_c13_r1
 G  o_v132_c15_r0
 G  o_v132_c15_r1
 G  o_v132_c17_r0
 G  o_v132_c17_r1
 G  o_v132_c19_r0
 G  o_v132_c19_r1
 G  o_v132_c21_r0
 G  o_v132_c21_r1
 G  o_v132_c23_r0
 G  o_v132_c23_r1
 G  o_v132_c25_r0
 G  o_v133_c11_r0
 G  o_v133_c11_r1
 G  o_v133_c13_r0
 G  o_v133_c13_r1
 G  o_v133_c15_r0
 G  o_v133_c15_r1
 G  o_v133_c17_r0
 G  o_v133_c17_r1
 G  o_v133_c19_r0
 G  o_v133_c19_r1
 G  o_v133_c21_r0
 G  o_v133_c21_r1
 G  o_v133_c23_r0
 G  o_v133_c23_r1
 G  o_v133_c25_r0
 G  o_v133_c25_r1
 G  o_v133_c27_r0
 G  o_v133_c27_r1
 G  o_v134_c11_r0
 G  o_v134_c13_r0
 G  o_v134_c13_r1
 G  o_v134_c15_r0
 G  o_v134_c15_r1
 G  o_v134_c17_r0
 G  o_v134_c17_r1
 G  o_v134_c19_r0
 G  o_v134_c19_r1
 G  o_v134_c21_r0
 G  o_v134_c21_r1
 G  o_v134_c23_r0
 G  o_v134_c23_r1
 G  o_v134_c25_r0
 G  o_v135_c11_r0
 G  o_v135_c13_r0
 G  o_v135_c13_r1
 G  o_v135_c15_r0
 G  o_v135_c15_r1
 G  o_v135_c17_r0
 G  o_v135_c17_r1
 G  o_v135_c19_r0
 G  o_v135_c19_r1
 G  o_v135_c21_r0
 G  o_v135_c21_r1
 G  o_v135_c23_r0
 G  o_v135_c23_r1
 G  o_v135_c25_r0
 G  o_v136_c11_r0
 G  o_v136_c13_r0
 G  o_v136_c13_r1
 G  o_v136_c15_r0
 G  o_v136_c15_r1
 G  o_v136_c17_r0
 G  o_v136_c17_r1
 G  o_v136_c19_r0
 G  o_v136_c19_r1
 G  o_v136_c21_r0
 G  o_v136_c21_r1
 G  o_v136_c23_r0
 G  o_v136_c23_r1
 G  o_v136_c25_r0
 G  o_v137_c11_r0
 G  o_v137_c11_r1
 G  o_v137_c13_r0
 G  o_v137_c13_r1
 G  o_v137_c15_r0
 G  o_v137_c15_r1
 G  o_v137_c17_r0
 G  o_v137_c17_r1
 G  o_v137_c19_r0
 G  o_v137_c19_r1
 G  o_v137_c21_r0
 G  o_v137_c21_r1
 G  o_v137_c23_r0
 G  o_v137_c23_r1
 G  o_v137_c25_r0
 G  o_v137_c25_r1
 G  o_v137_c27_r0
 G  o_v137_c27_r1
 G  o_v138_c11_r0
 G  o_v138_c13_r0
 G  o_v138_c13_r1
 G  o_v138_c15_r0
 G  o_v138_c15_r1
 G  o_v138_c17_r0
 G  o_v138_c17_r1
 G  o_v138_c19_r0
 G  o_v138_c19_r1
 G  o_v138_c21_r0
 G  o_v138_c21_r1
 G  o_v138_c23_r0
 G  o_v138_c23_r1
 G  o_v138_c25_r0
 G  o_v139_c11_r0
 G  o_v139_c13_r0
 G  o_v139_c13_r1
 G  o_v139_c15_r0
 G  o_v139_c15_r1
 G  o_v139_c17_r0
 G  o_v139_c17_r1
 G  o_v139_c19_r0
 G  o_v139_c19_r1
 G  o_v139_c21_r0
 G  o_v139_c21_r1
 G  o_v139_c23_r0
 G  o_v139_c23_r1
 G  o_v139_c25_r0
 G  o_v140_c11_r0
 G  o_v140_c13_r0
 G  o_v140_c13_r1
 G  o_v140_c15_r0
 G  o_v140_c15_r1
 G  o_v140_c17_r0
 G  o_v140_c17_r1
 G  o_v140_c19_r0
 G  o_v140_c19_r1
 G  o_v140_c21_r0
 G  o_v140_c21_r1
 G  o_v140_c23_r0
 G  o_v140_c23_r1
 G  o_v140_c25_r0
 G  o_v141_c11_r0
 G  o_v141_c11_r1
 G  o_v141_c13_r0
 G  o_v141_c13_r1
 G  o_v141_c15_r0
 G  o_v141_c15_r1
 G  o_v141_c17_r0
 G  o_v141_c17_r1
 G  o_v141_c19_r0
 G  o_v141_c19_r1
 G  o_v141_c21_r0
 G  o_v141_c21_r1
 G  o_v141_c23_r0
 G  o_v141_c23_r1
 G  o_v141_c25_r0
 G  o_v141_c25_r1
 G  o_v141_c27_r0
 G  o_v141_c27_r1
 G  o_v142_c11_r0
 G  o_v142_c13_r0
 G  o_v142_c13_r1
 G  o_v142_c15_r0
 G  o_v142_c15_r1
 G  o_v142_c17_r0
 G  o_v142_c17_r1
 G  o_v142_c19_r0
 G  o_v142_c19_r1
 G  o_v142_c21_r0
 G  o_v142_c21_r1
 G  o_v142_c23_r0
 G  o_v142_c23_r1
 G  o_v142_c25_r0
 G  o_v143_c11_r0
 G  o_v143_c13_r0
 G  o_v143_c13_r1
 G  o_v143_c15_r0
 G  o_v143_c15_r1
 G  o_v143_c17_r0
 G  o_v143_c17_r1
 G  o_v143_c19_r0
 G  o_v143_c19_r1
 G  o_v143_c21_r0
 G  o_v143_c21_r1
 G  o_v143_c23_r0
 G  o_v143_c23_r1
 G  o_v143_c25_r0
 G  o_v144_c11_r0
 G  o_v144_c13_r0
 G  o_v144_c13_r1
 G  o_v144_c15_r0
 G  o_v144_c15_r1
 G  o_v144_c17_r0
 G  o_v144_c17_r1
 G  o_v144_c19_r0
 G  o_v144_c19_r1
 G  o_v144_c21_r0
 G  o_v144_c21_r1
 G  o_v144_c23_r0
 G  o_v144_c23_r1
 G  o_v144_c25_r0
 G  o_v145_c11_r0
 G  o_v145_c11_r1
 G  o_v145_c13_r0
 G  o_v145_c13_r1
 G  o_v145_c15_r0
 G  o_v145_c15_r1
 G  o_v145_c17_r0
 G  o_v145_c17_r1
 G  o_v145_c19_r0
 G  o_v145_c19_r1
 G  o_v145_c21_r0
 G  o_v145_c21_r1
 G  o_v145_c23_r0
 G  o_v145_c23_r1
 G  o_v145_c25_r0
 G  o_v145_c25_r1
 G  o_v145_c27_r0
 G  o_v145_c27_r1
 G  o_v146_c15_r0
 G  o_v146_c17_r0
 G  o_v146_c17_r1
 G  o_v146_c19_r0
 G  o_v146_c19_r1
 G  o_v146_c21_r0
 G  o_v146_c21_r1
 G  o_v146_c23_r0
 G  o_v146_c23_r1
 G  o_v146_c25_r0
 G  o_v146_c25_r1
 G  o_v146_c27_r0
 G  o_v146_c27_r1
 G  o_v146_c29_r0
 G  o_v147_c15_r0
 G  o_v147_c17_r0
 G  o_v147_c17_r1
 G  o_v147_c19_r0
 G  o_v147_c19_r1
 G  o_v147_c21_r0
 G  o_v147_c21_r1
 G  o_v147_c23_r0
 G  o_v147_c23_r1
 G  o_v147_c25_r0
 G  o_v147_c25_r1
 G  o_v147_c27_r0
 G  o_v147_c27_r1
 G  o_v147_c29_r0
 G  o_v148_c15_r0
 G  o_v148_c15_r1
 G  o_v148_c17_r0
 G  o_v148_c17_r1
 G  o_v148_c19_r0
 G  o_v148_c19_r1
 G  o_v148_c21_r0
 G  o_v148_c21_r1
 G  o_v148_c23_r0
 G  o_v148_c23_r1
 G  o_v148_c25_r0
 G  o_v148_c25_r1
 G  o_v148_c27_r0
 G  o_v148_c27_r1
 G  o_v148_c29_r0
 G  o_v148_c29_r1
 G  o_v148_c31_r0
 G  o_v148_c31_r1
 G  o_v149_c11_r0
 G  o_v149_c13_r0
 G  o_v149_c13_r1
 G  o_v149_c15_r0
 G  o_v149_c15_r1
 G  o_v149_c17_r0
 G  o_v149_c17_r1
 G  o_v149_c19_r0
 G  o_v149_c19_r1
 G  o_v149_c21_r0
 G  o_v149_c21_r1
 G  o_v149_c23_r0
 G  o_v149_c23_r1
 G  o_v149_c25_r0
 G  o_v150_c11_r0
 G  o_v150_c13_r0
 G  o_v150_c13_r1
 G  o_v150_c15_r0
 G  o_v150_c15_r1
 G  o_v150_c17_r0
 G  o_v150_c17_r1
 G  o_v150_c19_r0
 G  o_v150_c19_r1
 G  o_v150_c21_r0
 G  o_v150_c21_r1
 G  o_v150_c23_r0
 G  o_v150_c23_r1
 G  o_v150_c25_r0
 G  o_v151_c11_r0
 G  o_v151_c11_r1
 G  o_v151_c13_r0
 G  o_v151_c13_r1
 G  o_v151_c15_r0
 G  o_v151_c15_r1
 G  o_v151_c17_r0
 G  o_v151_c17_r1
 G  o_v151_c19_r0
 G  o_v151_c19_r1
 G  o_v151_c21_r0
 G  o_v151_c21_r1
 G  o_v151_c23_r0
 G  o_v151_c23_r1
 G  o_v152_c11_r0
 G  o_v152_c13_r0
 G  o_v152_c13_r1
 G  o_v152_c15_r0
 G  o_v152_c15_r1
 G  o_v152_c17_r0
 G  o_v152_c17_r1
 G  o_v152_c19_r0
 G  o_v152_c19_r1
 G  o_v152_c21_r0
 G  o_v152_c21_r1
 G  o_v152_c23_r0
 G  o_v152_c23_r1
 G  o_v152_c25_r0
 G  o_v153_c11_r0
 G  o_v153_c13_r0
 G  o_v153_c13_r1
 G  o_v153_c15_r0
 G  o_v153_c15_r1
 G  o_v153_c17_r0
 G  o_v153_c17_r1
 G  o_v153_c19_r0
 G  o_v153_c19_r1
 G  o_v153_c21_r0
 G  o_v153_c21_r1
 G  o_v153_c23_r0
 G  o_v153_c23_r1
 G  o_v153_c25_r0
 G  o_v154_c11_r0
 G  o_v154_c11_r1
 G  o_v154_c13_r0
 G  o_v154_c13_r1
 G  o_v154_c15_r0
 G  o_v154_c15_r1
 G  o_v154_c17_r0
 G  o_v154_c17_r1
 G  o_v154_c19_r0
 G  o_v154_c19_r1
 G  o_v154_c21_r0
 G  o_v154_c21_r1
 G  o_v154_c23_r0
 G  o_v154_c23_r1
 G  o_v155_c27_r0
 G  o_v155_c29_r0
 G  o_v156_c27_r0
 G  o_v156_c29_r0
 G  o_v157_c27_r0
 G  o_v157_c27_r1
 G  o_v157_c27_r2
 G  o_v157_c27_r3
 G  o_v157_c27_r4
 G  o_v157_c27_r5
 G  o_v157_c27_r6
 G  o_v157_c27_r7
 G  o_v157_c27_r8
 G  o_v157_c27_r9
 G  o_v157_c27_r10
 G  o_v157_c33_r0
 G  o_v157_c35_r0
 G  o_v158_c27_r0
 G  o_v158_c29_r0
 G  o_v158_c29_r1
 G  o_v158_c31_r0
 G  o_v158_c31_r1
 G  o_v158_c33_r0
 G  o_v159_c27_r0
 G  o_v159_c29_r0
 G  o_v159_c29_r1
 G  o_v159_c31_r0
 G  o_v159_c31_r1
 G  o_v159_c33_r0
 G  o_v160_c27_r0
 G  o_v160_c27_r1
 G  o_v160_c29_r0
 G  o_v160_c29_r1
 G  o_v160_c31_r0
 G  o_v160_c31_r1
 G  o_v160_c33_r0
 G  o_v160_c33_r1
 G  o_v160_c35_r0
 G  o_v160_c35_r1
 G  o_v161_c27_r0
 G  o_v161_c29_r0
 G  o_v161_c29_r1
 G  o_v161_c31_r0
 G  o_v161_c31_r1
 G  o_v161_c33_r0
 G  o_v162_c27_r0
 G  o_v162_c29_r0
 G  o_v162_c29_r1
 G  o_v162_c31_r0
 G  o_v162_c31_r1
 G  o_v162_c33_r0
 G  o_v163_c27_r0
 G  o_v163_c27_r1
 G  o_v163_c29_r0
 G  o_v163_c29_r1
 G  o_v163_c31_r0
 G  o_v163_c31_r1
 G  o_v163_c33_r0
 G  o_v163_c33_r1
 G  o_v163_c35_r0
 G  o_v163_c35_r1
 G  o_v164_c27_r0
 G  o_v164_c29_r0
 G  o_v164_c29_r1
 G  o_v164_c31_r0
 G  o_v164_c31_r1
 G  o_v164_c33_r0
 G  o_v165_c27_r0
 G  o_v165_c29_r0
 G  o_v165_c29_r1
 G  o_v165_c31_r0
 G  o_v165_c31_r1
 G  o_v165_c33_r0
 G  o_v166_c27_r0
 G  o_v166_c27_r1
 G  o_v166_c29_r0
 G  o_v166_c29_r1
 G  o_v166_c31_r0
 G  o_v166_c31_r1
 G  o_v166_c33_r0
 G  o_v166_c33_r1
 G  o_v166_c35_r0
 G  o_v166_c35_r1
 G  o_v167_c27_r0
 G  o_v167_c29_r0
 G  o_v167_c29_r1
 G  o_v167_c31_r0
 G  o_v167_c31_r1
 G  o_v167_c33_r0
 G  o_v168_c27_r0
 G  o_v168_c29_r0
 G  o_v168_c29_r1
 G  o_v168_c31_r0
 G  o_v168_c31_r1
 G  o_v168_c33_r0
 G  o_v169_c27_r0
 G  o_v169_c27_r1
 G  o_v169_c29_r0
 G  o_v169_c29_r1
 G  o_v169_c31_r0
 G  o_v169_c31_r1
 G  o_v169_c33_r0
 G  o_v169_c33_r1
 G  o_v169_c35_r0
 G  o_v169_c35_r1
 G  o_v170_c31_r0
 G  o_v170_c33_r0
 G  o_v171_c31_r0
 G  o_v171_c33_r0
 G  o_v172_c31_r0
 G  o_v172_c31_r1
 G  o_v173_c31_r0
 G  o_v173_c33_r0
 G  o_v174_c31_r0
 G  o_v174_c33_r0
 G  o_v175_c31_r0
 G  o_v175_c31_r1
 G  o_v176_c31_r0
 G  o_v176_c33_r0
 G  o_v177_c31_r0
 G  o_v177_c33_r0
 G  o_v178_c31_r0
 G  o_v178_c31_r1
 G  o_v179_c31_r0
 G  o_v179_c33_r0
 G  o_v180_c31_r0
 G  o_v180_c33_r0
 G  o_v181_c31_r0
 G  o_v181_c31_r1
 G  o_v186_c31_r0
 G  o_v186_c31_r1
 G  o_v186_c33_r0
 G  o_v187_c31_r0
 G  o_v187_c31_r1
 G  o_v187_c33_r0
 G  o_v188_c31_r0
 G  o_v188_c31_r1
 G  o_v188_c33_r0
 G  o_v189_c31_r0
 G  o_v189_c31_r1
 G  o_v189_c33_r0
 G  o_v190_c31_r0
 G  o_v190_c33_r0
 G  o_v191_c31_r0
 G  o_v191_c33_r0
 G  o_v194_c35_r0
 G  o_v195_c35_r0
 G  o_v200_c35_r0
 G  o_v201_c35_r0
 G  o_v202_c35_r0
 G  o_v203_c35_r0
 G  o_v204_c35_r0
 G  o_v205_c35_r0
 G  o_v208_c35_r0
 G  o_v209_c35_r0
 G  o_v210_c35_r0
 G  o_v212_c35_r0
 G  o_v213_c35_r0
 G  o_v214_c35_r0
 G  o_v215_c35_r0
 G  o_v216_c35_r0
 G  o_v217_c35_r0
 G  o_v221_c35_r0
 G  o_v222_c35_r0
 G  o_v223_c35_r0
 G  o_v224_c35_r0
 G  o_v225_c35_r0
 G  o_v226_c35_r0
 G  o_v230_c35_r0
 G  o_v231_c35_r0
 G  o_v232_c35_r0
 G  o_v233_c35_r0
 G  o_v234_c35_r0
 G  o_v235_c35_r0
 G  pt_v0_L1_r0
 G  pt_v0_L1_r1
 G  pt_v0_L2_r0
 G  pt_v0_L2_r1
 G  pt_v0_L3_r0
 G  pt_v0_L3_r1
 G  pt_v0_L4_r0
 G  pt_v0_L4_r1
 G  pt_v0_L5_r0
 G  pt_v0_L5_r1
 G  pt_v0_L6_r0
 G  pt_v0_L6_r1
 G  pt_v0_L7_r0
 G  pt_v0_L7_r1
 G  pt_v0_L8_r0
 G  pt_v0_L8_r1
 G  pt_v65_L8_r0
 G  pt_v65_L8_r1
 G  pt_v75_L8_r0
 G  pt_v75_L8_r1
 G  pt_v78_L4_r0
 G  pt_v78_L4_r1
 G  pt_v78_L5_r0
 G  pt_v78_L5_r1
 G  pt_v78_L6_r0
 G  pt_v78_L6_r1
 G  pt_v78_L7_r0
 G  pt_v78_L7_r1
 G  pt_v79_L5_r0
 G  pt_v79_L5_r1
 G  pt_v79_L6_r0
 G  pt_v79_L6_r1
 G  pt_v79_L7_r0
 G  pt_v79_L7_r1
 G  pt_v80_L6_r0
 G  pt_v80_L6_r1
 G  pt_v80_L7_r0
 G  pt_v80_L7_r1
 G  pt_v80_L8_r0
 G  pt_v80_L8_r1
 G  pt_v81_L7_r0
 G  pt_v81_L7_r1
 G  pt_v81_L8_r0
 G  pt_v81_L8_r1
 G  pt_v98_L4_r0
 G  pt_v98_L4_r1
 G  pt_v98_L5_r0
 G  pt_v98_L5_r1
 G  pt_v99_L4_r0
 G  pt_v99_L4_r1
 G  pt_v99_L5_r0
 G  pt_v99_L5_r1
 G  pt_v102_L5_r0
 G  pt_v102_L5_r1
 G  pt_v102_L6_r0
 G  pt_v102_L6_r1
 G  pt_v103_L5_r0
 G  pt_v103_L5_r1
 G  pt_v103_L6_r0
 G  pt_v103_L6_r1
 G  pt_v106_L6_r0
 G  pt_v106_L6_r1
 G  pt_v106_L7_r0
 G  pt_v106_L7_r1
 G  pt_v107_L6_r0
 G  pt_v107_L6_r1
 G  pt_v107_L7_r0
 G  pt_v107_L7_r1
 G  pt_v110_L7_r0
 G  pt_v110_L7_r1
 G  pt_v110_L8_r0
 G  pt_v110_L8_r1
 G  pt_v111_L7_r0
 G  pt_v111_L7_r1
 G  pt_v111_L8_r0
 G  pt_v111_L8_r1
 G  pt_v114_L3_r0
 G  pt_v114_L3_r1
 G  pt_v115_L3_r0
 G  pt_v115_L3_r1
 G  pt_v118_L4_r0
 G  pt_v118_L4_r1
 G  pt_v119_L4_r0
 G  pt_v119_L4_r1
 G  pt_v122_L5_r0
 G  pt_v122_L5_r1
 G  pt_v123_L5_r0
 G  pt_v123_L5_r1
 G  pt_v126_L6_r0
 G  pt_v126_L6_r1
 G  pt_v127_L6_r0
 G  pt_v127_L6_r1
 L  occ_c1
 L  occ_c3
 L  occ_c5
 L  occ_c7
 L  occ_c9
 L  occ_c11
 L  occ_c13
 L  occ_c15
 L  occ_c17
 L  occ_c19
 L  occ_c21
 L  occ_c23
 L  occ_c25
 L  occ_c27
 L  occ_c29
 L  occ_c31
 L  occ_c33
 L  occ_c35
 L  heads_L0
 L  heads_L1
 L  heads_L2
 L  heads_L3
 L  heads_L4
 L  heads_L5
 L  heads_L6
 L  heads_L7
 L  heads_L8
COLUMNS
    x_g0_p0 assign_g0 1 coloc_g0_g1_L0 1
    x_g0_p0 heads_L0 4
    x_g1_p2 assign_g1 1 coloc_g0_g1_L0 -1
    x_g1_p2 coloc_g1_g2_L0 1
    x_g2_p2 assign_g2 1 coloc_g1_g2_L0 -1
    x_g3_p2 cum_g3_p2 -1 assign_g3 1
    x_g3_p6 assign_g3 1
    z_g3_p2 cum_g3_p2 1 prec_g5_g3_t3 -1
    z_g3_p2 prec_g5_g3_t5 -1 o_v34_c3_r0 -1
    z_g3_p2 o_v34_c5_r0 -1 o_v34_c5_r1 -1
    z_g3_p2 o_v34_c7_r0 -1
    x_g4_p2 cum_g4_p2 -1 assign_g4 1
    x_g4_p6 assign_g4 1
    z_g4_p2 cum_g4_p2 1 prec_g5_g4_t3 -1
    z_g4_p2 prec_g5_g4_t5 -1 o_v35_c3_r0 -1
    z_g4_p2 o_v35_c5_r0 -1 o_v35_c5_r1 -1
    z_g4_p2 o_v35_c7_r0 -1
    x_g5_p3 cum_g5_p3 -1 assign_g5 1
    x_g5_p5 cum_g5_p5 -1 assign_g5 1
    x_g5_p5 heads_L1 4
    x_g5_p7 assign_g5 1
    z_g5_p3 cum_g5_p3 1 cum_g5_p5 -1
    z_g5_p3 prec_g5_g3_t3 1 prec_g5_g4_t3 1
    z_g5_p3 o_v34_c3_r0 1 o_v34_c5_r0 1
    z_g5_p3 o_v35_c3_r0 1 o_v35_c5_r0 1
    z_g5_p3 o_v36_c3_r0 -1 o_v36_c3_r1 -1
    z_g5_p5 cum_g5_p5 1 prec_g5_g3_t5 1
    z_g5_p5 prec_g5_g4_t5 1 o_v34_c5_r1 1
    z_g5_p5 o_v34_c7_r0 1 o_v35_c5_r1 1
    z_g5_p5 o_v35_c7_r0 1 o_v36_c5_r0 -1
    z_g5_p5 o_v36_c5_r1 -1
    x_g6_p2 cum_g6_p2 -1 assign_g6 1
    x_g6_p6 cum_g6_p6 -1 assign_g6 1
    x_g6_p10 cum_g6_p10 -1 assign_g6 1
    x_g6_p14 cum_g6_p14 -1 assign_g6 1
    x_g6_p18 cum_g6_p18 -1 assign_g6 1
    x_g6_p22 cum_g6_p22 -1 assign_g6 1
    x_g6_p26 cum_g6_p26 -1 assign_g6 1
    x_g6_p30 assign_g6 1
    z_g6_p2 cum_g6_p2 1 cum_g6_p6 -1
    z_g6_p2 prec_g8_g6_t3 -1 prec_g8_g6_t5 -1
    z_g6_p2 o_v37_c3_r0 -1 o_v37_c5_r0 -1
    z_g6_p2 o_v37_c5_r1 -1 o_v37_c7_r0 -1
    z_g6_p6 cum_g6_p6 1 cum_g6_p10 -1
    z_g6_p6 prec_g8_g6_t7 -1 prec_g8_g6_t9 -1
    z_g6_p6 o_v37_c7_r1 -1 o_v37_c9_r0 -1
    z_g6_p6 o_v37_c9_r1 -1 o_v37_c11_r0 -1
    z_g6_p10 cum_g6_p10 1 cum_g6_p14 -1
    z_g6_p10 prec_g8_g6_t11 -1 prec_g8_g6_t13 -1
    z_g6_p10 o_v37_c11_r1 -1 o_v37_c13_r0 -1
    z_g6_p10 o_v37_c13_r1 -1 o_v37_c15_r0 -1
    z_g6_p14 cum_g6_p14 1 cum_g6_p18 -1
    z_g6_p14 prec_g8_g6_t15 -1 prec_g8_g6_t17 -1
    z_g6_p14 o_v37_c15_r1 -1 o_v37_c17_r0 -1
    z_g6_p14 o_v37_c17_r1 -1 o_v37_c19_r0 -1
    z_g6_p18 cum_g6_p18 1 cum_g6_p22 -1
    z_g6_p18 prec_g8_g6_t19 -1 prec_g8_g6_t21 -1
    z_g6_p18 o_v37_c19_r1 -1 o_v37_c21_r0 -1
    z_g6_p18 o_v37_c21_r1 -1 o_v37_c23_r0 -1
    z_g6_p22 cum_g6_p22 1 cum_g6_p26 -1
    z_g6_p22 prec_g8_g6_t23 -1 prec_g8_g6_t25 -1
    z_g6_p22 o_v37_c23_r1 -1 o_v37_c25_r0 -1
    z_g6_p22 o_v37_c25_r1 -1 o_v37_c27_r0 -1
    z_g6_p26 cum_g6_p26 1 prec_g8_g6_t27 -1
    z_g6_p26 prec_g8_g6_t29 -1 o_v37_c27_r1 -1
    z_g6_p26 o_v37_c29_r0 -1 o_v37_c29_r1 -1
    z_g6_p26 o_v37_c31_r0 -1
    x_g7_p2 cum_g7_p2 -1 assign_g7 1
    x_g7_p6 cum_g7_p6 -1 assign_g7 1
    x_g7_p10 cum_g7_p10 -1 assign_g7 1
    x_g7_p14 cum_g7_p14 -1 assign_g7 1
    x_g7_p18 cum_g7_p18 -1 assign_g7 1
    x_g7_p22 cum_g7_p22 -1 assign_g7 1
    x_g7_p26 cum_g7_p26 -1 assign_g7 1
    x_g7_p30 assign_g7 1
    z_g7_p2 cum_g7_p2 1 cum_g7_p6 -1
    z_g7_p2 prec_g8_g7_t3 -1 prec_g8_g7_t5 -1
    z_g7_p2 o_v38_c3_r0 -1 o_v38_c5_r0 -1
    z_g7_p2 o_v38_c5_r1 -1 o_v38_c7_r0 -1
    z_g7_p6 cum_g7_p6 1 cum_g7_p10 -1
    z_g7_p6 prec_g8_g7_t7 -1 prec_g8_g7_t9 -1
    z_g7_p6 o_v38_c7_r1 -1 o_v38_c9_r0 -1
    z_g7_p6 o_v38_c9_r1 -1 o_v38_c11_r0 -1
    z_g7_p10 cum_g7_p10 1 cum_g7_p14 -1
    z_g7_p10 prec_g8_g7_t11 -1 prec_g8_g7_t13 -1
    z_g7_p10 o_v38_c11_r1 -1 o_v38_c13_r0 -1
    z_g7_p10 o_v38_c13_r1 -1 o_v38_c15_r0 -1
    z_g7_p14 cum_g7_p14 1 cum_g7_p18 -1
    z_g7_p14 prec_g8_g7_t15 -1 prec_g8_g7_t17 -1
    z_g7_p14 o_v38_c15_r1 -1 o_v38_c17_r0 -1
    z_g7_p14 o_v38_c17_r1 -1 o_v38_c19_r0 -1
    z_g7_p18 cum_g7_p18 1 cum_g7_p22 -1
    z_g7_p18 prec_g8_g7_t19 -1 prec_g8_g7_t21 -1
    z_g7_p18 o_v38_c19_r1 -1 o_v38_c21_r0 -1
    z_g7_p18 o_v38_c21_r1 -1 o_v38_c23_r0 -1
    z_g7_p22 cum_g7_p22 1 cum_g7_p26 -1
    z_g7_p22 prec_g8_g7_t23 -1 prec_g8_g7_t25 -1
    z_g7_p22 o_v38_c23_r1 -1 o_v38_c25_r0 -1
    z_g7_p22 o_v38_c25_r1 -1 o_v38_c27_r0 -1
    z_g7_p26 cum_g7_p26 1 prec_g8_g7_t27 -1
    z_g7_p26 prec_g8_g7_t29 -1 o_v38_c27_r1 -1
    z_g7_p26 o_v38_c29_r0 -1 o_v38_c29_r1 -1
    z_g7_p26 o_v38_c31_r0 -1
    x_g8_p3 cum_g8_p3 -1 assign_g8 1
    x_g8_p5 cum_g8_p5 -1 assign_g8 1
    x_g8_p5 heads_L1 4
    x_g8_p7 cum_g8_p7 -1 assign_g8 1
    x_g8_p9 cum_g8_p9 -1 assign_g8 1
    x_g8_p9 heads_L2 4
    x_g8_p11 cum_g8_p11 -1 assign_g8 1
    x_g8_p13 cum_g8_p13 -1 assign_g8 1
    x_g8_p13 heads_L3 4
    x_g8_p15 cum_g8_p15 -1 assign_g8 1
    x_g8_p17 cum_g8_p17 -1 assign_g8 1
    x_g8_p17 heads_L4 4
    x_g8_p19 cum_g8_p19 -1 assign_g8 1
    x_g8_p21 cum_g8_p21 -1 assign_g8 1
    x_g8_p21 heads_L5 4
    x_g8_p23 cum_g8_p23 -1 assign_g8 1
    x_g8_p25 cum_g8_p25 -1 assign_g8 1
    x_g8_p25 heads_L6 4
    x_g8_p27 cum_g8_p27 -1 assign_g8 1
    x_g8_p29 cum_g8_p29 -1 assign_g8 1
    x_g8_p29 heads_L7 4
    x_g8_p31 assign_g8 1
    z_g8_p3 cum_g8_p3 1 cum_g8_p5 -1
    z_g8_p3 prec_g8_g6_t3 1 prec_g8_g7_t3 1
    z_g8_p3 o_v37_c3_r0 1 o_v37_c5_r0 1
    z_g8_p3 o_v38_c3_r0 1 o_v38_c5_r0 1
    z_g8_p3 occ_c3 1
    z_g8_p5 cum_g8_p5 1 cum_g8_p7 -1
    z_g8_p5 prec_g8_g6_t5 1 prec_g8_g7_t5 1
    z_g8_p5 o_v37_c5_r1 1 o_v37_c7_r0 1
    z_g8_p5 o_v38_c5_r1 1 o_v38_c7_r0 1
    z_g8_p5 occ_c5 1
    z_g8_p7 cum_g8_p7 1 cum_g8_p9 -1
    z_g8_p7 prec_g8_g6_t7 1 prec_g8_g7_t7 1
    z_g8_p7 o_v37_c7_r1 1 o_v37_c9_r0 1
    z_g8_p7 o_v38_c7_r1 1 o_v38_c9_r0 1
    z_g8_p7 occ_c7 1
    z_g8_p9 cum_g8_p9 1 cum_g8_p11 -1
    z_g8_p9 prec_g8_g6_t9 1 prec_g8_g7_t9 1
    z_g8_p9 o_v37_c9_r1 1 o_v37_c11_r0 1
    z_g8_p9 o_v38_c9_r1 1 o_v38_c11_r0 1
    z_g8_p9 occ_c9 1
    z_g8_p11 cum_g8_p11 1 cum_g8_p13 -1
    z_g8_p11 prec_g8_g6_t11 1 prec_g8_g7_t11 1
    z_g8_p11 o_v37_c11_r1 1 o_v37_c13_r0 1
    z_g8_p11 o_v38_c11_r1 1 o_v38_c13_r0 1
    z_g8_p11 occ_c11 1
    z_g8_p13 cum_g8_p13 1 cum_g8_p15 -1
    z_g8_p13 prec_g8_g6_t13 1 prec_g8_g7_t13 1
    z_g8_p13 o_v37_c13_r1 1 o_v37_c15_r0 1
    z_g8_p13 o_v38_c13_r1 1 o_v38_c15_r0 1
    z_g8_p13 occ_c13 1
    z_g8_p15 cum_g8_p15 1 cum_g8_p17 -1
    z_g8_p15 prec_g8_g6_t15 1 prec_g8_g7_t15 1
    z_g8_p15 o_v37_c15_r1 1 o_v37_c17_r0 1
    z_g8_p15 o_v38_c15_r1 1 o_v38_c17_r0 1
    z_g8_p15 occ_c15 1
    z_g8_p17 cum_g8_p17 1 cum_g8_p19 -1
    z_g8_p17 prec_g8_g6_t17 1 prec_g8_g7_t17 1
    z_g8_p17 o_v37_c17_r1 1 o_v37_c19_r0 1
    z_g8_p17 o_v38_c17_r1 1 o_v38_c19_r0 1
    z_g8_p17 occ_c17 1
    z_g8_p19 cum_g8_p19 1 cum_g8_p21 -1
    z_g8_p19 prec_g8_g6_t19 1 prec_g8_g7_t19 1
    z_g8_p19 prec_g137_g8_t20 -1 o_v37_c19_r1 1
    z_g8_p19 o_v37_c21_r0 1 o_v38_c19_r1 1
    z_g8_p19 o_v38_c21_r0 1 occ_c19 1
    z_g8_p21 cum_g8_p21 1 cum_g8_p23 -1
    z_g8_p21 prec_g8_g6_t21 1 prec_g8_g7_t21 1
    z_g8_p21 o_v37_c21_r1 1 o_v37_c23_r0 1
    z_g8_p21 o_v38_c21_r1 1 o_v38_c23_r0 1
    z_g8_p21 occ_c21 1
    z_g8_p23 cum_g8_p23 1 cum_g8_p25 -1
    z_g8_p23 prec_g8_g6_t23 1 prec_g8_g7_t23 1
    z_g8_p23 prec_g137_g8_t24 -1 o_v37_c23_r1 1
    z_g8_p23 o_v37_c25_r0 1 o_v38_c23_r1 1
    z_g8_p23 o_v38_c25_r0 1 occ_c23 1
    z_g8_p25 cum_g8_p25 1 cum_g8_p27 -1
    z_g8_p25 prec_g8_g6_t25 1 prec_g8_g7_t25 1
    z_g8_p25 o_v37_c25_r1 1 o_v37_c27_r0 1
    z_g8_p25 o_v38_c25_r1 1 o_v38_c27_r0 1
    z_g8_p25 occ_c25 1
    z_g8_p27 cum_g8_p27 1 cum_g8_p29 -1
    z_g8_p27 prec_g8_g6_t27 1 prec_g8_g7_t27 1
    z_g8_p27 prec_g137_g8_t28 -1 o_v37_c27_r1 1
    z_g8_p27 o_v37_c29_r0 1 o_v38_c27_r1 1
    z_g8_p27 o_v38_c29_r0 1 occ_c27 1
    z_g8_p29 cum_g8_p29 1 prec_g8_g6_t29 1
    z_g8_p29 prec_g8_g7_t29 1 o_v37_c29_r1 1
    z_g8_p29 o_v37_c31_r0 1 o_v38_c29_r1 1
    z_g8_p29 o_v38_c31_r0 1 occ_c29 1
    x_g9_p2 cum_g9_p2 -1 assign_g9 1
    x_g9_p6 cum_g9_p6 -1 assign_g9 1
    x_g9_p10 cum_g9_p10 -1 assign_g9 1
    x_g9_p14 cum_g9_p14 -1 assign_g9 1
    x_g9_p18 cum_g9_p18 -1 assign_g9 1
    x_g9_p22 cum_g9_p22 -1 assign_g9 1
    x_g9_p26 cum_g9_p26 -1 assign_g9 1
    x_g9_p30 assign_g9 1
    z_g9_p2 cum_g9_p2 1 cum_g9_p6 -1
    z_g9_p2 prec_g11_g9_t3 -1 prec_g11_g9_t5 -1
    z_g9_p2 o_v40_c3_r0 -1 o_v40_c5_r0 -1
    z_g9_p2 o_v40_c5_r1 -1 o_v40_c7_r0 -1
    z_g9_p6 cum_g9_p6 1 cum_g9_p10 -1
    z_g9_p6 prec_g11_g9_t7 -1 prec_g11_g9_t9 -1
    z_g9_p6 o_v40_c7_r1 -1 o_v40_c9_r0 -1
    z_g9_p6 o_v40_c9_r1 -1 o_v40_c11_r0 -1
    z_g9_p10 cum_g9_p10 1 cum_g9_p14 -1
    z_g9_p10 prec_g11_g9_t11 -1 prec_g11_g9_t13 -1
    z_g9_p10 o_v40_c11_r1 -1 o_v40_c13_r0 -1
    z_g9_p10 o_v40_c13_r1 -1 o_v40_c15_r0 -1
    z_g9_p14 cum_g9_p14 1 cum_g9_p18 -1
    z_g9_p14 prec_g11_g9_t15 -1 prec_g11_g9_t17 -1
    z_g9_p14 o_v40_c15_r1 -1 o_v40_c17_r0 -1
    z_g9_p14 o_v40_c17_r1 -1 o_v40_c19_r0 -1
    z_g9_p18 cum_g9_p18 1 cum_g9_p22 -1
    z_g9_p18 prec_g11_g9_t19 -1 prec_g11_g9_t21 -1
    z_g9_p18 o_v40_c19_r1 -1 o_v40_c21_r0 -1
    z_g9_p18 o_v40_c21_r1 -1 o_v40_c23_r0 -1
    z_g9_p22 cum_g9_p22 1 cum_g9_p26 -1
    z_g9_p22 prec_g11_g9_t23 -1 prec_g11_g9_t25 -1
    z_g9_p22 o_v40_c23_r1 -1 o_v40_c25_r0 -1
    z_g9_p22 o_v40_c25_r1 -1 o_v40_c27_r0 -1
    z_g9_p26 cum_g9_p26 1 prec_g11_g9_t27 -1
    z_g9_p26 prec_g11_g9_t29 -1 o_v40_c27_r1 -1
    z_g9_p26 o_v40_c29_r0 -1 o_v40_c29_r1 -1
    z_g9_p26 o_v40_c31_r0 -1
    x_g10_p2 cum_g10_p2 -1 assign_g10 1
    x_g10_p6 cum_g10_p6 -1 assign_g10 1
    x_g10_p10 cum_g10_p10 -1 assign_g10 1
    x_g10_p14 cum_g10_p14 -1 assign_g10 1
    x_g10_p18 cum_g10_p18 -1 assign_g10 1
    x_g10_p22 cum_g10_p22 -1 assign_g10 1
    x_g10_p26 cum_g10_p26 -1 assign_g10 1
    x_g10_p30 assign_g10 1
    z_g10_p2 cum_g10_p2 1 cum_g10_p6 -1
    z_g10_p2 prec_g11_g10_t3 -1 prec_g11_g10_t5 -1
    z_g10_p2 o_v41_c3_r0 -1 o_v41_c5_r0 -1
    z_g10_p2 o_v41_c5_r1 -1 o_v41_c7_r0 -1
    z_g10_p6 cum_g10_p6 1 cum_g10_p10 -1
    z_g10_p6 prec_g11_g10_t7 -1 prec_g11_g10_t9 -1
    z_g10_p6 o_v41_c7_r1 -1 o_v41_c9_r0 -1
    z_g10_p6 o_v41_c9_r1 -1 o_v41_c11_r0 -1
    z_g10_p10 cum_g10_p10 1 cum_g10_p14 -1
    z_g10_p10 prec_g11_g10_t11 -1 prec_g11_g10_t13 -1
    z_g10_p10 o_v41_c11_r1 -1 o_v41_c13_r0 -1
    z_g10_p10 o_v41_c13_r1 -1 o_v41_c15_r0 -1
    z_g10_p14 cum_g10_p14 1 cum_g10_p18 -1
    z_g10_p14 prec_g11_g10_t15 -1 prec_g11_g10_t17 -1
    z_g10_p14 o_v41_c15_r1 -1 o_v41_c17_r0 -1
    z_g10_p14 o_v41_c17_r1 -1 o_v41_c19_r0 -1
    z_g10_p18 cum_g10_p18 1 cum_g10_p22 -1
    z_g10_p18 prec_g11_g10_t19 -1 prec_g11_g10_t21 -1
    z_g10_p18 o_v41_c19_r1 -1 o_v41_c21_r0 -1
    z_g10_p18 o_v41_c21_r1 -1 o_v41_c23_r0 -1
    z_g10_p22 cum_g10_p22 1 cum_g10_p26 -1
    z_g10_p22 prec_g11_g10_t23 -1 prec_g11_g10_t25 -1
    z_g10_p22 o_v41_c23_r1 -1 o_v41_c25_r0 -1
    z_g10_p22 o_v41_c25_r1 -1 o_v41_c27_r0 -1
    z_g10_p26 cum_g10_p26 1 prec_g11_g10_t27 -1
    z_g10_p26 prec_g11_g10_t29 -1 o_v41_c27_r1 -1
    z_g10_p26 o_v41_c29_r0 -1 o_v41_c29_r1 -1
    z_g10_p26 o_v41_c31_r0 -1
    x_g11_p3 cum_g11_p3 -1 assign_g11 1
    x_g11_p5 cum_g11_p5 -1 assign_g11 1
    x_g11_p5 heads_L1 4
    x_g11_p7 cum_g11_p7 -1 assign_g11 1
    x_g11_p9 cum_g11_p9 -1 assign_g11 1
    x_g11_p9 heads_L2 4
    x_g11_p11 cum_g11_p11 -1 assign_g11 1
    x_g11_p13 cum_g11_p13 -1 assign_g11 1
    x_g11_p13 heads_L3 4
    x_g11_p15 cum_g11_p15 -1 assign_g11 1
    x_g11_p17 cum_g11_p17 -1 assign_g11 1
    x_g11_p17 heads_L4 4
    x_g11_p19 cum_g11_p19 -1 assign_g11 1
    x_g11_p21 cum_g11_p21 -1 assign_g11 1
    x_g11_p21 heads_L5 4
    x_g11_p23 cum_g11_p23 -1 assign_g11 1
    x_g11_p25 cum_g11_p25 -1 assign_g11 1
    x_g11_p25 heads_L6 4
    x_g11_p27 cum_g11_p27 -1 assign_g11 1
    x_g11_p29 cum_g11_p29 -1 assign_g11 1
    x_g11_p29 heads_L7 4
    x_g11_p31 assign_g11 1
    z_g11_p3 cum_g11_p3 1 cum_g11_p5 -1
    z_g11_p3 prec_g11_g9_t3 1 prec_g11_g10_t3 1
    z_g11_p3 prec_g38_g11_t4 -1 o_v40_c3_r0 1
    z_g11_p3 o_v40_c5_r0 1 o_v41_c3_r0 1
    z_g11_p3 o_v41_c5_r0 1 occ_c3 1
    z_g11_p5 cum_g11_p5 1 cum_g11_p7 -1
    z_g11_p5 prec_g11_g9_t5 1 prec_g11_g10_t5 1
    z_g11_p5 o_v40_c5_r1 1 o_v40_c7_r0 1
    z_g11_p5 o_v41_c5_r1 1 o_v41_c7_r0 1
    z_g11_p5 occ_c5 1
    z_g11_p7 cum_g11_p7 1 cum_g11_p9 -1
    z_g11_p7 prec_g11_g9_t7 1 prec_g11_g10_t7 1
    z_g11_p7 prec_g38_g11_t8 -1 o_v40_c7_r1 1
    z_g11_p7 o_v40_c9_r0 1 o_v41_c7_r1 1
    z_g11_p7 o_v41_c9_r0 1 occ_c7 1
    z_g11_p9 cum_g11_p9 1 cum_g11_p11 -1
    z_g11_p9 prec_g11_g9_t9 1 prec_g11_g10_t9 1
    z_g11_p9 o_v40_c9_r1 1 o_v40_c11_r0 1
    z_g11_p9 o_v41_c9_r1 1 o_v41_c11_r0 1
    z_g11_p9 occ_c9 1
    z_g11_p11 cum_g11_p11 1 cum_g11_p13 -1
    z_g11_p11 prec_g11_g9_t11 1 prec_g11_g10_t11 1
    z_g11_p11 prec_g38_g11_t12 -1 o_v40_c11_r1 1
    z_g11_p11 o_v40_c13_r0 1 o_v41_c11_r1 1
    z_g11_p11 o_v41_c13_r0 1 occ_c11 1
    z_g11_p13 cum_g11_p13 1 cum_g11_p15 -1
    z_g11_p13 prec_g11_g9_t13 1 prec_g11_g10_t13 1
    z_g11_p13 o_v40_c13_r1 1 o_v40_c15_r0 1
    z_g11_p13 o_v41_c13_r1 1 o_v41_c15_r0 1
    z_g11_p13 occ_c13 1
    z_g11_p15 cum_g11_p15 1 cum_g11_p17 -1
    z_g11_p15 prec_g11_g9_t15 1 prec_g11_g10_t15 1
    z_g11_p15 prec_g38_g11_t16 -1 o_v40_c15_r1 1
    z_g11_p15 o_v40_c17_r0 1 o_v41_c15_r1 1
    z_g11_p15 o_v41_c17_r0 1 occ_c15 1
    z_g11_p17 cum_g11_p17 1 cum_g11_p19 -1
    z_g11_p17 prec_g11_g9_t17 1 prec_g11_g10_t17 1
    z_g11_p17 o_v40_c17_r1 1 o_v40_c19_r0 1
    z_g11_p17 o_v41_c17_r1 1 o_v41_c19_r0 1
    z_g11_p17 occ_c17 1
    z_g11_p19 cum_g11_p19 1 cum_g11_p21 -1
    z_g11_p19 prec_g11_g9_t19 1 prec_g11_g10_t19 1
    z_g11_p19 prec_g38_g11_t20 -1 o_v40_c19_r1 1
    z_g11_p19 o_v40_c21_r0 1 o_v41_c19_r1 1
    z_g11_p19 o_v41_c21_r0 1 occ_c19 1
    z_g11_p21 cum_g11_p21 1 cum_g11_p23 -1
    z_g11_p21 prec_g11_g9_t21 1 prec_g11_g10_t21 1
    z_g11_p21 o_v40_c21_r1 1 o_v40_c23_r0 1
    z_g11_p21 o_v41_c21_r1 1 o_v41_c23_r0 1
    z_g11_p21 occ_c21 1
    z_g11_p23 cum_g11_p23 1 cum_g11_p25 -1
    z_g11_p23 prec_g11_g9_t23 1 prec_g11_g10_t23 1
    z_g11_p23 prec_g38_g11_t24 -1 o_v40_c23_r1 1
    z_g11_p23 o_v40_c25_r0 1 o_v41_c23_r1 1
    z_g11_p23 o_v41_c25_r0 1 occ_c23 1
    z_g11_p25 cum_g11_p25 1 cum_g11_p27 -1
    z_g11_p25 prec_g11_g9_t25 1 prec_g11_g10_t25 1
    z_g11_p25 o_v40_c25_r1 1 o_v40_c27_r0 1
    z_g11_p25 o_v41_c25_r1 1 o_v41_c27_r0 1
    z_g11_p25 occ_c25 1
    z_g11_p27 cum_g11_p27 1 cum_g11_p29 -1
    z_g11_p27 prec_g11_g9_t27 1 prec_g11_g10_t27 1
    z_g11_p27 prec_g38_g11_t28 -1 o_v40_c27_r1 1
    z_g11_p27 o_v40_c29_r0 1 o_v41_c27_r1 1
    z_g11_p27 o_v41_c29_r0 1 occ_c27 1
    z_g11_p29 cum_g11_p29 1 prec_g11_g9_t29 1
    z_g11_p29 prec_g11_g10_t29 1 o_v40_c29_r1 1
    z_g11_p29 o_v40_c31_r0 1 o_v41_c29_r1 1
    z_g11_p29 o_v41_c31_r0 1 occ_c29 1
    x_g12_p4 assign_g12 1 heads_L1 19
    x_g13_p6 cum_g13_p6 -1 assign_g13 1
    x_g13_p10 cum_g13_p10 -1 assign_g13 1
    x_g13_p14 cum_g13_p14 -1 assign_g13 1
    x_g13_p18 cum_g13_p18 -1 assign_g13 1
    x_g13_p22 cum_g13_p22 -1 assign_g13 1
    x_g13_p26 cum_g13_p26 -1 assign_g13 1
    x_g13_p30 cum_g13_p30 -1 assign_g13 1
    x_g13_p34 assign_g13 1
    z_g13_p6 cum_g13_p6 1 cum_g13_p10 -1
    z_g13_p6 o_v43_c9_r0 1 o_v43_c11_r0 1
    z_g13_p6 occ_c7 1 occ_c9 1
    z_g13_p10 cum_g13_p10 1 cum_g13_p14 -1
    z_g13_p10 o_v43_c13_r0 1 o_v43_c15_r0 1
    z_g13_p10 occ_c11 1 occ_c13 1
    z_g13_p14 cum_g13_p14 1 cum_g13_p18 -1
    z_g13_p14 o_v43_c17_r0 1 o_v43_c19_r0 1
    z_g13_p14 occ_c15 1 occ_c17 1
    z_g13_p18 cum_g13_p18 1 cum_g13_p22 -1
    z_g13_p18 o_v43_c21_r0 1 o_v43_c23_r0 1
    z_g13_p18 occ_c19 1 occ_c21 1
    z_g13_p22 cum_g13_p22 1 cum_g13_p26 -1
    z_g13_p22 o_v43_c25_r0 1 o_v43_c27_r0 1
    z_g13_p22 occ_c23 1 occ_c25 1
    z_g13_p26 cum_g13_p26 1 cum_g13_p30 -1
    z_g13_p26 o_v43_c29_r0 1 o_v43_c31_r0 1
    z_g13_p26 occ_c27 1 occ_c29 1
    z_g13_p30 cum_g13_p30 1 o_v43_c33_r0 1
    z_g13_p30 o_v43_c35_r0 1 occ_c31 1
    z_g13_p30 occ_c33 1
    x_g14_p6 cum_g14_p6 -1 assign_g14 1
    x_g14_p10 cum_g14_p10 -1 assign_g14 1
    x_g14_p14 cum_g14_p14 -1 assign_g14 1
    x_g14_p18 cum_g14_p18 -1 assign_g14 1
    x_g14_p22 cum_g14_p22 -1 assign_g14 1
    x_g14_p26 cum_g14_p26 -1 assign_g14 1
    x_g14_p30 assign_g14 1
    z_g14_p6 cum_g14_p6 1 cum_g14_p10 -1
    z_g14_p6 prec_g152_g14_t10 -1 prec_g164_g14_t10 -1
    z_g14_p6 prec_g173_g14_t10 -1 prec_g182_g14_t10 -1
    z_g14_p6 prec_g191_g14_t7 -1 prec_g191_g14_t9 -1
    z_g14_p6 o_v43_c9_r1 1 o_v43_c11_r1 1
    z_g14_p6 o_v44_c9_r0 1 o_v44_c11_r0 1
    z_g14_p6 o_v53_c7_r0 -1 o_v53_c7_r1 -1
    z_g14_p6 o_v53_c7_r2 -1 o_v53_c7_r3 -1
    z_g14_p6 o_v53_c7_r4 -1 o_v53_c9_r0 -1
    z_g14_p6 o_v53_c9_r1 -1 o_v53_c9_r2 -1
    z_g14_p6 o_v53_c9_r3 -1 o_v53_c9_r4 -1
    z_g14_p6 o_v53_c9_r5 -1 o_v53_c11_r4 -1
    z_g14_p10 cum_g14_p10 1 cum_g14_p14 -1
    z_g14_p10 prec_g152_g14_t14 -1 prec_g164_g14_t14 -1
    z_g14_p10 prec_g173_g14_t14 -1 prec_g182_g14_t14 -1
    z_g14_p10 prec_g191_g14_t11 -1 prec_g191_g14_t13 -1
    z_g14_p10 o_v43_c13_r1 1 o_v43_c15_r1 1
    z_g14_p10 o_v44_c13_r0 1 o_v44_c15_r0 1
    z_g14_p10 o_v53_c11_r0 -1 o_v53_c11_r1 -1
    z_g14_p10 o_v53_c11_r2 -1 o_v53_c11_r3 -1
    z_g14_p10 o_v53_c11_r5 -1 o_v53_c13_r0 -1
    z_g14_p10 o_v53_c13_r1 -1 o_v53_c13_r2 -1
    z_g14_p10 o_v53_c13_r3 -1 o_v53_c13_r4 -1
    z_g14_p10 o_v53_c13_r5 -1 o_v53_c15_r4 -1
    z_g14_p14 cum_g14_p14 1 cum_g14_p18 -1
    z_g14_p14 prec_g152_g14_t18 -1 prec_g164_g14_t18 -1
    z_g14_p14 prec_g173_g14_t18 -1 prec_g182_g14_t18 -1
    z_g14_p14 prec_g191_g14_t15 -1 prec_g191_g14_t17 -1
    z_g14_p14 o_v43_c17_r1 1 o_v43_c19_r1 1
    z_g14_p14 o_v44_c17_r0 1 o_v44_c19_r0 1
    z_g14_p14 o_v53_c15_r0 -1 o_v53_c15_r1 -1
    z_g14_p14 o_v53_c15_r2 -1 o_v53_c15_r3 -1
    z_g14_p14 o_v53_c15_r5 -1 o_v53_c17_r0 -1
    z_g14_p14 o_v53_c17_r1 -1 o_v53_c17_r2 -1
    z_g14_p14 o_v53_c17_r3 -1 o_v53_c17_r4 -1
    z_g14_p14 o_v53_c17_r5 -1 o_v53_c19_r4 -1
    z_g14_p18 cum_g14_p18 1 cum_g14_p22 -1
    z_g14_p18 prec_g152_g14_t22 -1 prec_g164_g14_t22 -1
    z_g14_p18 prec_g173_g14_t22 -1 prec_g182_g14_t22 -1
    z_g14_p18 prec_g191_g14_t19 -1 prec_g191_g14_t21 -1
    z_g14_p18 o_v43_c21_r1 1 o_v43_c23_r1 1
    z_g14_p18 o_v44_c21_r0 1 o_v44_c23_r0 1
    z_g14_p18 o_v53_c19_r0 -1 o_v53_c19_r1 -1
    z_g14_p18 o_v53_c19_r2 -1 o_v53_c19_r3 -1
    z_g14_p18 o_v53_c19_r5 -1 o_v53_c21_r0 -1
    z_g14_p18 o_v53_c21_r1 -1 o_v53_c21_r2 -1
    z_g14_p18 o_v53_c21_r3 -1 o_v53_c21_r4 -1
    z_g14_p18 o_v53_c21_r5 -1 o_v53_c23_r4 -1
    z_g14_p22 cum_g14_p22 1 cum_g14_p26 -1
    z_g14_p22 prec_g152_g14_t26 -1 prec_g164_g14_t26 -1
    z_g14_p22 prec_g173_g14_t26 -1 prec_g182_g14_t26 -1
    z_g14_p22 prec_g191_g14_t23 -1 prec_g191_g14_t25 -1
    z_g14_p22 o_v43_c25_r1 1 o_v43_c27_r1 1
    z_g14_p22 o_v44_c25_r0 1 o_v44_c27_r0 1
    z_g14_p22 o_v53_c23_r0 -1 o_v53_c23_r1 -1
    z_g14_p22 o_v53_c23_r2 -1 o_v53_c23_r3 -1
    z_g14_p22 o_v53_c23_r5 -1 o_v53_c25_r0 -1
    z_g14_p22 o_v53_c25_r1 -1 o_v53_c25_r2 -1
    z_g14_p22 o_v53_c25_r3 -1 o_v53_c25_r4 -1
    z_g14_p22 o_v53_c25_r5 -1 o_v53_c27_r4 -1
    z_g14_p26 cum_g14_p26 1 prec_g152_g14_t30 -1
    z_g14_p26 prec_g164_g14_t30 -1 prec_g173_g14_t30 -1
    z_g14_p26 prec_g182_g14_t30 -1 prec_g191_g14_t27 -1
    z_g14_p26 prec_g191_g14_t29 -1 o_v43_c29_r1 1
    z_g14_p26 o_v43_c31_r1 1 o_v44_c29_r0 1
    z_g14_p26 o_v44_c31_r0 1 o_v53_c27_r0 -1
    z_g14_p26 o_v53_c27_r1 -1 o_v53_c27_r2 -1
    z_g14_p26 o_v53_c27_r3 -1 o_v53_c27_r5 -1
    z_g14_p26 o_v53_c29_r0 -1 o_v53_c29_r1 -1
    z_g14_p26 o_v53_c29_r2 -1 o_v53_c29_r3 -1
    z_g14_p26 o_v53_c29_r4 -1 o_v53_c29_r5 -1
    z_g14_p26 o_v53_c31_r4 -1
    x_g15_p6 cum_g15_p6 -1 assign_g15 1
    x_g15_p10 assign_g15 1
    z_g15_p6 cum_g15_p6 1 prec_g41_g15_t10 -1
    z_g15_p6 prec_g44_g15_t10 -1 prec_g47_g15_t10 -1
    z_g15_p6 prec_g50_g15_t10 -1 prec_g191_g15_t7 -1
    z_g15_p6 prec_g191_g15_t9 -1 o_v43_c9_r2 1
    z_g15_p6 o_v43_c11_r2 1 o_v44_c9_r1 1
    z_g15_p6 o_v44_c11_r1 1 o_v54_c7_r0 -1
    z_g15_p6 o_v54_c7_r1 -1 o_v54_c7_r2 -1
    z_g15_p6 o_v54_c7_r3 -1 o_v54_c7_r4 -1
    z_g15_p6 o_v54_c9_r0 -1 o_v54_c9_r1 -1
    z_g15_p6 o_v54_c9_r2 -1 o_v54_c9_r3 -1
    z_g15_p6 o_v54_c9_r4 -1 o_v54_c9_r5 -1
    x_g16_p6 cum_g16_p6 -1 assign_g16 1
    x_g16_p10 assign_g16 1
    z_g16_p6 cum_g16_p6 1 prec_g42_g16_t10 -1
    z_g16_p6 prec_g45_g16_t10 -1 prec_g48_g16_t10 -1
    z_g16_p6 prec_g51_g16_t10 -1 prec_g191_g16_t7 -1
    z_g16_p6 prec_g191_g16_t9 -1 o_v43_c9_r3 1
    z_g16_p6 o_v43_c11_r3 1 o_v44_c9_r2 1
    z_g16_p6 o_v44_c11_r2 1 o_v55_c7_r0 -1
    z_g16_p6 o_v55_c7_r1 -1 o_v55_c7_r2 -1
    z_g16_p6 o_v55_c7_r3 -1 o_v55_c7_r4 -1
    z_g16_p6 o_v55_c9_r0 -1 o_v55_c9_r1 -1
    z_g16_p6 o_v55_c9_r2 -1 o_v55_c9_r3 -1
    z_g16_p6 o_v55_c9_r4 -1 o_v55_c9_r5 -1
    x_g17_p6 cum_g17_p6 -1 assign_g17 1
    x_g17_p10 cum_g17_p10 -1 assign_g17 1
    x_g17_p14 cum_g17_p14 -1 assign_g17 1
    x_g17_p18 cum_g17_p18 -1 assign_g17 1
    x_g17_p22 cum_g17_p22 -1 assign_g17 1
    x_g17_p26 cum_g17_p26 -1 assign_g17 1
    x_g17_p30 assign_g17 1
    z_g17_p6 cum_g17_p6 1 cum_g17_p10 -1
    z_g17_p6 prec_g191_g17_t7 -1 prec_g191_g17_t9 -1
    z_g17_p6 o_v43_c9_r4 1 o_v43_c11_r4 1
    z_g17_p6 o_v44_c9_r3 1 o_v44_c11_r3 1
    z_g17_p6 o_v56_c7_r0 -1 o_v56_c7_r1 -1
    z_g17_p6 o_v56_c7_r2 -1 o_v56_c7_r3 -1
    z_g17_p6 o_v56_c7_r4 -1 o_v56_c9_r0 -1
    z_g17_p6 o_v56_c9_r1 -1 o_v56_c9_r2 -1
    z_g17_p6 o_v56_c9_r3 -1 o_v56_c9_r4 -1
    z_g17_p6 o_v56_c9_r5 -1 o_v56_c11_r4 -1
    z_g17_p10 cum_g17_p10 1 cum_g17_p14 -1
    z_g17_p10 prec_g154_g17_t14 -1 prec_g191_g17_t11 -1
    z_g17_p10 prec_g191_g17_t13 -1 o_v43_c13_r2 1
    z_g17_p10 o_v43_c15_r2 1 o_v44_c13_r1 1
    z_g17_p10 o_v44_c15_r1 1 o_v56_c11_r0 -1
    z_g17_p10 o_v56_c11_r1 -1 o_v56_c11_r2 -1
    z_g17_p10 o_v56_c11_r3 -1 o_v56_c11_r5 -1
    z_g17_p10 o_v56_c13_r0 -1 o_v56_c13_r1 -1
    z_g17_p10 o_v56_c13_r2 -1 o_v56_c13_r3 -1
    z_g17_p10 o_v56_c13_r4 -1 o_v56_c13_r5 -1
    z_g17_p10 o_v56_c15_r4 -1
    z_g17_p14 cum_g17_p14 1 cum_g17_p18 -1
    z_g17_p14 prec_g154_g17_t18 -1 prec_g166_g17_t18 -1
    z_g17_p14 prec_g191_g17_t15 -1 prec_g191_g17_t17 -1
    z_g17_p14 o_v43_c17_r2 1 o_v43_c19_r2 1
    z_g17_p14 o_v44_c17_r1 1 o_v44_c19_r1 1
    z_g17_p14 o_v56_c15_r0 -1 o_v56_c15_r1 -1
    z_g17_p14 o_v56_c15_r2 -1 o_v56_c15_r3 -1
    z_g17_p14 o_v56_c15_r5 -1 o_v56_c17_r0 -1
    z_g17_p14 o_v56_c17_r1 -1 o_v56_c17_r2 -1
    z_g17_p14 o_v56_c17_r3 -1 o_v56_c17_r4 -1
    z_g17_p14 o_v56_c17_r5 -1 o_v56_c19_r4 -1
    z_g17_p18 cum_g17_p18 1 cum_g17_p22 -1
    z_g17_p18 prec_g154_g17_t22 -1 prec_g166_g17_t22 -1
    z_g17_p18 prec_g175_g17_t22 -1 prec_g191_g17_t19 -1
    z_g17_p18 prec_g191_g17_t21 -1 o_v43_c21_r2 1
    z_g17_p18 o_v43_c23_r2 1 o_v44_c21_r1 1
    z_g17_p18 o_v44_c23_r1 1 o_v56_c19_r0 -1
    z_g17_p18 o_v56_c19_r1 -1 o_v56_c19_r2 -1
    z_g17_p18 o_v56_c19_r3 -1 o_v56_c19_r5 -1
    z_g17_p18 o_v56_c21_r0 -1 o_v56_c21_r1 -1
    z_g17_p18 o_v56_c21_r2 -1 o_v56_c21_r3 -1
    z_g17_p18 o_v56_c21_r4 -1 o_v56_c21_r5 -1
    z_g17_p18 o_v56_c23_r4 -1
    z_g17_p22 cum_g17_p22 1 cum_g17_p26 -1
    z_g17_p22 prec_g154_g17_t26 -1 prec_g166_g17_t26 -1
    z_g17_p22 prec_g175_g17_t26 -1 prec_g184_g17_t26 -1
    z_g17_p22 prec_g191_g17_t23 -1 prec_g191_g17_t25 -1
    z_g17_p22 o_v43_c25_r2 1 o_v43_c27_r2 1
    z_g17_p22 o_v44_c25_r1 1 o_v44_c27_r1 1
    z_g17_p22 o_v56_c23_r0 -1 o_v56_c23_r1 -1
    z_g17_p22 o_v56_c23_r2 -1 o_v56_c23_r3 -1
    z_g17_p22 o_v56_c23_r5 -1 o_v56_c25_r0 -1
    z_g17_p22 o_v56_c25_r1 -1 o_v56_c25_r2 -1
    z_g17_p22 o_v56_c25_r3 -1 o_v56_c25_r4 -1
    z_g17_p22 o_v56_c25_r5 -1 o_v56_c27_r4 -1
    z_g17_p26 cum_g17_p26 1 prec_g154_g17_t30 -1
    z_g17_p26 prec_g166_g17_t30 -1 prec_g175_g17_t30 -1
    z_g17_p26 prec_g184_g17_t30 -1 prec_g191_g17_t27 -1
    z_g17_p26 prec_g191_g17_t29 -1 o_v43_c29_r2 1
    z_g17_p26 o_v43_c31_r2 1 o_v44_c29_r1 1
    z_g17_p26 o_v44_c31_r1 1 o_v56_c27_r0 -1
    z_g17_p26 o_v56_c27_r1 -1 o_v56_c27_r2 -1
    z_g17_p26 o_v56_c27_r3 -1 o_v56_c27_r5 -1
    z_g17_p26 o_v56_c29_r0 -1 o_v56_c29_r1 -1
    z_g17_p26 o_v56_c29_r2 -1 o_v56_c29_r3 -1
    z_g17_p26 o_v56_c29_r4 -1 o_v56_c29_r5 -1
    z_g17_p26 o_v56_c31_r4 -1
    x_g18_p6 cum_g18_p6 -1 assign_g18 1
    x_g18_p10 cum_g18_p10 -1 assign_g18 1
    x_g18_p14 cum_g18_p14 -1 assign_g18 1
    x_g18_p18 cum_g18_p18 -1 assign_g18 1
    x_g18_p22 cum_g18_p22 -1 assign_g18 1
    x_g18_p26 cum_g18_p26 -1 assign_g18 1
    x_g18_p30 assign_g18 1
    z_g18_p6 cum_g18_p6 1 cum_g18_p10 -1
    z_g18_p6 prec_g191_g18_t7 -1 prec_g191_g18_t9 -1
    z_g18_p6 o_v43_c9_r5 1 o_v43_c11_r5 1
    z_g18_p6 o_v44_c9_r4 1 o_v44_c11_r4 1
    z_g18_p6 o_v57_c7_r0 -1 o_v57_c7_r1 -1
    z_g18_p6 o_v57_c9_r0 -1 o_v57_c9_r1 -1
    z_g18_p6 o_v57_c9_r2 -1 o_v57_c11_r1 -1
    z_g18_p10 cum_g18_p10 1 cum_g18_p14 -1
    z_g18_p10 prec_g191_g18_t11 -1 prec_g191_g18_t13 -1
    z_g18_p10 o_v43_c13_r3 1 o_v43_c15_r3 1
    z_g18_p10 o_v44_c13_r2 1 o_v44_c15_r2 1
    z_g18_p10 o_v57_c11_r0 -1 o_v57_c11_r2 -1
    z_g18_p10 o_v57_c13_r0 -1 o_v57_c13_r1 -1
    z_g18_p10 o_v57_c13_r2 -1 o_v57_c15_r1 -1
    z_g18_p14 cum_g18_p14 1 cum_g18_p18 -1
    z_g18_p14 prec_g191_g18_t15 -1 prec_g191_g18_t17 -1
    z_g18_p14 o_v43_c17_r3 1 o_v43_c19_r3 1
    z_g18_p14 o_v44_c17_r2 1 o_v44_c19_r2 1
    z_g18_p14 o_v57_c15_r0 -1 o_v57_c15_r2 -1
    z_g18_p14 o_v57_c17_r0 -1 o_v57_c17_r1 -1
    z_g18_p14 o_v57_c17_r2 -1 o_v57_c19_r1 -1
    z_g18_p18 cum_g18_p18 1 cum_g18_p22 -1
    z_g18_p18 prec_g191_g18_t19 -1 prec_g191_g18_t21 -1
    z_g18_p18 o_v43_c21_r3 1 o_v43_c23_r3 1
    z_g18_p18 o_v44_c21_r2 1 o_v44_c23_r2 1
    z_g18_p18 o_v57_c19_r0 -1 o_v57_c19_r2 -1
    z_g18_p18 o_v57_c21_r0 -1 o_v57_c21_r1 -1
    z_g18_p18 o_v57_c21_r2 -1 o_v57_c23_r1 -1
    z_g18_p22 cum_g18_p22 1 cum_g18_p26 -1
    z_g18_p22 prec_g160_g18_t26 -1 prec_g191_g18_t23 -1
    z_g18_p22 prec_g191_g18_t25 -1 o_v43_c25_r3 1
    z_g18_p22 o_v43_c27_r3 1 o_v44_c25_r2 1
    z_g18_p22 o_v44_c27_r2 1 o_v57_c23_r0 -1
    z_g18_p22 o_v57_c23_r2 -1 o_v57_c25_r0 -1
    z_g18_p22 o_v57_c25_r1 -1 o_v57_c25_r2 -1
    z_g18_p22 o_v57_c27_r1 -1
    z_g18_p26 cum_g18_p26 1 prec_g160_g18_t30 -1
    z_g18_p26 prec_g191_g18_t27 -1 prec_g191_g18_t29 -1
    z_g18_p26 o_v43_c29_r3 1 o_v43_c31_r3 1
    z_g18_p26 o_v44_c29_r2 1 o_v44_c31_r2 1
    z_g18_p26 o_v57_c27_r0 -1 o_v57_c27_r2 -1
    z_g18_p26 o_v57_c29_r0 -1 o_v57_c29_r1 -1
    z_g18_p26 o_v57_c29_r2 -1 o_v57_c31_r1 -1
    x_g19_p6 cum_g19_p6 -1 assign_g19 1
    x_g19_p10 assign_g19 1
    z_g19_p6 cum_g19_p6 1 prec_g42_g19_t10 -1
    z_g19_p6 prec_g45_g19_t10 -1 prec_g48_g19_t10 -1
    z_g19_p6 prec_g51_g19_t10 -1 prec_g191_g19_t7 -1
    z_g19_p6 prec_g191_g19_t9 -1 o_v43_c9_r6 1
    z_g19_p6 o_v43_c11_r6 1 o_v44_c9_r5 1
    z_g19_p6 o_v44_c11_r5 1 o_v58_c7_r0 -1
    z_g19_p6 o_v58_c7_r1 -1 o_v58_c7_r2 -1
    z_g19_p6 o_v58_c7_r3 -1 o_v58_c7_r4 -1
    z_g19_p6 o_v58_c7_r5 -1 o_v58_c7_r6 -1
    z_g19_p6 o_v58_c9_r0 -1 o_v58_c9_r1 -1
    z_g19_p6 o_v58_c9_r2 -1 o_v58_c9_r3 -1
    z_g19_p6 o_v58_c9_r4 -1 o_v58_c9_r5 -1
    z_g19_p6 o_v58_c9_r6 -1 o_v58_c9_r7 -1
    x_g20_p6 cum_g20_p6 -1 assign_g20 1
    x_g20_p10 assign_g20 1
    z_g20_p6 cum_g20_p6 1 prec_g42_g20_t10 -1
    z_g20_p6 prec_g45_g20_t10 -1 prec_g48_g20_t10 -1
    z_g20_p6 prec_g51_g20_t10 -1 prec_g193_g20_t10 -1
    z_g20_p6 prec_g194_g20_t10 -1 prec_g195_g20_t10 -1
    z_g20_p6 prec_g196_g20_t10 -1 o_v43_c9_r7 1
    z_g20_p6 o_v43_c11_r7 1 o_v44_c9_r6 1
    z_g20_p6 o_v44_c11_r6 1 occ_c7 1
    z_g20_p6 occ_c9 1
    x_g21_p6 cum_g21_p6 -1 assign_g21 1
    x_g21_p10 cum_g21_p10 -1 assign_g21 1
    x_g21_p14 cum_g21_p14 -1 assign_g21 1
    x_g21_p18 cum_g21_p18 -1 assign_g21 1
    x_g21_p22 cum_g21_p22 -1 assign_g21 1
    x_g21_p26 assign_g21 1
    z_g21_p6 cum_g21_p6 1 cum_g21_p10 -1
    z_g21_p6 o_v43_c9_r8 1 o_v43_c11_r8 1
    z_g21_p6 o_v44_c9_r7 1 o_v44_c11_r7 1
    z_g21_p6 occ_c7 1 occ_c9 1
    z_g21_p10 cum_g21_p10 1 cum_g21_p14 -1
    z_g21_p10 o_v43_c13_r4 1 o_v43_c15_r4 1
    z_g21_p10 o_v44_c13_r3 1 o_v44_c15_r3 1
    z_g21_p10 occ_c11 1 occ_c13 1
    z_g21_p14 cum_g21_p14 1 cum_g21_p18 -1
    z_g21_p14 prec_g138_g21_t18 -1 o_v43_c17_r4 1
    z_g21_p14 o_v43_c19_r4 1 o_v44_c17_r3 1
    z_g21_p14 o_v44_c19_r3 1 occ_c15 1
    z_g21_p14 occ_c17 1
    z_g21_p18 cum_g21_p18 1 cum_g21_p22 -1
    z_g21_p18 prec_g138_g21_t22 -1 o_v43_c21_r4 1
    z_g21_p18 o_v43_c23_r4 1 o_v44_c21_r3 1
    z_g21_p18 o_v44_c23_r3 1 occ_c19 1
    z_g21_p18 occ_c21 1
    z_g21_p22 cum_g21_p22 1 prec_g138_g21_t26 -1
    z_g21_p22 o_v43_c25_r4 1 o_v43_c27_r4 1
    z_g21_p22 o_v44_c25_r3 1 o_v44_c27_r3 1
    z_g21_p22 occ_c23 1 occ_c25 1
    x_g22_p6 cum_g22_p6 -1 assign_g22 1
    x_g22_p10 cum_g22_p10 -1 assign_g22 1
    x_g22_p14 cum_g22_p14 -1 assign_g22 1
    x_g22_p18 cum_g22_p18 -1 assign_g22 1
    x_g22_p22 cum_g22_p22 -1 assign_g22 1
    x_g22_p26 assign_g22 1
    z_g22_p6 cum_g22_p6 1 cum_g22_p10 -1
    z_g22_p6 o_v43_c9_r9 1 o_v43_c11_r9 1
    z_g22_p6 o_v44_c9_r8 1 o_v44_c11_r8 1
    z_g22_p6 occ_c7 1 occ_c9 1
    z_g22_p10 cum_g22_p10 1 cum_g22_p14 -1
    z_g22_p10 o_v43_c13_r5 1 o_v43_c15_r5 1
    z_g22_p10 o_v44_c13_r4 1 o_v44_c15_r4 1
    z_g22_p10 occ_c11 1 occ_c13 1
    z_g22_p14 cum_g22_p14 1 cum_g22_p18 -1
    z_g22_p14 prec_g139_g22_t18 -1 o_v43_c17_r5 1
    z_g22_p14 o_v43_c19_r5 1 o_v44_c17_r4 1
    z_g22_p14 o_v44_c19_r4 1 occ_c15 1
    z_g22_p14 occ_c17 1
    z_g22_p18 cum_g22_p18 1 cum_g22_p22 -1
    z_g22_p18 prec_g139_g22_t22 -1 o_v43_c21_r5 1
    z_g22_p18 o_v43_c23_r5 1 o_v44_c21_r4 1
    z_g22_p18 o_v44_c23_r4 1 occ_c19 1
    z_g22_p18 occ_c21 1
    z_g22_p22 cum_g22_p22 1 prec_g139_g22_t26 -1
    z_g22_p22 o_v43_c25_r5 1 o_v43_c27_r5 1
    z_g22_p22 o_v44_c25_r4 1 o_v44_c27_r4 1
    z_g22_p22 occ_c23 1 occ_c25 1
    x_g23_p6 cum_g23_p6 -1 assign_g23 1
    x_g23_p10 cum_g23_p10 -1 assign_g23 1
    x_g23_p14 cum_g23_p14 -1 assign_g23 1
    x_g23_p18 cum_g23_p18 -1 assign_g23 1
    x_g23_p22 cum_g23_p22 -1 assign_g23 1
    x_g23_p26 assign_g23 1
    z_g23_p6 cum_g23_p6 1 cum_g23_p10 -1
    z_g23_p6 o_v43_c9_r10 1 o_v43_c11_r10 1
    z_g23_p6 o_v44_c9_r9 1 o_v44_c11_r9 1
    z_g23_p6 occ_c7 1 occ_c9 1
    z_g23_p10 cum_g23_p10 1 cum_g23_p14 -1
    z_g23_p10 o_v43_c13_r6 1 o_v43_c15_r6 1
    z_g23_p10 o_v44_c13_r5 1 o_v44_c15_r5 1
    z_g23_p10 occ_c11 1 occ_c13 1
    z_g23_p14 cum_g23_p14 1 cum_g23_p18 -1
    z_g23_p14 o_v43_c17_r6 1 o_v43_c19_r6 1
    z_g23_p14 o_v44_c17_r5 1 o_v44_c19_r5 1
    z_g23_p14 occ_c15 1 occ_c17 1
    z_g23_p18 cum_g23_p18 1 cum_g23_p22 -1
    z_g23_p18 o_v43_c21_r6 1 o_v43_c23_r6 1
    z_g23_p18 o_v44_c21_r5 1 o_v44_c23_r5 1
    z_g23_p18 occ_c19 1 occ_c21 1
    z_g23_p22 cum_g23_p22 1 prec_g140_g23_t26 -1
    z_g23_p22 o_v43_c25_r6 1 o_v43_c27_r6 1
    z_g23_p22 o_v44_c25_r5 1 o_v44_c27_r5 1
    z_g23_p22 occ_c23 1 occ_c25 1
    x_g24_p6 cum_g24_p6 -1 assign_g24 1
    x_g24_p10 cum_g24_p10 -1 assign_g24 1
    x_g24_p14 cum_g24_p14 -1 assign_g24 1
    x_g24_p18 cum_g24_p18 -1 assign_g24 1
    x_g24_p22 cum_g24_p22 -1 assign_g24 1
    x_g24_p26 assign_g24 1
    z_g24_p6 cum_g24_p6 1 cum_g24_p10 -1
    z_g24_p6 o_v43_c9_r11 1 o_v43_c11_r11 1
    z_g24_p6 o_v44_c9_r10 1 o_v44_c11_r10 1
    z_g24_p6 occ_c7 1 occ_c9 1
    z_g24_p10 cum_g24_p10 1 cum_g24_p14 -1
    z_g24_p10 o_v43_c13_r7 1 o_v43_c15_r7 1
    z_g24_p10 o_v44_c13_r6 1 o_v44_c15_r6 1
    z_g24_p10 occ_c11 1 occ_c13 1
    z_g24_p14 cum_g24_p14 1 cum_g24_p18 -1
    z_g24_p14 o_v43_c17_r7 1 o_v43_c19_r7 1
    z_g24_p14 o_v44_c17_r6 1 o_v44_c19_r6 1
    z_g24_p14 occ_c15 1 occ_c17 1
    z_g24_p18 cum_g24_p18 1 cum_g24_p22 -1
    z_g24_p18 o_v43_c21_r7 1 o_v43_c23_r7 1
    z_g24_p18 o_v44_c21_r6 1 o_v44_c23_r6 1
    z_g24_p18 occ_c19 1 occ_c21 1
    z_g24_p22 cum_g24_p22 1 prec_g141_g24_t26 -1
    z_g24_p22 o_v43_c25_r7 1 o_v43_c27_r7 1
    z_g24_p22 o_v44_c25_r6 1 o_v44_c27_r6 1
    z_g24_p22 occ_c23 1 occ_c25 1
    x_g25_p6 cum_g25_p6 -1 assign_g25 1
    x_g25_p10 cum_g25_p10 -1 assign_g25 1
    x_g25_p14 cum_g25_p14 -1 assign_g25 1
    x_g25_p18 cum_g25_p18 -1 assign_g25 1
    x_g25_p22 cum_g25_p22 -1 assign_g25 1
    x_g25_p26 cum_g25_p26 -1 assign_g25 1
    x_g25_p30 assign_g25 1
    z_g25_p6 cum_g25_p6 1 cum_g25_p10 -1
    z_g25_p6 o_v43_c9_r12 1 o_v43_c11_r12 1
    z_g25_p6 o_v44_c9_r11 1 o_v44_c11_r11 1
    z_g25_p6 occ_c7 1 occ_c9 1
    z_g25_p10 cum_g25_p10 1 cum_g25_p14 -1
    z_g25_p10 o_v43_c13_r8 1 o_v43_c15_r8 1
    z_g25_p10 o_v44_c13_r7 1 o_v44_c15_r7 1
    z_g25_p10 occ_c11 1 occ_c13 1
    z_g25_p14 cum_g25_p14 1 cum_g25_p18 -1
    z_g25_p14 o_v43_c17_r8 1 o_v43_c19_r8 1
    z_g25_p14 o_v44_c17_r7 1 o_v44_c19_r7 1
    z_g25_p14 occ_c15 1 occ_c17 1
    z_g25_p18 cum_g25_p18 1 cum_g25_p22 -1
    z_g25_p18 o_v43_c21_r8 1 o_v43_c23_r8 1
    z_g25_p18 o_v44_c21_r7 1 o_v44_c23_r7 1
    z_g25_p18 occ_c19 1 occ_c21 1
    z_g25_p22 cum_g25_p22 1 cum_g25_p26 -1
    z_g25_p22 o_v43_c25_r8 1 o_v43_c27_r8 1
    z_g25_p22 o_v44_c25_r7 1 o_v44_c27_r7 1
    z_g25_p22 occ_c23 1 occ_c25 1
    z_g25_p26 cum_g25_p26 1 o_v43_c29_r4 1
    z_g25_p26 o_v43_c31_r4 1 o_v44_c29_r3 1
    z_g25_p26 o_v44_c31_r3 1 o_v64_c31_r0 -1
    z_g25_p26 occ_c27 1 occ_c29 1
    x_g26_p6 cum_g26_p6 -1 assign_g26 1
    x_g26_p10 cum_g26_p10 -1 assign_g26 1
    x_g26_p14 cum_g26_p14 -1 assign_g26 1
    x_g26_p18 cum_g26_p18 -1 assign_g26 1
    x_g26_p22 cum_g26_p22 -1 assign_g26 1
    x_g26_p26 cum_g26_p26 -1 assign_g26 1
    x_g26_p30 assign_g26 1
    z_g26_p6 cum_g26_p6 1 cum_g26_p10 -1
    z_g26_p6 prec_g161_g26_t10 -1 prec_g191_g26_t7 -1
    z_g26_p6 prec_g191_g26_t9 -1 o_v43_c9_r13 1
    z_g26_p6 o_v43_c11_r13 1 o_v65_c7_r0 -1
    z_g26_p6 o_v65_c7_r1 -1 o_v65_c7_r2 -1
    z_g26_p6 o_v65_c9_r0 -1 o_v65_c9_r1 -1
    z_g26_p6 o_v65_c9_r2 -1 o_v65_c9_r3 -1
    z_g26_p6 o_v65_c11_r2 -1
    z_g26_p10 cum_g26_p10 1 cum_g26_p14 -1
    z_g26_p10 prec_g161_g26_t14 -1 prec_g191_g26_t11 -1
    z_g26_p10 prec_g191_g26_t13 -1 o_v43_c13_r9 1
    z_g26_p10 o_v43_c15_r9 1 o_v65_c11_r0 -1
    z_g26_p10 o_v65_c11_r1 -1 o_v65_c11_r3 -1
    z_g26_p10 o_v65_c13_r0 -1 o_v65_c13_r1 -1
    z_g26_p10 o_v65_c13_r2 -1 o_v65_c13_r3 -1
    z_g26_p10 o_v65_c15_r2 -1
    z_g26_p14 cum_g26_p14 1 cum_g26_p18 -1
    z_g26_p14 prec_g161_g26_t18 -1 prec_g191_g26_t15 -1
    z_g26_p14 prec_g191_g26_t17 -1 o_v43_c17_r9 1
    z_g26_p14 o_v43_c19_r9 1 o_v65_c15_r0 -1
    z_g26_p14 o_v65_c15_r1 -1 o_v65_c15_r3 -1
    z_g26_p14 o_v65_c17_r0 -1 o_v65_c17_r1 -1
    z_g26_p14 o_v65_c17_r2 -1 o_v65_c17_r3 -1
    z_g26_p14 o_v65_c19_r2 -1
    z_g26_p18 cum_g26_p18 1 cum_g26_p22 -1
    z_g26_p18 prec_g161_g26_t22 -1 prec_g191_g26_t19 -1
    z_g26_p18 prec_g191_g26_t21 -1 o_v43_c21_r9 1
    z_g26_p18 o_v43_c23_r9 1 o_v65_c19_r0 -1
    z_g26_p18 o_v65_c19_r1 -1 o_v65_c19_r3 -1
    z_g26_p18 o_v65_c21_r0 -1 o_v65_c21_r1 -1
    z_g26_p18 o_v65_c21_r2 -1 o_v65_c21_r3 -1
    z_g26_p18 o_v65_c23_r2 -1
    z_g26_p22 cum_g26_p22 1 cum_g26_p26 -1
    z_g26_p22 prec_g161_g26_t26 -1 prec_g191_g26_t23 -1
    z_g26_p22 prec_g191_g26_t25 -1 o_v43_c25_r9 1
    z_g26_p22 o_v43_c27_r9 1 o_v65_c23_r0 -1
    z_g26_p22 o_v65_c23_r1 -1 o_v65_c23_r3 -1
    z_g26_p22 o_v65_c25_r0 -1 o_v65_c25_r1 -1
    z_g26_p22 o_v65_c25_r2 -1 o_v65_c25_r3 -1
    z_g26_p22 o_v65_c27_r2 -1
    z_g26_p26 cum_g26_p26 1 prec_g161_g26_t30 -1
    z_g26_p26 prec_g191_g26_t27 -1 prec_g191_g26_t29 -1
    z_g26_p26 o_v43_c29_r5 1 o_v43_c31_r5 1
    z_g26_p26 o_v65_c27_r0 -1 o_v65_c27_r1 -1
    z_g26_p26 o_v65_c27_r3 -1 o_v65_c29_r0 -1
    z_g26_p26 o_v65_c29_r1 -1 o_v65_c29_r2 -1
    z_g26_p26 o_v65_c29_r3 -1 o_v65_c31_r0 -1
    z_g26_p26 o_v65_c31_r3 -1
    x_g27_p6 cum_g27_p6 -1 assign_g27 1
    x_g27_p10 cum_g27_p10 -1 assign_g27 1
    x_g27_p14 cum_g27_p14 -1 assign_g27 1
    x_g27_p18 cum_g27_p18 -1 assign_g27 1
    x_g27_p22 cum_g27_p22 -1 assign_g27 1
    x_g27_p26 cum_g27_p26 -1 assign_g27 1
    x_g27_p30 assign_g27 1
    z_g27_p6 cum_g27_p6 1 cum_g27_p10 -1
    z_g27_p6 prec_g146_g27_t10 -1 o_v43_c9_r14 1
    z_g27_p6 o_v43_c11_r14 1 o_v44_c9_r12 1
    z_g27_p6 o_v44_c11_r12 1 occ_c7 1
    z_g27_p6 occ_c9 1
    z_g27_p10 cum_g27_p10 1 cum_g27_p14 -1
    z_g27_p10 prec_g146_g27_t14 -1 o_v43_c13_r10 1
    z_g27_p10 o_v43_c15_r10 1 o_v44_c13_r8 1
    z_g27_p10 o_v44_c15_r8 1 occ_c11 1
    z_g27_p10 occ_c13 1
    z_g27_p14 cum_g27_p14 1 cum_g27_p18 -1
    z_g27_p14 prec_g146_g27_t18 -1 o_v43_c17_r10 1
    z_g27_p14 o_v43_c19_r10 1 o_v44_c17_r8 1
    z_g27_p14 o_v44_c19_r8 1 occ_c15 1
    z_g27_p14 occ_c17 1
    z_g27_p18 cum_g27_p18 1 cum_g27_p22 -1
    z_g27_p18 prec_g146_g27_t22 -1 o_v43_c21_r10 1
    z_g27_p18 o_v43_c23_r10 1 o_v44_c21_r8 1
    z_g27_p18 o_v44_c23_r8 1 occ_c19 1
    z_g27_p18 occ_c21 1
    z_g27_p22 cum_g27_p22 1 cum_g27_p26 -1
    z_g27_p22 prec_g146_g27_t26 -1 o_v43_c25_r10 1
    z_g27_p22 o_v43_c27_r10 1 o_v44_c25_r8 1
    z_g27_p22 o_v44_c27_r8 1 occ_c23 1
    z_g27_p22 occ_c25 1
    z_g27_p26 cum_g27_p26 1 prec_g146_g27_t30 -1
    z_g27_p26 o_v43_c29_r6 1 o_v43_c31_r6 1
    z_g27_p26 o_v44_c29_r4 1 o_v44_c31_r4 1
    z_g27_p26 occ_c27 1 occ_c29 1
    x_g28_p6 cum_g28_p6 -1 assign_g28 1
    x_g28_p10 cum_g28_p10 -1 assign_g28 1
    x_g28_p14 cum_g28_p14 -1 assign_g28 1
    x_g28_p18 cum_g28_p18 -1 assign_g28 1
    x_g28_p22 cum_g28_p22 -1 assign_g28 1
    x_g28_p26 cum_g28_p26 -1 assign_g28 1
    x_g28_p30 assign_g28 1
    z_g28_p6 cum_g28_p6 1 cum_g28_p10 -1
    z_g28_p6 prec_g197_g28_t10 -1 prec_g198_g28_t10 -1
    z_g28_p6 prec_g199_g28_t10 -1 prec_g200_g28_t10 -1
    z_g28_p6 o_v43_c9_r15 1 o_v43_c11_r15 1
    z_g28_p6 o_v44_c9_r13 1 o_v44_c11_r13 1
    z_g28_p6 occ_c7 1 occ_c9 1
    z_g28_p10 cum_g28_p10 1 cum_g28_p14 -1
    z_g28_p10 prec_g197_g28_t14 -1 prec_g198_g28_t14 -1
    z_g28_p10 prec_g199_g28_t14 -1 prec_g200_g28_t14 -1
    z_g28_p10 o_v43_c13_r11 1 o_v43_c15_r11 1
    z_g28_p10 o_v44_c13_r9 1 o_v44_c15_r9 1
    z_g28_p10 occ_c11 1 occ_c13 1
    z_g28_p14 cum_g28_p14 1 cum_g28_p18 -1
    z_g28_p14 prec_g197_g28_t18 -1 prec_g198_g28_t18 -1
    z_g28_p14 prec_g199_g28_t18 -1 prec_g200_g28_t18 -1
    z_g28_p14 o_v43_c17_r11 1 o_v43_c19_r11 1
    z_g28_p14 o_v44_c17_r9 1 o_v44_c19_r9 1
    z_g28_p14 occ_c15 1 occ_c17 1
    z_g28_p18 cum_g28_p18 1 cum_g28_p22 -1
    z_g28_p18 prec_g197_g28_t22 -1 prec_g198_g28_t22 -1
    z_g28_p18 prec_g199_g28_t22 -1 prec_g200_g28_t22 -1
    z_g28_p18 o_v43_c21_r11 1 o_v43_c23_r11 1
    z_g28_p18 o_v44_c21_r9 1 o_v44_c23_r9 1
    z_g28_p18 occ_c19 1 occ_c21 1
    z_g28_p22 cum_g28_p22 1 cum_g28_p26 -1
    z_g28_p22 prec_g197_g28_t26 -1 prec_g198_g28_t26 -1
    z_g28_p22 prec_g199_g28_t26 -1 prec_g200_g28_t26 -1
    z_g28_p22 o_v43_c25_r11 1 o_v43_c27_r11 1
    z_g28_p22 o_v44_c25_r9 1 o_v44_c27_r9 1
    z_g28_p22 occ_c23 1 occ_c25 1
    z_g28_p26 cum_g28_p26 1 prec_g197_g28_t30 -1
    z_g28_p26 prec_g198_g28_t30 -1 prec_g199_g28_t30 -1
    z_g28_p26 prec_g200_g28_t30 -1 o_v43_c29_r7 1
    z_g28_p26 o_v43_c31_r7 1 o_v44_c29_r5 1
    z_g28_p26 o_v44_c31_r5 1 occ_c27 1
    z_g28_p26 occ_c29 1
    x_g29_p6 cum_g29_p6 -1 assign_g29 1
    x_g29_p10 cum_g29_p10 -1 assign_g29 1
    x_g29_p14 cum_g29_p14 -1 assign_g29 1
    x_g29_p18 cum_g29_p18 -1 assign_g29 1
    x_g29_p22 cum_g29_p22 -1 assign_g29 1
    x_g29_p26 cum_g29_p26 -1 assign_g29 1
    x_g29_p30 assign_g29 1
    z_g29_p6 cum_g29_p6 1 cum_g29_p10 -1
    z_g29_p6 prec_g191_g29_t7 -1 prec_g191_g29_t9 -1
    z_g29_p6 o_v43_c9_r16 1 o_v43_c11_r16 1
    z_g29_p6 o_v44_c9_r14 1 o_v44_c11_r14 1
    z_g29_p6 o_v68_c7_r0 -1 o_v68_c7_r1 -1
    z_g29_p6 o_v68_c7_r2 -1 o_v68_c7_r3 -1
    z_g29_p6 o_v68_c7_r4 -1 o_v68_c9_r0 -1
    z_g29_p6 o_v68_c9_r1 -1 o_v68_c9_r2 -1
    z_g29_p6 o_v68_c9_r3 -1 o_v68_c9_r4 -1
    z_g29_p6 o_v68_c9_r5 -1 o_v68_c11_r4 -1
    z_g29_p10 cum_g29_p10 1 cum_g29_p14 -1
    z_g29_p10 prec_g191_g29_t11 -1 prec_g191_g29_t13 -1
    z_g29_p10 o_v43_c13_r12 1 o_v43_c15_r12 1
    z_g29_p10 o_v44_c13_r10 1 o_v44_c15_r10 1
    z_g29_p10 o_v68_c11_r0 -1 o_v68_c11_r1 -1
    z_g29_p10 o_v68_c11_r2 -1 o_v68_c11_r3 -1
    z_g29_p10 o_v68_c11_r5 -1 o_v68_c13_r0 -1
    z_g29_p10 o_v68_c13_r1 -1 o_v68_c13_r2 -1
    z_g29_p10 o_v68_c13_r3 -1 o_v68_c13_r4 -1
    z_g29_p10 o_v68_c13_r5 -1 o_v68_c15_r4 -1
    z_g29_p14 cum_g29_p14 1 cum_g29_p18 -1
    z_g29_p14 prec_g191_g29_t15 -1 prec_g191_g29_t17 -1
    z_g29_p14 o_v43_c17_r12 1 o_v43_c19_r12 1
    z_g29_p14 o_v44_c17_r10 1 o_v44_c19_r10 1
    z_g29_p14 o_v68_c15_r0 -1 o_v68_c15_r1 -1
    z_g29_p14 o_v68_c15_r2 -1 o_v68_c15_r3 -1
    z_g29_p14 o_v68_c15_r5 -1 o_v68_c17_r0 -1
    z_g29_p14 o_v68_c17_r1 -1 o_v68_c17_r2 -1
    z_g29_p14 o_v68_c17_r3 -1 o_v68_c17_r4 -1
    z_g29_p14 o_v68_c17_r5 -1 o_v68_c19_r4 -1
    z_g29_p18 cum_g29_p18 1 cum_g29_p22 -1
    z_g29_p18 prec_g191_g29_t19 -1 prec_g191_g29_t21 -1
    z_g29_p18 o_v43_c21_r12 1 o_v43_c23_r12 1
    z_g29_p18 o_v44_c21_r10 1 o_v44_c23_r10 1
    z_g29_p18 o_v68_c19_r0 -1 o_v68_c19_r1 -1
    z_g29_p18 o_v68_c19_r2 -1 o_v68_c19_r3 -1
    z_g29_p18 o_v68_c19_r5 -1 o_v68_c21_r0 -1
    z_g29_p18 o_v68_c21_r1 -1 o_v68_c21_r2 -1
    z_g29_p18 o_v68_c21_r3 -1 o_v68_c21_r4 -1
    z_g29_p18 o_v68_c21_r5 -1 o_v68_c23_r4 -1
    z_g29_p22 cum_g29_p22 1 cum_g29_p26 -1
    z_g29_p22 prec_g191_g29_t23 -1 prec_g191_g29_t25 -1
    z_g29_p22 o_v43_c25_r12 1 o_v43_c27_r12 1
    z_g29_p22 o_v44_c25_r10 1 o_v44_c27_r10 1
    z_g29_p22 o_v68_c23_r0 -1 o_v68_c23_r1 -1
    z_g29_p22 o_v68_c23_r2 -1 o_v68_c23_r3 -1
    z_g29_p22 o_v68_c23_r5 -1 o_v68_c25_r0 -1
    z_g29_p22 o_v68_c25_r1 -1 o_v68_c25_r2 -1
    z_g29_p22 o_v68_c25_r3 -1 o_v68_c25_r4 -1
    z_g29_p22 o_v68_c25_r5 -1 o_v68_c27_r4 -1
    z_g29_p26 cum_g29_p26 1 prec_g156_g29_t30 -1
    z_g29_p26 prec_g168_g29_t30 -1 prec_g177_g29_t30 -1
    z_g29_p26 prec_g186_g29_t30 -1 prec_g191_g29_t27 -1
    z_g29_p26 prec_g191_g29_t29 -1 o_v43_c29_r8 1
    z_g29_p26 o_v43_c31_r8 1 o_v44_c29_r6 1
    z_g29_p26 o_v44_c31_r6 1 o_v68_c27_r0 -1
    z_g29_p26 o_v68_c27_r1 -1 o_v68_c27_r2 -1
    z_g29_p26 o_v68_c27_r3 -1 o_v68_c27_r5 -1
    z_g29_p26 o_v68_c29_r0 -1 o_v68_c29_r1 -1
    z_g29_p26 o_v68_c29_r2 -1 o_v68_c29_r3 -1
    z_g29_p26 o_v68_c29_r4 -1 o_v68_c29_r5 -1
    x_g30_p6 cum_g30_p6 -1 assign_g30 1
    x_g30_p10 cum_g30_p10 -1 assign_g30 1
    x_g30_p14 cum_g30_p14 -1 assign_g30 1
    x_g30_p18 cum_g30_p18 -1 assign_g30 1
    x_g30_p22 cum_g30_p22 -1 assign_g30 1
    x_g30_p26 cum_g30_p26 -1 assign_g30 1
    x_g30_p30 assign_g30 1
    z_g30_p6 cum_g30_p6 1 cum_g30_p10 -1
    z_g30_p6 prec_g191_g30_t7 -1 prec_g191_g30_t9 -1
    z_g30_p6 o_v43_c9_r17 1 o_v43_c11_r17 1
    z_g30_p6 o_v44_c9_r15 1 o_v44_c11_r15 1
    z_g30_p6 o_v69_c7_r0 -1 o_v69_c7_r1 -1
    z_g30_p6 o_v69_c7_r2 -1 o_v69_c7_r3 -1
    z_g30_p6 o_v69_c7_r4 -1 o_v69_c9_r0 -1
    z_g30_p6 o_v69_c9_r1 -1 o_v69_c9_r2 -1
    z_g30_p6 o_v69_c9_r3 -1 o_v69_c9_r4 -1
    z_g30_p6 o_v69_c9_r5 -1 o_v69_c11_r4 -1
    z_g30_p10 cum_g30_p10 1 cum_g30_p14 -1
    z_g30_p10 prec_g191_g30_t11 -1 prec_g191_g30_t13 -1
    z_g30_p10 o_v43_c13_r13 1 o_v43_c15_r13 1
    z_g30_p10 o_v44_c13_r11 1 o_v44_c15_r11 1
    z_g30_p10 o_v69_c11_r0 -1 o_v69_c11_r1 -1
    z_g30_p10 o_v69_c11_r2 -1 o_v69_c11_r3 -1
    z_g30_p10 o_v69_c11_r5 -1 o_v69_c13_r0 -1
    z_g30_p10 o_v69_c13_r1 -1 o_v69_c13_r2 -1
    z_g30_p10 o_v69_c13_r3 -1 o_v69_c13_r4 -1
    z_g30_p10 o_v69_c13_r5 -1 o_v69_c15_r4 -1
    z_g30_p14 cum_g30_p14 1 cum_g30_p18 -1
    z_g30_p14 prec_g191_g30_t15 -1 prec_g191_g30_t17 -1
    z_g30_p14 o_v43_c17_r13 1 o_v43_c19_r13 1
    z_g30_p14 o_v44_c17_r11 1 o_v44_c19_r11 1
    z_g30_p14 o_v69_c15_r0 -1 o_v69_c15_r1 -1
    z_g30_p14 o_v69_c15_r2 -1 o_v69_c15_r3 -1
    z_g30_p14 o_v69_c15_r5 -1 o_v69_c17_r0 -1
    z_g30_p14 o_v69_c17_r1 -1 o_v69_c17_r2 -1
    z_g30_p14 o_v69_c17_r3 -1 o_v69_c17_r4 -1
    z_g30_p14 o_v69_c17_r5 -1 o_v69_c19_r4 -1
    z_g30_p18 cum_g30_p18 1 cum_g30_p22 -1
    z_g30_p18 prec_g191_g30_t19 -1 prec_g191_g30_t21 -1
    z_g30_p18 o_v43_c21_r13 1 o_v43_c23_r13 1
    z_g30_p18 o_v44_c21_r11 1 o_v44_c23_r11 1
    z_g30_p18 o_v69_c19_r0 -1 o_v69_c19_r1 -1
    z_g30_p18 o_v69_c19_r2 -1 o_v69_c19_r3 -1
    z_g30_p18 o_v69_c19_r5 -1 o_v69_c21_r0 -1
    z_g30_p18 o_v69_c21_r1 -1 o_v69_c21_r2 -1
    z_g30_p18 o_v69_c21_r3 -1 o_v69_c21_r4 -1
    z_g30_p18 o_v69_c21_r5 -1 o_v69_c23_r4 -1
    z_g30_p22 cum_g30_p22 1 cum_g30_p26 -1
    z_g30_p22 prec_g191_g30_t23 -1 prec_g191_g30_t25 -1
    z_g30_p22 o_v43_c25_r13 1 o_v43_c27_r13 1
    z_g30_p22 o_v44_c25_r11 1 o_v44_c27_r11 1
    z_g30_p22 o_v69_c23_r0 -1 o_v69_c23_r1 -1
    z_g30_p22 o_v69_c23_r2 -1 o_v69_c23_r3 -1
    z_g30_p22 o_v69_c23_r5 -1 o_v69_c25_r0 -1
    z_g30_p22 o_v69_c25_r1 -1 o_v69_c25_r2 -1
    z_g30_p22 o_v69_c25_r3 -1 o_v69_c25_r4 -1
    z_g30_p22 o_v69_c25_r5 -1 o_v69_c27_r4 -1
    z_g30_p26 cum_g30_p26 1 prec_g157_g30_t30 -1
    z_g30_p26 prec_g169_g30_t30 -1 prec_g178_g30_t30 -1
    z_g30_p26 prec_g187_g30_t30 -1 prec_g191_g30_t27 -1
    z_g30_p26 prec_g191_g30_t29 -1 o_v43_c29_r9 1
    z_g30_p26 o_v43_c31_r9 1 o_v44_c29_r7 1
    z_g30_p26 o_v44_c31_r7 1 o_v69_c27_r0 -1
    z_g30_p26 o_v69_c27_r1 -1 o_v69_c27_r2 -1
    z_g30_p26 o_v69_c27_r3 -1 o_v69_c27_r5 -1
    z_g30_p26 o_v69_c29_r0 -1 o_v69_c29_r1 -1
    z_g30_p26 o_v69_c29_r2 -1 o_v69_c29_r3 -1
    z_g30_p26 o_v69_c29_r4 -1 o_v69_c29_r5 -1
    x_g31_p6 cum_g31_p6 -1 assign_g31 1
    x_g31_p10 cum_g31_p10 -1 assign_g31 1
    x_g31_p14 cum_g31_p14 -1 assign_g31 1
    x_g31_p18 cum_g31_p18 -1 assign_g31 1
    x_g31_p22 cum_g31_p22 -1 assign_g31 1
    x_g31_p26 cum_g31_p26 -1 assign_g31 1
    x_g31_p30 assign_g31 1
    z_g31_p6 cum_g31_p6 1 cum_g31_p10 -1
    z_g31_p6 prec_g191_g31_t7 -1 prec_g191_g31_t9 -1
    z_g31_p6 o_v43_c9_r18 1 o_v43_c11_r18 1
    z_g31_p6 o_v44_c9_r16 1 o_v44_c11_r16 1
    z_g31_p6 o_v70_c7_r0 -1 o_v70_c7_r1 -1
    z_g31_p6 o_v70_c9_r0 -1 o_v70_c9_r1 -1
    z_g31_p6 o_v70_c9_r2 -1 o_v70_c11_r1 -1
    z_g31_p10 cum_g31_p10 1 cum_g31_p14 -1
    z_g31_p10 prec_g191_g31_t11 -1 prec_g191_g31_t13 -1
    z_g31_p10 o_v43_c13_r14 1 o_v43_c15_r14 1
    z_g31_p10 o_v44_c13_r12 1 o_v44_c15_r12 1
    z_g31_p10 o_v70_c11_r0 -1 o_v70_c11_r2 -1
    z_g31_p10 o_v70_c13_r0 -1 o_v70_c13_r1 -1
    z_g31_p10 o_v70_c13_r2 -1 o_v70_c15_r1 -1
    z_g31_p14 cum_g31_p14 1 cum_g31_p18 -1
    z_g31_p14 prec_g191_g31_t15 -1 prec_g191_g31_t17 -1
    z_g31_p14 o_v43_c17_r14 1 o_v43_c19_r14 1
    z_g31_p14 o_v44_c17_r12 1 o_v44_c19_r12 1
    z_g31_p14 o_v70_c15_r0 -1 o_v70_c15_r2 -1
    z_g31_p14 o_v70_c17_r0 -1 o_v70_c17_r1 -1
    z_g31_p14 o_v70_c17_r2 -1 o_v70_c19_r1 -1
    z_g31_p18 cum_g31_p18 1 cum_g31_p22 -1
    z_g31_p18 prec_g191_g31_t19 -1 prec_g191_g31_t21 -1
    z_g31_p18 o_v43_c21_r14 1 o_v43_c23_r14 1
    z_g31_p18 o_v44_c21_r12 1 o_v44_c23_r12 1
    z_g31_p18 o_v70_c19_r0 -1 o_v70_c19_r2 -1
    z_g31_p18 o_v70_c21_r0 -1 o_v70_c21_r1 -1
    z_g31_p18 o_v70_c21_r2 -1 o_v70_c23_r1 -1
    z_g31_p22 cum_g31_p22 1 cum_g31_p26 -1
    z_g31_p22 prec_g191_g31_t23 -1 prec_g191_g31_t25 -1
    z_g31_p22 o_v43_c25_r14 1 o_v43_c27_r14 1
    z_g31_p22 o_v44_c25_r12 1 o_v44_c27_r12 1
    z_g31_p22 o_v70_c23_r0 -1 o_v70_c23_r2 -1
    z_g31_p22 o_v70_c25_r0 -1 o_v70_c25_r1 -1
    z_g31_p22 o_v70_c25_r2 -1 o_v70_c27_r1 -1
    z_g31_p26 cum_g31_p26 1 prec_g162_g31_t30 -1
    z_g31_p26 prec_g191_g31_t27 -1 prec_g191_g31_t29 -1
    z_g31_p26 o_v43_c29_r10 1 o_v43_c31_r10 1
    z_g31_p26 o_v44_c29_r8 1 o_v44_c31_r8 1
    z_g31_p26 o_v70_c27_r0 -1 o_v70_c27_r2 -1
    z_g31_p26 o_v70_c29_r0 -1 o_v70_c29_r1 -1
    z_g31_p26 o_v70_c29_r2 -1
    x_g32_p6 cum_g32_p6 -1 assign_g32 1
    x_g32_p10 cum_g32_p10 -1 assign_g32 1
    x_g32_p14 cum_g32_p14 -1 assign_g32 1
    x_g32_p18 cum_g32_p18 -1 assign_g32 1
    x_g32_p22 cum_g32_p22 -1 assign_g32 1
    x_g32_p26 assign_g32 1
    z_g32_p6 cum_g32_p6 1 cum_g32_p10 -1
    z_g32_p6 o_v44_c9_r17 1 o_v44_c11_r17 1
    z_g32_p6 occ_c7 1 occ_c9 1
    z_g32_p10 cum_g32_p10 1 cum_g32_p14 -1
    z_g32_p10 o_v44_c13_r13 1 o_v44_c15_r13 1
    z_g32_p10 occ_c11 1 occ_c13 1
    z_g32_p14 cum_g32_p14 1 cum_g32_p18 -1
    z_g32_p14 o_v44_c17_r13 1 o_v44_c19_r13 1
    z_g32_p14 occ_c15 1 occ_c17 1
    z_g32_p18 cum_g32_p18 1 cum_g32_p22 -1
    z_g32_p18 o_v44_c21_r13 1 o_v44_c23_r13 1
    z_g32_p18 occ_c19 1 occ_c21 1
    z_g32_p22 cum_g32_p22 1 o_v44_c25_r13 1
    z_g32_p22 o_v44_c27_r13 1 occ_c23 1
    z_g32_p22 occ_c25 1
    x_g33_p6 cum_g33_p6 -1 assign_g33 1
    x_g33_p10 cum_g33_p10 -1 assign_g33 1
    x_g33_p14 cum_g33_p14 -1 assign_g33 1
    x_g33_p18 cum_g33_p18 -1 assign_g33 1
    x_g33_p22 cum_g33_p22 -1 assign_g33 1
    x_g33_p26 assign_g33 1
    z_g33_p6 cum_g33_p6 1 cum_g33_p10 -1
    z_g33_p6 o_v43_c9_r19 1 o_v43_c11_r19 1
    z_g33_p6 o_v44_c9_r18 1 o_v44_c11_r18 1
    z_g33_p6 occ_c7 1 occ_c9 1
    z_g33_p10 cum_g33_p10 1 cum_g33_p14 -1
    z_g33_p10 o_v43_c13_r15 1 o_v43_c15_r15 1
    z_g33_p10 o_v44_c13_r14 1 o_v44_c15_r14 1
    z_g33_p10 occ_c11 1 occ_c13 1
    z_g33_p14 cum_g33_p14 1 cum_g33_p18 -1
    z_g33_p14 o_v43_c17_r15 1 o_v43_c19_r15 1
    z_g33_p14 o_v44_c17_r14 1 o_v44_c19_r14 1
    z_g33_p14 occ_c15 1 occ_c17 1
    z_g33_p18 cum_g33_p18 1 cum_g33_p22 -1
    z_g33_p18 o_v43_c21_r15 1 o_v43_c23_r15 1
    z_g33_p18 o_v44_c21_r14 1 o_v44_c23_r14 1
    z_g33_p18 occ_c19 1 occ_c21 1
    z_g33_p22 cum_g33_p22 1 o_v43_c25_r15 1
    z_g33_p22 o_v43_c27_r15 1 o_v44_c25_r14 1
    z_g33_p22 o_v44_c27_r14 1 occ_c23 1
    z_g33_p22 occ_c25 1
    x_g34_p6 cum_g34_p6 -1 assign_g34 1
    x_g34_p10 cum_g34_p10 -1 assign_g34 1
    x_g34_p14 cum_g34_p14 -1 assign_g34 1
    x_g34_p18 cum_g34_p18 -1 assign_g34 1
    x_g34_p22 cum_g34_p22 -1 assign_g34 1
    x_g34_p26 cum_g34_p26 -1 assign_g34 1
    x_g34_p30 assign_g34 1
    z_g34_p6 cum_g34_p6 1 cum_g34_p10 -1
    z_g34_p6 prec_g191_g34_t7 -1 prec_g191_g34_t9 -1
    z_g34_p6 o_v43_c9_r20 1 o_v43_c11_r20 1
    z_g34_p6 o_v44_c9_r19 1 o_v44_c11_r19 1
    z_g34_p6 o_v73_c7_r0 -1 o_v73_c7_r1 -1
    z_g34_p6 o_v73_c7_r2 -1 o_v73_c7_r3 -1
    z_g34_p6 o_v73_c7_r4 -1 o_v73_c9_r0 -1
    z_g34_p6 o_v73_c9_r1 -1 o_v73_c9_r2 -1
    z_g34_p6 o_v73_c9_r3 -1 o_v73_c9_r4 -1
    z_g34_p6 o_v73_c9_r5 -1 o_v73_c11_r4 -1
    z_g34_p10 cum_g34_p10 1 cum_g34_p14 -1
    z_g34_p10 prec_g191_g34_t11 -1 prec_g191_g34_t13 -1
    z_g34_p10 o_v43_c13_r16 1 o_v43_c15_r16 1
    z_g34_p10 o_v44_c13_r15 1 o_v44_c15_r15 1
    z_g34_p10 o_v73_c11_r0 -1 o_v73_c11_r1 -1
    z_g34_p10 o_v73_c11_r2 -1 o_v73_c11_r3 -1
    z_g34_p10 o_v73_c11_r5 -1 o_v73_c13_r0 -1
    z_g34_p10 o_v73_c13_r1 -1 o_v73_c13_r2 -1
    z_g34_p10 o_v73_c13_r3 -1 o_v73_c13_r4 -1
    z_g34_p10 o_v73_c13_r5 -1 o_v73_c15_r4 -1
    z_g34_p14 cum_g34_p14 1 cum_g34_p18 -1
    z_g34_p14 prec_g191_g34_t15 -1 prec_g191_g34_t17 -1
    z_g34_p14 o_v43_c17_r16 1 o_v43_c19_r16 1
    z_g34_p14 o_v44_c17_r15 1 o_v44_c19_r15 1
    z_g34_p14 o_v73_c15_r0 -1 o_v73_c15_r1 -1
    z_g34_p14 o_v73_c15_r2 -1 o_v73_c15_r3 -1
    z_g34_p14 o_v73_c15_r5 -1 o_v73_c17_r0 -1
    z_g34_p14 o_v73_c17_r1 -1 o_v73_c17_r2 -1
    z_g34_p14 o_v73_c17_r3 -1 o_v73_c17_r4 -1
    z_g34_p14 o_v73_c17_r5 -1 o_v73_c19_r4 -1
    z_g34_p18 cum_g34_p18 1 cum_g34_p22 -1
    z_g34_p18 prec_g191_g34_t19 -1 prec_g191_g34_t21 -1
    z_g34_p18 o_v43_c21_r16 1 o_v43_c23_r16 1
    z_g34_p18 o_v44_c21_r15 1 o_v44_c23_r15 1
    z_g34_p18 o_v73_c19_r0 -1 o_v73_c19_r1 -1
    z_g34_p18 o_v73_c19_r2 -1 o_v73_c19_r3 -1
    z_g34_p18 o_v73_c19_r5 -1 o_v73_c21_r0 -1
    z_g34_p18 o_v73_c21_r1 -1 o_v73_c21_r2 -1
    z_g34_p18 o_v73_c21_r3 -1 o_v73_c21_r4 -1
    z_g34_p18 o_v73_c21_r5 -1 o_v73_c23_r4 -1
    z_g34_p22 cum_g34_p22 1 cum_g34_p26 -1
    z_g34_p22 prec_g191_g34_t23 -1 prec_g191_g34_t25 -1
    z_g34_p22 o_v43_c25_r16 1 o_v43_c27_r16 1
    z_g34_p22 o_v44_c25_r15 1 o_v44_c27_r15 1
    z_g34_p22 o_v73_c23_r0 -1 o_v73_c23_r1 -1
    z_g34_p22 o_v73_c23_r2 -1 o_v73_c23_r3 -1
    z_g34_p22 o_v73_c23_r5 -1 o_v73_c25_r0 -1
    z_g34_p22 o_v73_c25_r1 -1 o_v73_c25_r2 -1
    z_g34_p22 o_v73_c25_r3 -1 o_v73_c25_r4 -1
    z_g34_p22 o_v73_c25_r5 -1 o_v73_c27_r4 -1
    z_g34_p26 cum_g34_p26 1 prec_g191_g34_t27 -1
    z_g34_p26 prec_g191_g34_t29 -1 o_v43_c29_r11 1
    z_g34_p26 o_v43_c31_r11 1 o_v44_c29_r9 1
    z_g34_p26 o_v44_c31_r9 1 o_v73_c27_r0 -1
    z_g34_p26 o_v73_c27_r1 -1 o_v73_c27_r2 -1
    z_g34_p26 o_v73_c27_r3 -1 o_v73_c27_r5 -1
    z_g34_p26 o_v73_c29_r0 -1 o_v73_c29_r1 -1
    z_g34_p26 o_v73_c29_r2 -1 o_v73_c29_r3 -1
    z_g34_p26 o_v73_c29_r4 -1 o_v73_c29_r5 -1
    x_g35_p6 cum_g35_p6 -1 assign_g35 1
    x_g35_p10 cum_g35_p10 -1 assign_g35 1
    x_g35_p14 cum_g35_p14 -1 assign_g35 1
    x_g35_p18 cum_g35_p18 -1 assign_g35 1
    x_g35_p22 cum_g35_p22 -1 assign_g35 1
    x_g35_p26 cum_g35_p26 -1 assign_g35 1
    x_g35_p30 assign_g35 1
    z_g35_p6 cum_g35_p6 1 cum_g35_p10 -1
    z_g35_p6 prec_g191_g35_t7 -1 prec_g191_g35_t9 -1
    z_g35_p6 o_v43_c9_r21 1 o_v43_c11_r21 1
    z_g35_p6 o_v44_c9_r20 1 o_v44_c11_r20 1
    z_g35_p6 o_v74_c7_r0 -1 o_v74_c7_r1 -1
    z_g35_p6 o_v74_c7_r2 -1 o_v74_c7_r3 -1
    z_g35_p6 o_v74_c7_r4 -1 o_v74_c9_r0 -1
    z_g35_p6 o_v74_c9_r1 -1 o_v74_c9_r2 -1
    z_g35_p6 o_v74_c9_r3 -1 o_v74_c9_r4 -1
    z_g35_p6 o_v74_c9_r5 -1 o_v74_c11_r4 -1
    z_g35_p10 cum_g35_p10 1 cum_g35_p14 -1
    z_g35_p10 prec_g191_g35_t11 -1 prec_g191_g35_t13 -1
    z_g35_p10 o_v43_c13_r17 1 o_v43_c15_r17 1
    z_g35_p10 o_v44_c13_r16 1 o_v44_c15_r16 1
    z_g35_p10 o_v74_c11_r0 -1 o_v74_c11_r1 -1
    z_g35_p10 o_v74_c11_r2 -1 o_v74_c11_r3 -1
    z_g35_p10 o_v74_c11_r5 -1 o_v74_c13_r0 -1
    z_g35_p10 o_v74_c13_r1 -1 o_v74_c13_r2 -1
    z_g35_p10 o_v74_c13_r3 -1 o_v74_c13_r4 -1
    z_g35_p10 o_v74_c13_r5 -1 o_v74_c15_r4 -1
    z_g35_p14 cum_g35_p14 1 cum_g35_p18 -1
    z_g35_p14 prec_g191_g35_t15 -1 prec_g191_g35_t17 -1
    z_g35_p14 o_v43_c17_r17 1 o_v43_c19_r17 1
    z_g35_p14 o_v44_c17_r16 1 o_v44_c19_r16 1
    z_g35_p14 o_v74_c15_r0 -1 o_v74_c15_r1 -1
    z_g35_p14 o_v74_c15_r2 -1 o_v74_c15_r3 -1
    z_g35_p14 o_v74_c15_r5 -1 o_v74_c17_r0 -1
    z_g35_p14 o_v74_c17_r1 -1 o_v74_c17_r2 -1
    z_g35_p14 o_v74_c17_r3 -1 o_v74_c17_r4 -1
    z_g35_p14 o_v74_c17_r5 -1 o_v74_c19_r4 -1
    z_g35_p18 cum_g35_p18 1 cum_g35_p22 -1
    z_g35_p18 prec_g191_g35_t19 -1 prec_g191_g35_t21 -1
    z_g35_p18 o_v43_c21_r17 1 o_v43_c23_r17 1
    z_g35_p18 o_v44_c21_r16 1 o_v44_c23_r16 1
    z_g35_p18 o_v74_c19_r0 -1 o_v74_c19_r1 -1
    z_g35_p18 o_v74_c19_r2 -1 o_v74_c19_r3 -1
    z_g35_p18 o_v74_c19_r5 -1 o_v74_c21_r0 -1
    z_g35_p18 o_v74_c21_r1 -1 o_v74_c21_r2 -1
    z_g35_p18 o_v74_c21_r3 -1 o_v74_c21_r4 -1
    z_g35_p18 o_v74_c21_r5 -1 o_v74_c23_r4 -1
    z_g35_p22 cum_g35_p22 1 cum_g35_p26 -1
    z_g35_p22 prec_g191_g35_t23 -1 prec_g191_g35_t25 -1
    z_g35_p22 o_v43_c25_r17 1 o_v43_c27_r17 1
    z_g35_p22 o_v44_c25_r16 1 o_v44_c27_r16 1
    z_g35_p22 o_v74_c23_r0 -1 o_v74_c23_r1 -1
    z_g35_p22 o_v74_c23_r2 -1 o_v74_c23_r3 -1
    z_g35_p22 o_v74_c23_r5 -1 o_v74_c25_r0 -1
    z_g35_p22 o_v74_c25_r1 -1 o_v74_c25_r2 -1
    z_g35_p22 o_v74_c25_r3 -1 o_v74_c25_r4 -1
    z_g35_p22 o_v74_c25_r5 -1 o_v74_c27_r4 -1
    z_g35_p26 cum_g35_p26 1 prec_g191_g35_t27 -1
    z_g35_p26 prec_g191_g35_t29 -1 o_v43_c29_r12 1
    z_g35_p26 o_v43_c31_r12 1 o_v44_c29_r10 1
    z_g35_p26 o_v44_c31_r10 1 o_v74_c27_r0 -1
    z_g35_p26 o_v74_c27_r1 -1 o_v74_c27_r2 -1
    z_g35_p26 o_v74_c27_r3 -1 o_v74_c27_r5 -1
    z_g35_p26 o_v74_c29_r0 -1 o_v74_c29_r1 -1
    z_g35_p26 o_v74_c29_r2 -1 o_v74_c29_r3 -1
    z_g35_p26 o_v74_c29_r4 -1 o_v74_c29_r5 -1
    x_g36_p6 cum_g36_p6 -1 assign_g36 1
    x_g36_p10 cum_g36_p10 -1 assign_g36 1
    x_g36_p14 cum_g36_p14 -1 assign_g36 1
    x_g36_p18 cum_g36_p18 -1 assign_g36 1
    x_g36_p22 cum_g36_p22 -1 assign_g36 1
    x_g36_p26 cum_g36_p26 -1 assign_g36 1
    x_g36_p30 assign_g36 1
    z_g36_p6 cum_g36_p6 1 cum_g36_p10 -1
    z_g36_p6 prec_g149_g36_t7 -1 prec_g149_g36_t9 -1
    z_g36_p6 o_v43_c9_r22 1 o_v43_c11_r22 1
    z_g36_p6 o_v44_c9_r21 1 o_v44_c11_r21 1
    z_g36_p6 occ_c7 1 occ_c9 1
    z_g36_p10 cum_g36_p10 1 cum_g36_p14 -1
    z_g36_p10 prec_g149_g36_t11 -1 prec_g149_g36_t13 -1
    z_g36_p10 o_v43_c13_r18 1 o_v43_c15_r18 1
    z_g36_p10 o_v44_c13_r17 1 o_v44_c15_r17 1
    z_g36_p10 occ_c11 1 occ_c13 1
    z_g36_p14 cum_g36_p14 1 cum_g36_p18 -1
    z_g36_p14 prec_g149_g36_t15 -1 prec_g149_g36_t17 -1
    z_g36_p14 o_v43_c17_r18 1 o_v43_c19_r18 1
    z_g36_p14 o_v44_c17_r17 1 o_v44_c19_r17 1
    z_g36_p14 occ_c15 1 occ_c17 1
    z_g36_p18 cum_g36_p18 1 cum_g36_p22 -1
    z_g36_p18 prec_g149_g36_t19 -1 prec_g149_g36_t21 -1
    z_g36_p18 o_v43_c21_r18 1 o_v43_c23_r18 1
    z_g36_p18 o_v44_c21_r17 1 o_v44_c23_r17 1
    z_g36_p18 occ_c19 1 occ_c21 1
    z_g36_p22 cum_g36_p22 1 cum_g36_p26 -1
    z_g36_p22 prec_g149_g36_t23 -1 prec_g149_g36_t25 -1
    z_g36_p22 o_v43_c25_r18 1 o_v43_c27_r18 1
    z_g36_p22 o_v44_c25_r17 1 o_v44_c27_r17 1
    z_g36_p22 occ_c23 1 occ_c25 1
    z_g36_p26 cum_g36_p26 1 prec_g149_g36_t27 -1
    z_g36_p26 prec_g149_g36_t29 -1 o_v43_c29_r13 1
    z_g36_p26 o_v43_c31_r13 1 o_v44_c29_r11 1
    z_g36_p26 o_v44_c31_r11 1 occ_c27 1
    z_g36_p26 occ_c29 1
    x_g37_p6 cum_g37_p6 -1 assign_g37 1
    x_g37_p10 cum_g37_p10 -1 assign_g37 1
    x_g37_p14 cum_g37_p14 -1 assign_g37 1
    x_g37_p18 cum_g37_p18 -1 assign_g37 1
    x_g37_p22 cum_g37_p22 -1 assign_g37 1
    x_g37_p26 cum_g37_p26 -1 assign_g37 1
    x_g37_p30 assign_g37 1
    z_g37_p6 cum_g37_p6 1 cum_g37_p10 -1
    z_g37_p6 prec_g147_g37_t10 -1 prec_g149_g37_t7 -1
    z_g37_p6 prec_g149_g37_t9 -1 o_v43_c9_r23 1
    z_g37_p6 o_v43_c11_r23 1 o_v44_c9_r22 1
    z_g37_p6 o_v44_c11_r22 1 o_v76_c7_r0 -1
    z_g37_p6 o_v76_c7_r1 -1 o_v76_c9_r0 -1
    z_g37_p6 o_v76_c9_r1 -1 o_v76_c9_r2 -1
    z_g37_p6 o_v76_c11_r1 -1
    z_g37_p10 cum_g37_p10 1 cum_g37_p14 -1
    z_g37_p10 prec_g147_g37_t14 -1 prec_g149_g37_t11 -1
    z_g37_p10 prec_g149_g37_t13 -1 o_v43_c13_r19 1
    z_g37_p10 o_v43_c15_r19 1 o_v44_c13_r18 1
    z_g37_p10 o_v44_c15_r18 1 o_v76_c11_r0 -1
    z_g37_p10 o_v76_c11_r2 -1 o_v76_c13_r0 -1
    z_g37_p10 o_v76_c13_r1 -1 o_v76_c13_r2 -1
    z_g37_p10 o_v76_c15_r1 -1
    z_g37_p14 cum_g37_p14 1 cum_g37_p18 -1
    z_g37_p14 prec_g147_g37_t18 -1 prec_g149_g37_t15 -1
    z_g37_p14 prec_g149_g37_t17 -1 o_v43_c17_r19 1
    z_g37_p14 o_v43_c19_r19 1 o_v44_c17_r18 1
    z_g37_p14 o_v44_c19_r18 1 o_v76_c15_r0 -1
    z_g37_p14 o_v76_c15_r2 -1 o_v76_c17_r0 -1
    z_g37_p14 o_v76_c17_r1 -1 o_v76_c17_r2 -1
    z_g37_p14 o_v76_c19_r1 -1
    z_g37_p18 cum_g37_p18 1 cum_g37_p22 -1
    z_g37_p18 prec_g147_g37_t22 -1 prec_g149_g37_t19 -1
    z_g37_p18 prec_g149_g37_t21 -1 o_v43_c21_r19 1
    z_g37_p18 o_v43_c23_r19 1 o_v44_c21_r18 1
    z_g37_p18 o_v44_c23_r18 1 o_v76_c19_r0 -1
    z_g37_p18 o_v76_c19_r2 -1 o_v76_c21_r0 -1
    z_g37_p18 o_v76_c21_r1 -1 o_v76_c21_r2 -1
    z_g37_p18 o_v76_c23_r1 -1
    z_g37_p22 cum_g37_p22 1 cum_g37_p26 -1
    z_g37_p22 prec_g147_g37_t26 -1 prec_g149_g37_t23 -1
    z_g37_p22 prec_g149_g37_t25 -1 o_v43_c25_r19 1
    z_g37_p22 o_v43_c27_r19 1 o_v44_c25_r18 1
    z_g37_p22 o_v44_c27_r18 1 o_v76_c23_r0 -1
    z_g37_p22 o_v76_c23_r2 -1 o_v76_c25_r0 -1
    z_g37_p22 o_v76_c25_r1 -1 o_v76_c25_r2 -1
    z_g37_p22 o_v76_c27_r1 -1
    z_g37_p26 cum_g37_p26 1 prec_g147_g37_t30 -1
    z_g37_p26 prec_g149_g37_t27 -1 prec_g149_g37_t29 -1
    z_g37_p26 o_v43_c29_r14 1 o_v43_c31_r14 1
    z_g37_p26 o_v44_c29_r12 1 o_v44_c31_r12 1
    z_g37_p26 o_v76_c27_r0 -1 o_v76_c27_r2 -1
    z_g37_p26 o_v76_c29_r0 -1 o_v76_c29_r1 -1
    z_g37_p26 o_v76_c29_r2 -1 o_v76_c31_r1 -1
    x_g38_p4 cum_g38_p4 -1 assign_g38 1
    x_g38_p4 dy_v33_L1_r0 -1 heads_L1 6
    x_g38_p8 cum_g38_p8 -1 assign_g38 1
    x_g38_p8 dy_v33_L2_r0 -1 heads_L2 6
    x_g38_p12 cum_g38_p12 -1 assign_g38 1
    x_g38_p12 dy_v33_L3_r0 -1 heads_L3 6
    x_g38_p16 cum_g38_p16 -1 assign_g38 1
    x_g38_p16 dy_v33_L4_r0 -1 heads_L4 6
    x_g38_p20 cum_g38_p20 -1 assign_g38 1
    x_g38_p20 dy_v33_L5_r0 -1 heads_L5 6
    x_g38_p24 cum_g38_p24 -1 assign_g38 1
    x_g38_p24 dy_v33_L6_r0 -1 heads_L6 6
    x_g38_p28 cum_g38_p28 -1 assign_g38 1
    x_g38_p28 dy_v33_L7_r0 -1 heads_L7 6
    x_g38_p32 assign_g38 1 dy_v33_L8_r0 -1
    x_g38_p32 heads_L8 6
    z_g38_p4 cum_g38_p4 1 cum_g38_p8 -1
    z_g38_p4 prec_g38_g11_t4 1 o_v33_c7_r0 1
    z_g38_p4 o_v33_c9_r0 1 dy_v33_L1_r1 -1
    z_g38_p4 occ_c5 1 occ_c7 -3
    z_g38_p4 occ_c9 -4
    z_g38_p8 cum_g38_p8 1 cum_g38_p12 -1
    z_g38_p8 prec_g38_g11_t8 1 prec_g147_g38_t10 -1
    z_g38_p8 o_v33_c11_r0 1 o_v33_c13_r0 1
    z_g38_p8 dy_v33_L2_r1 -1 occ_c9 1
    z_g38_p8 occ_c11 -3 occ_c13 -4
    z_g38_p12 cum_g38_p12 1 cum_g38_p16 -1
    z_g38_p12 prec_g38_g11_t12 1 prec_g147_g38_t14 -1
    z_g38_p12 o_v33_c15_r0 1 o_v33_c17_r0 1
    z_g38_p12 dy_v33_L3_r1 -1 occ_c13 1
    z_g38_p12 occ_c15 -3 occ_c17 -4
    z_g38_p16 cum_g38_p16 1 cum_g38_p20 -1
    z_g38_p16 prec_g38_g11_t16 1 prec_g147_g38_t18 -1
    z_g38_p16 o_v33_c19_r0 1 o_v33_c21_r0 1
    z_g38_p16 dy_v33_L4_r1 -1 occ_c17 1
    z_g38_p16 occ_c19 -3 occ_c21 -4
    z_g38_p20 cum_g38_p20 1 cum_g38_p24 -1
    z_g38_p20 prec_g38_g11_t20 1 prec_g147_g38_t22 -1
    z_g38_p20 o_v33_c23_r0 1 o_v33_c25_r0 1
    z_g38_p20 dy_v33_L5_r1 -1 occ_c21 1
    z_g38_p20 occ_c23 -3 occ_c25 -4
    z_g38_p24 cum_g38_p24 1 cum_g38_p28 -1
    z_g38_p24 prec_g38_g11_t24 1 prec_g147_g38_t26 -1
    z_g38_p24 o_v33_c27_r0 1 o_v33_c29_r0 1
    z_g38_p24 dy_v33_L6_r1 -1 occ_c25 1
    z_g38_p24 occ_c27 -3 occ_c29 -4
    z_g38_p28 cum_g38_p28 1 prec_g38_g11_t28 1
    z_g38_p28 prec_g147_g38_t30 -1 o_v33_c31_r0 1
    z_g38_p28 o_v33_c33_r0 1 dy_v33_L7_r1 -1
    z_g38_p28 occ_c29 1 occ_c31 -3
    z_g38_p28 occ_c33 -4
    x_g39_p8 assign_g39 1 dy_v14_L2_r0 -1
    x_g39_p8 dy_v15_L2_r0 -1 dy_v16_L2_r0 -1
    x_g39_p8 dy_v17_L2_r0 -1 dy_v18_L2_r0 -1
    x_g39_p8 dy_v19_L2_r0 -1 dy_v36_L2_r0 -1
    x_g39_p8 heads_L2 5
    x_g40_p8 assign_g40 1 dy_v14_L2_r1 -1
    x_g40_p8 dy_v15_L2_r1 -1 dy_v16_L2_r1 -1
    x_g40_p8 dy_v17_L2_r1 -1 dy_v18_L2_r1 -1
    x_g40_p8 dy_v19_L2_r1 -1 dy_v36_L2_r1 -1
    x_g40_p8 heads_L2 5
    x_g41_p10 cum_g41_p10 -1 assign_g41 1
    x_g41_p14 assign_g41 1
    z_g41_p10 cum_g41_p10 1 prec_g41_g15_t10 1
    z_g41_p10 prec_g43_g41_t11 -1 prec_g43_g41_t13 -1
    z_g41_p10 o_v86_c11_r0 -1 o_v86_c13_r0 -1
    z_g41_p10 o_v86_c13_r1 -1 o_v86_c15_r0 -1
    x_g42_p10 cum_g42_p10 -1 assign_g42 1
    x_g42_p14 assign_g42 1
    z_g42_p10 cum_g42_p10 1 prec_g42_g16_t10 1
    z_g42_p10 prec_g42_g19_t10 1 prec_g42_g20_t10 1
    z_g42_p10 prec_g43_g42_t11 -1 prec_g43_g42_t13 -1
    z_g42_p10 o_v87_c11_r0 -1 o_v87_c13_r0 -1
    z_g42_p10 o_v87_c13_r1 -1 o_v87_c15_r0 -1
    x_g43_p11 cum_g43_p11 -1 assign_g43 1
    x_g43_p13 cum_g43_p13 -1 assign_g43 1
    x_g43_p13 heads_L3 4
    x_g43_p15 cum_g43_p15 -1 assign_g43 1
    x_g43_p17 assign_g43 1 heads_L4 4
    z_g43_p11 cum_g43_p11 1 cum_g43_p13 -1
    z_g43_p11 prec_g43_g41_t11 1 prec_g43_g42_t11 1
    z_g43_p11 o_v86_c11_r0 1 o_v86_c13_r0 1
    z_g43_p11 o_v87_c11_r0 1 o_v87_c13_r0 1
    z_g43_p11 occ_c11 1
    z_g43_p13 cum_g43_p13 1 cum_g43_p15 -1
    z_g43_p13 prec_g43_g41_t13 1 prec_g43_g42_t13 1
    z_g43_p13 prec_g53_g43_t14 -1 prec_g54_g43_t14 -1
    z_g43_p13 prec_g56_g43_t15 -1 o_v86_c13_r1 1
    z_g43_p13 o_v86_c15_r0 1 o_v87_c13_r1 1
    z_g43_p13 o_v87_c15_r0 1 occ_c13 1
    z_g43_p15 cum_g43_p15 1 prec_g56_g43_t17 -1
    z_g43_p15 o_v86_c15_r1 1 o_v86_c17_r0 1
    z_g43_p15 o_v87_c15_r1 1 o_v87_c17_r0 1
    z_g43_p15 occ_c15 1
    x_g44_p10 cum_g44_p10 -1 assign_g44 1
    x_g44_p14 cum_g44_p14 -1 assign_g44 1
    x_g44_p18 assign_g44 1
    z_g44_p10 cum_g44_p10 1 cum_g44_p14 -1
    z_g44_p10 prec_g44_g15_t10 1 prec_g46_g44_t11 -1
    z_g44_p10 prec_g46_g44_t13 -1 o_v89_c11_r0 -1
    z_g44_p10 o_v89_c13_r0 -1 o_v89_c13_r1 -1
    z_g44_p10 o_v89_c15_r0 -1
    z_g44_p14 cum_g44_p14 1 prec_g46_g44_t15 -1
    z_g44_p14 prec_g46_g44_t17 -1 o_v89_c15_r1 -1
    z_g44_p14 o_v89_c17_r0 -1 o_v89_c17_r1 -1
    z_g44_p14 o_v89_c19_r0 -1
    x_g45_p10 cum_g45_p10 -1 assign_g45 1
    x_g45_p14 cum_g45_p14 -1 assign_g45 1
    x_g45_p18 assign_g45 1
    z_g45_p10 cum_g45_p10 1 cum_g45_p14 -1
    z_g45_p10 prec_g45_g16_t10 1 prec_g45_g19_t10 1
    z_g45_p10 prec_g45_g20_t10 1 prec_g46_g45_t11 -1
    z_g45_p10 prec_g46_g45_t13 -1 o_v90_c11_r0 -1
    z_g45_p10 o_v90_c13_r0 -1 o_v90_c13_r1 -1
    z_g45_p10 o_v90_c15_r0 -1
    z_g45_p14 cum_g45_p14 1 prec_g46_g45_t15 -1
    z_g45_p14 prec_g46_g45_t17 -1 o_v90_c15_r1 -1
    z_g45_p14 o_v90_c17_r0 -1 o_v90_c17_r1 -1
    z_g45_p14 o_v90_c19_r0 -1
    x_g46_p11 cum_g46_p11 -1 assign_g46 1
    x_g46_p13 cum_g46_p13 -1 assign_g46 1
    x_g46_p13 heads_L3 4
    x_g46_p15 cum_g46_p15 -1 assign_g46 1
    x_g46_p17 cum_g46_p17 -1 assign_g46 1
    x_g46_p17 heads_L4 4
    x_g46_p19 cum_g46_p19 -1 assign_g46 1
    x_g46_p21 assign_g46 1 heads_L5 4
    z_g46_p11 cum_g46_p11 1 cum_g46_p13 -1
    z_g46_p11 prec_g46_g44_t11 1 prec_g46_g45_t11 1
    z_g46_p11 o_v89_c11_r0 1 o_v89_c13_r0 1
    z_g46_p11 o_v90_c11_r0 1 o_v90_c13_r0 1
    z_g46_p11 occ_c11 1
    z_g46_p13 cum_g46_p13 1 cum_g46_p15 -1
    z_g46_p13 prec_g46_g44_t13 1 prec_g46_g45_t13 1
    z_g46_p13 o_v89_c13_r1 1 o_v89_c15_r0 1
    z_g46_p13 o_v90_c13_r1 1 o_v90_c15_r0 1
    z_g46_p13 occ_c13 1
    z_g46_p15 cum_g46_p15 1 cum_g46_p17 -1
    z_g46_p15 prec_g46_g44_t15 1 prec_g46_g45_t15 1
    z_g46_p15 o_v89_c15_r1 1 o_v89_c17_r0 1
    z_g46_p15 o_v90_c15_r1 1 o_v90_c17_r0 1
    z_g46_p15 occ_c15 1
    z_g46_p17 cum_g46_p17 1 cum_g46_p19 -1
    z_g46_p17 prec_g46_g44_t17 1 prec_g46_g45_t17 1
    z_g46_p17 prec_g57_g46_t18 -1 prec_g58_g46_t18 -1
    z_g46_p17 prec_g60_g46_t19 -1 o_v89_c17_r1 1
    z_g46_p17 o_v89_c19_r0 1 o_v90_c17_r1 1
    z_g46_p17 o_v90_c19_r0 1 occ_c17 1
    z_g46_p19 cum_g46_p19 1 prec_g60_g46_t21 -1
    z_g46_p19 o_v89_c19_r1 1 o_v89_c21_r0 1
    z_g46_p19 o_v90_c19_r1 1 o_v90_c21_r0 1
    z_g46_p19 occ_c19 1
    x_g47_p10 cum_g47_p10 -1 assign_g47 1
    x_g47_p14 cum_g47_p14 -1 assign_g47 1
    x_g47_p18 cum_g47_p18 -1 assign_g47 1
    x_g47_p22 assign_g47 1
    z_g47_p10 cum_g47_p10 1 cum_g47_p14 -1
    z_g47_p10 prec_g47_g15_t10 1 prec_g49_g47_t11 -1
    z_g47_p10 prec_g49_g47_t13 -1 o_v92_c11_r0 -1
    z_g47_p10 o_v92_c13_r0 -1 o_v92_c13_r1 -1
    z_g47_p10 o_v92_c15_r0 -1
    z_g47_p14 cum_g47_p14 1 cum_g47_p18 -1
    z_g47_p14 prec_g49_g47_t15 -1 prec_g49_g47_t17 -1
    z_g47_p14 o_v92_c15_r1 -1 o_v92_c17_r0 -1
    z_g47_p14 o_v92_c17_r1 -1 o_v92_c19_r0 -1
    z_g47_p18 cum_g47_p18 1 prec_g49_g47_t19 -1
    z_g47_p18 prec_g49_g47_t21 -1 o_v92_c19_r1 -1
    z_g47_p18 o_v92_c21_r0 -1 o_v92_c21_r1 -1
    z_g47_p18 o_v92_c23_r0 -1
    x_g48_p10 cum_g48_p10 -1 assign_g48 1
    x_g48_p14 cum_g48_p14 -1 assign_g48 1
    x_g48_p18 cum_g48_p18 -1 assign_g48 1
    x_g48_p22 assign_g48 1
    z_g48_p10 cum_g48_p10 1 cum_g48_p14 -1
    z_g48_p10 prec_g48_g16_t10 1 prec_g48_g19_t10 1
    z_g48_p10 prec_g48_g20_t10 1 prec_g49_g48_t11 -1
    z_g48_p10 prec_g49_g48_t13 -1 o_v50_c13_r0 1
    z_g48_p10 o_v50_c15_r0 1 o_v93_c11_r0 -1
    z_g48_p10 o_v93_c13_r0 -1 o_v93_c13_r1 -1
    z_g48_p10 o_v93_c15_r0 -1
    z_g48_p14 cum_g48_p14 1 cum_g48_p18 -1
    z_g48_p14 prec_g49_g48_t15 -1 prec_g49_g48_t17 -1
    z_g48_p14 o_v50_c17_r0 1 o_v50_c19_r0 1
    z_g48_p14 o_v93_c15_r1 -1 o_v93_c17_r0 -1
    z_g48_p14 o_v93_c17_r1 -1 o_v93_c19_r0 -1
    z_g48_p18 cum_g48_p18 1 prec_g49_g48_t19 -1
    z_g48_p18 prec_g49_g48_t21 -1 o_v50_c21_r0 1
    z_g48_p18 o_v50_c23_r0 1 o_v93_c19_r1 -1
    z_g48_p18 o_v93_c21_r0 -1 o_v93_c21_r1 -1
    z_g48_p18 o_v93_c23_r0 -1
    x_g49_p11 cum_g49_p11 -1 assign_g49 1
    x_g49_p13 cum_g49_p13 -1 assign_g49 1
    x_g49_p13 heads_L3 4
    x_g49_p15 cum_g49_p15 -1 assign_g49 1
    x_g49_p17 cum_g49_p17 -1 assign_g49 1
    x_g49_p17 heads_L4 4
    x_g49_p19 cum_g49_p19 -1 assign_g49 1
    x_g49_p21 cum_g49_p21 -1 assign_g49 1
    x_g49_p21 heads_L5 4
    x_g49_p23 cum_g49_p23 -1 assign_g49 1
    x_g49_p25 assign_g49 1 heads_L6 4
    z_g49_p11 cum_g49_p11 1 cum_g49_p13 -1
    z_g49_p11 prec_g49_g47_t11 1 prec_g49_g48_t11 1
    z_g49_p11 o_v92_c11_r0 1 o_v92_c13_r0 1
    z_g49_p11 o_v93_c11_r0 1 o_v93_c13_r0 1
    z_g49_p11 occ_c11 1
    z_g49_p13 cum_g49_p13 1 cum_g49_p15 -1
    z_g49_p13 prec_g49_g47_t13 1 prec_g49_g48_t13 1
    z_g49_p13 o_v92_c13_r1 1 o_v92_c15_r0 1
    z_g49_p13 o_v93_c13_r1 1 o_v93_c15_r0 1
    z_g49_p13 occ_c13 1
    z_g49_p15 cum_g49_p15 1 cum_g49_p17 -1
    z_g49_p15 prec_g49_g47_t15 1 prec_g49_g48_t15 1
    z_g49_p15 o_v92_c15_r1 1 o_v92_c17_r0 1
    z_g49_p15 o_v93_c15_r1 1 o_v93_c17_r0 1
    z_g49_p15 occ_c15 1
    z_g49_p17 cum_g49_p17 1 cum_g49_p19 -1
    z_g49_p17 prec_g49_g47_t17 1 prec_g49_g48_t17 1
    z_g49_p17 o_v92_c17_r1 1 o_v92_c19_r0 1
    z_g49_p17 o_v93_c17_r1 1 o_v93_c19_r0 1
    z_g49_p17 occ_c17 1
    z_g49_p19 cum_g49_p19 1 cum_g49_p21 -1
    z_g49_p19 prec_g49_g47_t19 1 prec_g49_g48_t19 1
    z_g49_p19 o_v92_c19_r1 1 o_v92_c21_r0 1
    z_g49_p19 o_v93_c19_r1 1 o_v93_c21_r0 1
    z_g49_p19 occ_c19 1
    z_g49_p21 cum_g49_p21 1 cum_g49_p23 -1
    z_g49_p21 prec_g49_g47_t21 1 prec_g49_g48_t21 1
    z_g49_p21 prec_g61_g49_t22 -1 prec_g62_g49_t22 -1
    z_g49_p21 prec_g64_g49_t23 -1 o_v92_c21_r1 1
    z_g49_p21 o_v92_c23_r0 1 o_v93_c21_r1 1
    z_g49_p21 o_v93_c23_r0 1 occ_c21 1
    z_g49_p23 cum_g49_p23 1 prec_g64_g49_t25 -1
    z_g49_p23 o_v92_c23_r1 1 o_v92_c25_r0 1
    z_g49_p23 o_v93_c23_r1 1 o_v93_c25_r0 1
    z_g49_p23 occ_c23 1
    x_g50_p10 cum_g50_p10 -1 assign_g50 1
    x_g50_p14 cum_g50_p14 -1 assign_g50 1
    x_g50_p18 cum_g50_p18 -1 assign_g50 1
    x_g50_p22 cum_g50_p22 -1 assign_g50 1
    x_g50_p26 assign_g50 1
    z_g50_p10 cum_g50_p10 1 cum_g50_p14 -1
    z_g50_p10 prec_g50_g15_t10 1 prec_g52_g50_t11 -1
    z_g50_p10 prec_g52_g50_t13 -1 o_v95_c11_r0 -1
    z_g50_p10 o_v95_c13_r0 -1 o_v95_c13_r1 -1
    z_g50_p10 o_v95_c15_r0 -1
    z_g50_p14 cum_g50_p14 1 cum_g50_p18 -1
    z_g50_p14 prec_g52_g50_t15 -1 prec_g52_g50_t17 -1
    z_g50_p14 o_v95_c15_r1 -1 o_v95_c17_r0 -1
    z_g50_p14 o_v95_c17_r1 -1 o_v95_c19_r0 -1
    z_g50_p18 cum_g50_p18 1 cum_g50_p22 -1
    z_g50_p18 prec_g52_g50_t19 -1 prec_g52_g50_t21 -1
    z_g50_p18 o_v95_c19_r1 -1 o_v95_c21_r0 -1
    z_g50_p18 o_v95_c21_r1 -1 o_v95_c23_r0 -1
    z_g50_p22 cum_g50_p22 1 prec_g52_g50_t23 -1
    z_g50_p22 prec_g52_g50_t25 -1 o_v95_c23_r1 -1
    z_g50_p22 o_v95_c25_r0 -1 o_v95_c25_r1 -1
    z_g50_p22 o_v95_c27_r0 -1
    x_g51_p10 cum_g51_p10 -1 assign_g51 1
    x_g51_p14 cum_g51_p14 -1 assign_g51 1
    x_g51_p18 cum_g51_p18 -1 assign_g51 1
    x_g51_p22 cum_g51_p22 -1 assign_g51 1
    x_g51_p26 assign_g51 1
    z_g51_p10 cum_g51_p10 1 cum_g51_p14 -1
    z_g51_p10 prec_g51_g16_t10 1 prec_g51_g19_t10 1
    z_g51_p10 prec_g51_g20_t10 1 prec_g52_g51_t11 -1
    z_g51_p10 prec_g52_g51_t13 -1 o_v51_c13_r0 1
    z_g51_p10 o_v51_c15_r0 1 o_v96_c11_r0 -1
    z_g51_p10 o_v96_c13_r0 -1 o_v96_c13_r1 -1
    z_g51_p10 o_v96_c15_r0 -1
    z_g51_p14 cum_g51_p14 1 cum_g51_p18 -1
    z_g51_p14 prec_g52_g51_t15 -1 prec_g52_g51_t17 -1
    z_g51_p14 o_v51_c17_r0 1 o_v51_c19_r0 1
    z_g51_p14 o_v96_c15_r1 -1 o_v96_c17_r0 -1
    z_g51_p14 o_v96_c17_r1 -1 o_v96_c19_r0 -1
    z_g51_p18 cum_g51_p18 1 cum_g51_p22 -1
    z_g51_p18 prec_g52_g51_t19 -1 prec_g52_g51_t21 -1
    z_g51_p18 o_v51_c21_r0 1 o_v51_c23_r0 1
    z_g51_p18 o_v96_c19_r1 -1 o_v96_c21_r0 -1
    z_g51_p18 o_v96_c21_r1 -1 o_v96_c23_r0 -1
    z_g51_p22 cum_g51_p22 1 prec_g52_g51_t23 -1
    z_g51_p22 prec_g52_g51_t25 -1 o_v51_c25_r0 1
    z_g51_p22 o_v51_c27_r0 1 o_v58_c25_r0 1
    z_g51_p22 o_v58_c27_r0 1 dy_v58_L6_r0 -1
    z_g51_p22 o_v96_c23_r1 -1 o_v96_c25_r0 -1
    z_g51_p22 o_v96_c25_r1 -1 o_v96_c27_r0 -1
    x_g52_p11 cum_g52_p11 -1 assign_g52 1
    x_g52_p13 cum_g52_p13 -1 assign_g52 1
    x_g52_p13 heads_L3 4
    x_g52_p15 cum_g52_p15 -1 assign_g52 1
    x_g52_p17 cum_g52_p17 -1 assign_g52 1
    x_g52_p17 heads_L4 4
    x_g52_p19 cum_g52_p19 -1 assign_g52 1
    x_g52_p21 cum_g52_p21 -1 assign_g52 1
    x_g52_p21 heads_L5 4
    x_g52_p23 cum_g52_p23 -1 assign_g52 1
    x_g52_p25 cum_g52_p25 -1 assign_g52 1
    x_g52_p25 heads_L6 4
    x_g52_p27 cum_g52_p27 -1 assign_g52 1
    x_g52_p29 assign_g52 1 heads_L7 4
    z_g52_p11 cum_g52_p11 1 cum_g52_p13 -1
    z_g52_p11 prec_g52_g50_t11 1 prec_g52_g51_t11 1
    z_g52_p11 o_v95_c11_r0 1 o_v95_c13_r0 1
    z_g52_p11 o_v96_c11_r0 1 o_v96_c13_r0 1
    z_g52_p11 occ_c11 1
    z_g52_p13 cum_g52_p13 1 cum_g52_p15 -1
    z_g52_p13 prec_g52_g50_t13 1 prec_g52_g51_t13 1
    z_g52_p13 o_v95_c13_r1 1 o_v95_c15_r0 1
    z_g52_p13 o_v96_c13_r1 1 o_v96_c15_r0 1
    z_g52_p13 occ_c13 1
    z_g52_p15 cum_g52_p15 1 cum_g52_p17 -1
    z_g52_p15 prec_g52_g50_t15 1 prec_g52_g51_t15 1
    z_g52_p15 o_v95_c15_r1 1 o_v95_c17_r0 1
    z_g52_p15 o_v96_c15_r1 1 o_v96_c17_r0 1
    z_g52_p15 occ_c15 1
    z_g52_p17 cum_g52_p17 1 cum_g52_p19 -1
    z_g52_p17 prec_g52_g50_t17 1 prec_g52_g51_t17 1
    z_g52_p17 o_v95_c17_r1 1 o_v95_c19_r0 1
    z_g52_p17 o_v96_c17_r1 1 o_v96_c19_r0 1
    z_g52_p17 occ_c17 1
    z_g52_p19 cum_g52_p19 1 cum_g52_p21 -1
    z_g52_p19 prec_g52_g50_t19 1 prec_g52_g51_t19 1
    z_g52_p19 o_v95_c19_r1 1 o_v95_c21_r0 1
    z_g52_p19 o_v96_c19_r1 1 o_v96_c21_r0 1
    z_g52_p19 occ_c19 1
    z_g52_p21 cum_g52_p21 1 cum_g52_p23 -1
    z_g52_p21 prec_g52_g50_t21 1 prec_g52_g51_t21 1
    z_g52_p21 o_v95_c21_r1 1 o_v95_c23_r0 1
    z_g52_p21 o_v96_c21_r1 1 o_v96_c23_r0 1
    z_g52_p21 occ_c21 1
    z_g52_p23 cum_g52_p23 1 cum_g52_p25 -1
    z_g52_p23 prec_g52_g50_t23 1 prec_g52_g51_t23 1
    z_g52_p23 o_v95_c23_r1 1 o_v95_c25_r0 1
    z_g52_p23 o_v96_c23_r1 1 o_v96_c25_r0 1
    z_g52_p23 occ_c23 1
    z_g52_p25 cum_g52_p25 1 cum_g52_p27 -1
    z_g52_p25 prec_g52_g50_t25 1 prec_g52_g51_t25 1
    z_g52_p25 prec_g65_g52_t26 -1 prec_g66_g52_t26 -1
    z_g52_p25 prec_g68_g52_t27 -1 o_v95_c25_r1 1
    z_g52_p25 o_v95_c27_r0 1 o_v96_c25_r1 1
    z_g52_p25 o_v96_c27_r0 1 occ_c25 1
    z_g52_p27 cum_g52_p27 1 prec_g68_g52_t29 -1
    z_g52_p27 o_v95_c27_r1 1 o_v95_c29_r0 1
    z_g52_p27 o_v96_c27_r1 1 o_v96_c29_r0 1
    z_g52_p27 occ_c27 1
    x_g53_p14 cum_g53_p14 -1 assign_g53 1
    x_g53_p18 assign_g53 1
    z_g53_p14 cum_g53_p14 1 prec_g53_g43_t14 1
    z_g53_p14 prec_g55_g53_t15 -1 prec_g55_g53_t17 -1
    z_g53_p14 prec_g56_g53_t15 -1 prec_g56_g53_t17 -1
    z_g53_p14 o_v98_c15_r0 -1 o_v98_c15_r1 -1
    z_g53_p14 o_v98_c17_r0 -1 o_v98_c17_r1 -1
    z_g53_p14 o_v98_c17_r2 -1 o_v98_c17_r3 -1
    z_g53_p14 o_v98_c19_r0 -1 o_v98_c19_r2 -1
    x_g54_p14 cum_g54_p14 -1 assign_g54 1
    x_g54_p18 assign_g54 1
    z_g54_p14 cum_g54_p14 1 prec_g54_g43_t14 1
    z_g54_p14 prec_g55_g54_t15 -1 prec_g55_g54_t17 -1
    z_g54_p14 prec_g56_g54_t15 -1 prec_g56_g54_t17 -1
    z_g54_p14 o_v99_c15_r0 -1 o_v99_c15_r1 -1
    z_g54_p14 o_v99_c17_r0 -1 o_v99_c17_r1 -1
    z_g54_p14 o_v99_c17_r2 -1 o_v99_c17_r3 -1
    z_g54_p14 o_v99_c19_r0 -1 o_v99_c19_r2 -1
    x_g55_p15 cum_g55_p15 -1 assign_g55 1
    x_g55_p17 cum_g55_p17 -1 assign_g55 1
    x_g55_p17 dy_v98_L4_r0 -1 dy_v99_L4_r0 -1
    x_g55_p17 pt_v98_L4_r0 -1 pt_v99_L4_r0 -1
    x_g55_p19 cum_g55_p19 -1 assign_g55 1
    x_g55_p21 assign_g55 1 dy_v98_L5_r0 -1
    x_g55_p21 dy_v99_L5_r0 -1 pt_v98_L5_r0 -1
    x_g55_p21 pt_v99_L5_r0 -1
    z_g55_p15 cum_g55_p15 1 cum_g55_p17 -1
    z_g55_p15 prec_g55_g53_t15 1 prec_g55_g54_t15 1
    z_g55_p15 o_v98_c15_r0 1 o_v98_c17_r0 1
    z_g55_p15 o_v99_c15_r0 1 o_v99_c17_r0 1
    z_g55_p15 occ_c15 1
    z_g55_p17 cum_g55_p17 1 cum_g55_p19 -1
    z_g55_p17 prec_g55_g53_t17 1 prec_g55_g54_t17 1
    z_g55_p17 prec_g57_g55_t18 -1 prec_g58_g55_t18 -1
    z_g55_p17 prec_g60_g55_t19 -1 o_v98_c17_r1 1
    z_g55_p17 o_v98_c19_r0 1 dy_v98_L4_r1 -1
    z_g55_p17 o_v99_c17_r1 1 o_v99_c19_r0 1
    z_g55_p17 dy_v99_L4_r1 -1 occ_c17 1
    z_g55_p19 cum_g55_p19 1 prec_g60_g55_t21 -1
    z_g55_p19 o_v98_c19_r1 1 o_v98_c21_r0 1
    z_g55_p19 o_v99_c19_r1 1 o_v99_c21_r0 1
    z_g55_p19 occ_c19 1
    x_g56_p15 cum_g56_p15 -1 assign_g56 1
    x_g56_p17 cum_g56_p17 -1 assign_g56 1
    x_g56_p17 dy_v98_L4_r1 -1 dy_v99_L4_r1 -1
    x_g56_p17 pt_v78_L4_r0 -1 pt_v98_L4_r1 -1
    x_g56_p17 pt_v99_L4_r1 -1 heads_L4 2
    x_g56_p19 cum_g56_p19 -1 assign_g56 1
    x_g56_p21 cum_g56_p21 -1 assign_g56 1
    x_g56_p21 dy_v98_L5_r1 -1 dy_v99_L5_r1 -1
    x_g56_p21 pt_v78_L5_r0 -1 pt_v98_L5_r1 -1
    x_g56_p21 pt_v99_L5_r1 -1 heads_L5 2
    x_g56_p23 cum_g56_p23 -1 assign_g56 1
    x_g56_p25 cum_g56_p25 -1 assign_g56 1
    x_g56_p25 dy_v98_L6_r0 -1 dy_v99_L6_r0 -1
    x_g56_p25 pt_v78_L6_r0 -1 heads_L6 4
    x_g56_p27 cum_g56_p27 -1 assign_g56 1
    x_g56_p29 cum_g56_p29 -1 assign_g56 1
    x_g56_p29 dy_v98_L7_r0 -1 dy_v99_L7_r0 -1
    x_g56_p29 pt_v78_L7_r0 -1 heads_L7 4
    x_g56_p31 assign_g56 1
    z_g56_p15 cum_g56_p15 1 cum_g56_p17 -1
    z_g56_p15 prec_g56_g43_t15 1 prec_g56_g53_t15 1
    z_g56_p15 prec_g56_g54_t15 1 o_v98_c15_r1 1
    z_g56_p15 o_v98_c17_r2 1 o_v99_c15_r1 1
    z_g56_p15 o_v99_c17_r2 1 o_v101_c15_r0 -1
    z_g56_p15 o_v101_c15_r1 -1 o_v101_c15_r2 -1
    z_g56_p15 occ_c17 -1
    z_g56_p17 cum_g56_p17 1 cum_g56_p19 -1
    z_g56_p17 prec_g56_g43_t17 1 prec_g56_g53_t17 1
    z_g56_p17 prec_g56_g54_t17 1 prec_g153_g56_t18 -1
    z_g56_p17 o_v98_c17_r3 1 o_v98_c19_r2 1
    z_g56_p17 dy_v98_L4_r0 -1 o_v99_c17_r3 1
    z_g56_p17 o_v99_c19_r2 1 dy_v99_L4_r0 -1
    z_g56_p17 o_v101_c17_r0 -1 o_v101_c17_r1 -1
    z_g56_p17 o_v101_c17_r2 -1 occ_c19 -1
    z_g56_p19 cum_g56_p19 1 cum_g56_p21 -1
    z_g56_p19 prec_g137_g56_t20 -1 prec_g192_g56_t21 -1
    z_g56_p19 o_v98_c19_r3 1 o_v98_c21_r1 1
    z_g56_p19 o_v99_c19_r3 1 o_v99_c21_r1 1
    z_g56_p19 o_v101_c19_r0 -1 o_v101_c19_r1 -1
    z_g56_p19 o_v101_c19_r2 -1 occ_c21 -1
    z_g56_p21 cum_g56_p21 1 cum_g56_p23 -1
    z_g56_p21 prec_g153_g56_t22 -1 prec_g192_g56_t23 -1
    z_g56_p21 o_v98_c21_r2 1 o_v98_c23_r0 1
    z_g56_p21 dy_v98_L5_r0 -1 o_v99_c21_r2 1
    z_g56_p21 o_v99_c23_r0 1 dy_v99_L5_r0 -1
    z_g56_p21 o_v101_c21_r0 -1 o_v101_c21_r1 -1
    z_g56_p21 o_v101_c21_r2 -1 occ_c23 -1
    z_g56_p23 cum_g56_p23 1 cum_g56_p25 -1
    z_g56_p23 prec_g137_g56_t24 -1 prec_g192_g56_t25 -1
    z_g56_p23 o_v98_c23_r1 1 o_v98_c25_r0 1
    z_g56_p23 o_v99_c23_r1 1 o_v99_c25_r0 1
    z_g56_p23 o_v101_c23_r0 -1 o_v101_c23_r1 -1
    z_g56_p23 o_v101_c23_r2 -1 occ_c25 -1
    z_g56_p25 cum_g56_p25 1 cum_g56_p27 -1
    z_g56_p25 prec_g153_g56_t26 -1 prec_g192_g56_t27 -1
    z_g56_p25 o_v98_c25_r1 1 o_v98_c27_r0 1
    z_g56_p25 o_v99_c25_r1 1 o_v99_c27_r0 1
    z_g56_p25 o_v101_c25_r0 -1 o_v101_c25_r1 -1
    z_g56_p25 o_v101_c25_r2 -1 occ_c27 -1
    z_g56_p27 cum_g56_p27 1 cum_g56_p29 -1
    z_g56_p27 prec_g137_g56_t28 -1 prec_g192_g56_t29 -1
    z_g56_p27 o_v98_c27_r1 1 o_v98_c29_r0 1
    z_g56_p27 o_v99_c27_r1 1 o_v99_c29_r0 1
    z_g56_p27 o_v101_c27_r0 -1 o_v101_c27_r1 -1
    z_g56_p27 o_v101_c27_r2 -1 occ_c29 -1
    z_g56_p29 cum_g56_p29 1 prec_g153_g56_t30 -1
    z_g56_p29 prec_g192_g56_t31 -1 o_v98_c29_r1 1
    z_g56_p29 o_v98_c31_r0 1 o_v99_c29_r1 1
    z_g56_p29 o_v99_c31_r0 1 o_v101_c29_r0 -1
    z_g56_p29 o_v101_c29_r1 -1 o_v101_c29_r2 -1
    z_g56_p29 occ_c31 -1
    x_g57_p18 cum_g57_p18 -1 assign_g57 1
    x_g57_p22 assign_g57 1
    z_g57_p18 cum_g57_p18 1 prec_g57_g46_t18 1
    z_g57_p18 prec_g57_g55_t18 1 prec_g59_g57_t19 -1
    z_g57_p18 prec_g59_g57_t21 -1 prec_g60_g57_t19 -1
    z_g57_p18 prec_g60_g57_t21 -1 o_v102_c19_r0 -1
    z_g57_p18 o_v102_c19_r1 -1 o_v102_c21_r0 -1
    z_g57_p18 o_v102_c21_r1 -1 o_v102_c21_r2 -1
    z_g57_p18 o_v102_c21_r3 -1 o_v102_c23_r0 -1
    z_g57_p18 o_v102_c23_r2 -1
    x_g58_p18 cum_g58_p18 -1 assign_g58 1
    x_g58_p22 assign_g58 1
    z_g58_p18 cum_g58_p18 1 prec_g58_g46_t18 1
    z_g58_p18 prec_g58_g55_t18 1 prec_g59_g58_t19 -1
    z_g58_p18 prec_g59_g58_t21 -1 prec_g60_g58_t19 -1
    z_g58_p18 prec_g60_g58_t21 -1 o_v103_c19_r0 -1
    z_g58_p18 o_v103_c19_r1 -1 o_v103_c21_r0 -1
    z_g58_p18 o_v103_c21_r1 -1 o_v103_c21_r2 -1
    z_g58_p18 o_v103_c21_r3 -1 o_v103_c23_r0 -1
    z_g58_p18 o_v103_c23_r2 -1
    x_g59_p19 cum_g59_p19 -1 assign_g59 1
    x_g59_p21 cum_g59_p21 -1 assign_g59 1
    x_g59_p21 dy_v102_L5_r0 -1 dy_v103_L5_r0 -1
    x_g59_p21 pt_v102_L5_r0 -1 pt_v103_L5_r0 -1
    x_g59_p23 cum_g59_p23 -1 assign_g59 1
    x_g59_p25 assign_g59 1 dy_v102_L6_r0 -1
    x_g59_p25 dy_v103_L6_r0 -1 pt_v102_L6_r0 -1
    x_g59_p25 pt_v103_L6_r0 -1
    z_g59_p19 cum_g59_p19 1 cum_g59_p21 -1
    z_g59_p19 prec_g59_g57_t19 1 prec_g59_g58_t19 1
    z_g59_p19 o_v102_c19_r0 1 o_v102_c21_r0 1
    z_g59_p19 o_v103_c19_r0 1 o_v103_c21_r0 1
    z_g59_p19 occ_c19 1
    z_g59_p21 cum_g59_p21 1 cum_g59_p23 -1
    z_g59_p21 prec_g59_g57_t21 1 prec_g59_g58_t21 1
    z_g59_p21 prec_g61_g59_t22 -1 prec_g62_g59_t22 -1
    z_g59_p21 prec_g64_g59_t23 -1 o_v102_c21_r1 1
    z_g59_p21 o_v102_c23_r0 1 dy_v102_L5_r1 -1
    z_g59_p21 o_v103_c21_r1 1 o_v103_c23_r0 1
    z_g59_p21 dy_v103_L5_r1 -1 occ_c21 1
    z_g59_p23 cum_g59_p23 1 prec_g64_g59_t25 -1
    z_g59_p23 o_v102_c23_r1 1 o_v102_c25_r0 1
    z_g59_p23 o_v103_c23_r1 1 o_v103_c25_r0 1
    z_g59_p23 occ_c23 1
    x_g60_p19 cum_g60_p19 -1 assign_g60 1
    x_g60_p21 cum_g60_p21 -1 assign_g60 1
    x_g60_p21 dy_v102_L5_r1 -1 dy_v103_L5_r1 -1
    x_g60_p21 pt_v79_L5_r0 -1 pt_v102_L5_r1 -1
    x_g60_p21 pt_v103_L5_r1 -1 heads_L5 4
    x_g60_p23 cum_g60_p23 -1 assign_g60 1
    x_g60_p25 cum_g60_p25 -1 assign_g60 1
    x_g60_p25 dy_v102_L6_r1 -1 dy_v103_L6_r1 -1
    x_g60_p25 pt_v79_L6_r0 -1 pt_v102_L6_r1 -1
    x_g60_p25 pt_v103_L6_r1 -1 heads_L6 4
    x_g60_p27 cum_g60_p27 -1 assign_g60 1
    x_g60_p29 cum_g60_p29 -1 assign_g60 1
    x_g60_p29 dy_v102_L7_r0 -1 dy_v103_L7_r0 -1
    x_g60_p29 pt_v79_L7_r0 -1 heads_L7 6
    x_g60_p31 assign_g60 1
    z_g60_p19 cum_g60_p19 1 cum_g60_p21 -1
    z_g60_p19 prec_g60_g46_t19 1 prec_g60_g55_t19 1
    z_g60_p19 prec_g60_g57_t19 1 prec_g60_g58_t19 1
    z_g60_p19 prec_g137_g60_t20 -1 prec_g192_g60_t21 -1
    z_g60_p19 o_v102_c19_r1 1 o_v102_c21_r2 1
    z_g60_p19 o_v103_c19_r1 1 o_v103_c21_r2 1
    z_g60_p19 o_v105_c19_r0 -1 o_v105_c19_r1 -1
    z_g60_p19 o_v105_c19_r2 -1 occ_c21 -2
    z_g60_p21 cum_g60_p21 1 cum_g60_p23 -1
    z_g60_p21 prec_g60_g46_t21 1 prec_g60_g55_t21 1
    z_g60_p21 prec_g60_g57_t21 1 prec_g60_g58_t21 1
    z_g60_p21 prec_g165_g60_t22 -1 prec_g192_g60_t23 -1
    z_g60_p21 o_v102_c21_r3 1 o_v102_c23_r2 1
    z_g60_p21 dy_v102_L5_r0 -1 o_v103_c21_r3 1
    z_g60_p21 o_v103_c23_r2 1 dy_v103_L5_r0 -1
    z_g60_p21 o_v105_c21_r0 -1 o_v105_c21_r1 -1
    z_g60_p21 o_v105_c21_r2 -1 occ_c23 -2
    z_g60_p23 cum_g60_p23 1 cum_g60_p25 -1
    z_g60_p23 prec_g137_g60_t24 -1 prec_g192_g60_t25 -1
    z_g60_p23 o_v102_c23_r3 1 o_v102_c25_r1 1
    z_g60_p23 o_v103_c23_r3 1 o_v103_c25_r1 1
    z_g60_p23 o_v105_c23_r0 -1 o_v105_c23_r1 -1
    z_g60_p23 o_v105_c23_r2 -1 occ_c25 -2
    z_g60_p25 cum_g60_p25 1 cum_g60_p27 -1
    z_g60_p25 prec_g165_g60_t26 -1 prec_g192_g60_t27 -1
    z_g60_p25 o_v102_c25_r2 1 o_v102_c27_r0 1
    z_g60_p25 dy_v102_L6_r0 -1 o_v103_c25_r2 1
    z_g60_p25 o_v103_c27_r0 1 dy_v103_L6_r0 -1
    z_g60_p25 o_v105_c25_r0 -1 o_v105_c25_r1 -1
    z_g60_p25 o_v105_c25_r2 -1 occ_c27 -2
    z_g60_p27 cum_g60_p27 1 cum_g60_p29 -1
    z_g60_p27 prec_g137_g60_t28 -1 prec_g192_g60_t29 -1
    z_g60_p27 o_v102_c27_r1 1 o_v102_c29_r0 1
    z_g60_p27 o_v103_c27_r1 1 o_v103_c29_r0 1
    z_g60_p27 o_v105_c27_r0 -1 o_v105_c27_r1 -1
    z_g60_p27 o_v105_c27_r2 -1 occ_c29 -2
    z_g60_p29 cum_g60_p29 1 prec_g165_g60_t30 -1
    z_g60_p29 prec_g192_g60_t31 -1 o_v102_c29_r1 1
    z_g60_p29 o_v102_c31_r0 1 o_v103_c29_r1 1
    z_g60_p29 o_v103_c31_r0 1 o_v105_c29_r0 -1
    z_g60_p29 o_v105_c29_r1 -1 o_v105_c29_r2 -1
    z_g60_p29 occ_c31 -2
    x_g61_p22 cum_g61_p22 -1 assign_g61 1
    x_g61_p26 assign_g61 1
    z_g61_p22 cum_g61_p22 1 prec_g61_g49_t22 1
    z_g61_p22 prec_g61_g59_t22 1 prec_g63_g61_t23 -1
    z_g61_p22 prec_g63_g61_t25 -1 prec_g64_g61_t23 -1
    z_g61_p22 prec_g64_g61_t25 -1 o_v106_c23_r0 -1
    z_g61_p22 o_v106_c23_r1 -1 o_v106_c25_r0 -1
    z_g61_p22 o_v106_c25_r1 -1 o_v106_c25_r2 -1
    z_g61_p22 o_v106_c25_r3 -1 o_v106_c27_r0 -1
    z_g61_p22 o_v106_c27_r2 -1
    x_g62_p22 cum_g62_p22 -1 assign_g62 1
    x_g62_p26 assign_g62 1
    z_g62_p22 cum_g62_p22 1 prec_g62_g49_t22 1
    z_g62_p22 prec_g62_g59_t22 1 prec_g63_g62_t23 -1
    z_g62_p22 prec_g63_g62_t25 -1 prec_g64_g62_t23 -1
    z_g62_p22 prec_g64_g62_t25 -1 o_v107_c23_r0 -1
    z_g62_p22 o_v107_c23_r1 -1 o_v107_c25_r0 -1
    z_g62_p22 o_v107_c25_r1 -1 o_v107_c25_r2 -1
    z_g62_p22 o_v107_c25_r3 -1 o_v107_c27_r0 -1
    z_g62_p22 o_v107_c27_r2 -1
    x_g63_p23 cum_g63_p23 -1 assign_g63 1
    x_g63_p25 cum_g63_p25 -1 assign_g63 1
    x_g63_p25 dy_v106_L6_r0 -1 dy_v107_L6_r0 -1
    x_g63_p25 pt_v106_L6_r0 -1 pt_v107_L6_r0 -1
    x_g63_p27 cum_g63_p27 -1 assign_g63 1
    x_g63_p29 assign_g63 1 dy_v106_L7_r0 -1
    x_g63_p29 dy_v107_L7_r0 -1 pt_v106_L7_r0 -1
    x_g63_p29 pt_v107_L7_r0 -1
    z_g63_p23 cum_g63_p23 1 cum_g63_p25 -1
    z_g63_p23 prec_g63_g61_t23 1 prec_g63_g62_t23 1
    z_g63_p23 o_v106_c23_r0 1 o_v106_c25_r0 1
    z_g63_p23 o_v107_c23_r0 1 o_v107_c25_r0 1
    z_g63_p23 occ_c23 1
    z_g63_p25 cum_g63_p25 1 cum_g63_p27 -1
    z_g63_p25 prec_g63_g61_t25 1 prec_g63_g62_t25 1
    z_g63_p25 prec_g65_g63_t26 -1 prec_g66_g63_t26 -1
    z_g63_p25 prec_g68_g63_t27 -1 o_v106_c25_r1 1
    z_g63_p25 o_v106_c27_r0 1 dy_v106_L6_r1 -1
    z_g63_p25 o_v107_c25_r1 1 o_v107_c27_r0 1
    z_g63_p25 dy_v107_L6_r1 -1 occ_c25 1
    z_g63_p27 cum_g63_p27 1 prec_g68_g63_t29 -1
    z_g63_p27 o_v106_c27_r1 1 o_v106_c29_r0 1
    z_g63_p27 o_v107_c27_r1 1 o_v107_c29_r0 1
    z_g63_p27 occ_c27 1
    x_g64_p23 cum_g64_p23 -1 assign_g64 1
    x_g64_p25 cum_g64_p25 -1 assign_g64 1
    x_g64_p25 dy_v106_L6_r1 -1 dy_v107_L6_r1 -1
    x_g64_p25 pt_v80_L6_r0 -1 pt_v106_L6_r1 -1
    x_g64_p25 pt_v107_L6_r1 -1 heads_L6 4
    x_g64_p27 cum_g64_p27 -1 assign_g64 1
    x_g64_p29 cum_g64_p29 -1 assign_g64 1
    x_g64_p29 dy_v106_L7_r1 -1 dy_v107_L7_r1 -1
    x_g64_p29 pt_v80_L7_r0 -1 pt_v106_L7_r1 -1
    x_g64_p29 pt_v107_L7_r1 -1 heads_L7 4
    x_g64_p31 cum_g64_p31 -1 assign_g64 1
    x_g64_p33 assign_g64 1 dy_v106_L8_r0 -1
    x_g64_p33 dy_v107_L8_r0 -1 pt_v80_L8_r0 -1
    x_g64_p33 heads_L8 6
    z_g64_p23 cum_g64_p23 1 cum_g64_p25 -1
    z_g64_p23 prec_g64_g49_t23 1 prec_g64_g59_t23 1
    z_g64_p23 prec_g64_g61_t23 1 prec_g64_g62_t23 1
    z_g64_p23 o_v106_c23_r1 1 o_v106_c25_r2 1
    z_g64_p23 o_v107_c23_r1 1 o_v107_c25_r2 1
    z_g64_p23 occ_c23 1 occ_c25 -2
    z_g64_p25 cum_g64_p25 1 cum_g64_p27 -1
    z_g64_p25 prec_g64_g49_t25 1 prec_g64_g59_t25 1
    z_g64_p25 prec_g64_g61_t25 1 prec_g64_g62_t25 1
    z_g64_p25 prec_g174_g64_t26 -1 o_v106_c25_r3 1
    z_g64_p25 o_v106_c27_r2 1 dy_v106_L6_r0 -1
    z_g64_p25 o_v107_c25_r3 1 o_v107_c27_r2 1
    z_g64_p25 dy_v107_L6_r0 -1 occ_c25 1
    z_g64_p25 occ_c27 -2
    z_g64_p27 cum_g64_p27 1 cum_g64_p29 -1
    z_g64_p27 o_v106_c27_r3 1 o_v106_c29_r1 1
    z_g64_p27 o_v107_c27_r3 1 o_v107_c29_r1 1
    z_g64_p27 occ_c27 1 occ_c29 -2
    z_g64_p29 cum_g64_p29 1 cum_g64_p31 -1
    z_g64_p29 prec_g174_g64_t30 -1 o_v106_c29_r2 1
    z_g64_p29 o_v106_c31_r0 1 dy_v106_L7_r0 -1
    z_g64_p29 o_v107_c29_r2 1 o_v107_c31_r0 1
    z_g64_p29 dy_v107_L7_r0 -1 occ_c29 1
    z_g64_p29 occ_c31 -2
    z_g64_p31 cum_g64_p31 1 o_v106_c31_r1 1
    z_g64_p31 o_v106_c33_r0 1 o_v107_c31_r1 1
    z_g64_p31 o_v107_c33_r0 1 occ_c31 1
    z_g64_p31 occ_c33 -2
    x_g65_p26 cum_g65_p26 -1 assign_g65 1
    x_g65_p30 assign_g65 1
    z_g65_p26 cum_g65_p26 1 prec_g65_g52_t26 1
    z_g65_p26 prec_g65_g63_t26 1 prec_g67_g65_t27 -1
    z_g65_p26 prec_g67_g65_t29 -1 prec_g68_g65_t27 -1
    z_g65_p26 prec_g68_g65_t29 -1 o_v110_c27_r0 -1
    z_g65_p26 o_v110_c27_r1 -1 o_v110_c29_r0 -1
    z_g65_p26 o_v110_c29_r1 -1 o_v110_c29_r2 -1
    z_g65_p26 o_v110_c29_r3 -1 o_v110_c31_r0 -1
    z_g65_p26 o_v110_c31_r2 -1
    x_g66_p26 cum_g66_p26 -1 assign_g66 1
    x_g66_p30 assign_g66 1
    z_g66_p26 cum_g66_p26 1 prec_g66_g52_t26 1
    z_g66_p26 prec_g66_g63_t26 1 prec_g67_g66_t27 -1
    z_g66_p26 prec_g67_g66_t29 -1 prec_g68_g66_t27 -1
    z_g66_p26 prec_g68_g66_t29 -1 o_v111_c27_r0 -1
    z_g66_p26 o_v111_c27_r1 -1 o_v111_c29_r0 -1
    z_g66_p26 o_v111_c29_r1 -1 o_v111_c29_r2 -1
    z_g66_p26 o_v111_c29_r3 -1 o_v111_c31_r0 -1
    z_g66_p26 o_v111_c31_r2 -1
    x_g67_p27 cum_g67_p27 -1 assign_g67 1
    x_g67_p29 cum_g67_p29 -1 assign_g67 1
    x_g67_p29 dy_v110_L7_r0 -1 dy_v111_L7_r0 -1
    x_g67_p29 pt_v110_L7_r0 -1 pt_v111_L7_r0 -1
    x_g67_p31 cum_g67_p31 -1 assign_g67 1
    x_g67_p33 cum_g67_p33 -1 assign_g67 1
    x_g67_p33 dy_v110_L8_r0 -1 dy_v111_L8_r0 -1
    x_g67_p33 pt_v110_L8_r0 -1 pt_v111_L8_r0 -1
    x_g67_p35 assign_g67 1
    z_g67_p27 cum_g67_p27 1 cum_g67_p29 -1
    z_g67_p27 prec_g67_g65_t27 1 prec_g67_g66_t27 1
    z_g67_p27 o_v110_c27_r0 1 o_v110_c29_r0 1
    z_g67_p27 o_v111_c27_r0 1 o_v111_c29_r0 1
    z_g67_p27 occ_c27 1
    z_g67_p29 cum_g67_p29 1 cum_g67_p31 -1
    z_g67_p29 prec_g67_g65_t29 1 prec_g67_g66_t29 1
    z_g67_p29 o_v110_c29_r1 1 o_v110_c31_r0 1
    z_g67_p29 dy_v110_L7_r1 -1 o_v111_c29_r1 1
    z_g67_p29 o_v111_c31_r0 1 dy_v111_L7_r1 -1
    z_g67_p29 occ_c29 1
    z_g67_p31 cum_g67_p31 1 cum_g67_p33 -1
    z_g67_p31 o_v110_c31_r1 1 o_v110_c33_r0 1
    z_g67_p31 o_v111_c31_r1 1 o_v111_c33_r0 1
    z_g67_p31 occ_c31 1
    z_g67_p33 cum_g67_p33 1 o_v110_c33_r1 1
    z_g67_p33 o_v110_c35_r0 1 dy_v110_L8_r1 -1
    z_g67_p33 o_v111_c33_r1 1 o_v111_c35_r0 1
    z_g67_p33 dy_v111_L8_r1 -1 occ_c33 1
    x_g68_p27 cum_g68_p27 -1 assign_g68 1
    x_g68_p29 cum_g68_p29 -1 assign_g68 1
    x_g68_p29 dy_v110_L7_r1 -1 dy_v111_L7_r1 -1
    x_g68_p29 pt_v81_L7_r0 -1 pt_v110_L7_r1 -1
    x_g68_p29 pt_v111_L7_r1 -1 heads_L7 4
    x_g68_p31 cum_g68_p31 -1 assign_g68 1
    x_g68_p33 assign_g68 1 dy_v110_L8_r1 -1
    x_g68_p33 dy_v111_L8_r1 -1 pt_v81_L8_r0 -1
    x_g68_p33 pt_v110_L8_r1 -1 pt_v111_L8_r1 -1
    x_g68_p33 heads_L8 4
    z_g68_p27 cum_g68_p27 1 cum_g68_p29 -1
    z_g68_p27 prec_g68_g52_t27 1 prec_g68_g63_t27 1
    z_g68_p27 prec_g68_g65_t27 1 prec_g68_g66_t27 1
    z_g68_p27 o_v110_c27_r1 1 o_v110_c29_r2 1
    z_g68_p27 o_v111_c27_r1 1 o_v111_c29_r2 1
    z_g68_p27 occ_c27 1 occ_c29 -2
    z_g68_p29 cum_g68_p29 1 cum_g68_p31 -1
    z_g68_p29 prec_g68_g52_t29 1 prec_g68_g63_t29 1
    z_g68_p29 prec_g68_g65_t29 1 prec_g68_g66_t29 1
    z_g68_p29 prec_g183_g68_t30 -1 o_v110_c29_r3 1
    z_g68_p29 o_v110_c31_r2 1 dy_v110_L7_r0 -1
    z_g68_p29 o_v111_c29_r3 1 o_v111_c31_r2 1
    z_g68_p29 dy_v111_L7_r0 -1 occ_c29 1
    z_g68_p29 occ_c31 -2
    z_g68_p31 cum_g68_p31 1 o_v110_c31_r3 1
    z_g68_p31 o_v110_c33_r2 1 o_v111_c31_r3 1
    z_g68_p31 o_v111_c33_r2 1 occ_c31 1
    z_g68_p31 occ_c33 -2
    x_g69_p10 assign_g69 1
    x_g70_p10 assign_g70 1
    x_g71_p11 cum_g71_p11 -1 assign_g71 1
    x_g71_p13 assign_g71 1 dy_v114_L3_r0 -1
    x_g71_p13 dy_v115_L3_r0 -1 pt_v114_L3_r0 -1
    x_g71_p13 pt_v115_L3_r0 -1
    z_g71_p11 cum_g71_p11 1 o_v114_c11_r0 1
    z_g71_p11 o_v114_c13_r0 1 o_v115_c11_r0 1
    z_g71_p11 o_v115_c13_r0 1 occ_c11 1
    x_g72_p11 cum_g72_p11 -1 assign_g72 1
    x_g72_p13 cum_g72_p13 -1 assign_g72 1
    x_g72_p13 dy_v114_L3_r1 -1 dy_v115_L3_r1 -1
    x_g72_p13 pt_v114_L3_r1 -1 pt_v115_L3_r1 -1
    x_g72_p13 heads_L3 2
    x_g72_p15 cum_g72_p15 -1 assign_g72 1
    x_g72_p17 cum_g72_p17 -1 assign_g72 1
    x_g72_p17 dy_v114_L4_r0 -1 dy_v115_L4_r0 -1
    x_g72_p17 pt_v78_L4_r1 -1 heads_L4 3
    x_g72_p19 cum_g72_p19 -1 assign_g72 1
    x_g72_p21 cum_g72_p21 -1 assign_g72 1
    x_g72_p21 dy_v114_L5_r0 -1 dy_v115_L5_r0 -1
    x_g72_p21 pt_v78_L5_r1 -1 heads_L5 3
    x_g72_p23 cum_g72_p23 -1 assign_g72 1
    x_g72_p25 cum_g72_p25 -1 assign_g72 1
    x_g72_p25 dy_v114_L6_r0 -1 dy_v115_L6_r0 -1
    x_g72_p25 pt_v78_L6_r1 -1 heads_L6 3
    x_g72_p27 cum_g72_p27 -1 assign_g72 1
    x_g72_p29 cum_g72_p29 -1 assign_g72 1
    x_g72_p29 dy_v114_L7_r0 -1 dy_v115_L7_r0 -1
    x_g72_p29 pt_v78_L7_r1 -1 heads_L7 3
    x_g72_p31 cum_g72_p31 -1 assign_g72 1
    x_g72_p33 assign_g72 1 dy_v114_L8_r0 -1
    x_g72_p33 dy_v115_L8_r0 -1 heads_L8 4
    z_g72_p11 cum_g72_p11 1 cum_g72_p13 -1
    z_g72_p11 o_v114_c11_r1 1 o_v114_c13_r1 1
    z_g72_p11 o_v115_c11_r1 1 o_v115_c13_r1 1
    z_g72_p11 occ_c11 1
    z_g72_p13 cum_g72_p13 1 cum_g72_p15 -1
    z_g72_p13 prec_g154_g72_t14 -1 o_v114_c13_r2 1
    z_g72_p13 o_v114_c15_r0 1 dy_v114_L3_r0 -1
    z_g72_p13 o_v115_c13_r2 1 o_v115_c15_r0 1
    z_g72_p13 dy_v115_L3_r0 -1 occ_c13 1
    z_g72_p15 cum_g72_p15 1 cum_g72_p17 -1
    z_g72_p15 o_v114_c15_r1 1 o_v114_c17_r0 1
    z_g72_p15 o_v115_c15_r1 1 o_v115_c17_r0 1
    z_g72_p15 occ_c15 1
    z_g72_p17 cum_g72_p17 1 cum_g72_p19 -1
    z_g72_p17 prec_g154_g72_t18 -1 o_v114_c17_r1 1
    z_g72_p17 o_v114_c19_r0 1 o_v115_c17_r1 1
    z_g72_p17 o_v115_c19_r0 1 occ_c17 1
    z_g72_p19 cum_g72_p19 1 cum_g72_p21 -1
    z_g72_p19 o_v114_c19_r1 1 o_v114_c21_r0 1
    z_g72_p19 o_v115_c19_r1 1 o_v115_c21_r0 1
    z_g72_p19 occ_c19 1
    z_g72_p21 cum_g72_p21 1 cum_g72_p23 -1
    z_g72_p21 prec_g154_g72_t22 -1 o_v114_c21_r1 1
    z_g72_p21 o_v114_c23_r0 1 o_v115_c21_r1 1
    z_g72_p21 o_v115_c23_r0 1 occ_c21 1
    z_g72_p23 cum_g72_p23 1 cum_g72_p25 -1
    z_g72_p23 o_v114_c23_r1 1 o_v114_c25_r0 1
    z_g72_p23 o_v115_c23_r1 1 o_v115_c25_r0 1
    z_g72_p23 occ_c23 1
    z_g72_p25 cum_g72_p25 1 cum_g72_p27 -1
    z_g72_p25 prec_g154_g72_t26 -1 o_v114_c25_r1 1
    z_g72_p25 o_v114_c27_r0 1 o_v115_c25_r1 1
    z_g72_p25 o_v115_c27_r0 1 occ_c25 1
    z_g72_p27 cum_g72_p27 1 cum_g72_p29 -1
    z_g72_p27 o_v114_c27_r1 1 o_v114_c29_r0 1
    z_g72_p27 o_v115_c27_r1 1 o_v115_c29_r0 1
    z_g72_p27 occ_c27 1
    z_g72_p29 cum_g72_p29 1 cum_g72_p31 -1
    z_g72_p29 prec_g154_g72_t30 -1 o_v114_c29_r1 1
    z_g72_p29 o_v114_c31_r0 1 o_v115_c29_r1 1
    z_g72_p29 o_v115_c31_r0 1 occ_c29 1
    z_g72_p31 cum_g72_p31 1 o_v114_c31_r1 1
    z_g72_p31 o_v114_c33_r0 1 o_v115_c31_r1 1
    z_g72_p31 o_v115_c33_r0 1 occ_c31 1
    x_g73_p14 assign_g73 1
    x_g74_p14 assign_g74 1
    x_g75_p15 cum_g75_p15 -1 assign_g75 1
    x_g75_p17 assign_g75 1 dy_v118_L4_r0 -1
    x_g75_p17 dy_v119_L4_r0 -1 pt_v118_L4_r0 -1
    x_g75_p17 pt_v119_L4_r0 -1
    z_g75_p15 cum_g75_p15 1 o_v118_c15_r0 1
    z_g75_p15 o_v118_c17_r0 1 o_v119_c15_r0 1
    z_g75_p15 o_v119_c17_r0 1 occ_c15 1
    x_g76_p15 cum_g76_p15 -1 assign_g76 1
    x_g76_p17 cum_g76_p17 -1 assign_g76 1
    x_g76_p17 dy_v118_L4_r1 -1 dy_v119_L4_r1 -1
    x_g76_p17 pt_v118_L4_r1 -1 pt_v119_L4_r1 -1
    x_g76_p17 heads_L4 4
    x_g76_p19 cum_g76_p19 -1 assign_g76 1
    x_g76_p21 cum_g76_p21 -1 assign_g76 1
    x_g76_p21 dy_v118_L5_r0 -1 dy_v119_L5_r0 -1
    x_g76_p21 pt_v79_L5_r1 -1 heads_L5 5
    x_g76_p23 cum_g76_p23 -1 assign_g76 1
    x_g76_p25 cum_g76_p25 -1 assign_g76 1
    x_g76_p25 dy_v118_L6_r0 -1 dy_v119_L6_r0 -1
    x_g76_p25 pt_v79_L6_r1 -1 heads_L6 5
    x_g76_p27 cum_g76_p27 -1 assign_g76 1
    x_g76_p29 cum_g76_p29 -1 assign_g76 1
    x_g76_p29 dy_v118_L7_r0 -1 dy_v119_L7_r0 -1
    x_g76_p29 pt_v79_L7_r1 -1 heads_L7 5
    x_g76_p31 cum_g76_p31 -1 assign_g76 1
    x_g76_p33 assign_g76 1 dy_v118_L8_r0 -1
    x_g76_p33 dy_v119_L8_r0 -1 heads_L8 6
    z_g76_p15 cum_g76_p15 1 cum_g76_p17 -1
    z_g76_p15 o_v118_c15_r1 1 o_v118_c17_r1 1
    z_g76_p15 o_v119_c15_r1 1 o_v119_c17_r1 1
    z_g76_p15 occ_c15 1 occ_c17 -1
    z_g76_p17 cum_g76_p17 1 cum_g76_p19 -1
    z_g76_p17 prec_g166_g76_t18 -1 o_v118_c17_r2 1
    z_g76_p17 o_v118_c19_r0 1 dy_v118_L4_r0 -1
    z_g76_p17 o_v119_c17_r2 1 o_v119_c19_r0 1
    z_g76_p17 dy_v119_L4_r0 -1 occ_c17 1
    z_g76_p17 occ_c19 -1
    z_g76_p19 cum_g76_p19 1 cum_g76_p21 -1
    z_g76_p19 o_v118_c19_r1 1 o_v118_c21_r0 1
    z_g76_p19 o_v119_c19_r1 1 o_v119_c21_r0 1
    z_g76_p19 occ_c19 1 occ_c21 -1
    z_g76_p21 cum_g76_p21 1 cum_g76_p23 -1
    z_g76_p21 prec_g166_g76_t22 -1 o_v118_c21_r1 1
    z_g76_p21 o_v118_c23_r0 1 o_v119_c21_r1 1
    z_g76_p21 o_v119_c23_r0 1 occ_c21 1
    z_g76_p21 occ_c23 -1
    z_g76_p23 cum_g76_p23 1 cum_g76_p25 -1
    z_g76_p23 o_v118_c23_r1 1 o_v118_c25_r0 1
    z_g76_p23 o_v119_c23_r1 1 o_v119_c25_r0 1
    z_g76_p23 occ_c23 1 occ_c25 -1
    z_g76_p25 cum_g76_p25 1 cum_g76_p27 -1
    z_g76_p25 prec_g166_g76_t26 -1 o_v118_c25_r1 1
    z_g76_p25 o_v118_c27_r0 1 o_v119_c25_r1 1
    z_g76_p25 o_v119_c27_r0 1 occ_c25 1
    z_g76_p25 occ_c27 -1
    z_g76_p27 cum_g76_p27 1 cum_g76_p29 -1
    z_g76_p27 o_v118_c27_r1 1 o_v118_c29_r0 1
    z_g76_p27 o_v119_c27_r1 1 o_v119_c29_r0 1
    z_g76_p27 occ_c27 1 occ_c29 -1
    z_g76_p29 cum_g76_p29 1 cum_g76_p31 -1
    z_g76_p29 prec_g166_g76_t30 -1 o_v118_c29_r1 1
    z_g76_p29 o_v118_c31_r0 1 o_v119_c29_r1 1
    z_g76_p29 o_v119_c31_r0 1 occ_c29 1
    z_g76_p29 occ_c31 -1
    z_g76_p31 cum_g76_p31 1 o_v118_c31_r1 1
    z_g76_p31 o_v118_c33_r0 1 o_v119_c31_r1 1
    z_g76_p31 o_v119_c33_r0 1 occ_c31 1
    z_g76_p31 occ_c33 -1
    x_g77_p18 assign_g77 1
    x_g78_p18 assign_g78 1
    x_g79_p19 cum_g79_p19 -1 assign_g79 1
    x_g79_p21 assign_g79 1 dy_v122_L5_r0 -1
    x_g79_p21 dy_v123_L5_r0 -1 pt_v122_L5_r0 -1
    x_g79_p21 pt_v123_L5_r0 -1
    z_g79_p19 cum_g79_p19 1 o_v122_c19_r0 1
    z_g79_p19 o_v122_c21_r0 1 o_v123_c19_r0 1
    z_g79_p19 o_v123_c21_r0 1 occ_c19 1
    x_g80_p19 cum_g80_p19 -1 assign_g80 1
    x_g80_p21 cum_g80_p21 -1 assign_g80 1
    x_g80_p21 dy_v122_L5_r1 -1 dy_v123_L5_r1 -1
    x_g80_p21 pt_v122_L5_r1 -1 pt_v123_L5_r1 -1
    x_g80_p21 heads_L5 4
    x_g80_p23 cum_g80_p23 -1 assign_g80 1
    x_g80_p25 cum_g80_p25 -1 assign_g80 1
    x_g80_p25 dy_v122_L6_r0 -1 dy_v123_L6_r0 -1
    x_g80_p25 pt_v80_L6_r1 -1 heads_L6 5
    x_g80_p27 cum_g80_p27 -1 assign_g80 1
    x_g80_p29 cum_g80_p29 -1 assign_g80 1
    x_g80_p29 dy_v122_L7_r0 -1 dy_v123_L7_r0 -1
    x_g80_p29 pt_v80_L7_r1 -1 heads_L7 5
    x_g80_p31 cum_g80_p31 -1 assign_g80 1
    x_g80_p33 assign_g80 1 dy_v122_L8_r0 -1
    x_g80_p33 dy_v123_L8_r0 -1 pt_v80_L8_r1 -1
    x_g80_p33 heads_L8 5
    z_g80_p19 cum_g80_p19 1 cum_g80_p21 -1
    z_g80_p19 o_v122_c19_r1 1 o_v122_c21_r1 1
    z_g80_p19 o_v123_c19_r1 1 o_v123_c21_r1 1
    z_g80_p19 occ_c19 1 occ_c21 -1
    z_g80_p21 cum_g80_p21 1 cum_g80_p23 -1
    z_g80_p21 prec_g175_g80_t22 -1 o_v122_c21_r2 1
    z_g80_p21 o_v122_c23_r0 1 dy_v122_L5_r0 -1
    z_g80_p21 o_v123_c21_r2 1 o_v123_c23_r0 1
    z_g80_p21 dy_v123_L5_r0 -1 occ_c21 1
    z_g80_p21 occ_c23 -1
    z_g80_p23 cum_g80_p23 1 cum_g80_p25 -1
    z_g80_p23 o_v122_c23_r1 1 o_v122_c25_r0 1
    z_g80_p23 o_v123_c23_r1 1 o_v123_c25_r0 1
    z_g80_p23 occ_c23 1 occ_c25 -1
    z_g80_p25 cum_g80_p25 1 cum_g80_p27 -1
    z_g80_p25 prec_g175_g80_t26 -1 o_v122_c25_r1 1
    z_g80_p25 o_v122_c27_r0 1 o_v123_c25_r1 1
    z_g80_p25 o_v123_c27_r0 1 occ_c25 1
    z_g80_p25 occ_c27 -1
    z_g80_p27 cum_g80_p27 1 cum_g80_p29 -1
    z_g80_p27 o_v122_c27_r1 1 o_v122_c29_r0 1
    z_g80_p27 o_v123_c27_r1 1 o_v123_c29_r0 1
    z_g80_p27 occ_c27 1 occ_c29 -1
    z_g80_p29 cum_g80_p29 1 cum_g80_p31 -1
    z_g80_p29 prec_g175_g80_t30 -1 o_v122_c29_r1 1
    z_g80_p29 o_v122_c31_r0 1 o_v123_c29_r1 1
    z_g80_p29 o_v123_c31_r0 1 occ_c29 1
    z_g80_p29 occ_c31 -1
    z_g80_p31 cum_g80_p31 1 o_v122_c31_r1 1
    z_g80_p31 o_v122_c33_r0 1 o_v123_c31_r1 1
    z_g80_p31 o_v123_c33_r0 1 occ_c31 1
    z_g80_p31 occ_c33 -1
    x_g81_p22 assign_g81 1
    x_g82_p22 assign_g82 1
    x_g83_p23 cum_g83_p23 -1 assign_g83 1
    x_g83_p25 assign_g83 1 dy_v126_L6_r0 -1
    x_g83_p25 dy_v127_L6_r0 -1 pt_v126_L6_r0 -1
    x_g83_p25 pt_v127_L6_r0 -1
    z_g83_p23 cum_g83_p23 1 o_v126_c23_r0 1
    z_g83_p23 o_v126_c25_r0 1 o_v127_c23_r0 1
    z_g83_p23 o_v127_c25_r0 1 o_v128_c23_r0 -1
    z_g83_p23 o_v128_c23_r1 -1 o_v128_c23_r2 -1
    z_g83_p23 o_v128_c23_r3 -1 o_v128_c23_r4 -1
    z_g83_p23 o_v128_c23_r5 -1 o_v128_c23_r6 -1
    z_g83_p23 o_v128_c23_r7 -1 o_v128_c23_r8 -1
    z_g83_p23 o_v128_c23_r9 -1 o_v128_c23_r10 -1
    z_g83_p23 o_v128_c23_r11 -1 o_v128_c23_r12 -1
    x_g84_p23 cum_g84_p23 -1 assign_g84 1
    x_g84_p25 cum_g84_p25 -1 assign_g84 1
    x_g84_p25 dy_v126_L6_r1 -1 dy_v127_L6_r1 -1
    x_g84_p25 pt_v126_L6_r1 -1 pt_v127_L6_r1 -1
    x_g84_p25 heads_L6 4
    x_g84_p27 cum_g84_p27 -1 assign_g84 1
    x_g84_p29 cum_g84_p29 -1 assign_g84 1
    x_g84_p29 dy_v126_L7_r0 -1 dy_v127_L7_r0 -1
    x_g84_p29 pt_v81_L7_r1 -1 heads_L7 5
    x_g84_p31 cum_g84_p31 -1 assign_g84 1
    x_g84_p33 assign_g84 1 dy_v126_L8_r0 -1
    x_g84_p33 dy_v127_L8_r0 -1 pt_v81_L8_r1 -1
    x_g84_p33 heads_L8 5
    z_g84_p23 cum_g84_p23 1 cum_g84_p25 -1
    z_g84_p23 o_v126_c23_r1 1 o_v126_c25_r1 1
    z_g84_p23 o_v127_c23_r1 1 o_v127_c25_r1 1
    z_g84_p23 occ_c23 1 occ_c25 -1
    z_g84_p25 cum_g84_p25 1 cum_g84_p27 -1
    z_g84_p25 prec_g184_g84_t26 -1 o_v126_c25_r2 1
    z_g84_p25 o_v126_c27_r0 1 dy_v126_L6_r0 -1
    z_g84_p25 o_v127_c25_r2 1 o_v127_c27_r0 1
    z_g84_p25 dy_v127_L6_r0 -1 occ_c25 1
    z_g84_p25 occ_c27 -1
    z_g84_p27 cum_g84_p27 1 cum_g84_p29 -1
    z_g84_p27 o_v126_c27_r1 1 o_v126_c29_r0 1
    z_g84_p27 o_v127_c27_r1 1 o_v127_c29_r0 1
    z_g84_p27 occ_c27 1 occ_c29 -1
    z_g84_p29 cum_g84_p29 1 cum_g84_p31 -1
    z_g84_p29 prec_g184_g84_t30 -1 o_v126_c29_r1 1
    z_g84_p29 o_v126_c31_r0 1 o_v127_c29_r1 1
    z_g84_p29 o_v127_c31_r0 1 occ_c29 1
    z_g84_p29 occ_c31 -1
    z_g84_p31 cum_g84_p31 1 o_v126_c31_r1 1
    z_g84_p31 o_v126_c33_r0 1 o_v127_c31_r1 1
    z_g84_p31 o_v127_c33_r0 1 occ_c31 1
    z_g84_p31 occ_c33 -1
    x_g85_p10 cum_g85_p10 -1 assign_g85 1
    x_g85_p14 cum_g85_p14 -1 assign_g85 1
    x_g85_p18 cum_g85_p18 -1 assign_g85 1
    x_g85_p22 assign_g85 1
    z_g85_p10 cum_g85_p10 1 cum_g85_p14 -1
    z_g85_p10 prec_g88_g85_t11 -1 prec_g88_g85_t13 -1
    z_g85_p10 o_v130_c11_r0 -1 o_v130_c13_r0 -1
    z_g85_p10 o_v130_c13_r1 -1 o_v130_c15_r0 -1
    z_g85_p14 cum_g85_p14 1 cum_g85_p18 -1
    z_g85_p14 prec_g88_g85_t15 -1 prec_g88_g85_t17 -1
    z_g85_p14 o_v130_c15_r1 -1 o_v130_c17_r0 -1
    z_g85_p14 o_v130_c17_r1 -1 o_v130_c19_r0 -1
    z_g85_p18 cum_g85_p18 1 prec_g88_g85_t19 -1
    z_g85_p18 prec_g88_g85_t21 -1 o_v130_c19_r1 -1
    z_g85_p18 o_v130_c21_r0 -1 o_v130_c21_r1 -1
    z_g85_p18 o_v130_c23_r0 -1
    x_g86_p10 cum_g86_p10 -1 assign_g86 1
    x_g86_p14 cum_g86_p14 -1 assign_g86 1
    x_g86_p18 cum_g86_p18 -1 assign_g86 1
    x_g86_p22 assign_g86 1
    z_g86_p10 cum_g86_p10 1 cum_g86_p14 -1
    z_g86_p10 prec_g88_g86_t11 -1 prec_g88_g86_t13 -1
    z_g86_p10 o_v131_c11_r0 -1 o_v131_c13_r0 -1
    z_g86_p10 o_v131_c13_r1 -1 o_v131_c15_r0 -1
    z_g86_p14 cum_g86_p14 1 cum_g86_p18 -1
    z_g86_p14 prec_g88_g86_t15 -1 prec_g88_g86_t17 -1
    z_g86_p14 o_v131_c15_r1 -1 o_v131_c17_r0 -1
    z_g86_p14 o_v131_c17_r1 -1 o_v131_c19_r0 -1
    z_g86_p18 cum_g86_p18 1 prec_g88_g86_t19 -1
    z_g86_p18 prec_g88_g86_t21 -1 o_v131_c19_r1 -1
    z_g86_p18 o_v131_c21_r0 -1 o_v131_c21_r1 -1
    z_g86_p18 o_v131_c23_r0 -1
    x_g87_p10 cum_g87_p10 -1 assign_g87 1
    x_g87_p14 cum_g87_p14 -1 assign_g87 1
    x_g87_p18 cum_g87_p18 -1 assign_g87 1
    x_g87_p22 assign_g87 1
    z_g87_p10 cum_g87_p10 1 cum_g87_p14 -1
    z_g87_p10 prec_g88_g87_t11 -1 prec_g88_g87_t13 -1
    z_g87_p10 o_v132_c11_r0 -1 o_v132_c13_r0 -1
    z_g87_p10 o_v132_c13_r1 -1 o_v132_c15_r0 -1
    z_g87_p14 cum_g87_p14 1 cum_g87_p18 -1
    z_g87_p14 prec_g88_g87_t15 -1 prec_g88_g87_t17 -1
    z_g87_p14 o_v132_c15_r1 -1 o_v132_c17_r0 -1
    z_g87_p14 o_v132_c17_r1 -1 o_v132_c19_r0 -1
    z_g87_p18 cum_g87_p18 1 prec_g88_g87_t19 -1
    z_g87_p18 prec_g88_g87_t21 -1 o_v132_c19_r1 -1
    z_g87_p18 o_v132_c21_r0 -1 o_v132_c21_r1 -1
    z_g87_p18 o_v132_c23_r0 -1
    x_g88_p11 cum_g88_p11 -1 assign_g88 1
    x_g88_p13 cum_g88_p13 -1 assign_g88 1
    x_g88_p13 heads_L3 6
    x_g88_p15 cum_g88_p15 -1 assign_g88 1
    x_g88_p17 cum_g88_p17 -1 assign_g88 1
    x_g88_p17 heads_L4 6
    x_g88_p19 cum_g88_p19 -1 assign_g88 1
    x_g88_p21 cum_g88_p21 -1 assign_g88 1
    x_g88_p21 heads_L5 6
    x_g88_p23 cum_g88_p23 -1 assign_g88 1
    x_g88_p25 assign_g88 1 heads_L6 6
    z_g88_p11 cum_g88_p11 1 cum_g88_p13 -1
    z_g88_p11 prec_g88_g85_t11 1 prec_g88_g86_t11 1
    z_g88_p11 prec_g88_g87_t11 1 o_v130_c11_r0 1
    z_g88_p11 o_v130_c13_r0 1 o_v131_c11_r0 1
    z_g88_p11 o_v131_c13_r0 1 o_v132_c11_r0 1
    z_g88_p11 o_v132_c13_r0 1 o_v133_c11_r0 -1
    z_g88_p11 o_v133_c11_r1 -1
    z_g88_p13 cum_g88_p13 1 cum_g88_p15 -1
    z_g88_p13 prec_g88_g85_t13 1 prec_g88_g86_t13 1
    z_g88_p13 prec_g88_g87_t13 1 prec_g101_g88_t14 -1
    z_g88_p13 prec_g102_g88_t14 -1 o_v130_c13_r1 1
    z_g88_p13 o_v130_c15_r0 1 o_v131_c13_r1 1
    z_g88_p13 o_v131_c15_r0 1 o_v132_c13_r1 1
    z_g88_p13 o_v132_c15_r0 1 o_v133_c13_r0 -1
    z_g88_p13 o_v133_c13_r1 -1
    z_g88_p15 cum_g88_p15 1 cum_g88_p17 -1
    z_g88_p15 prec_g88_g85_t15 1 prec_g88_g86_t15 1
    z_g88_p15 prec_g88_g87_t15 1 o_v130_c15_r1 1
    z_g88_p15 o_v130_c17_r0 1 o_v131_c15_r1 1
    z_g88_p15 o_v131_c17_r0 1 o_v132_c15_r1 1
    z_g88_p15 o_v132_c17_r0 1 o_v133_c15_r0 -1
    z_g88_p15 o_v133_c15_r1 -1
    z_g88_p17 cum_g88_p17 1 cum_g88_p19 -1
    z_g88_p17 prec_g88_g85_t17 1 prec_g88_g86_t17 1
    z_g88_p17 prec_g88_g87_t17 1 prec_g101_g88_t18 -1
    z_g88_p17 prec_g102_g88_t18 -1 o_v130_c17_r1 1
    z_g88_p17 o_v130_c19_r0 1 o_v131_c17_r1 1
    z_g88_p17 o_v131_c19_r0 1 o_v132_c17_r1 1
    z_g88_p17 o_v132_c19_r0 1 o_v133_c17_r0 -1
    z_g88_p17 o_v133_c17_r1 -1
    z_g88_p19 cum_g88_p19 1 cum_g88_p21 -1
    z_g88_p19 prec_g88_g85_t19 1 prec_g88_g86_t19 1
    z_g88_p19 prec_g88_g87_t19 1 o_v130_c19_r1 1
    z_g88_p19 o_v130_c21_r0 1 o_v131_c19_r1 1
    z_g88_p19 o_v131_c21_r0 1 o_v132_c19_r1 1
    z_g88_p19 o_v132_c21_r0 1 o_v133_c19_r0 -1
    z_g88_p19 o_v133_c19_r1 -1
    z_g88_p21 cum_g88_p21 1 cum_g88_p23 -1
    z_g88_p21 prec_g88_g85_t21 1 prec_g88_g86_t21 1
    z_g88_p21 prec_g88_g87_t21 1 prec_g101_g88_t22 -1
    z_g88_p21 prec_g102_g88_t22 -1 o_v130_c21_r1 1
    z_g88_p21 o_v130_c23_r0 1 o_v131_c21_r1 1
    z_g88_p21 o_v131_c23_r0 1 o_v132_c21_r1 1
    z_g88_p21 o_v132_c23_r0 1 o_v133_c21_r0 -1
    z_g88_p21 o_v133_c21_r1 -1
    z_g88_p23 cum_g88_p23 1 o_v130_c23_r1 1
    z_g88_p23 o_v130_c25_r0 1 o_v131_c23_r1 1
    z_g88_p23 o_v131_c25_r0 1 o_v132_c23_r1 1
    z_g88_p23 o_v132_c25_r0 1 o_v133_c23_r0 -1
    z_g88_p23 o_v133_c23_r1 -1
    x_g89_p10 cum_g89_p10 -1 assign_g89 1
    x_g89_p14 cum_g89_p14 -1 assign_g89 1
    x_g89_p18 cum_g89_p18 -1 assign_g89 1
    x_g89_p22 assign_g89 1
    z_g89_p10 cum_g89_p10 1 cum_g89_p14 -1
    z_g89_p10 prec_g92_g89_t11 -1 prec_g92_g89_t13 -1
    z_g89_p10 o_v134_c11_r0 -1 o_v134_c13_r0 -1
    z_g89_p10 o_v134_c13_r1 -1 o_v134_c15_r0 -1
    z_g89_p14 cum_g89_p14 1 cum_g89_p18 -1
    z_g89_p14 prec_g92_g89_t15 -1 prec_g92_g89_t17 -1
    z_g89_p14 o_v134_c15_r1 -1 o_v134_c17_r0 -1
    z_g89_p14 o_v134_c17_r1 -1 o_v134_c19_r0 -1
    z_g89_p18 cum_g89_p18 1 prec_g92_g89_t19 -1
    z_g89_p18 prec_g92_g89_t21 -1 o_v134_c19_r1 -1
    z_g89_p18 o_v134_c21_r0 -1 o_v134_c21_r1 -1
    z_g89_p18 o_v134_c23_r0 -1
    x_g90_p10 cum_g90_p10 -1 assign_g90 1
    x_g90_p14 cum_g90_p14 -1 assign_g90 1
    x_g90_p18 cum_g90_p18 -1 assign_g90 1
    x_g90_p22 assign_g90 1
    z_g90_p10 cum_g90_p10 1 cum_g90_p14 -1
    z_g90_p10 prec_g92_g90_t11 -1 prec_g92_g90_t13 -1
    z_g90_p10 o_v135_c11_r0 -1 o_v135_c13_r0 -1
    z_g90_p10 o_v135_c13_r1 -1 o_v135_c15_r0 -1
    z_g90_p14 cum_g90_p14 1 cum_g90_p18 -1
    z_g90_p14 prec_g92_g90_t15 -1 prec_g92_g90_t17 -1
    z_g90_p14 o_v135_c15_r1 -1 o_v135_c17_r0 -1
    z_g90_p14 o_v135_c17_r1 -1 o_v135_c19_r0 -1
    z_g90_p18 cum_g90_p18 1 prec_g92_g90_t19 -1
    z_g90_p18 prec_g92_g90_t21 -1 o_v135_c19_r1 -1
    z_g90_p18 o_v135_c21_r0 -1 o_v135_c21_r1 -1
    z_g90_p18 o_v135_c23_r0 -1
    x_g91_p10 cum_g91_p10 -1 assign_g91 1
    x_g91_p14 cum_g91_p14 -1 assign_g91 1
    x_g91_p18 cum_g91_p18 -1 assign_g91 1
    x_g91_p22 assign_g91 1
    z_g91_p10 cum_g91_p10 1 cum_g91_p14 -1
    z_g91_p10 prec_g92_g91_t11 -1 prec_g92_g91_t13 -1
    z_g91_p10 o_v136_c11_r0 -1 o_v136_c13_r0 -1
    z_g91_p10 o_v136_c13_r1 -1 o_v136_c15_r0 -1
    z_g91_p14 cum_g91_p14 1 cum_g91_p18 -1
    z_g91_p14 prec_g92_g91_t15 -1 prec_g92_g91_t17 -1
    z_g91_p14 o_v136_c15_r1 -1 o_v136_c17_r0 -1
    z_g91_p14 o_v136_c17_r1 -1 o_v136_c19_r0 -1
    z_g91_p18 cum_g91_p18 1 prec_g92_g91_t19 -1
    z_g91_p18 prec_g92_g91_t21 -1 o_v136_c19_r1 -1
    z_g91_p18 o_v136_c21_r0 -1 o_v136_c21_r1 -1
    z_g91_p18 o_v136_c23_r0 -1
    x_g92_p11 cum_g92_p11 -1 assign_g92 1
    x_g92_p13 cum_g92_p13 -1 assign_g92 1
    x_g92_p13 heads_L3 6
    x_g92_p15 cum_g92_p15 -1 assign_g92 1
    x_g92_p17 cum_g92_p17 -1 assign_g92 1
    x_g92_p17 heads_L4 6
    x_g92_p19 cum_g92_p19 -1 assign_g92 1
    x_g92_p21 cum_g92_p21 -1 assign_g92 1
    x_g92_p21 heads_L5 6
    x_g92_p23 cum_g92_p23 -1 assign_g92 1
    x_g92_p25 assign_g92 1 heads_L6 6
    z_g92_p11 cum_g92_p11 1 cum_g92_p13 -1
    z_g92_p11 prec_g92_g89_t11 1 prec_g92_g90_t11 1
    z_g92_p11 prec_g92_g91_t11 1 o_v134_c11_r0 1
    z_g92_p11 o_v134_c13_r0 1 o_v135_c11_r0 1
    z_g92_p11 o_v135_c13_r0 1 o_v136_c11_r0 1
    z_g92_p11 o_v136_c13_r0 1 o_v137_c11_r0 -1
    z_g92_p11 o_v137_c11_r1 -1
    z_g92_p13 cum_g92_p13 1 cum_g92_p15 -1
    z_g92_p13 prec_g92_g89_t13 1 prec_g92_g90_t13 1
    z_g92_p13 prec_g92_g91_t13 1 prec_g101_g92_t14 -1
    z_g92_p13 prec_g102_g92_t14 -1 o_v134_c13_r1 1
    z_g92_p13 o_v134_c15_r0 1 o_v135_c13_r1 1
    z_g92_p13 o_v135_c15_r0 1 o_v136_c13_r1 1
    z_g92_p13 o_v136_c15_r0 1 o_v137_c13_r0 -1
    z_g92_p13 o_v137_c13_r1 -1
    z_g92_p15 cum_g92_p15 1 cum_g92_p17 -1
    z_g92_p15 prec_g92_g89_t15 1 prec_g92_g90_t15 1
    z_g92_p15 prec_g92_g91_t15 1 o_v134_c15_r1 1
    z_g92_p15 o_v134_c17_r0 1 o_v135_c15_r1 1
    z_g92_p15 o_v135_c17_r0 1 o_v136_c15_r1 1
    z_g92_p15 o_v136_c17_r0 1 o_v137_c15_r0 -1
    z_g92_p15 o_v137_c15_r1 -1
    z_g92_p17 cum_g92_p17 1 cum_g92_p19 -1
    z_g92_p17 prec_g92_g89_t17 1 prec_g92_g90_t17 1
    z_g92_p17 prec_g92_g91_t17 1 prec_g101_g92_t18 -1
    z_g92_p17 prec_g102_g92_t18 -1 o_v134_c17_r1 1
    z_g92_p17 o_v134_c19_r0 1 o_v135_c17_r1 1
    z_g92_p17 o_v135_c19_r0 1 o_v136_c17_r1 1
    z_g92_p17 o_v136_c19_r0 1 o_v137_c17_r0 -1
    z_g92_p17 o_v137_c17_r1 -1
    z_g92_p19 cum_g92_p19 1 cum_g92_p21 -1
    z_g92_p19 prec_g92_g89_t19 1 prec_g92_g90_t19 1
    z_g92_p19 prec_g92_g91_t19 1 o_v134_c19_r1 1
    z_g92_p19 o_v134_c21_r0 1 o_v135_c19_r1 1
    z_g92_p19 o_v135_c21_r0 1 o_v136_c19_r1 1
    z_g92_p19 o_v136_c21_r0 1 o_v137_c19_r0 -1
    z_g92_p19 o_v137_c19_r1 -1
    z_g92_p21 cum_g92_p21 1 cum_g92_p23 -1
    z_g92_p21 prec_g92_g89_t21 1 prec_g92_g90_t21 1
    z_g92_p21 prec_g92_g91_t21 1 prec_g101_g92_t22 -1
    z_g92_p21 prec_g102_g92_t22 -1 o_v134_c21_r1 1
    z_g92_p21 o_v134_c23_r0 1 o_v135_c21_r1 1
    z_g92_p21 o_v135_c23_r0 1 o_v136_c21_r1 1
    z_g92_p21 o_v136_c23_r0 1 o_v137_c21_r0 -1
    z_g92_p21 o_v137_c21_r1 -1
    z_g92_p23 cum_g92_p23 1 o_v134_c23_r1 1
    z_g92_p23 o_v134_c25_r0 1 o_v135_c23_r1 1
    z_g92_p23 o_v135_c25_r0 1 o_v136_c23_r1 1
    z_g92_p23 o_v136_c25_r0 1 o_v137_c23_r0 -1
    z_g92_p23 o_v137_c23_r1 -1
    x_g93_p10 cum_g93_p10 -1 assign_g93 1
    x_g93_p14 cum_g93_p14 -1 assign_g93 1
    x_g93_p18 cum_g93_p18 -1 assign_g93 1
    x_g93_p22 assign_g93 1
    z_g93_p10 cum_g93_p10 1 cum_g93_p14 -1
    z_g93_p10 prec_g96_g93_t11 -1 prec_g96_g93_t13 -1
    z_g93_p10 o_v138_c11_r0 -1 o_v138_c13_r0 -1
    z_g93_p10 o_v138_c13_r1 -1 o_v138_c15_r0 -1
    z_g93_p14 cum_g93_p14 1 cum_g93_p18 -1
    z_g93_p14 prec_g96_g93_t15 -1 prec_g96_g93_t17 -1
    z_g93_p14 o_v138_c15_r1 -1 o_v138_c17_r0 -1
    z_g93_p14 o_v138_c17_r1 -1 o_v138_c19_r0 -1
    z_g93_p18 cum_g93_p18 1 prec_g96_g93_t19 -1
    z_g93_p18 prec_g96_g93_t21 -1 o_v138_c19_r1 -1
    z_g93_p18 o_v138_c21_r0 -1 o_v138_c21_r1 -1
    z_g93_p18 o_v138_c23_r0 -1
    x_g94_p10 cum_g94_p10 -1 assign_g94 1
    x_g94_p14 cum_g94_p14 -1 assign_g94 1
    x_g94_p18 cum_g94_p18 -1 assign_g94 1
    x_g94_p22 assign_g94 1
    z_g94_p10 cum_g94_p10 1 cum_g94_p14 -1
    z_g94_p10 prec_g96_g94_t11 -1 prec_g96_g94_t13 -1
    z_g94_p10 o_v139_c11_r0 -1 o_v139_c13_r0 -1
    z_g94_p10 o_v139_c13_r1 -1 o_v139_c15_r0 -1
    z_g94_p14 cum_g94_p14 1 cum_g94_p18 -1
    z_g94_p14 prec_g96_g94_t15 -1 prec_g96_g94_t17 -1
    z_g94_p14 o_v139_c15_r1 -1 o_v139_c17_r0 -1
    z_g94_p14 o_v139_c17_r1 -1 o_v139_c19_r0 -1
    z_g94_p18 cum_g94_p18 1 prec_g96_g94_t19 -1
    z_g94_p18 prec_g96_g94_t21 -1 o_v139_c19_r1 -1
    z_g94_p18 o_v139_c21_r0 -1 o_v139_c21_r1 -1
    z_g94_p18 o_v139_c23_r0 -1
    x_g95_p10 cum_g95_p10 -1 assign_g95 1
    x_g95_p14 cum_g95_p14 -1 assign_g95 1
    x_g95_p18 cum_g95_p18 -1 assign_g95 1
    x_g95_p22 assign_g95 1
    z_g95_p10 cum_g95_p10 1 cum_g95_p14 -1
    z_g95_p10 prec_g96_g95_t11 -1 prec_g96_g95_t13 -1
    z_g95_p10 o_v140_c11_r0 -1 o_v140_c13_r0 -1
    z_g95_p10 o_v140_c13_r1 -1 o_v140_c15_r0 -1
    z_g95_p14 cum_g95_p14 1 cum_g95_p18 -1
    z_g95_p14 prec_g96_g95_t15 -1 prec_g96_g95_t17 -1
    z_g95_p14 o_v140_c15_r1 -1 o_v140_c17_r0 -1
    z_g95_p14 o_v140_c17_r1 -1 o_v140_c19_r0 -1
    z_g95_p18 cum_g95_p18 1 prec_g96_g95_t19 -1
    z_g95_p18 prec_g96_g95_t21 -1 o_v140_c19_r1 -1
    z_g95_p18 o_v140_c21_r0 -1 o_v140_c21_r1 -1
    z_g95_p18 o_v140_c23_r0 -1
    x_g96_p11 cum_g96_p11 -1 assign_g96 1
    x_g96_p13 cum_g96_p13 -1 assign_g96 1
    x_g96_p13 heads_L3 6
    x_g96_p15 cum_g96_p15 -1 assign_g96 1
    x_g96_p17 cum_g96_p17 -1 assign_g96 1
    x_g96_p17 heads_L4 6
    x_g96_p19 cum_g96_p19 -1 assign_g96 1
    x_g96_p21 cum_g96_p21 -1 assign_g96 1
    x_g96_p21 heads_L5 6
    x_g96_p23 cum_g96_p23 -1 assign_g96 1
    x_g96_p25 assign_g96 1 heads_L6 6
    z_g96_p11 cum_g96_p11 1 cum_g96_p13 -1
    z_g96_p11 prec_g96_g93_t11 1 prec_g96_g94_t11 1
    z_g96_p11 prec_g96_g95_t11 1 o_v138_c11_r0 1
    z_g96_p11 o_v138_c13_r0 1 o_v139_c11_r0 1
    z_g96_p11 o_v139_c13_r0 1 o_v140_c11_r0 1
    z_g96_p11 o_v140_c13_r0 1 o_v141_c11_r0 -1
    z_g96_p11 o_v141_c11_r1 -1
    z_g96_p13 cum_g96_p13 1 cum_g96_p15 -1
    z_g96_p13 prec_g96_g93_t13 1 prec_g96_g94_t13 1
    z_g96_p13 prec_g96_g95_t13 1 prec_g101_g96_t14 -1
    z_g96_p13 prec_g102_g96_t14 -1 o_v138_c13_r1 1
    z_g96_p13 o_v138_c15_r0 1 o_v139_c13_r1 1
    z_g96_p13 o_v139_c15_r0 1 o_v140_c13_r1 1
    z_g96_p13 o_v140_c15_r0 1 o_v141_c13_r0 -1
    z_g96_p13 o_v141_c13_r1 -1
    z_g96_p15 cum_g96_p15 1 cum_g96_p17 -1
    z_g96_p15 prec_g96_g93_t15 1 prec_g96_g94_t15 1
    z_g96_p15 prec_g96_g95_t15 1 o_v138_c15_r1 1
    z_g96_p15 o_v138_c17_r0 1 o_v139_c15_r1 1
    z_g96_p15 o_v139_c17_r0 1 o_v140_c15_r1 1
    z_g96_p15 o_v140_c17_r0 1 o_v141_c15_r0 -1
    z_g96_p15 o_v141_c15_r1 -1
    z_g96_p17 cum_g96_p17 1 cum_g96_p19 -1
    z_g96_p17 prec_g96_g93_t17 1 prec_g96_g94_t17 1
    z_g96_p17 prec_g96_g95_t17 1 prec_g101_g96_t18 -1
    z_g96_p17 prec_g102_g96_t18 -1 o_v138_c17_r1 1
    z_g96_p17 o_v138_c19_r0 1 o_v139_c17_r1 1
    z_g96_p17 o_v139_c19_r0 1 o_v140_c17_r1 1
    z_g96_p17 o_v140_c19_r0 1 o_v141_c17_r0 -1
    z_g96_p17 o_v141_c17_r1 -1
    z_g96_p19 cum_g96_p19 1 cum_g96_p21 -1
    z_g96_p19 prec_g96_g93_t19 1 prec_g96_g94_t19 1
    z_g96_p19 prec_g96_g95_t19 1 o_v138_c19_r1 1
    z_g96_p19 o_v138_c21_r0 1 o_v139_c19_r1 1
    z_g96_p19 o_v139_c21_r0 1 o_v140_c19_r1 1
    z_g96_p19 o_v140_c21_r0 1 o_v141_c19_r0 -1
    z_g96_p19 o_v141_c19_r1 -1
    z_g96_p21 cum_g96_p21 1 cum_g96_p23 -1
    z_g96_p21 prec_g96_g93_t21 1 prec_g96_g94_t21 1
    z_g96_p21 prec_g96_g95_t21 1 prec_g101_g96_t22 -1
    z_g96_p21 prec_g102_g96_t22 -1 o_v138_c21_r1 1
    z_g96_p21 o_v138_c23_r0 1 o_v139_c21_r1 1
    z_g96_p21 o_v139_c23_r0 1 o_v140_c21_r1 1
    z_g96_p21 o_v140_c23_r0 1 o_v141_c21_r0 -1
    z_g96_p21 o_v141_c21_r1 -1
    z_g96_p23 cum_g96_p23 1 o_v138_c23_r1 1
    z_g96_p23 o_v138_c25_r0 1 o_v139_c23_r1 1
    z_g96_p23 o_v139_c25_r0 1 o_v140_c23_r1 1
    z_g96_p23 o_v140_c25_r0 1 o_v141_c23_r0 -1
    z_g96_p23 o_v141_c23_r1 -1
    x_g97_p10 cum_g97_p10 -1 assign_g97 1
    x_g97_p14 cum_g97_p14 -1 assign_g97 1
    x_g97_p18 cum_g97_p18 -1 assign_g97 1
    x_g97_p22 assign_g97 1
    z_g97_p10 cum_g97_p10 1 cum_g97_p14 -1
    z_g97_p10 prec_g100_g97_t11 -1 prec_g100_g97_t13 -1
    z_g97_p10 o_v142_c11_r0 -1 o_v142_c13_r0 -1
    z_g97_p10 o_v142_c13_r1 -1 o_v142_c15_r0 -1
    z_g97_p14 cum_g97_p14 1 cum_g97_p18 -1
    z_g97_p14 prec_g100_g97_t15 -1 prec_g100_g97_t17 -1
    z_g97_p14 o_v142_c15_r1 -1 o_v142_c17_r0 -1
    z_g97_p14 o_v142_c17_r1 -1 o_v142_c19_r0 -1
    z_g97_p18 cum_g97_p18 1 prec_g100_g97_t19 -1
    z_g97_p18 prec_g100_g97_t21 -1 o_v142_c19_r1 -1
    z_g97_p18 o_v142_c21_r0 -1 o_v142_c21_r1 -1
    z_g97_p18 o_v142_c23_r0 -1
    x_g98_p10 cum_g98_p10 -1 assign_g98 1
    x_g98_p14 cum_g98_p14 -1 assign_g98 1
    x_g98_p18 cum_g98_p18 -1 assign_g98 1
    x_g98_p22 assign_g98 1
    z_g98_p10 cum_g98_p10 1 cum_g98_p14 -1
    z_g98_p10 prec_g100_g98_t11 -1 prec_g100_g98_t13 -1
    z_g98_p10 o_v143_c11_r0 -1 o_v143_c13_r0 -1
    z_g98_p10 o_v143_c13_r1 -1 o_v143_c15_r0 -1
    z_g98_p14 cum_g98_p14 1 cum_g98_p18 -1
    z_g98_p14 prec_g100_g98_t15 -1 prec_g100_g98_t17 -1
    z_g98_p14 o_v143_c15_r1 -1 o_v143_c17_r0 -1
    z_g98_p14 o_v143_c17_r1 -1 o_v143_c19_r0 -1
    z_g98_p18 cum_g98_p18 1 prec_g100_g98_t19 -1
    z_g98_p18 prec_g100_g98_t21 -1 o_v143_c19_r1 -1
    z_g98_p18 o_v143_c21_r0 -1 o_v143_c21_r1 -1
    z_g98_p18 o_v143_c23_r0 -1
    x_g99_p10 cum_g99_p10 -1 assign_g99 1
    x_g99_p14 cum_g99_p14 -1 assign_g99 1
    x_g99_p18 cum_g99_p18 -1 assign_g99 1
    x_g99_p22 assign_g99 1
    z_g99_p10 cum_g99_p10 1 cum_g99_p14 -1
    z_g99_p10 prec_g100_g99_t11 -1 prec_g100_g99_t13 -1
    z_g99_p10 o_v144_c11_r0 -1 o_v144_c13_r0 -1
    z_g99_p10 o_v144_c13_r1 -1 o_v144_c15_r0 -1
    z_g99_p14 cum_g99_p14 1 cum_g99_p18 -1
    z_g99_p14 prec_g100_g99_t15 -1 prec_g100_g99_t17 -1
    z_g99_p14 o_v144_c15_r1 -1 o_v144_c17_r0 -1
    z_g99_p14 o_v144_c17_r1 -1 o_v144_c19_r0 -1
    z_g99_p18 cum_g99_p18 1 prec_g100_g99_t19 -1
    z_g99_p18 prec_g100_g99_t21 -1 o_v144_c19_r1 -1
    z_g99_p18 o_v144_c21_r0 -1 o_v144_c21_r1 -1
    z_g99_p18 o_v144_c23_r0 -1
    x_g100_p11 cum_g100_p11 -1 assign_g100 1
    x_g100_p13 cum_g100_p13 -1 assign_g100 1
    x_g100_p13 heads_L3 6
    x_g100_p15 cum_g100_p15 -1 assign_g100 1
    x_g100_p17 cum_g100_p17 -1 assign_g100 1
    x_g100_p17 heads_L4 6
    x_g100_p19 cum_g100_p19 -1 assign_g100 1
    x_g100_p21 cum_g100_p21 -1 assign_g100 1
    x_g100_p21 heads_L5 6
    x_g100_p23 cum_g100_p23 -1 assign_g100 1
    x_g100_p25 assign_g100 1 heads_L6 6
    z_g100_p11 cum_g100_p11 1 cum_g100_p13 -1
    z_g100_p11 prec_g100_g97_t11 1 prec_g100_g98_t11 1
    z_g100_p11 prec_g100_g99_t11 1 o_v142_c11_r0 1
    z_g100_p11 o_v142_c13_r0 1 o_v143_c11_r0 1
    z_g100_p11 o_v143_c13_r0 1 o_v144_c11_r0 1
    z_g100_p11 o_v144_c13_r0 1 o_v145_c11_r0 -1
    z_g100_p11 o_v145_c11_r1 -1
    z_g100_p13 cum_g100_p13 1 cum_g100_p15 -1
    z_g100_p13 prec_g100_g97_t13 1 prec_g100_g98_t13 1
    z_g100_p13 prec_g100_g99_t13 1 prec_g101_g100_t14 -1
    z_g100_p13 prec_g102_g100_t14 -1 o_v142_c13_r1 1
    z_g100_p13 o_v142_c15_r0 1 o_v143_c13_r1 1
    z_g100_p13 o_v143_c15_r0 1 o_v144_c13_r1 1
    z_g100_p13 o_v144_c15_r0 1 o_v145_c13_r0 -1
    z_g100_p13 o_v145_c13_r1 -1
    z_g100_p15 cum_g100_p15 1 cum_g100_p17 -1
    z_g100_p15 prec_g100_g97_t15 1 prec_g100_g98_t15 1
    z_g100_p15 prec_g100_g99_t15 1 o_v142_c15_r1 1
    z_g100_p15 o_v142_c17_r0 1 o_v143_c15_r1 1
    z_g100_p15 o_v143_c17_r0 1 o_v144_c15_r1 1
    z_g100_p15 o_v144_c17_r0 1 o_v145_c15_r0 -1
    z_g100_p15 o_v145_c15_r1 -1
    z_g100_p17 cum_g100_p17 1 cum_g100_p19 -1
    z_g100_p17 prec_g100_g97_t17 1 prec_g100_g98_t17 1
    z_g100_p17 prec_g100_g99_t17 1 prec_g101_g100_t18 -1
    z_g100_p17 prec_g102_g100_t18 -1 o_v142_c17_r1 1
    z_g100_p17 o_v142_c19_r0 1 o_v143_c17_r1 1
    z_g100_p17 o_v143_c19_r0 1 o_v144_c17_r1 1
    z_g100_p17 o_v144_c19_r0 1 o_v145_c17_r0 -1
    z_g100_p17 o_v145_c17_r1 -1
    z_g100_p19 cum_g100_p19 1 cum_g100_p21 -1
    z_g100_p19 prec_g100_g97_t19 1 prec_g100_g98_t19 1
    z_g100_p19 prec_g100_g99_t19 1 o_v142_c19_r1 1
    z_g100_p19 o_v142_c21_r0 1 o_v143_c19_r1 1
    z_g100_p19 o_v143_c21_r0 1 o_v144_c19_r1 1
    z_g100_p19 o_v144_c21_r0 1 o_v145_c19_r0 -1
    z_g100_p19 o_v145_c19_r1 -1
    z_g100_p21 cum_g100_p21 1 cum_g100_p23 -1
    z_g100_p21 prec_g100_g97_t21 1 prec_g100_g98_t21 1
    z_g100_p21 prec_g100_g99_t21 1 prec_g101_g100_t22 -1
    z_g100_p21 prec_g102_g100_t22 -1 o_v142_c21_r1 1
    z_g100_p21 o_v142_c23_r0 1 o_v143_c21_r1 1
    z_g100_p21 o_v143_c23_r0 1 o_v144_c21_r1 1
    z_g100_p21 o_v144_c23_r0 1 o_v145_c21_r0 -1
    z_g100_p21 o_v145_c21_r1 -1
    z_g100_p23 cum_g100_p23 1 o_v142_c23_r1 1
    z_g100_p23 o_v142_c25_r0 1 o_v143_c23_r1 1
    z_g100_p23 o_v143_c25_r0 1 o_v144_c23_r1 1
    z_g100_p23 o_v144_c25_r0 1 o_v145_c23_r0 -1
    z_g100_p23 o_v145_c23_r1 -1
    x_g101_p14 cum_g101_p14 -1 assign_g101 1
    x_g101_p18 cum_g101_p18 -1 assign_g101 1
    x_g101_p22 cum_g101_p22 -1 assign_g101 1
    x_g101_p26 assign_g101 1
    z_g101_p14 cum_g101_p14 1 cum_g101_p18 -1
    z_g101_p14 prec_g101_g88_t14 1 prec_g101_g92_t14 1
    z_g101_p14 prec_g101_g96_t14 1 prec_g101_g100_t14 1
    z_g101_p14 prec_g103_g101_t15 -1 prec_g103_g101_t17 -1
    z_g101_p14 o_v133_c17_r0 1 o_v133_c19_r0 1
    z_g101_p14 o_v137_c17_r0 1 o_v137_c19_r0 1
    z_g101_p14 o_v141_c17_r0 1 o_v141_c19_r0 1
    z_g101_p14 o_v145_c17_r0 1 o_v145_c19_r0 1
    z_g101_p14 o_v146_c15_r0 -1 o_v146_c17_r0 -1
    z_g101_p14 o_v146_c17_r1 -1 o_v146_c19_r0 -1
    z_g101_p18 cum_g101_p18 1 cum_g101_p22 -1
    z_g101_p18 prec_g101_g88_t18 1 prec_g101_g92_t18 1
    z_g101_p18 prec_g101_g96_t18 1 prec_g101_g100_t18 1
    z_g101_p18 prec_g103_g101_t19 -1 prec_g103_g101_t21 -1
    z_g101_p18 o_v133_c21_r0 1 o_v133_c23_r0 1
    z_g101_p18 o_v137_c21_r0 1 o_v137_c23_r0 1
    z_g101_p18 o_v141_c21_r0 1 o_v141_c23_r0 1
    z_g101_p18 o_v145_c21_r0 1 o_v145_c23_r0 1
    z_g101_p18 o_v146_c19_r1 -1 o_v146_c21_r0 -1
    z_g101_p18 o_v146_c21_r1 -1 o_v146_c23_r0 -1
    z_g101_p22 cum_g101_p22 1 prec_g101_g88_t22 1
    z_g101_p22 prec_g101_g92_t22 1 prec_g101_g96_t22 1
    z_g101_p22 prec_g101_g100_t22 1 prec_g103_g101_t23 -1
    z_g101_p22 prec_g103_g101_t25 -1 o_v133_c25_r0 1
    z_g101_p22 o_v133_c27_r0 1 o_v137_c25_r0 1
    z_g101_p22 o_v137_c27_r0 1 o_v141_c25_r0 1
    z_g101_p22 o_v141_c27_r0 1 o_v145_c25_r0 1
    z_g101_p22 o_v145_c27_r0 1 o_v146_c23_r1 -1
    z_g101_p22 o_v146_c25_r0 -1 o_v146_c25_r1 -1
    z_g101_p22 o_v146_c27_r0 -1
    x_g102_p14 cum_g102_p14 -1 assign_g102 1
    x_g102_p18 cum_g102_p18 -1 assign_g102 1
    x_g102_p22 cum_g102_p22 -1 assign_g102 1
    x_g102_p26 assign_g102 1
    z_g102_p14 cum_g102_p14 1 cum_g102_p18 -1
    z_g102_p14 prec_g102_g88_t14 1 prec_g102_g92_t14 1
    z_g102_p14 prec_g102_g96_t14 1 prec_g102_g100_t14 1
    z_g102_p14 prec_g103_g102_t15 -1 prec_g103_g102_t17 -1
    z_g102_p14 o_v133_c17_r1 1 o_v133_c19_r1 1
    z_g102_p14 o_v137_c17_r1 1 o_v137_c19_r1 1
    z_g102_p14 o_v141_c17_r1 1 o_v141_c19_r1 1
    z_g102_p14 o_v145_c17_r1 1 o_v145_c19_r1 1
    z_g102_p14 o_v147_c15_r0 -1 o_v147_c17_r0 -1
    z_g102_p14 o_v147_c17_r1 -1 o_v147_c19_r0 -1
    z_g102_p18 cum_g102_p18 1 cum_g102_p22 -1
    z_g102_p18 prec_g102_g88_t18 1 prec_g102_g92_t18 1
    z_g102_p18 prec_g102_g96_t18 1 prec_g102_g100_t18 1
    z_g102_p18 prec_g103_g102_t19 -1 prec_g103_g102_t21 -1
    z_g102_p18 o_v133_c21_r1 1 o_v133_c23_r1 1
    z_g102_p18 o_v137_c21_r1 1 o_v137_c23_r1 1
    z_g102_p18 o_v141_c21_r1 1 o_v141_c23_r1 1
    z_g102_p18 o_v145_c21_r1 1 o_v145_c23_r1 1
    z_g102_p18 o_v147_c19_r1 -1 o_v147_c21_r0 -1
    z_g102_p18 o_v147_c21_r1 -1 o_v147_c23_r0 -1
    z_g102_p22 cum_g102_p22 1 prec_g102_g88_t22 1
    z_g102_p22 prec_g102_g92_t22 1 prec_g102_g96_t22 1
    z_g102_p22 prec_g102_g100_t22 1 prec_g103_g102_t23 -1
    z_g102_p22 prec_g103_g102_t25 -1 o_v133_c25_r1 1
    z_g102_p22 o_v133_c27_r1 1 o_v137_c25_r1 1
    z_g102_p22 o_v137_c27_r1 1 o_v141_c25_r1 1
    z_g102_p22 o_v141_c27_r1 1 o_v145_c25_r1 1
    z_g102_p22 o_v145_c27_r1 1 o_v147_c23_r1 -1
    z_g102_p22 o_v147_c25_r0 -1 o_v147_c25_r1 -1
    z_g102_p22 o_v147_c27_r0 -1
    x_g103_p15 cum_g103_p15 -1 assign_g103 1
    x_g103_p17 cum_g103_p17 -1 assign_g103 1
    x_g103_p17 heads_L4 4
    x_g103_p19 cum_g103_p19 -1 assign_g103 1
    x_g103_p21 cum_g103_p21 -1 assign_g103 1
    x_g103_p21 heads_L5 4
    x_g103_p23 cum_g103_p23 -1 assign_g103 1
    x_g103_p25 cum_g103_p25 -1 assign_g103 1
    x_g103_p25 heads_L6 4
    x_g103_p27 cum_g103_p27 -1 assign_g103 1
    x_g103_p29 assign_g103 1 heads_L7 4
    z_g103_p15 cum_g103_p15 1 cum_g103_p17 -1
    z_g103_p15 prec_g103_g101_t15 1 prec_g103_g102_t15 1
    z_g103_p15 o_v146_c15_r0 1 o_v146_c17_r0 1
    z_g103_p15 o_v147_c15_r0 1 o_v147_c17_r0 1
    z_g103_p15 o_v148_c15_r0 -1 o_v148_c15_r1 -1
    z_g103_p17 cum_g103_p17 1 cum_g103_p19 -1
    z_g103_p17 prec_g103_g101_t17 1 prec_g103_g102_t17 1
    z_g103_p17 prec_g138_g103_t18 -1 prec_g139_g103_t18 -1
    z_g103_p17 o_v146_c17_r1 1 o_v146_c19_r0 1
    z_g103_p17 o_v147_c17_r1 1 o_v147_c19_r0 1
    z_g103_p17 o_v148_c17_r0 -1 o_v148_c17_r1 -1
    z_g103_p19 cum_g103_p19 1 cum_g103_p21 -1
    z_g103_p19 prec_g103_g101_t19 1 prec_g103_g102_t19 1
    z_g103_p19 o_v146_c19_r1 1 o_v146_c21_r0 1
    z_g103_p19 o_v147_c19_r1 1 o_v147_c21_r0 1
    z_g103_p19 o_v148_c19_r0 -1 o_v148_c19_r1 -1
    z_g103_p21 cum_g103_p21 1 cum_g103_p23 -1
    z_g103_p21 prec_g103_g101_t21 1 prec_g103_g102_t21 1
    z_g103_p21 prec_g138_g103_t22 -1 prec_g139_g103_t22 -1
    z_g103_p21 o_v146_c21_r1 1 o_v146_c23_r0 1
    z_g103_p21 o_v147_c21_r1 1 o_v147_c23_r0 1
    z_g103_p21 o_v148_c21_r0 -1 o_v148_c21_r1 -1
    z_g103_p23 cum_g103_p23 1 cum_g103_p25 -1
    z_g103_p23 prec_g103_g101_t23 1 prec_g103_g102_t23 1
    z_g103_p23 o_v146_c23_r1 1 o_v146_c25_r0 1
    z_g103_p23 o_v147_c23_r1 1 o_v147_c25_r0 1
    z_g103_p23 o_v148_c23_r0 -1 o_v148_c23_r1 -1
    z_g103_p25 cum_g103_p25 1 cum_g103_p27 -1
    z_g103_p25 prec_g103_g101_t25 1 prec_g103_g102_t25 1
    z_g103_p25 prec_g138_g103_t26 -1 prec_g139_g103_t26 -1
    z_g103_p25 o_v146_c25_r1 1 o_v146_c27_r0 1
    z_g103_p25 o_v147_c25_r1 1 o_v147_c27_r0 1
    z_g103_p25 o_v148_c25_r0 -1 o_v148_c25_r1 -1
    z_g103_p27 cum_g103_p27 1 o_v146_c27_r1 1
    z_g103_p27 o_v146_c29_r0 1 o_v147_c27_r1 1
    z_g103_p27 o_v147_c29_r0 1 o_v148_c27_r0 -1
    z_g103_p27 o_v148_c27_r1 -1
    x_g104_p10 cum_g104_p10 -1 assign_g104 1
    x_g104_p14 cum_g104_p14 -1 assign_g104 1
    x_g104_p18 cum_g104_p18 -1 assign_g104 1
    x_g104_p22 assign_g104 1
    z_g104_p10 cum_g104_p10 1 cum_g104_p14 -1
    z_g104_p10 prec_g106_g104_t11 -1 prec_g106_g104_t13 -1
    z_g104_p10 o_v149_c11_r0 -1 o_v149_c13_r0 -1
    z_g104_p10 o_v149_c13_r1 -1 o_v149_c15_r0 -1
    z_g104_p14 cum_g104_p14 1 cum_g104_p18 -1
    z_g104_p14 prec_g106_g104_t15 -1 prec_g106_g104_t17 -1
    z_g104_p14 o_v149_c15_r1 -1 o_v149_c17_r0 -1
    z_g104_p14 o_v149_c17_r1 -1 o_v149_c19_r0 -1
    z_g104_p18 cum_g104_p18 1 prec_g106_g104_t19 -1
    z_g104_p18 prec_g106_g104_t21 -1 o_v149_c19_r1 -1
    z_g104_p18 o_v149_c21_r0 -1 o_v149_c21_r1 -1
    z_g104_p18 o_v149_c23_r0 -1
    x_g105_p10 cum_g105_p10 -1 assign_g105 1
    x_g105_p14 cum_g105_p14 -1 assign_g105 1
    x_g105_p18 cum_g105_p18 -1 assign_g105 1
    x_g105_p22 assign_g105 1
    z_g105_p10 cum_g105_p10 1 cum_g105_p14 -1
    z_g105_p10 prec_g106_g105_t11 -1 prec_g106_g105_t13 -1
    z_g105_p10 o_v150_c11_r0 -1 o_v150_c13_r0 -1
    z_g105_p10 o_v150_c13_r1 -1 o_v150_c15_r0 -1
    z_g105_p14 cum_g105_p14 1 cum_g105_p18 -1
    z_g105_p14 prec_g106_g105_t15 -1 prec_g106_g105_t17 -1
    z_g105_p14 o_v150_c15_r1 -1 o_v150_c17_r0 -1
    z_g105_p14 o_v150_c17_r1 -1 o_v150_c19_r0 -1
    z_g105_p18 cum_g105_p18 1 prec_g106_g105_t19 -1
    z_g105_p18 prec_g106_g105_t21 -1 o_v150_c19_r1 -1
    z_g105_p18 o_v150_c21_r0 -1 o_v150_c21_r1 -1
    z_g105_p18 o_v150_c23_r0 -1
    x_g106_p11 cum_g106_p11 -1 assign_g106 1
    x_g106_p13 cum_g106_p13 -1 assign_g106 1
    x_g106_p13 heads_L3 4
    x_g106_p15 cum_g106_p15 -1 assign_g106 1
    x_g106_p17 cum_g106_p17 -1 assign_g106 1
    x_g106_p17 heads_L4 4
    x_g106_p19 cum_g106_p19 -1 assign_g106 1
    x_g106_p21 cum_g106_p21 -1 assign_g106 1
    x_g106_p21 heads_L5 4
    x_g106_p23 cum_g106_p23 -1 assign_g106 1
    x_g106_p25 assign_g106 1 heads_L6 4
    z_g106_p11 cum_g106_p11 1 cum_g106_p13 -1
    z_g106_p11 prec_g106_g104_t11 1 prec_g106_g105_t11 1
    z_g106_p11 o_v149_c11_r0 1 o_v149_c13_r0 1
    z_g106_p11 o_v150_c11_r0 1 o_v150_c13_r0 1
    z_g106_p11 o_v151_c11_r0 -1 o_v151_c11_r1 -1
    z_g106_p13 cum_g106_p13 1 cum_g106_p15 -1
    z_g106_p13 prec_g106_g104_t13 1 prec_g106_g105_t13 1
    z_g106_p13 o_v149_c13_r1 1 o_v149_c15_r0 1
    z_g106_p13 o_v150_c13_r1 1 o_v150_c15_r0 1
    z_g106_p13 o_v151_c13_r0 -1 o_v151_c13_r1 -1
    z_g106_p15 cum_g106_p15 1 cum_g106_p17 -1
    z_g106_p15 prec_g106_g104_t15 1 prec_g106_g105_t15 1
    z_g106_p15 o_v149_c15_r1 1 o_v149_c17_r0 1
    z_g106_p15 o_v150_c15_r1 1 o_v150_c17_r0 1
    z_g106_p15 o_v151_c15_r0 -1 o_v151_c15_r1 -1
    z_g106_p17 cum_g106_p17 1 cum_g106_p19 -1
    z_g106_p17 prec_g106_g104_t17 1 prec_g106_g105_t17 1
    z_g106_p17 o_v149_c17_r1 1 o_v149_c19_r0 1
    z_g106_p17 o_v150_c17_r1 1 o_v150_c19_r0 1
    z_g106_p17 o_v151_c17_r0 -1 o_v151_c17_r1 -1
    z_g106_p19 cum_g106_p19 1 cum_g106_p21 -1
    z_g106_p19 prec_g106_g104_t19 1 prec_g106_g105_t19 1
    z_g106_p19 o_v149_c19_r1 1 o_v149_c21_r0 1
    z_g106_p19 o_v150_c19_r1 1 o_v150_c21_r0 1
    z_g106_p19 o_v151_c19_r0 -1 o_v151_c19_r1 -1
    z_g106_p21 cum_g106_p21 1 cum_g106_p23 -1
    z_g106_p21 prec_g106_g104_t21 1 prec_g106_g105_t21 1
    z_g106_p21 o_v149_c21_r1 1 o_v149_c23_r0 1
    z_g106_p21 o_v150_c21_r1 1 o_v150_c23_r0 1
    z_g106_p21 o_v151_c21_r0 -1 o_v151_c21_r1 -1
    z_g106_p23 cum_g106_p23 1 o_v149_c23_r1 1
    z_g106_p23 o_v149_c25_r0 1 o_v150_c23_r1 1
    z_g106_p23 o_v150_c25_r0 1 o_v151_c23_r0 -1
    z_g106_p23 o_v151_c23_r1 -1
    x_g107_p10 cum_g107_p10 -1 assign_g107 1
    x_g107_p14 cum_g107_p14 -1 assign_g107 1
    x_g107_p18 cum_g107_p18 -1 assign_g107 1
    x_g107_p22 assign_g107 1
    z_g107_p10 cum_g107_p10 1 cum_g107_p14 -1
    z_g107_p10 prec_g109_g107_t11 -1 prec_g109_g107_t13 -1
    z_g107_p10 o_v152_c11_r0 -1 o_v152_c13_r0 -1
    z_g107_p10 o_v152_c13_r1 -1 o_v152_c15_r0 -1
    z_g107_p14 cum_g107_p14 1 cum_g107_p18 -1
    z_g107_p14 prec_g109_g107_t15 -1 prec_g109_g107_t17 -1
    z_g107_p14 o_v152_c15_r1 -1 o_v152_c17_r0 -1
    z_g107_p14 o_v152_c17_r1 -1 o_v152_c19_r0 -1
    z_g107_p18 cum_g107_p18 1 prec_g109_g107_t19 -1
    z_g107_p18 prec_g109_g107_t21 -1 o_v152_c19_r1 -1
    z_g107_p18 o_v152_c21_r0 -1 o_v152_c21_r1 -1
    z_g107_p18 o_v152_c23_r0 -1
    x_g108_p10 cum_g108_p10 -1 assign_g108 1
    x_g108_p14 cum_g108_p14 -1 assign_g108 1
    x_g108_p18 cum_g108_p18 -1 assign_g108 1
    x_g108_p22 assign_g108 1
    z_g108_p10 cum_g108_p10 1 cum_g108_p14 -1
    z_g108_p10 prec_g109_g108_t11 -1 prec_g109_g108_t13 -1
    z_g108_p10 o_v153_c11_r0 -1 o_v153_c13_r0 -1
    z_g108_p10 o_v153_c13_r1 -1 o_v153_c15_r0 -1
    z_g108_p14 cum_g108_p14 1 cum_g108_p18 -1
    z_g108_p14 prec_g109_g108_t15 -1 prec_g109_g108_t17 -1
    z_g108_p14 o_v153_c15_r1 -1 o_v153_c17_r0 -1
    z_g108_p14 o_v153_c17_r1 -1 o_v153_c19_r0 -1
    z_g108_p18 cum_g108_p18 1 prec_g109_g108_t19 -1
    z_g108_p18 prec_g109_g108_t21 -1 o_v153_c19_r1 -1
    z_g108_p18 o_v153_c21_r0 -1 o_v153_c21_r1 -1
    z_g108_p18 o_v153_c23_r0 -1
    x_g109_p11 cum_g109_p11 -1 assign_g109 1
    x_g109_p13 cum_g109_p13 -1 assign_g109 1
    x_g109_p13 heads_L3 4
    x_g109_p15 cum_g109_p15 -1 assign_g109 1
    x_g109_p17 cum_g109_p17 -1 assign_g109 1
    x_g109_p17 heads_L4 4
    x_g109_p19 cum_g109_p19 -1 assign_g109 1
    x_g109_p21 cum_g109_p21 -1 assign_g109 1
    x_g109_p21 heads_L5 4
    x_g109_p23 cum_g109_p23 -1 assign_g109 1
    x_g109_p25 assign_g109 1 heads_L6 4
    z_g109_p11 cum_g109_p11 1 cum_g109_p13 -1
    z_g109_p11 prec_g109_g107_t11 1 prec_g109_g108_t11 1
    z_g109_p11 o_v152_c11_r0 1 o_v152_c13_r0 1
    z_g109_p11 o_v153_c11_r0 1 o_v153_c13_r0 1
    z_g109_p11 o_v154_c11_r0 -1 o_v154_c11_r1 -1
    z_g109_p13 cum_g109_p13 1 cum_g109_p15 -1
    z_g109_p13 prec_g109_g107_t13 1 prec_g109_g108_t13 1
    z_g109_p13 o_v152_c13_r1 1 o_v152_c15_r0 1
    z_g109_p13 o_v153_c13_r1 1 o_v153_c15_r0 1
    z_g109_p13 o_v154_c13_r0 -1 o_v154_c13_r1 -1
    z_g109_p15 cum_g109_p15 1 cum_g109_p17 -1
    z_g109_p15 prec_g109_g107_t15 1 prec_g109_g108_t15 1
    z_g109_p15 o_v152_c15_r1 1 o_v152_c17_r0 1
    z_g109_p15 o_v153_c15_r1 1 o_v153_c17_r0 1
    z_g109_p15 o_v154_c15_r0 -1 o_v154_c15_r1 -1
    z_g109_p17 cum_g109_p17 1 cum_g109_p19 -1
    z_g109_p17 prec_g109_g107_t17 1 prec_g109_g108_t17 1
    z_g109_p17 o_v152_c17_r1 1 o_v152_c19_r0 1
    z_g109_p17 o_v153_c17_r1 1 o_v153_c19_r0 1
    z_g109_p17 o_v154_c17_r0 -1 o_v154_c17_r1 -1
    z_g109_p19 cum_g109_p19 1 cum_g109_p21 -1
    z_g109_p19 prec_g109_g107_t19 1 prec_g109_g108_t19 1
    z_g109_p19 o_v152_c19_r1 1 o_v152_c21_r0 1
    z_g109_p19 o_v153_c19_r1 1 o_v153_c21_r0 1
    z_g109_p19 o_v154_c19_r0 -1 o_v154_c19_r1 -1
    z_g109_p21 cum_g109_p21 1 cum_g109_p23 -1
    z_g109_p21 prec_g109_g107_t21 1 prec_g109_g108_t21 1
    z_g109_p21 o_v152_c21_r1 1 o_v152_c23_r0 1
    z_g109_p21 o_v153_c21_r1 1 o_v153_c23_r0 1
    z_g109_p21 o_v154_c21_r0 -1 o_v154_c21_r1 -1
    z_g109_p23 cum_g109_p23 1 o_v152_c23_r1 1
    z_g109_p23 o_v152_c25_r0 1 o_v153_c23_r1 1
    z_g109_p23 o_v153_c25_r0 1 o_v154_c23_r0 -1
    z_g109_p23 o_v154_c23_r1 -1
    x_g110_p26 assign_g110 1
    x_g111_p26 assign_g111 1
    x_g112_p27 cum_g112_p27 -1 assign_g112 1
    x_g112_p29 assign_g112 1 heads_L7 4
    z_g112_p27 cum_g112_p27 1 o_v155_c27_r0 1
    z_g112_p27 o_v155_c29_r0 1 o_v156_c27_r0 1
    z_g112_p27 o_v156_c29_r0 1 o_v157_c27_r0 -1
    z_g112_p27 o_v157_c27_r1 -1 o_v157_c27_r2 -1
    z_g112_p27 o_v157_c27_r3 -1 o_v157_c27_r4 -1
    z_g112_p27 o_v157_c27_r5 -1 o_v157_c27_r6 -1
    z_g112_p27 o_v157_c27_r7 -1 o_v157_c27_r8 -1
    z_g112_p27 o_v157_c27_r9 -1 o_v157_c27_r10 -1
    x_g113_p26 cum_g113_p26 -1 assign_g113 1
    x_g113_p30 assign_g113 1
    z_g113_p26 cum_g113_p26 1 prec_g115_g113_t27 -1
    z_g113_p26 prec_g115_g113_t29 -1 o_v128_c29_r0 1
    z_g113_p26 o_v128_c31_r0 1 o_v158_c27_r0 -1
    z_g113_p26 o_v158_c29_r0 -1 o_v158_c29_r1 -1
    z_g113_p26 o_v158_c31_r0 -1
    x_g114_p26 cum_g114_p26 -1 assign_g114 1
    x_g114_p30 assign_g114 1
    z_g114_p26 cum_g114_p26 1 prec_g115_g114_t27 -1
    z_g114_p26 prec_g115_g114_t29 -1 o_v128_c29_r1 1
    z_g114_p26 o_v128_c31_r1 1 o_v159_c27_r0 -1
    z_g114_p26 o_v159_c29_r0 -1 o_v159_c29_r1 -1
    z_g114_p26 o_v159_c31_r0 -1
    x_g115_p27 cum_g115_p27 -1 assign_g115 1
    x_g115_p29 cum_g115_p29 -1 assign_g115 1
    x_g115_p29 heads_L7 4
    x_g115_p31 cum_g115_p31 -1 assign_g115 1
    x_g115_p33 assign_g115 1 heads_L8 4
    z_g115_p27 cum_g115_p27 1 cum_g115_p29 -1
    z_g115_p27 prec_g115_g113_t27 1 prec_g115_g114_t27 1
    z_g115_p27 o_v158_c27_r0 1 o_v158_c29_r0 1
    z_g115_p27 o_v159_c27_r0 1 o_v159_c29_r0 1
    z_g115_p27 o_v160_c27_r0 -1 o_v160_c27_r1 -1
    z_g115_p29 cum_g115_p29 1 cum_g115_p31 -1
    z_g115_p29 prec_g115_g113_t29 1 prec_g115_g114_t29 1
    z_g115_p29 prec_g156_g115_t30 -1 prec_g157_g115_t30 -1
    z_g115_p29 o_v158_c29_r1 1 o_v158_c31_r0 1
    z_g115_p29 o_v159_c29_r1 1 o_v159_c31_r0 1
    z_g115_p29 o_v160_c29_r0 -1 o_v160_c29_r1 -1
    z_g115_p31 cum_g115_p31 1 o_v158_c31_r1 1
    z_g115_p31 o_v158_c33_r0 1 o_v159_c31_r1 1
    z_g115_p31 o_v159_c33_r0 1 o_v160_c31_r0 -1
    z_g115_p31 o_v160_c31_r1 -1
    x_g116_p26 cum_g116_p26 -1 assign_g116 1
    x_g116_p30 assign_g116 1
    z_g116_p26 cum_g116_p26 1 prec_g118_g116_t27 -1
    z_g116_p26 prec_g118_g116_t29 -1 o_v128_c29_r2 1
    z_g116_p26 o_v128_c31_r2 1 o_v161_c27_r0 -1
    z_g116_p26 o_v161_c29_r0 -1 o_v161_c29_r1 -1
    z_g116_p26 o_v161_c31_r0 -1
    x_g117_p26 cum_g117_p26 -1 assign_g117 1
    x_g117_p30 assign_g117 1
    z_g117_p26 cum_g117_p26 1 prec_g118_g117_t27 -1
    z_g117_p26 prec_g118_g117_t29 -1 o_v128_c29_r3 1
    z_g117_p26 o_v128_c31_r3 1 o_v162_c27_r0 -1
    z_g117_p26 o_v162_c29_r0 -1 o_v162_c29_r1 -1
    z_g117_p26 o_v162_c31_r0 -1
    x_g118_p27 cum_g118_p27 -1 assign_g118 1
    x_g118_p29 cum_g118_p29 -1 assign_g118 1
    x_g118_p29 heads_L7 4
    x_g118_p31 cum_g118_p31 -1 assign_g118 1
    x_g118_p33 assign_g118 1 heads_L8 4
    z_g118_p27 cum_g118_p27 1 cum_g118_p29 -1
    z_g118_p27 prec_g118_g116_t27 1 prec_g118_g117_t27 1
    z_g118_p27 o_v161_c27_r0 1 o_v161_c29_r0 1
    z_g118_p27 o_v162_c27_r0 1 o_v162_c29_r0 1
    z_g118_p27 o_v163_c27_r0 -1 o_v163_c27_r1 -1
    z_g118_p29 cum_g118_p29 1 cum_g118_p31 -1
    z_g118_p29 prec_g118_g116_t29 1 prec_g118_g117_t29 1
    z_g118_p29 prec_g168_g118_t30 -1 prec_g169_g118_t30 -1
    z_g118_p29 o_v161_c29_r1 1 o_v161_c31_r0 1
    z_g118_p29 o_v162_c29_r1 1 o_v162_c31_r0 1
    z_g118_p29 o_v163_c29_r0 -1 o_v163_c29_r1 -1
    z_g118_p31 cum_g118_p31 1 o_v161_c31_r1 1
    z_g118_p31 o_v161_c33_r0 1 o_v162_c31_r1 1
    z_g118_p31 o_v162_c33_r0 1 o_v163_c31_r0 -1
    z_g118_p31 o_v163_c31_r1 -1
    x_g119_p26 cum_g119_p26 -1 assign_g119 1
    x_g119_p30 assign_g119 1
    z_g119_p26 cum_g119_p26 1 prec_g121_g119_t27 -1
    z_g119_p26 prec_g121_g119_t29 -1 o_v128_c29_r4 1
    z_g119_p26 o_v128_c31_r4 1 o_v164_c27_r0 -1
    z_g119_p26 o_v164_c29_r0 -1 o_v164_c29_r1 -1
    z_g119_p26 o_v164_c31_r0 -1
    x_g120_p26 cum_g120_p26 -1 assign_g120 1
    x_g120_p30 assign_g120 1
    z_g120_p26 cum_g120_p26 1 prec_g121_g120_t27 -1
    z_g120_p26 prec_g121_g120_t29 -1 o_v128_c29_r5 1
    z_g120_p26 o_v128_c31_r5 1 o_v165_c27_r0 -1
    z_g120_p26 o_v165_c29_r0 -1 o_v165_c29_r1 -1
    z_g120_p26 o_v165_c31_r0 -1
    x_g121_p27 cum_g121_p27 -1 assign_g121 1
    x_g121_p29 cum_g121_p29 -1 assign_g121 1
    x_g121_p29 heads_L7 4
    x_g121_p31 cum_g121_p31 -1 assign_g121 1
    x_g121_p33 assign_g121 1 heads_L8 4
    z_g121_p27 cum_g121_p27 1 cum_g121_p29 -1
    z_g121_p27 prec_g121_g119_t27 1 prec_g121_g120_t27 1
    z_g121_p27 o_v164_c27_r0 1 o_v164_c29_r0 1
    z_g121_p27 o_v165_c27_r0 1 o_v165_c29_r0 1
    z_g121_p27 o_v166_c27_r0 -1 o_v166_c27_r1 -1
    z_g121_p29 cum_g121_p29 1 cum_g121_p31 -1
    z_g121_p29 prec_g121_g119_t29 1 prec_g121_g120_t29 1
    z_g121_p29 prec_g177_g121_t30 -1 prec_g178_g121_t30 -1
    z_g121_p29 o_v164_c29_r1 1 o_v164_c31_r0 1
    z_g121_p29 o_v165_c29_r1 1 o_v165_c31_r0 1
    z_g121_p29 o_v166_c29_r0 -1 o_v166_c29_r1 -1
    z_g121_p31 cum_g121_p31 1 o_v164_c31_r1 1
    z_g121_p31 o_v164_c33_r0 1 o_v165_c31_r1 1
    z_g121_p31 o_v165_c33_r0 1 o_v166_c31_r0 -1
    z_g121_p31 o_v166_c31_r1 -1
    x_g122_p26 cum_g122_p26 -1 assign_g122 1
    x_g122_p30 assign_g122 1
    z_g122_p26 cum_g122_p26 1 prec_g124_g122_t27 -1
    z_g122_p26 prec_g124_g122_t29 -1 o_v128_c29_r6 1
    z_g122_p26 o_v128_c31_r6 1 o_v167_c27_r0 -1
    z_g122_p26 o_v167_c29_r0 -1 o_v167_c29_r1 -1
    z_g122_p26 o_v167_c31_r0 -1
    x_g123_p26 cum_g123_p26 -1 assign_g123 1
    x_g123_p30 assign_g123 1
    z_g123_p26 cum_g123_p26 1 prec_g124_g123_t27 -1
    z_g123_p26 prec_g124_g123_t29 -1 o_v128_c29_r7 1
    z_g123_p26 o_v128_c31_r7 1 o_v168_c27_r0 -1
    z_g123_p26 o_v168_c29_r0 -1 o_v168_c29_r1 -1
    z_g123_p26 o_v168_c31_r0 -1
    x_g124_p27 cum_g124_p27 -1 assign_g124 1
    x_g124_p29 cum_g124_p29 -1 assign_g124 1
    x_g124_p29 heads_L7 4
    x_g124_p31 cum_g124_p31 -1 assign_g124 1
    x_g124_p33 assign_g124 1 heads_L8 4
    z_g124_p27 cum_g124_p27 1 cum_g124_p29 -1
    z_g124_p27 prec_g124_g122_t27 1 prec_g124_g123_t27 1
    z_g124_p27 o_v167_c27_r0 1 o_v167_c29_r0 1
    z_g124_p27 o_v168_c27_r0 1 o_v168_c29_r0 1
    z_g124_p27 o_v169_c27_r0 -1 o_v169_c27_r1 -1
    z_g124_p29 cum_g124_p29 1 cum_g124_p31 -1
    z_g124_p29 prec_g124_g122_t29 1 prec_g124_g123_t29 1
    z_g124_p29 prec_g186_g124_t30 -1 prec_g187_g124_t30 -1
    z_g124_p29 o_v167_c29_r1 1 o_v167_c31_r0 1
    z_g124_p29 o_v168_c29_r1 1 o_v168_c31_r0 1
    z_g124_p29 o_v169_c29_r0 -1 o_v169_c29_r1 -1
    z_g124_p31 cum_g124_p31 1 o_v167_c31_r1 1
    z_g124_p31 o_v167_c33_r0 1 o_v168_c31_r1 1
    z_g124_p31 o_v168_c33_r0 1 o_v169_c31_r0 -1
    z_g124_p31 o_v169_c31_r1 -1
    x_g125_p30 assign_g125 1
    x_g126_p30 assign_g126 1
    x_g127_p31 cum_g127_p31 -1 assign_g127 1
    x_g127_p33 assign_g127 1 heads_L8 4
    z_g127_p31 cum_g127_p31 1 o_v170_c31_r0 1
    z_g127_p31 o_v170_c33_r0 1 o_v171_c31_r0 1
    z_g127_p31 o_v171_c33_r0 1 o_v172_c31_r0 -1
    z_g127_p31 o_v172_c31_r1 -1
    x_g128_p30 assign_g128 1
    x_g129_p30 assign_g129 1
    x_g130_p31 cum_g130_p31 -1 assign_g130 1
    x_g130_p33 assign_g130 1 heads_L8 4
    z_g130_p31 cum_g130_p31 1 o_v173_c31_r0 1
    z_g130_p31 o_v173_c33_r0 1 o_v174_c31_r0 1
    z_g130_p31 o_v174_c33_r0 1 o_v175_c31_r0 -1
    z_g130_p31 o_v175_c31_r1 -1
    x_g131_p30 assign_g131 1
    x_g132_p30 assign_g132 1
    x_g133_p31 cum_g133_p31 -1 assign_g133 1
    x_g133_p33 assign_g133 1 heads_L8 4
    z_g133_p31 cum_g133_p31 1 o_v176_c31_r0 1
    z_g133_p31 o_v176_c33_r0 1 o_v177_c31_r0 1
    z_g133_p31 o_v177_c33_r0 1 o_v178_c31_r0 -1
    z_g133_p31 o_v178_c31_r1 -1
    x_g134_p30 assign_g134 1
    x_g135_p30 assign_g135 1
    x_g136_p31 cum_g136_p31 -1 assign_g136 1
    x_g136_p33 assign_g136 1 heads_L8 4
    z_g136_p31 cum_g136_p31 1 o_v179_c31_r0 1
    z_g136_p31 o_v179_c33_r0 1 o_v180_c31_r0 1
    z_g136_p31 o_v180_c33_r0 1 o_v181_c31_r0 -1
    z_g136_p31 o_v181_c31_r1 -1
    x_g137_p20 cum_g137_p20 -1 assign_g137 1
    x_g137_p20 dy_v101_L5_r0 -1 heads_L5 11
    x_g137_p24 cum_g137_p24 -1 assign_g137 1
    x_g137_p24 dy_v101_L6_r0 -1 dy_v105_L6_r0 -1
    x_g137_p24 heads_L6 11
    x_g137_p28 cum_g137_p28 -1 assign_g137 1
    x_g137_p28 dy_v101_L7_r0 -1 dy_v105_L7_r0 -1
    x_g137_p28 heads_L7 11
    x_g137_p32 assign_g137 1 dy_v101_L8_r0 -1
    x_g137_p32 dy_v105_L8_r0 -1 heads_L8 11
    z_g137_p20 cum_g137_p20 1 cum_g137_p24 -1
    z_g137_p20 prec_g137_g8_t20 1 prec_g137_g56_t20 1
    z_g137_p20 prec_g137_g60_t20 1 prec_g155_g137_t22 -1
    z_g137_p20 prec_g167_g137_t22 -1 prec_g176_g137_t22 -1
    z_g137_p20 prec_g185_g137_t22 -1 o_v101_c23_r0 1
    z_g137_p20 o_v101_c25_r0 1 dy_v101_L5_r1 -1
    z_g137_p20 o_v105_c23_r0 1 o_v105_c25_r0 1
    z_g137_p20 occ_c21 4 occ_c23 -3
    z_g137_p20 occ_c25 -7
    z_g137_p24 cum_g137_p24 1 cum_g137_p28 -1
    z_g137_p24 prec_g137_g8_t24 1 prec_g137_g56_t24 1
    z_g137_p24 prec_g137_g60_t24 1 prec_g155_g137_t26 -1
    z_g137_p24 prec_g167_g137_t26 -1 prec_g176_g137_t26 -1
    z_g137_p24 prec_g185_g137_t26 -1 o_v101_c27_r0 1
    z_g137_p24 o_v101_c29_r0 1 dy_v101_L6_r1 -1
    z_g137_p24 o_v105_c27_r0 1 o_v105_c29_r0 1
    z_g137_p24 dy_v105_L6_r1 -1 occ_c25 4
    z_g137_p24 occ_c27 -3 occ_c29 -7
    z_g137_p28 cum_g137_p28 1 prec_g137_g8_t28 1
    z_g137_p28 prec_g137_g56_t28 1 prec_g137_g60_t28 1
    z_g137_p28 prec_g155_g137_t30 -1 prec_g167_g137_t30 -1
    z_g137_p28 prec_g176_g137_t30 -1 prec_g185_g137_t30 -1
    z_g137_p28 o_v101_c31_r0 1 o_v101_c33_r0 1
    z_g137_p28 dy_v101_L7_r1 -1 o_v105_c31_r0 1
    z_g137_p28 o_v105_c33_r0 1 dy_v105_L7_r1 -1
    z_g137_p28 occ_c29 4 occ_c31 -3
    z_g137_p28 occ_c33 -7
    x_g138_p18 cum_g138_p18 -1 assign_g138 1
    x_g138_p22 cum_g138_p22 -1 assign_g138 1
    x_g138_p26 cum_g138_p26 -1 assign_g138 1
    x_g138_p30 assign_g138 1
    z_g138_p18 cum_g138_p18 1 cum_g138_p22 -1
    z_g138_p18 prec_g138_g21_t18 1 prec_g138_g103_t18 1
    z_g138_p18 o_v148_c21_r0 1 o_v148_c23_r0 1
    z_g138_p18 occ_c19 1 occ_c23 -1
    z_g138_p22 cum_g138_p22 1 cum_g138_p26 -1
    z_g138_p22 prec_g138_g21_t22 1 prec_g138_g103_t22 1
    z_g138_p22 o_v148_c25_r0 1 o_v148_c27_r0 1
    z_g138_p22 occ_c23 1 occ_c27 -1
    z_g138_p26 cum_g138_p26 1 prec_g138_g21_t26 1
    z_g138_p26 prec_g138_g103_t26 1 o_v148_c29_r0 1
    z_g138_p26 o_v148_c31_r0 1 o_v186_c31_r0 -1
    z_g138_p26 occ_c27 1 occ_c31 -1
    x_g139_p18 cum_g139_p18 -1 assign_g139 1
    x_g139_p22 cum_g139_p22 -1 assign_g139 1
    x_g139_p26 cum_g139_p26 -1 assign_g139 1
    x_g139_p30 assign_g139 1
    z_g139_p18 cum_g139_p18 1 cum_g139_p22 -1
    z_g139_p18 prec_g139_g22_t18 1 prec_g139_g103_t18 1
    z_g139_p18 o_v148_c21_r1 1 o_v148_c23_r1 1
    z_g139_p18 occ_c19 1 occ_c23 -1
    z_g139_p22 cum_g139_p22 1 cum_g139_p26 -1
    z_g139_p22 prec_g139_g22_t22 1 prec_g139_g103_t22 1
    z_g139_p22 o_v148_c25_r1 1 o_v148_c27_r1 1
    z_g139_p22 occ_c23 1 occ_c27 -1
    z_g139_p26 cum_g139_p26 1 prec_g139_g22_t26 1
    z_g139_p26 prec_g139_g103_t26 1 o_v148_c29_r1 1
    z_g139_p26 o_v148_c31_r1 1 o_v187_c31_r0 -1
    z_g139_p26 occ_c27 1 occ_c31 -1
    x_g140_p26 cum_g140_p26 -1 assign_g140 1
    x_g140_p30 assign_g140 1
    z_g140_p26 cum_g140_p26 1 prec_g140_g23_t26 1
    z_g140_p26 o_v128_c29_r8 1 o_v128_c31_r8 1
    z_g140_p26 o_v188_c31_r0 -1 occ_c27 1
    z_g140_p26 occ_c31 -1
    x_g141_p26 cum_g141_p26 -1 assign_g141 1
    x_g141_p30 assign_g141 1
    z_g141_p26 cum_g141_p26 1 prec_g141_g24_t26 1
    z_g141_p26 o_v128_c29_r9 1 o_v128_c31_r9 1
    z_g141_p26 o_v189_c31_r0 -1 occ_c27 1
    z_g141_p26 occ_c31 -1
    x_g142_p30 assign_g142 1
    x_g143_p30 assign_g143 1
    x_g144_p31 cum_g144_p31 -1 assign_g144 1
    x_g144_p33 assign_g144 1 dy_v65_L8_r0 -1
    x_g144_p33 pt_v65_L8_r0 -1 pt_v75_L8_r0 -1
    x_g144_p33 heads_L8 14
    z_g144_p31 cum_g144_p31 1 o_v64_c31_r1 1
    z_g144_p31 o_v64_c33_r0 1 o_v65_c31_r1 1
    z_g144_p31 o_v65_c33_r0 1 o_v186_c31_r1 1
    z_g144_p31 o_v186_c33_r0 1 o_v187_c31_r1 1
    z_g144_p31 o_v187_c33_r0 1 o_v188_c31_r1 1
    z_g144_p31 o_v188_c33_r0 1 o_v189_c31_r1 1
    z_g144_p31 o_v189_c33_r0 1 o_v190_c31_r0 1
    z_g144_p31 o_v190_c33_r0 1 o_v191_c31_r0 1
    z_g144_p31 o_v191_c33_r0 1 occ_c31 1
    x_g145_p34 assign_g145 1
    x_g146_p10 cum_g146_p10 -1 assign_g146 1
    x_g146_p14 cum_g146_p14 -1 assign_g146 1
    x_g146_p18 cum_g146_p18 -1 assign_g146 1
    x_g146_p22 cum_g146_p22 -1 assign_g146 1
    x_g146_p26 cum_g146_p26 -1 assign_g146 1
    x_g146_p30 cum_g146_p30 -1 assign_g146 1
    x_g146_p34 assign_g146 1
    z_g146_p10 cum_g146_p10 1 cum_g146_p14 -1
    z_g146_p10 prec_g146_g27_t10 1 occ_c11 1
    z_g146_p10 occ_c15 -1
    z_g146_p14 cum_g146_p14 1 cum_g146_p18 -1
    z_g146_p14 prec_g146_g27_t14 1 occ_c15 1
    z_g146_p14 occ_c19 -1
    z_g146_p18 cum_g146_p18 1 cum_g146_p22 -1
    z_g146_p18 prec_g146_g27_t18 1 occ_c19 1
    z_g146_p18 occ_c23 -1
    z_g146_p22 cum_g146_p22 1 cum_g146_p26 -1
    z_g146_p22 prec_g146_g27_t22 1 occ_c23 1
    z_g146_p22 occ_c27 -1
    z_g146_p26 cum_g146_p26 1 cum_g146_p30 -1
    z_g146_p26 prec_g146_g27_t26 1 occ_c27 1
    z_g146_p26 occ_c31 -1
    z_g146_p30 cum_g146_p30 1 prec_g146_g27_t30 1
    z_g146_p30 o_v194_c35_r0 -1 occ_c31 1
    z_g146_p30 occ_c35 -1
    x_g147_p10 cum_g147_p10 -1 assign_g147 1
    x_g147_p14 cum_g147_p14 -1 assign_g147 1
    x_g147_p18 cum_g147_p18 -1 assign_g147 1
    x_g147_p22 cum_g147_p22 -1 assign_g147 1
    x_g147_p26 cum_g147_p26 -1 assign_g147 1
    x_g147_p30 cum_g147_p30 -1 assign_g147 1
    x_g147_p34 assign_g147 1
    z_g147_p10 cum_g147_p10 1 cum_g147_p14 -1
    z_g147_p10 prec_g147_g37_t10 1 prec_g147_g38_t10 1
    z_g147_p10 o_v76_c13_r0 1 o_v76_c15_r0 1
    z_g147_p10 dy_v76_L3_r0 -1 occ_c11 1
    z_g147_p10 occ_c15 -1
    z_g147_p14 cum_g147_p14 1 cum_g147_p18 -1
    z_g147_p14 prec_g147_g37_t14 1 prec_g147_g38_t14 1
    z_g147_p14 o_v76_c17_r0 1 o_v76_c19_r0 1
    z_g147_p14 dy_v76_L4_r0 -1 occ_c15 1
    z_g147_p14 occ_c19 -1
    z_g147_p18 cum_g147_p18 1 cum_g147_p22 -1
    z_g147_p18 prec_g147_g37_t18 1 prec_g147_g38_t18 1
    z_g147_p18 o_v76_c21_r0 1 o_v76_c23_r0 1
    z_g147_p18 dy_v76_L5_r0 -1 occ_c19 1
    z_g147_p18 occ_c23 -1
    z_g147_p22 cum_g147_p22 1 cum_g147_p26 -1
    z_g147_p22 prec_g147_g37_t22 1 prec_g147_g38_t22 1
    z_g147_p22 o_v76_c25_r0 1 o_v76_c27_r0 1
    z_g147_p22 dy_v76_L6_r0 -1 occ_c23 1
    z_g147_p22 occ_c27 -1
    z_g147_p26 cum_g147_p26 1 cum_g147_p30 -1
    z_g147_p26 prec_g147_g37_t26 1 prec_g147_g38_t26 1
    z_g147_p26 o_v76_c29_r0 1 o_v76_c31_r0 1
    z_g147_p26 dy_v76_L7_r0 -1 occ_c27 1
    z_g147_p26 occ_c31 -1
    z_g147_p30 cum_g147_p30 1 prec_g147_g37_t30 1
    z_g147_p30 prec_g147_g38_t30 1 o_v76_c33_r0 1
    z_g147_p30 o_v76_c35_r0 1 dy_v76_L8_r0 -1
    z_g147_p30 o_v195_c35_r0 -1 occ_c31 1
    z_g147_p30 occ_c35 -1
    x_g148_p35 assign_g148 1
    x_g149_p7 cum_g149_p7 -1 assign_g149 1
    x_g149_p9 cum_g149_p9 -1 assign_g149 1
    x_g149_p9 heads_L2 2
    x_g149_p11 cum_g149_p11 -1 assign_g149 1
    x_g149_p13 cum_g149_p13 -1 assign_g149 1
    x_g149_p13 dy_v76_L3_r0 -1 heads_L3 2
    x_g149_p15 cum_g149_p15 -1 assign_g149 1
    x_g149_p17 cum_g149_p17 -1 assign_g149 1
    x_g149_p17 dy_v76_L4_r0 -1 heads_L4 2
    x_g149_p19 cum_g149_p19 -1 assign_g149 1
    x_g149_p21 cum_g149_p21 -1 assign_g149 1
    x_g149_p21 dy_v76_L5_r0 -1 heads_L5 2
    x_g149_p23 cum_g149_p23 -1 assign_g149 1
    x_g149_p25 cum_g149_p25 -1 assign_g149 1
    x_g149_p25 dy_v76_L6_r0 -1 heads_L6 2
    x_g149_p27 cum_g149_p27 -1 assign_g149 1
    x_g149_p29 cum_g149_p29 -1 assign_g149 1
    x_g149_p29 dy_v76_L7_r0 -1 heads_L7 2
    x_g149_p31 cum_g149_p31 -1 assign_g149 1
    x_g149_p33 cum_g149_p33 -1 assign_g149 1
    x_g149_p33 dy_v76_L8_r0 -1 pt_v75_L8_r1 -1
    x_g149_p33 heads_L8 1
    x_g149_p35 assign_g149 1
    z_g149_p7 cum_g149_p7 1 cum_g149_p9 -1
    z_g149_p7 prec_g149_g36_t7 1 prec_g149_g37_t7 1
    z_g149_p7 o_v76_c7_r1 1 o_v76_c9_r1 1
    z_g149_p7 occ_c7 1
    z_g149_p9 cum_g149_p9 1 cum_g149_p11 -1
    z_g149_p9 prec_g149_g36_t9 1 prec_g149_g37_t9 1
    z_g149_p9 o_v76_c9_r2 1 o_v76_c11_r1 1
    z_g149_p9 occ_c9 1
    z_g149_p11 cum_g149_p11 1 cum_g149_p13 -1
    z_g149_p11 prec_g149_g36_t11 1 prec_g149_g37_t11 1
    z_g149_p11 o_v76_c11_r2 1 o_v76_c13_r1 1
    z_g149_p11 occ_c11 1
    z_g149_p13 cum_g149_p13 1 cum_g149_p15 -1
    z_g149_p13 prec_g149_g36_t13 1 prec_g149_g37_t13 1
    z_g149_p13 o_v76_c13_r2 1 o_v76_c15_r1 1
    z_g149_p13 occ_c13 1
    z_g149_p15 cum_g149_p15 1 cum_g149_p17 -1
    z_g149_p15 prec_g149_g36_t15 1 prec_g149_g37_t15 1
    z_g149_p15 o_v76_c15_r2 1 o_v76_c17_r1 1
    z_g149_p15 occ_c15 1
    z_g149_p17 cum_g149_p17 1 cum_g149_p19 -1
    z_g149_p17 prec_g149_g36_t17 1 prec_g149_g37_t17 1
    z_g149_p17 o_v76_c17_r2 1 o_v76_c19_r1 1
    z_g149_p17 occ_c17 1
    z_g149_p19 cum_g149_p19 1 cum_g149_p21 -1
    z_g149_p19 prec_g149_g36_t19 1 prec_g149_g37_t19 1
    z_g149_p19 o_v76_c19_r2 1 o_v76_c21_r1 1
    z_g149_p19 occ_c19 1
    z_g149_p21 cum_g149_p21 1 cum_g149_p23 -1
    z_g149_p21 prec_g149_g36_t21 1 prec_g149_g37_t21 1
    z_g149_p21 o_v76_c21_r2 1 o_v76_c23_r1 1
    z_g149_p21 occ_c21 1
    z_g149_p23 cum_g149_p23 1 cum_g149_p25 -1
    z_g149_p23 prec_g149_g36_t23 1 prec_g149_g37_t23 1
    z_g149_p23 o_v76_c23_r2 1 o_v76_c25_r1 1
    z_g149_p23 occ_c23 1
    z_g149_p25 cum_g149_p25 1 cum_g149_p27 -1
    z_g149_p25 prec_g149_g36_t25 1 prec_g149_g37_t25 1
    z_g149_p25 o_v76_c25_r2 1 o_v76_c27_r1 1
    z_g149_p25 occ_c25 1
    z_g149_p27 cum_g149_p27 1 cum_g149_p29 -1
    z_g149_p27 prec_g149_g36_t27 1 prec_g149_g37_t27 1
    z_g149_p27 o_v76_c27_r2 1 o_v76_c29_r1 1
    z_g149_p27 occ_c27 1
    z_g149_p29 cum_g149_p29 1 cum_g149_p31 -1
    z_g149_p29 prec_g149_g36_t29 1 prec_g149_g37_t29 1
    z_g149_p29 o_v76_c29_r2 1 o_v76_c31_r1 1
    z_g149_p29 occ_c29 1
    z_g149_p31 cum_g149_p31 1 cum_g149_p33 -1
    z_g149_p31 o_v76_c31_r2 1 o_v76_c33_r1 1
    z_g149_p31 occ_c31 1
    z_g149_p33 cum_g149_p33 1 o_v76_c33_r2 1
    z_g149_p33 o_v76_c35_r1 1 occ_c33 1
    x_g150_p3 cum_g150_p3 -1 assign_g150 1
    x_g150_p5 cum_g150_p5 -1 assign_g150 1
    x_g150_p5 dy_v33_L1_r1 -1 pt_v0_L1_r0 -1
    x_g150_p5 heads_L1 1
    x_g150_p7 cum_g150_p7 -1 assign_g150 1
    x_g150_p9 cum_g150_p9 -1 assign_g150 1
    x_g150_p9 dy_v33_L2_r1 -1 pt_v0_L2_r0 -1
    x_g150_p9 heads_L2 1
    x_g150_p11 cum_g150_p11 -1 assign_g150 1
    x_g150_p13 cum_g150_p13 -1 assign_g150 1
    x_g150_p13 dy_v33_L3_r1 -1 pt_v0_L3_r0 -1
    x_g150_p13 heads_L3 1
    x_g150_p15 cum_g150_p15 -1 assign_g150 1
    x_g150_p17 cum_g150_p17 -1 assign_g150 1
    x_g150_p17 dy_v33_L4_r1 -1 pt_v0_L4_r0 -1
    x_g150_p17 heads_L4 1
    x_g150_p19 cum_g150_p19 -1 assign_g150 1
    x_g150_p21 cum_g150_p21 -1 assign_g150 1
    x_g150_p21 dy_v33_L5_r1 -1 pt_v0_L5_r0 -1
    x_g150_p21 heads_L5 1
    x_g150_p23 cum_g150_p23 -1 assign_g150 1
    x_g150_p25 cum_g150_p25 -1 assign_g150 1
    x_g150_p25 dy_v33_L6_r1 -1 pt_v0_L6_r0 -1
    x_g150_p25 heads_L6 1
    x_g150_p27 cum_g150_p27 -1 assign_g150 1
    x_g150_p29 cum_g150_p29 -1 assign_g150 1
    x_g150_p29 dy_v33_L7_r1 -1 pt_v0_L7_r0 -1
    x_g150_p29 heads_L7 1
    x_g150_p31 cum_g150_p31 -1 assign_g150 1
    x_g150_p33 cum_g150_p33 -1 assign_g150 1
    x_g150_p33 dy_v33_L8_r1 -1 pt_v0_L8_r0 -1
    x_g150_p33 heads_L8 1
    x_g150_p35 assign_g150 1
    z_g150_p3 cum_g150_p3 1 cum_g150_p5 -1
    z_g150_p3 occ_c3 1
    z_g150_p5 cum_g150_p5 1 cum_g150_p7 -1
    z_g150_p5 o_v33_c7_r1 1 dy_v33_L1_r0 -1
    z_g150_p5 occ_c5 1
    z_g150_p7 cum_g150_p7 1 cum_g150_p9 -1
    z_g150_p7 o_v33_c7_r2 1 o_v33_c9_r1 1
    z_g150_p7 occ_c7 1
    z_g150_p9 cum_g150_p9 1 cum_g150_p11 -1
    z_g150_p9 o_v33_c9_r2 1 o_v33_c11_r1 1
    z_g150_p9 dy_v33_L2_r0 -1 occ_c9 1
    z_g150_p11 cum_g150_p11 1 cum_g150_p13 -1
    z_g150_p11 o_v33_c11_r2 1 o_v33_c13_r1 1
    z_g150_p11 occ_c11 1
    z_g150_p13 cum_g150_p13 1 cum_g150_p15 -1
    z_g150_p13 o_v33_c13_r2 1 o_v33_c15_r1 1
    z_g150_p13 dy_v33_L3_r0 -1 occ_c13 1
    z_g150_p15 cum_g150_p15 1 cum_g150_p17 -1
    z_g150_p15 o_v33_c15_r2 1 o_v33_c17_r1 1
    z_g150_p15 occ_c15 1
    z_g150_p17 cum_g150_p17 1 cum_g150_p19 -1
    z_g150_p17 o_v33_c17_r2 1 o_v33_c19_r1 1
    z_g150_p17 dy_v33_L4_r0 -1 occ_c17 1
    z_g150_p19 cum_g150_p19 1 cum_g150_p21 -1
    z_g150_p19 o_v33_c19_r2 1 o_v33_c21_r1 1
    z_g150_p19 occ_c19 1
    z_g150_p21 cum_g150_p21 1 cum_g150_p23 -1
    z_g150_p21 o_v33_c21_r2 1 o_v33_c23_r1 1
    z_g150_p21 dy_v33_L5_r0 -1 occ_c21 1
    z_g150_p23 cum_g150_p23 1 cum_g150_p25 -1
    z_g150_p23 o_v33_c23_r2 1 o_v33_c25_r1 1
    z_g150_p23 occ_c23 1
    z_g150_p25 cum_g150_p25 1 cum_g150_p27 -1
    z_g150_p25 o_v33_c25_r2 1 o_v33_c27_r1 1
    z_g150_p25 dy_v33_L6_r0 -1 occ_c25 1
    z_g150_p27 cum_g150_p27 1 cum_g150_p29 -1
    z_g150_p27 o_v33_c27_r2 1 o_v33_c29_r1 1
    z_g150_p27 occ_c27 1
    z_g150_p29 cum_g150_p29 1 cum_g150_p31 -1
    z_g150_p29 o_v33_c29_r2 1 o_v33_c31_r1 1
    z_g150_p29 dy_v33_L7_r0 -1 occ_c29 1
    z_g150_p31 cum_g150_p31 1 cum_g150_p33 -1
    z_g150_p31 o_v33_c31_r2 1 o_v33_c33_r1 1
    z_g150_p31 occ_c31 1
    z_g150_p33 cum_g150_p33 1 o_v33_c33_r2 1
    z_g150_p33 o_v33_c35_r0 1 dy_v33_L8_r0 -1
    z_g150_p33 occ_c33 1
    x_g151_p3 cum_g151_p3 -1 assign_g151 1
    x_g151_p5 cum_g151_p5 -1 assign_g151 1
    x_g151_p5 pt_v0_L1_r1 -1 heads_L1 1
    x_g151_p7 cum_g151_p7 -1 assign_g151 1
    x_g151_p9 cum_g151_p9 -1 assign_g151 1
    x_g151_p9 pt_v0_L2_r1 -1 heads_L2 1
    x_g151_p11 cum_g151_p11 -1 assign_g151 1
    x_g151_p13 cum_g151_p13 -1 assign_g151 1
    x_g151_p13 pt_v0_L3_r1 -1 heads_L3 1
    x_g151_p15 cum_g151_p15 -1 assign_g151 1
    x_g151_p17 cum_g151_p17 -1 assign_g151 1
    x_g151_p17 pt_v0_L4_r1 -1 heads_L4 1
    x_g151_p19 cum_g151_p19 -1 assign_g151 1
    x_g151_p21 cum_g151_p21 -1 assign_g151 1
    x_g151_p21 pt_v0_L5_r1 -1 heads_L5 1
    x_g151_p23 cum_g151_p23 -1 assign_g151 1
    x_g151_p25 cum_g151_p25 -1 assign_g151 1
    x_g151_p25 pt_v0_L6_r1 -1 heads_L6 1
    x_g151_p27 cum_g151_p27 -1 assign_g151 1
    x_g151_p29 cum_g151_p29 -1 assign_g151 1
    x_g151_p29 pt_v0_L7_r1 -1 heads_L7 1
    x_g151_p31 cum_g151_p31 -1 assign_g151 1
    x_g151_p33 cum_g151_p33 -1 assign_g151 1
    x_g151_p33 pt_v0_L8_r1 -1 heads_L8 1
    x_g151_p35 assign_g151 1
    z_g151_p3 cum_g151_p3 1 cum_g151_p5 -1
    z_g151_p3 occ_c3 1
    z_g151_p5 cum_g151_p5 1 cum_g151_p7 -1
    z_g151_p5 occ_c5 1
    z_g151_p7 cum_g151_p7 1 cum_g151_p9 -1
    z_g151_p7 occ_c7 1
    z_g151_p9 cum_g151_p9 1 cum_g151_p11 -1
    z_g151_p9 occ_c9 1
    z_g151_p11 cum_g151_p11 1 cum_g151_p13 -1
    z_g151_p11 occ_c11 1
    z_g151_p13 cum_g151_p13 1 cum_g151_p15 -1
    z_g151_p13 occ_c13 1
    z_g151_p15 cum_g151_p15 1 cum_g151_p17 -1
    z_g151_p15 occ_c15 1
    z_g151_p17 cum_g151_p17 1 cum_g151_p19 -1
    z_g151_p17 occ_c17 1
    z_g151_p19 cum_g151_p19 1 cum_g151_p21 -1
    z_g151_p19 occ_c19 1
    z_g151_p21 cum_g151_p21 1 cum_g151_p23 -1
    z_g151_p21 occ_c21 1
    z_g151_p23 cum_g151_p23 1 cum_g151_p25 -1
    z_g151_p23 occ_c23 1
    z_g151_p25 cum_g151_p25 1 cum_g151_p27 -1
    z_g151_p25 occ_c25 1
    z_g151_p27 cum_g151_p27 1 cum_g151_p29 -1
    z_g151_p27 occ_c27 1
    z_g151_p29 cum_g151_p29 1 cum_g151_p31 -1
    z_g151_p29 occ_c29 1
    z_g151_p31 cum_g151_p31 1 cum_g151_p33 -1
    z_g151_p31 occ_c31 1
    z_g151_p33 cum_g151_p33 1 occ_c33 1
    x_g152_p10 cum_g152_p10 -1 assign_g152 1
    x_g152_p14 cum_g152_p14 -1 assign_g152 1
    x_g152_p18 cum_g152_p18 -1 assign_g152 1
    x_g152_p22 cum_g152_p22 -1 assign_g152 1
    x_g152_p26 cum_g152_p26 -1 assign_g152 1
    x_g152_p30 cum_g152_p30 -1 assign_g152 1
    x_g152_p34 assign_g152 1
    z_g152_p10 cum_g152_p10 1 cum_g152_p14 -1
    z_g152_p10 prec_g152_g14_t10 1 o_v53_c13_r0 1
    z_g152_p10 o_v53_c15_r0 1 dy_v53_L3_r0 -1
    z_g152_p10 occ_c11 1 occ_c13 1
    z_g152_p14 cum_g152_p14 1 cum_g152_p18 -1
    z_g152_p14 prec_g152_g14_t14 1 o_v53_c17_r0 1
    z_g152_p14 o_v53_c19_r0 1 dy_v53_L4_r0 -1
    z_g152_p14 occ_c15 1 occ_c17 1
    z_g152_p18 cum_g152_p18 1 cum_g152_p22 -1
    z_g152_p18 prec_g152_g14_t18 1 o_v53_c21_r0 1
    z_g152_p18 o_v53_c23_r0 1 dy_v53_L5_r0 -1
    z_g152_p18 occ_c19 1 occ_c21 1
    z_g152_p22 cum_g152_p22 1 cum_g152_p26 -1
    z_g152_p22 prec_g152_g14_t22 1 o_v53_c25_r0 1
    z_g152_p22 o_v53_c27_r0 1 dy_v53_L6_r0 -1
    z_g152_p22 occ_c23 1 occ_c25 1
    z_g152_p26 cum_g152_p26 1 cum_g152_p30 -1
    z_g152_p26 prec_g152_g14_t26 1 o_v53_c29_r0 1
    z_g152_p26 o_v53_c31_r0 1 dy_v53_L7_r0 -1
    z_g152_p26 occ_c27 1 occ_c29 1
    z_g152_p30 cum_g152_p30 1 prec_g152_g14_t30 1
    z_g152_p30 o_v53_c33_r0 1 o_v53_c35_r0 1
    z_g152_p30 dy_v53_L8_r0 -1 o_v200_c35_r0 -1
    z_g152_p30 occ_c31 1 occ_c33 1
    x_g153_p18 cum_g153_p18 -1 assign_g153 1
    x_g153_p22 cum_g153_p22 -1 assign_g153 1
    x_g153_p26 cum_g153_p26 -1 assign_g153 1
    x_g153_p30 cum_g153_p30 -1 assign_g153 1
    x_g153_p34 assign_g153 1
    z_g153_p18 cum_g153_p18 1 cum_g153_p22 -1
    z_g153_p18 prec_g153_g56_t18 1 o_v101_c21_r1 1
    z_g153_p18 o_v101_c23_r1 1 dy_v101_L5_r0 -1
    z_g153_p18 dy_v101_L5_r1 -1 occ_c19 1
    z_g153_p18 occ_c21 1
    z_g153_p22 cum_g153_p22 1 cum_g153_p26 -1
    z_g153_p22 prec_g153_g56_t22 1 o_v101_c25_r1 1
    z_g153_p22 o_v101_c27_r1 1 dy_v101_L6_r0 -1
    z_g153_p22 dy_v101_L6_r1 -1 occ_c23 1
    z_g153_p22 occ_c25 1
    z_g153_p26 cum_g153_p26 1 cum_g153_p30 -1
    z_g153_p26 prec_g153_g56_t26 1 o_v101_c29_r1 1
    z_g153_p26 o_v101_c31_r1 1 dy_v101_L7_r0 -1
    z_g153_p26 dy_v101_L7_r1 -1 occ_c27 1
    z_g153_p26 occ_c29 1
    z_g153_p30 cum_g153_p30 1 prec_g153_g56_t30 1
    z_g153_p30 o_v54_c33_r0 1 o_v54_c35_r0 1
    z_g153_p30 dy_v54_L8_r0 -1 o_v55_c33_r0 1
    z_g153_p30 o_v55_c35_r0 1 dy_v55_L8_r0 -1
    z_g153_p30 o_v101_c33_r1 1 o_v101_c35_r0 1
    z_g153_p30 dy_v101_L8_r0 -1 dy_v101_L8_r1 -1
    z_g153_p30 o_v201_c35_r0 -1 occ_c31 1
    z_g153_p30 occ_c33 1
    x_g154_p14 cum_g154_p14 -1 assign_g154 1
    x_g154_p18 cum_g154_p18 -1 assign_g154 1
    x_g154_p22 cum_g154_p22 -1 assign_g154 1
    x_g154_p26 cum_g154_p26 -1 assign_g154 1
    x_g154_p30 cum_g154_p30 -1 assign_g154 1
    x_g154_p34 assign_g154 1
    z_g154_p14 cum_g154_p14 1 cum_g154_p18 -1
    z_g154_p14 prec_g154_g17_t14 1 prec_g154_g72_t14 1
    z_g154_p14 o_v56_c17_r0 1 o_v56_c19_r0 1
    z_g154_p14 occ_c15 1 occ_c19 -1
    z_g154_p18 cum_g154_p18 1 cum_g154_p22 -1
    z_g154_p18 prec_g154_g17_t18 1 prec_g154_g72_t18 1
    z_g154_p18 o_v56_c21_r0 1 o_v56_c23_r0 1
    z_g154_p18 occ_c19 1 occ_c23 -1
    z_g154_p22 cum_g154_p22 1 cum_g154_p26 -1
    z_g154_p22 prec_g154_g17_t22 1 prec_g154_g72_t22 1
    z_g154_p22 o_v56_c25_r0 1 o_v56_c27_r0 1
    z_g154_p22 occ_c23 1 occ_c27 -1
    z_g154_p26 cum_g154_p26 1 cum_g154_p30 -1
    z_g154_p26 prec_g154_g17_t26 1 prec_g154_g72_t26 1
    z_g154_p26 o_v56_c29_r0 1 o_v56_c31_r0 1
    z_g154_p26 dy_v56_L7_r0 -1 occ_c27 1
    z_g154_p26 occ_c31 -1
    z_g154_p30 cum_g154_p30 1 prec_g154_g17_t30 1
    z_g154_p30 prec_g154_g72_t30 1 o_v56_c33_r0 1
    z_g154_p30 o_v56_c35_r0 1 dy_v56_L8_r0 -1
    z_g154_p30 o_v202_c35_r0 -1 occ_c31 1
    z_g154_p30 occ_c35 -1
    x_g155_p22 cum_g155_p22 -1 assign_g155 1
    x_g155_p26 cum_g155_p26 -1 assign_g155 1
    x_g155_p30 cum_g155_p30 -1 assign_g155 1
    x_g155_p34 assign_g155 1
    z_g155_p22 cum_g155_p22 1 cum_g155_p26 -1
    z_g155_p22 prec_g155_g137_t22 1 o_v58_c25_r1 1
    z_g155_p22 o_v58_c27_r1 1 dy_v58_L6_r0 -1
    z_g155_p22 occ_c23 1 occ_c27 -1
    z_g155_p26 cum_g155_p26 1 cum_g155_p30 -1
    z_g155_p26 prec_g155_g137_t26 1 o_v58_c29_r0 1
    z_g155_p26 o_v58_c31_r0 1 dy_v58_L7_r0 -1
    z_g155_p26 occ_c27 1 occ_c31 -1
    z_g155_p30 cum_g155_p30 1 prec_g155_g137_t30 1
    z_g155_p30 o_v58_c33_r0 1 o_v58_c35_r0 1
    z_g155_p30 dy_v58_L8_r0 -1 o_v203_c35_r0 -1
    z_g155_p30 occ_c31 1 occ_c35 -1
    x_g156_p30 cum_g156_p30 -1 assign_g156 1
    x_g156_p34 assign_g156 1
    z_g156_p30 cum_g156_p30 1 prec_g156_g29_t30 1
    z_g156_p30 prec_g156_g115_t30 1 o_v68_c33_r0 1
    z_g156_p30 o_v68_c35_r0 1 dy_v68_L8_r0 -1
    z_g156_p30 o_v160_c33_r0 1 o_v160_c35_r0 1
    z_g156_p30 o_v204_c35_r0 -1 occ_c31 1
    z_g156_p30 occ_c33 1
    x_g157_p30 cum_g157_p30 -1 assign_g157 1
    x_g157_p34 assign_g157 1
    z_g157_p30 cum_g157_p30 1 prec_g157_g30_t30 1
    z_g157_p30 prec_g157_g115_t30 1 o_v69_c33_r0 1
    z_g157_p30 o_v69_c35_r0 1 dy_v69_L8_r0 -1
    z_g157_p30 o_v160_c33_r1 1 o_v160_c35_r1 1
    z_g157_p30 o_v205_c35_r0 -1 occ_c31 1
    z_g157_p30 occ_c33 1
    x_g158_p34 assign_g158 1
    x_g159_p34 assign_g159 1
    x_g160_p26 cum_g160_p26 -1 assign_g160 1
    x_g160_p30 cum_g160_p30 -1 assign_g160 1
    x_g160_p34 assign_g160 1
    z_g160_p26 cum_g160_p26 1 cum_g160_p30 -1
    z_g160_p26 prec_g160_g18_t26 1 o_v57_c29_r0 1
    z_g160_p26 o_v57_c31_r0 1 dy_v57_L7_r0 -1
    z_g160_p26 o_v128_c29_r10 1 o_v128_c31_r10 1
    z_g160_p26 occ_c27 1 occ_c29 1
    z_g160_p30 cum_g160_p30 1 prec_g160_g18_t30 1
    z_g160_p30 o_v57_c33_r0 1 o_v57_c35_r0 1
    z_g160_p30 dy_v57_L8_r0 -1 o_v128_c33_r0 1
    z_g160_p30 o_v128_c35_r0 1 o_v208_c35_r0 -1
    z_g160_p30 occ_c31 1 occ_c33 1
    x_g161_p10 cum_g161_p10 -1 assign_g161 1
    x_g161_p14 cum_g161_p14 -1 assign_g161 1
    x_g161_p18 cum_g161_p18 -1 assign_g161 1
    x_g161_p22 cum_g161_p22 -1 assign_g161 1
    x_g161_p26 cum_g161_p26 -1 assign_g161 1
    x_g161_p30 cum_g161_p30 -1 assign_g161 1
    x_g161_p34 assign_g161 1
    z_g161_p10 cum_g161_p10 1 cum_g161_p14 -1
    z_g161_p10 prec_g161_g26_t10 1 o_v65_c13_r1 1
    z_g161_p10 o_v65_c15_r1 1 occ_c11 1
    z_g161_p10 occ_c13 1
    z_g161_p14 cum_g161_p14 1 cum_g161_p18 -1
    z_g161_p14 prec_g161_g26_t14 1 o_v65_c17_r1 1
    z_g161_p14 o_v65_c19_r1 1 occ_c15 1
    z_g161_p14 occ_c17 1
    z_g161_p18 cum_g161_p18 1 cum_g161_p22 -1
    z_g161_p18 prec_g161_g26_t18 1 o_v65_c21_r1 1
    z_g161_p18 o_v65_c23_r1 1 occ_c19 1
    z_g161_p18 occ_c21 1
    z_g161_p22 cum_g161_p22 1 cum_g161_p26 -1
    z_g161_p22 prec_g161_g26_t22 1 o_v65_c25_r1 1
    z_g161_p22 o_v65_c27_r1 1 occ_c23 1
    z_g161_p22 occ_c25 1
    z_g161_p26 cum_g161_p26 1 cum_g161_p30 -1
    z_g161_p26 prec_g161_g26_t26 1 o_v65_c29_r1 1
    z_g161_p26 o_v65_c31_r2 1 occ_c27 1
    z_g161_p26 occ_c29 1
    z_g161_p30 cum_g161_p30 1 prec_g161_g26_t30 1
    z_g161_p30 o_v65_c33_r1 1 o_v65_c35_r0 1
    z_g161_p30 dy_v65_L8_r0 -1 dy_v65_L8_r1 -1
    z_g161_p30 o_v209_c35_r0 -1 occ_c31 1
    z_g161_p30 occ_c33 1
    x_g162_p30 cum_g162_p30 -1 assign_g162 1
    x_g162_p34 assign_g162 1
    z_g162_p30 cum_g162_p30 1 prec_g162_g31_t30 1
    z_g162_p30 o_v70_c33_r0 1 o_v70_c35_r0 1
    z_g162_p30 dy_v70_L8_r0 -1 o_v157_c33_r0 1
    z_g162_p30 o_v157_c35_r0 1 o_v210_c35_r0 -1
    z_g162_p30 occ_c31 1 occ_c33 1
    x_g163_p35 assign_g163 1
    x_g164_p10 cum_g164_p10 -1 assign_g164 1
    x_g164_p14 cum_g164_p14 -1 assign_g164 1
    x_g164_p18 cum_g164_p18 -1 assign_g164 1
    x_g164_p22 cum_g164_p22 -1 assign_g164 1
    x_g164_p26 cum_g164_p26 -1 assign_g164 1
    x_g164_p30 cum_g164_p30 -1 assign_g164 1
    x_g164_p34 assign_g164 1
    z_g164_p10 cum_g164_p10 1 cum_g164_p14 -1
    z_g164_p10 prec_g164_g14_t10 1 o_v53_c13_r1 1
    z_g164_p10 o_v53_c15_r1 1 dy_v53_L3_r0 -1
    z_g164_p10 occ_c11 1 occ_c13 1
    z_g164_p14 cum_g164_p14 1 cum_g164_p18 -1
    z_g164_p14 prec_g164_g14_t14 1 o_v53_c17_r1 1
    z_g164_p14 o_v53_c19_r1 1 dy_v53_L4_r0 -1
    z_g164_p14 occ_c15 1 occ_c17 1
    z_g164_p18 cum_g164_p18 1 cum_g164_p22 -1
    z_g164_p18 prec_g164_g14_t18 1 o_v53_c21_r1 1
    z_g164_p18 o_v53_c23_r1 1 dy_v53_L5_r0 -1
    z_g164_p18 occ_c19 1 occ_c21 1
    z_g164_p22 cum_g164_p22 1 cum_g164_p26 -1
    z_g164_p22 prec_g164_g14_t22 1 o_v53_c25_r1 1
    z_g164_p22 o_v53_c27_r1 1 dy_v53_L6_r0 -1
    z_g164_p22 occ_c23 1 occ_c25 1
    z_g164_p26 cum_g164_p26 1 cum_g164_p30 -1
    z_g164_p26 prec_g164_g14_t26 1 o_v53_c29_r1 1
    z_g164_p26 o_v53_c31_r1 1 dy_v53_L7_r0 -1
    z_g164_p26 occ_c27 1 occ_c29 1
    z_g164_p30 cum_g164_p30 1 prec_g164_g14_t30 1
    z_g164_p30 o_v53_c33_r1 1 o_v53_c35_r1 1
    z_g164_p30 dy_v53_L8_r0 -1 o_v212_c35_r0 -1
    z_g164_p30 occ_c31 1 occ_c33 1
    x_g165_p22 cum_g165_p22 -1 assign_g165 1
    x_g165_p26 cum_g165_p26 -1 assign_g165 1
    x_g165_p30 cum_g165_p30 -1 assign_g165 1
    x_g165_p34 assign_g165 1
    z_g165_p22 cum_g165_p22 1 cum_g165_p26 -1
    z_g165_p22 prec_g165_g60_t22 1 o_v105_c25_r1 1
    z_g165_p22 o_v105_c27_r1 1 dy_v105_L6_r0 -1
    z_g165_p22 dy_v105_L6_r1 -1 occ_c23 1
    z_g165_p22 occ_c25 1
    z_g165_p26 cum_g165_p26 1 cum_g165_p30 -1
    z_g165_p26 prec_g165_g60_t26 1 o_v105_c29_r1 1
    z_g165_p26 o_v105_c31_r1 1 dy_v105_L7_r0 -1
    z_g165_p26 dy_v105_L7_r1 -1 occ_c27 1
    z_g165_p26 occ_c29 1
    z_g165_p30 cum_g165_p30 1 prec_g165_g60_t30 1
    z_g165_p30 o_v54_c33_r1 1 o_v54_c35_r1 1
    z_g165_p30 dy_v54_L8_r0 -1 o_v55_c33_r1 1
    z_g165_p30 o_v55_c35_r1 1 dy_v55_L8_r0 -1
    z_g165_p30 o_v105_c33_r1 1 o_v105_c35_r0 1
    z_g165_p30 dy_v105_L8_r0 -1 dy_v105_L8_r1 -1
    z_g165_p30 o_v213_c35_r0 -1 occ_c31 1
    z_g165_p30 occ_c33 1
    x_g166_p18 cum_g166_p18 -1 assign_g166 1
    x_g166_p22 cum_g166_p22 -1 assign_g166 1
    x_g166_p26 cum_g166_p26 -1 assign_g166 1
    x_g166_p30 cum_g166_p30 -1 assign_g166 1
    x_g166_p34 assign_g166 1
    z_g166_p18 cum_g166_p18 1 cum_g166_p22 -1
    z_g166_p18 prec_g166_g17_t18 1 prec_g166_g76_t18 1
    z_g166_p18 o_v56_c21_r1 1 o_v56_c23_r1 1
    z_g166_p18 occ_c19 1 occ_c23 -1
    z_g166_p22 cum_g166_p22 1 cum_g166_p26 -1
    z_g166_p22 prec_g166_g17_t22 1 prec_g166_g76_t22 1
    z_g166_p22 o_v56_c25_r1 1 o_v56_c27_r1 1
    z_g166_p22 occ_c23 1 occ_c27 -1
    z_g166_p26 cum_g166_p26 1 cum_g166_p30 -1
    z_g166_p26 prec_g166_g17_t26 1 prec_g166_g76_t26 1
    z_g166_p26 o_v56_c29_r1 1 o_v56_c31_r1 1
    z_g166_p26 dy_v56_L7_r0 -1 occ_c27 1
    z_g166_p26 occ_c31 -1
    z_g166_p30 cum_g166_p30 1 prec_g166_g17_t30 1
    z_g166_p30 prec_g166_g76_t30 1 o_v56_c33_r1 1
    z_g166_p30 o_v56_c35_r1 1 dy_v56_L8_r0 -1
    z_g166_p30 o_v214_c35_r0 -1 occ_c31 1
    z_g166_p30 occ_c35 -1
    x_g167_p22 cum_g167_p22 -1 assign_g167 1
    x_g167_p26 cum_g167_p26 -1 assign_g167 1
    x_g167_p30 cum_g167_p30 -1 assign_g167 1
    x_g167_p34 assign_g167 1
    z_g167_p22 cum_g167_p22 1 cum_g167_p26 -1
    z_g167_p22 prec_g167_g137_t22 1 o_v58_c25_r2 1
    z_g167_p22 o_v58_c27_r2 1 dy_v58_L6_r0 -1
    z_g167_p22 occ_c23 1 occ_c27 -1
    z_g167_p26 cum_g167_p26 1 cum_g167_p30 -1
    z_g167_p26 prec_g167_g137_t26 1 o_v58_c29_r1 1
    z_g167_p26 o_v58_c31_r1 1 dy_v58_L7_r0 -1
    z_g167_p26 occ_c27 1 occ_c31 -1
    z_g167_p30 cum_g167_p30 1 prec_g167_g137_t30 1
    z_g167_p30 o_v58_c33_r1 1 o_v58_c35_r1 1
    z_g167_p30 dy_v58_L8_r0 -1 o_v215_c35_r0 -1
    z_g167_p30 occ_c31 1 occ_c35 -1
    x_g168_p30 cum_g168_p30 -1 assign_g168 1
    x_g168_p34 assign_g168 1
    z_g168_p30 cum_g168_p30 1 prec_g168_g29_t30 1
    z_g168_p30 prec_g168_g118_t30 1 o_v68_c33_r1 1
    z_g168_p30 o_v68_c35_r1 1 dy_v68_L8_r0 -1
    z_g168_p30 o_v163_c33_r0 1 o_v163_c35_r0 1
    z_g168_p30 o_v216_c35_r0 -1 occ_c31 1
    z_g168_p30 occ_c33 1
    x_g169_p30 cum_g169_p30 -1 assign_g169 1
    x_g169_p34 assign_g169 1
    z_g169_p30 cum_g169_p30 1 prec_g169_g30_t30 1
    z_g169_p30 prec_g169_g118_t30 1 o_v69_c33_r1 1
    z_g169_p30 o_v69_c35_r1 1 dy_v69_L8_r0 -1
    z_g169_p30 o_v163_c33_r1 1 o_v163_c35_r1 1
    z_g169_p30 o_v217_c35_r0 -1 occ_c31 1
    z_g169_p30 occ_c33 1
    x_g170_p34 assign_g170 1
    x_g171_p34 assign_g171 1
    x_g172_p35 assign_g172 1
    x_g173_p10 cum_g173_p10 -1 assign_g173 1
    x_g173_p14 cum_g173_p14 -1 assign_g173 1
    x_g173_p18 cum_g173_p18 -1 assign_g173 1
    x_g173_p22 cum_g173_p22 -1 assign_g173 1
    x_g173_p26 cum_g173_p26 -1 assign_g173 1
    x_g173_p30 cum_g173_p30 -1 assign_g173 1
    x_g173_p34 assign_g173 1
    z_g173_p10 cum_g173_p10 1 cum_g173_p14 -1
    z_g173_p10 prec_g173_g14_t10 1 o_v50_c13_r1 1
    z_g173_p10 o_v50_c15_r1 1 o_v53_c13_r2 1
    z_g173_p10 o_v53_c15_r2 1 dy_v53_L3_r0 -1
    z_g173_p10 occ_c11 1 occ_c13 1
    z_g173_p14 cum_g173_p14 1 cum_g173_p18 -1
    z_g173_p14 prec_g173_g14_t14 1 o_v50_c17_r1 1
    z_g173_p14 o_v50_c19_r1 1 o_v53_c17_r2 1
    z_g173_p14 o_v53_c19_r2 1 dy_v53_L4_r0 -1
    z_g173_p14 occ_c15 1 occ_c17 1
    z_g173_p18 cum_g173_p18 1 cum_g173_p22 -1
    z_g173_p18 prec_g173_g14_t18 1 o_v50_c21_r1 1
    z_g173_p18 o_v50_c23_r1 1 o_v53_c21_r2 1
    z_g173_p18 o_v53_c23_r2 1 dy_v53_L5_r0 -1
    z_g173_p18 occ_c19 1 occ_c21 1
    z_g173_p22 cum_g173_p22 1 cum_g173_p26 -1
    z_g173_p22 prec_g173_g14_t22 1 o_v50_c25_r0 1
    z_g173_p22 o_v50_c27_r0 1 o_v53_c25_r2 1
    z_g173_p22 o_v53_c27_r2 1 dy_v53_L6_r0 -1
    z_g173_p22 occ_c23 1 occ_c25 1
    z_g173_p26 cum_g173_p26 1 cum_g173_p30 -1
    z_g173_p26 prec_g173_g14_t26 1 o_v50_c29_r0 1
    z_g173_p26 o_v50_c31_r0 1 o_v53_c29_r2 1
    z_g173_p26 o_v53_c31_r2 1 dy_v53_L7_r0 -1
    z_g173_p26 occ_c27 1 occ_c29 1
    z_g173_p30 cum_g173_p30 1 prec_g173_g14_t30 1
    z_g173_p30 o_v50_c33_r0 1 o_v50_c35_r0 1
    z_g173_p30 o_v53_c33_r2 1 o_v53_c35_r2 1
    z_g173_p30 dy_v53_L8_r0 -1 o_v221_c35_r0 -1
    z_g173_p30 occ_c31 1 occ_c33 1
    x_g174_p26 cum_g174_p26 -1 assign_g174 1
    x_g174_p30 cum_g174_p30 -1 assign_g174 1
    x_g174_p34 assign_g174 1
    z_g174_p26 cum_g174_p26 1 cum_g174_p30 -1
    z_g174_p26 prec_g174_g64_t26 1 occ_c27 1
    z_g174_p26 occ_c31 -1
    z_g174_p30 cum_g174_p30 1 prec_g174_g64_t30 1
    z_g174_p30 o_v54_c33_r2 1 o_v54_c35_r2 1
    z_g174_p30 dy_v54_L8_r0 -1 o_v55_c33_r2 1
    z_g174_p30 o_v55_c35_r2 1 dy_v55_L8_r0 -1
    z_g174_p30 o_v222_c35_r0 -1 occ_c31 1
    z_g174_p30 occ_c35 -1
    x_g175_p22 cum_g175_p22 -1 assign_g175 1
    x_g175_p26 cum_g175_p26 -1 assign_g175 1
    x_g175_p30 cum_g175_p30 -1 assign_g175 1
    x_g175_p34 assign_g175 1
    z_g175_p22 cum_g175_p22 1 cum_g175_p26 -1
    z_g175_p22 prec_g175_g17_t22 1 prec_g175_g80_t22 1
    z_g175_p22 o_v56_c25_r2 1 o_v56_c27_r2 1
    z_g175_p22 occ_c23 1 occ_c27 -1
    z_g175_p26 cum_g175_p26 1 cum_g175_p30 -1
    z_g175_p26 prec_g175_g17_t26 1 prec_g175_g80_t26 1
    z_g175_p26 o_v56_c29_r2 1 o_v56_c31_r2 1
    z_g175_p26 dy_v56_L7_r0 -1 occ_c27 1
    z_g175_p26 occ_c31 -1
    z_g175_p30 cum_g175_p30 1 prec_g175_g17_t30 1
    z_g175_p30 prec_g175_g80_t30 1 o_v56_c33_r2 1
    z_g175_p30 o_v56_c35_r2 1 dy_v56_L8_r0 -1
    z_g175_p30 o_v223_c35_r0 -1 occ_c31 1
    z_g175_p30 occ_c35 -1
    x_g176_p22 cum_g176_p22 -1 assign_g176 1
    x_g176_p26 cum_g176_p26 -1 assign_g176 1
    x_g176_p30 cum_g176_p30 -1 assign_g176 1
    x_g176_p34 assign_g176 1
    z_g176_p22 cum_g176_p22 1 cum_g176_p26 -1
    z_g176_p22 prec_g176_g137_t22 1 o_v58_c25_r3 1
    z_g176_p22 o_v58_c27_r3 1 dy_v58_L6_r0 -1
    z_g176_p22 occ_c23 1 occ_c27 -1
    z_g176_p26 cum_g176_p26 1 cum_g176_p30 -1
    z_g176_p26 prec_g176_g137_t26 1 o_v58_c29_r2 1
    z_g176_p26 o_v58_c31_r2 1 dy_v58_L7_r0 -1
    z_g176_p26 occ_c27 1 occ_c31 -1
    z_g176_p30 cum_g176_p30 1 prec_g176_g137_t30 1
    z_g176_p30 o_v58_c33_r2 1 o_v58_c35_r2 1
    z_g176_p30 dy_v58_L8_r0 -1 o_v224_c35_r0 -1
    z_g176_p30 occ_c31 1 occ_c35 -1
    x_g177_p30 cum_g177_p30 -1 assign_g177 1
    x_g177_p34 assign_g177 1
    z_g177_p30 cum_g177_p30 1 prec_g177_g29_t30 1
    z_g177_p30 prec_g177_g121_t30 1 o_v68_c33_r2 1
    z_g177_p30 o_v68_c35_r2 1 dy_v68_L8_r0 -1
    z_g177_p30 o_v166_c33_r0 1 o_v166_c35_r0 1
    z_g177_p30 o_v225_c35_r0 -1 occ_c31 1
    z_g177_p30 occ_c33 1
    x_g178_p30 cum_g178_p30 -1 assign_g178 1
    x_g178_p34 assign_g178 1
    z_g178_p30 cum_g178_p30 1 prec_g178_g30_t30 1
    z_g178_p30 prec_g178_g121_t30 1 o_v69_c33_r2 1
    z_g178_p30 o_v69_c35_r2 1 dy_v69_L8_r0 -1
    z_g178_p30 o_v166_c33_r1 1 o_v166_c35_r1 1
    z_g178_p30 o_v226_c35_r0 -1 occ_c31 1
    z_g178_p30 occ_c33 1
    x_g179_p34 assign_g179 1
    x_g180_p34 assign_g180 1
    x_g181_p35 assign_g181 1
    x_g182_p10 cum_g182_p10 -1 assign_g182 1
    x_g182_p14 cum_g182_p14 -1 assign_g182 1
    x_g182_p18 cum_g182_p18 -1 assign_g182 1
    x_g182_p22 cum_g182_p22 -1 assign_g182 1
    x_g182_p26 cum_g182_p26 -1 assign_g182 1
    x_g182_p30 cum_g182_p30 -1 assign_g182 1
    x_g182_p34 assign_g182 1
    z_g182_p10 cum_g182_p10 1 cum_g182_p14 -1
    z_g182_p10 prec_g182_g14_t10 1 o_v51_c13_r1 1
    z_g182_p10 o_v51_c15_r1 1 o_v53_c13_r3 1
    z_g182_p10 o_v53_c15_r3 1 dy_v53_L3_r0 -1
    z_g182_p10 occ_c11 1 occ_c13 1
    z_g182_p14 cum_g182_p14 1 cum_g182_p18 -1
    z_g182_p14 prec_g182_g14_t14 1 o_v51_c17_r1 1
    z_g182_p14 o_v51_c19_r1 1 o_v53_c17_r3 1
    z_g182_p14 o_v53_c19_r3 1 dy_v53_L4_r0 -1
    z_g182_p14 occ_c15 1 occ_c17 1
    z_g182_p18 cum_g182_p18 1 cum_g182_p22 -1
    z_g182_p18 prec_g182_g14_t18 1 o_v51_c21_r1 1
    z_g182_p18 o_v51_c23_r1 1 o_v53_c21_r3 1
    z_g182_p18 o_v53_c23_r3 1 dy_v53_L5_r0 -1
    z_g182_p18 occ_c19 1 occ_c21 1
    z_g182_p22 cum_g182_p22 1 cum_g182_p26 -1
    z_g182_p22 prec_g182_g14_t22 1 o_v51_c25_r1 1
    z_g182_p22 o_v51_c27_r1 1 o_v53_c25_r3 1
    z_g182_p22 o_v53_c27_r3 1 dy_v53_L6_r0 -1
    z_g182_p22 occ_c23 1 occ_c25 1
    z_g182_p26 cum_g182_p26 1 cum_g182_p30 -1
    z_g182_p26 prec_g182_g14_t26 1 o_v51_c29_r0 1
    z_g182_p26 o_v51_c31_r0 1 o_v53_c29_r3 1
    z_g182_p26 o_v53_c31_r3 1 dy_v53_L7_r0 -1
    z_g182_p26 occ_c27 1 occ_c29 1
    z_g182_p30 cum_g182_p30 1 prec_g182_g14_t30 1
    z_g182_p30 o_v51_c33_r0 1 o_v51_c35_r0 1
    z_g182_p30 o_v53_c33_r3 1 o_v53_c35_r3 1
    z_g182_p30 dy_v53_L8_r0 -1 o_v230_c35_r0 -1
    z_g182_p30 occ_c31 1 occ_c33 1
    x_g183_p30 cum_g183_p30 -1 assign_g183 1
    x_g183_p34 assign_g183 1
    z_g183_p30 cum_g183_p30 1 prec_g183_g68_t30 1
    z_g183_p30 o_v54_c33_r3 1 o_v54_c35_r3 1
    z_g183_p30 dy_v54_L8_r0 -1 o_v55_c33_r3 1
    z_g183_p30 o_v55_c35_r3 1 dy_v55_L8_r0 -1
    z_g183_p30 o_v231_c35_r0 -1 occ_c31 1
    z_g183_p30 occ_c35 -1
    x_g184_p26 cum_g184_p26 -1 assign_g184 1
    x_g184_p30 cum_g184_p30 -1 assign_g184 1
    x_g184_p34 assign_g184 1
    z_g184_p26 cum_g184_p26 1 cum_g184_p30 -1
    z_g184_p26 prec_g184_g17_t26 1 prec_g184_g84_t26 1
    z_g184_p26 o_v56_c29_r3 1 o_v56_c31_r3 1
    z_g184_p26 dy_v56_L7_r0 -1 occ_c27 1
    z_g184_p26 occ_c31 -1
    z_g184_p30 cum_g184_p30 1 prec_g184_g17_t30 1
    z_g184_p30 prec_g184_g84_t30 1 o_v56_c33_r3 1
    z_g184_p30 o_v56_c35_r3 1 dy_v56_L8_r0 -1
    z_g184_p30 o_v232_c35_r0 -1 occ_c31 1
    z_g184_p30 occ_c35 -1
    x_g185_p22 cum_g185_p22 -1 assign_g185 1
    x_g185_p26 cum_g185_p26 -1 assign_g185 1
    x_g185_p30 cum_g185_p30 -1 assign_g185 1
    x_g185_p34 assign_g185 1
    z_g185_p22 cum_g185_p22 1 cum_g185_p26 -1
    z_g185_p22 prec_g185_g137_t22 1 o_v58_c25_r4 1
    z_g185_p22 o_v58_c27_r4 1 dy_v58_L6_r0 -1
    z_g185_p22 occ_c23 1 occ_c27 -1
    z_g185_p26 cum_g185_p26 1 cum_g185_p30 -1
    z_g185_p26 prec_g185_g137_t26 1 o_v58_c29_r3 1
    z_g185_p26 o_v58_c31_r3 1 dy_v58_L7_r0 -1
    z_g185_p26 occ_c27 1 occ_c31 -1
    z_g185_p30 cum_g185_p30 1 prec_g185_g137_t30 1
    z_g185_p30 o_v58_c33_r3 1 o_v58_c35_r3 1
    z_g185_p30 dy_v58_L8_r0 -1 o_v233_c35_r0 -1
    z_g185_p30 occ_c31 1 occ_c35 -1
    x_g186_p30 cum_g186_p30 -1 assign_g186 1
    x_g186_p34 assign_g186 1
    z_g186_p30 cum_g186_p30 1 prec_g186_g29_t30 1
    z_g186_p30 prec_g186_g124_t30 1 o_v68_c33_r3 1
    z_g186_p30 o_v68_c35_r3 1 dy_v68_L8_r0 -1
    z_g186_p30 o_v169_c33_r0 1 o_v169_c35_r0 1
    z_g186_p30 o_v234_c35_r0 -1 occ_c31 1
    z_g186_p30 occ_c33 1
    x_g187_p30 cum_g187_p30 -1 assign_g187 1
    x_g187_p34 assign_g187 1
    z_g187_p30 cum_g187_p30 1 prec_g187_g30_t30 1
    z_g187_p30 prec_g187_g124_t30 1 o_v69_c33_r3 1
    z_g187_p30 o_v69_c35_r3 1 dy_v69_L8_r0 -1
    z_g187_p30 o_v169_c33_r1 1 o_v169_c35_r1 1
    z_g187_p30 o_v235_c35_r0 -1 occ_c31 1
    z_g187_p30 occ_c33 1
    x_g188_p34 assign_g188 1
    x_g189_p34 assign_g189 1
    x_g190_p35 assign_g190 1
    x_g191_p7 cum_g191_p7 -1 assign_g191 1
    x_g191_p9 cum_g191_p9 -1 assign_g191 1
    x_g191_p9 heads_L2 12
    x_g191_p11 cum_g191_p11 -1 assign_g191 1
    x_g191_p13 cum_g191_p13 -1 assign_g191 1
    x_g191_p13 dy_v53_L3_r0 -1 heads_L3 12
    x_g191_p15 cum_g191_p15 -1 assign_g191 1
    x_g191_p17 cum_g191_p17 -1 assign_g191 1
    x_g191_p17 dy_v53_L4_r0 -1 heads_L4 12
    x_g191_p19 cum_g191_p19 -1 assign_g191 1
    x_g191_p21 cum_g191_p21 -1 assign_g191 1
    x_g191_p21 dy_v53_L5_r0 -1 heads_L5 12
    x_g191_p23 cum_g191_p23 -1 assign_g191 1
    x_g191_p25 cum_g191_p25 -1 assign_g191 1
    x_g191_p25 dy_v53_L6_r0 -1 dy_v58_L6_r0 -1
    x_g191_p25 heads_L6 12
    x_g191_p27 cum_g191_p27 -1 assign_g191 1
    x_g191_p29 cum_g191_p29 -1 assign_g191 1
    x_g191_p29 dy_v53_L7_r0 -1 dy_v56_L7_r0 -1
    x_g191_p29 dy_v57_L7_r0 -1 dy_v58_L7_r0 -1
    x_g191_p29 heads_L7 12
    x_g191_p31 cum_g191_p31 -1 assign_g191 1
    x_g191_p33 cum_g191_p33 -1 assign_g191 1
    x_g191_p33 dy_v53_L8_r0 -1 dy_v54_L8_r0 -1
    x_g191_p33 dy_v55_L8_r0 -1 dy_v56_L8_r0 -1
    x_g191_p33 dy_v57_L8_r0 -1 dy_v58_L8_r0 -1
    x_g191_p33 dy_v65_L8_r1 -1 dy_v68_L8_r0 -1
    x_g191_p33 dy_v69_L8_r0 -1 dy_v70_L8_r0 -1
    x_g191_p33 pt_v65_L8_r1 -1 heads_L8 11
    x_g191_p35 assign_g191 1
    z_g191_p7 cum_g191_p7 1 cum_g191_p9 -1
    z_g191_p7 prec_g191_g14_t7 1 prec_g191_g15_t7 1
    z_g191_p7 prec_g191_g16_t7 1 prec_g191_g17_t7 1
    z_g191_p7 prec_g191_g18_t7 1 prec_g191_g19_t7 1
    z_g191_p7 prec_g191_g26_t7 1 prec_g191_g29_t7 1
    z_g191_p7 prec_g191_g30_t7 1 prec_g191_g31_t7 1
    z_g191_p7 prec_g191_g34_t7 1 prec_g191_g35_t7 1
    z_g191_p7 o_v53_c7_r4 1 o_v53_c9_r4 1
    z_g191_p7 o_v54_c7_r4 1 o_v54_c9_r4 1
    z_g191_p7 o_v55_c7_r4 1 o_v55_c9_r4 1
    z_g191_p7 o_v56_c7_r4 1 o_v56_c9_r4 1
    z_g191_p7 o_v57_c7_r1 1 o_v57_c9_r1 1
    z_g191_p7 o_v58_c7_r6 1 o_v58_c9_r6 1
    z_g191_p7 o_v65_c7_r2 1 o_v65_c9_r2 1
    z_g191_p7 o_v68_c7_r4 1 o_v68_c9_r4 1
    z_g191_p7 o_v69_c7_r4 1 o_v69_c9_r4 1
    z_g191_p7 o_v70_c7_r1 1 o_v70_c9_r1 1
    z_g191_p7 o_v73_c7_r4 1 o_v73_c9_r4 1
    z_g191_p7 o_v74_c7_r4 1 o_v74_c9_r4 1
    z_g191_p7 occ_c7 1
    z_g191_p9 cum_g191_p9 1 cum_g191_p11 -1
    z_g191_p9 prec_g191_g14_t9 1 prec_g191_g15_t9 1
    z_g191_p9 prec_g191_g16_t9 1 prec_g191_g17_t9 1
    z_g191_p9 prec_g191_g18_t9 1 prec_g191_g19_t9 1
    z_g191_p9 prec_g191_g26_t9 1 prec_g191_g29_t9 1
    z_g191_p9 prec_g191_g30_t9 1 prec_g191_g31_t9 1
    z_g191_p9 prec_g191_g34_t9 1 prec_g191_g35_t9 1
    z_g191_p9 o_v53_c9_r5 1 o_v53_c11_r4 1
    z_g191_p9 o_v54_c9_r5 1 o_v55_c9_r5 1
    z_g191_p9 o_v56_c9_r5 1 o_v56_c11_r4 1
    z_g191_p9 o_v57_c9_r2 1 o_v57_c11_r1 1
    z_g191_p9 o_v58_c9_r7 1 o_v65_c9_r3 1
    z_g191_p9 o_v65_c11_r2 1 o_v68_c9_r5 1
    z_g191_p9 o_v68_c11_r4 1 o_v69_c9_r5 1
    z_g191_p9 o_v69_c11_r4 1 o_v70_c9_r2 1
    z_g191_p9 o_v70_c11_r1 1 o_v73_c9_r5 1
    z_g191_p9 o_v73_c11_r4 1 o_v74_c9_r5 1
    z_g191_p9 o_v74_c11_r4 1 occ_c9 1
    z_g191_p11 cum_g191_p11 1 cum_g191_p13 -1
    z_g191_p11 prec_g191_g14_t11 1 prec_g191_g17_t11 1
    z_g191_p11 prec_g191_g18_t11 1 prec_g191_g26_t11 1
    z_g191_p11 prec_g191_g29_t11 1 prec_g191_g30_t11 1
    z_g191_p11 prec_g191_g31_t11 1 prec_g191_g34_t11 1
    z_g191_p11 prec_g191_g35_t11 1 o_v53_c11_r5 1
    z_g191_p11 o_v53_c13_r4 1 o_v56_c11_r5 1
    z_g191_p11 o_v56_c13_r4 1 o_v57_c11_r2 1
    z_g191_p11 o_v57_c13_r1 1 o_v65_c11_r3 1
    z_g191_p11 o_v65_c13_r2 1 o_v68_c11_r5 1
    z_g191_p11 o_v68_c13_r4 1 o_v69_c11_r5 1
    z_g191_p11 o_v69_c13_r4 1 o_v70_c11_r2 1
    z_g191_p11 o_v70_c13_r1 1 o_v73_c11_r5 1
    z_g191_p11 o_v73_c13_r4 1 o_v74_c11_r5 1
    z_g191_p11 o_v74_c13_r4 1 occ_c11 1
    z_g191_p13 cum_g191_p13 1 cum_g191_p15 -1
    z_g191_p13 prec_g191_g14_t13 1 prec_g191_g17_t13 1
    z_g191_p13 prec_g191_g18_t13 1 prec_g191_g26_t13 1
    z_g191_p13 prec_g191_g29_t13 1 prec_g191_g30_t13 1
    z_g191_p13 prec_g191_g31_t13 1 prec_g191_g34_t13 1
    z_g191_p13 prec_g191_g35_t13 1 o_v53_c13_r5 1
    z_g191_p13 o_v53_c15_r4 1 o_v56_c13_r5 1
    z_g191_p13 o_v56_c15_r4 1 o_v57_c13_r2 1
    z_g191_p13 o_v57_c15_r1 1 o_v65_c13_r3 1
    z_g191_p13 o_v65_c15_r2 1 o_v68_c13_r5 1
    z_g191_p13 o_v68_c15_r4 1 o_v69_c13_r5 1
    z_g191_p13 o_v69_c15_r4 1 o_v70_c13_r2 1
    z_g191_p13 o_v70_c15_r1 1 o_v73_c13_r5 1
    z_g191_p13 o_v73_c15_r4 1 o_v74_c13_r5 1
    z_g191_p13 o_v74_c15_r4 1 occ_c13 1
    z_g191_p15 cum_g191_p15 1 cum_g191_p17 -1
    z_g191_p15 prec_g191_g14_t15 1 prec_g191_g17_t15 1
    z_g191_p15 prec_g191_g18_t15 1 prec_g191_g26_t15 1
    z_g191_p15 prec_g191_g29_t15 1 prec_g191_g30_t15 1
    z_g191_p15 prec_g191_g31_t15 1 prec_g191_g34_t15 1
    z_g191_p15 prec_g191_g35_t15 1 o_v53_c15_r5 1
    z_g191_p15 o_v53_c17_r4 1 o_v56_c15_r5 1
    z_g191_p15 o_v56_c17_r4 1 o_v57_c15_r2 1
    z_g191_p15 o_v57_c17_r1 1 o_v65_c15_r3 1
    z_g191_p15 o_v65_c17_r2 1 o_v68_c15_r5 1
    z_g191_p15 o_v68_c17_r4 1 o_v69_c15_r5 1
    z_g191_p15 o_v69_c17_r4 1 o_v70_c15_r2 1
    z_g191_p15 o_v70_c17_r1 1 o_v73_c15_r5 1
    z_g191_p15 o_v73_c17_r4 1 o_v74_c15_r5 1
    z_g191_p15 o_v74_c17_r4 1 occ_c15 1
    z_g191_p17 cum_g191_p17 1 cum_g191_p19 -1
    z_g191_p17 prec_g191_g14_t17 1 prec_g191_g17_t17 1
    z_g191_p17 prec_g191_g18_t17 1 prec_g191_g26_t17 1
    z_g191_p17 prec_g191_g29_t17 1 prec_g191_g30_t17 1
    z_g191_p17 prec_g191_g31_t17 1 prec_g191_g34_t17 1
    z_g191_p17 prec_g191_g35_t17 1 o_v53_c17_r5 1
    z_g191_p17 o_v53_c19_r4 1 o_v56_c17_r5 1
    z_g191_p17 o_v56_c19_r4 1 o_v57_c17_r2 1
    z_g191_p17 o_v57_c19_r1 1 o_v65_c17_r3 1
    z_g191_p17 o_v65_c19_r2 1 o_v68_c17_r5 1
    z_g191_p17 o_v68_c19_r4 1 o_v69_c17_r5 1
    z_g191_p17 o_v69_c19_r4 1 o_v70_c17_r2 1
    z_g191_p17 o_v70_c19_r1 1 o_v73_c17_r5 1
    z_g191_p17 o_v73_c19_r4 1 o_v74_c17_r5 1
    z_g191_p17 o_v74_c19_r4 1 occ_c17 1
    z_g191_p19 cum_g191_p19 1 cum_g191_p21 -1
    z_g191_p19 prec_g191_g14_t19 1 prec_g191_g17_t19 1
    z_g191_p19 prec_g191_g18_t19 1 prec_g191_g26_t19 1
    z_g191_p19 prec_g191_g29_t19 1 prec_g191_g30_t19 1
    z_g191_p19 prec_g191_g31_t19 1 prec_g191_g34_t19 1
    z_g191_p19 prec_g191_g35_t19 1 o_v53_c19_r5 1
    z_g191_p19 o_v53_c21_r4 1 o_v56_c19_r5 1
    z_g191_p19 o_v56_c21_r4 1 o_v57_c19_r2 1
    z_g191_p19 o_v57_c21_r1 1 o_v65_c19_r3 1
    z_g191_p19 o_v65_c21_r2 1 o_v68_c19_r5 1
    z_g191_p19 o_v68_c21_r4 1 o_v69_c19_r5 1
    z_g191_p19 o_v69_c21_r4 1 o_v70_c19_r2 1
    z_g191_p19 o_v70_c21_r1 1 o_v73_c19_r5 1
    z_g191_p19 o_v73_c21_r4 1 o_v74_c19_r5 1
    z_g191_p19 o_v74_c21_r4 1 occ_c19 1
    z_g191_p21 cum_g191_p21 1 cum_g191_p23 -1
    z_g191_p21 prec_g191_g14_t21 1 prec_g191_g17_t21 1
    z_g191_p21 prec_g191_g18_t21 1 prec_g191_g26_t21 1
    z_g191_p21 prec_g191_g29_t21 1 prec_g191_g30_t21 1
    z_g191_p21 prec_g191_g31_t21 1 prec_g191_g34_t21 1
    z_g191_p21 prec_g191_g35_t21 1 o_v53_c21_r5 1
    z_g191_p21 o_v53_c23_r4 1 o_v56_c21_r5 1
    z_g191_p21 o_v56_c23_r4 1 o_v57_c21_r2 1
    z_g191_p21 o_v57_c23_r1 1 o_v65_c21_r3 1
    z_g191_p21 o_v65_c23_r2 1 o_v68_c21_r5 1
    z_g191_p21 o_v68_c23_r4 1 o_v69_c21_r5 1
    z_g191_p21 o_v69_c23_r4 1 o_v70_c21_r2 1
    z_g191_p21 o_v70_c23_r1 1 o_v73_c21_r5 1
    z_g191_p21 o_v73_c23_r4 1 o_v74_c21_r5 1
    z_g191_p21 o_v74_c23_r4 1 occ_c21 1
    z_g191_p23 cum_g191_p23 1 cum_g191_p25 -1
    z_g191_p23 prec_g191_g14_t23 1 prec_g191_g17_t23 1
    z_g191_p23 prec_g191_g18_t23 1 prec_g191_g26_t23 1
    z_g191_p23 prec_g191_g29_t23 1 prec_g191_g30_t23 1
    z_g191_p23 prec_g191_g31_t23 1 prec_g191_g34_t23 1
    z_g191_p23 prec_g191_g35_t23 1 o_v53_c23_r5 1
    z_g191_p23 o_v53_c25_r4 1 o_v56_c23_r5 1
    z_g191_p23 o_v56_c25_r4 1 o_v57_c23_r2 1
    z_g191_p23 o_v57_c25_r1 1 o_v58_c25_r5 1
    z_g191_p23 o_v65_c23_r3 1 o_v65_c25_r2 1
    z_g191_p23 o_v68_c23_r5 1 o_v68_c25_r4 1
    z_g191_p23 o_v69_c23_r5 1 o_v69_c25_r4 1
    z_g191_p23 o_v70_c23_r2 1 o_v70_c25_r1 1
    z_g191_p23 o_v73_c23_r5 1 o_v73_c25_r4 1
    z_g191_p23 o_v74_c23_r5 1 o_v74_c25_r4 1
    z_g191_p23 occ_c23 1
    z_g191_p25 cum_g191_p25 1 cum_g191_p27 -1
    z_g191_p25 prec_g191_g14_t25 1 prec_g191_g17_t25 1
    z_g191_p25 prec_g191_g18_t25 1 prec_g191_g26_t25 1
    z_g191_p25 prec_g191_g29_t25 1 prec_g191_g30_t25 1
    z_g191_p25 prec_g191_g31_t25 1 prec_g191_g34_t25 1
    z_g191_p25 prec_g191_g35_t25 1 o_v53_c25_r5 1
    z_g191_p25 o_v53_c27_r4 1 o_v56_c25_r5 1
    z_g191_p25 o_v56_c27_r4 1 o_v57_c25_r2 1
    z_g191_p25 o_v57_c27_r1 1 o_v58_c25_r6 1
    z_g191_p25 o_v58_c27_r5 1 o_v65_c25_r3 1
    z_g191_p25 o_v65_c27_r2 1 o_v68_c25_r5 1
    z_g191_p25 o_v68_c27_r4 1 o_v69_c25_r5 1
    z_g191_p25 o_v69_c27_r4 1 o_v70_c25_r2 1
    z_g191_p25 o_v70_c27_r1 1 o_v73_c25_r5 1
    z_g191_p25 o_v73_c27_r4 1 o_v74_c25_r5 1
    z_g191_p25 o_v74_c27_r4 1 occ_c25 1
    z_g191_p27 cum_g191_p27 1 cum_g191_p29 -1
    z_g191_p27 prec_g191_g14_t27 1 prec_g191_g17_t27 1
    z_g191_p27 prec_g191_g18_t27 1 prec_g191_g26_t27 1
    z_g191_p27 prec_g191_g29_t27 1 prec_g191_g30_t27 1
    z_g191_p27 prec_g191_g31_t27 1 prec_g191_g34_t27 1
    z_g191_p27 prec_g191_g35_t27 1 o_v53_c27_r5 1
    z_g191_p27 o_v53_c29_r4 1 o_v56_c27_r5 1
    z_g191_p27 o_v56_c29_r4 1 o_v57_c27_r2 1
    z_g191_p27 o_v57_c29_r1 1 o_v58_c27_r6 1
    z_g191_p27 o_v58_c29_r4 1 o_v65_c27_r3 1
    z_g191_p27 o_v65_c29_r2 1 o_v68_c27_r5 1
    z_g191_p27 o_v68_c29_r4 1 o_v69_c27_r5 1
    z_g191_p27 o_v69_c29_r4 1 o_v70_c27_r2 1
    z_g191_p27 o_v70_c29_r1 1 o_v73_c27_r5 1
    z_g191_p27 o_v73_c29_r4 1 o_v74_c27_r5 1
    z_g191_p27 o_v74_c29_r4 1 occ_c27 1
    z_g191_p29 cum_g191_p29 1 cum_g191_p31 -1
    z_g191_p29 prec_g191_g14_t29 1 prec_g191_g17_t29 1
    z_g191_p29 prec_g191_g18_t29 1 prec_g191_g26_t29 1
    z_g191_p29 prec_g191_g29_t29 1 prec_g191_g30_t29 1
    z_g191_p29 prec_g191_g31_t29 1 prec_g191_g34_t29 1
    z_g191_p29 prec_g191_g35_t29 1 o_v53_c29_r5 1
    z_g191_p29 o_v53_c31_r4 1 o_v56_c29_r5 1
    z_g191_p29 o_v56_c31_r4 1 o_v57_c29_r2 1
    z_g191_p29 o_v57_c31_r1 1 o_v58_c29_r5 1
    z_g191_p29 o_v58_c31_r4 1 o_v65_c29_r3 1
    z_g191_p29 o_v65_c31_r3 1 o_v68_c29_r5 1
    z_g191_p29 o_v69_c29_r5 1 o_v70_c29_r2 1
    z_g191_p29 o_v73_c29_r5 1 o_v74_c29_r5 1
    z_g191_p29 occ_c29 1
    z_g191_p31 cum_g191_p31 1 cum_g191_p33 -1
    z_g191_p31 o_v53_c31_r5 1 o_v53_c33_r4 1
    z_g191_p31 o_v54_c33_r4 1 o_v55_c33_r4 1
    z_g191_p31 o_v56_c31_r5 1 o_v56_c33_r4 1
    z_g191_p31 o_v57_c31_r2 1 o_v57_c33_r1 1
    z_g191_p31 o_v58_c31_r5 1 o_v58_c33_r4 1
    z_g191_p31 o_v65_c31_r4 1 o_v65_c33_r2 1
    z_g191_p31 o_v68_c33_r4 1 o_v69_c33_r4 1
    z_g191_p31 o_v70_c33_r1 1 occ_c31 1
    z_g191_p33 cum_g191_p33 1 o_v53_c33_r5 1
    z_g191_p33 o_v53_c35_r4 1 o_v54_c33_r5 1
    z_g191_p33 o_v54_c35_r4 1 o_v55_c33_r5 1
    z_g191_p33 o_v55_c35_r4 1 o_v56_c33_r5 1
    z_g191_p33 o_v56_c35_r4 1 o_v57_c33_r2 1
    z_g191_p33 o_v57_c35_r1 1 o_v58_c33_r5 1
    z_g191_p33 o_v58_c35_r4 1 o_v65_c33_r3 1
    z_g191_p33 o_v65_c35_r1 1 dy_v65_L8_r0 -1
    z_g191_p33 o_v68_c33_r5 1 o_v68_c35_r4 1
    z_g191_p33 o_v69_c33_r5 1 o_v69_c35_r4 1
    z_g191_p33 o_v70_c33_r2 1 o_v70_c35_r1 1
    z_g191_p33 occ_c33 1
    x_g192_p21 cum_g192_p21 -1 assign_g192 1
    x_g192_p21 dy_v101_L5_r1 -1 heads_L5 2
    x_g192_p23 cum_g192_p23 -1 assign_g192 1
    x_g192_p25 cum_g192_p25 -1 assign_g192 1
    x_g192_p25 dy_v101_L6_r1 -1 dy_v105_L6_r1 -1
    x_g192_p25 heads_L6 2
    x_g192_p27 cum_g192_p27 -1 assign_g192 1
    x_g192_p29 cum_g192_p29 -1 assign_g192 1
    x_g192_p29 dy_v101_L7_r1 -1 dy_v105_L7_r1 -1
    x_g192_p29 heads_L7 2
    x_g192_p31 cum_g192_p31 -1 assign_g192 1
    x_g192_p33 cum_g192_p33 -1 assign_g192 1
    x_g192_p33 dy_v101_L8_r1 -1 dy_v105_L8_r1 -1
    x_g192_p33 heads_L8 2
    x_g192_p35 assign_g192 1
    z_g192_p21 cum_g192_p21 1 cum_g192_p23 -1
    z_g192_p21 prec_g192_g56_t21 1 prec_g192_g60_t21 1
    z_g192_p21 o_v101_c23_r2 1 dy_v101_L5_r0 -1
    z_g192_p21 o_v105_c23_r2 1 occ_c21 1
    z_g192_p23 cum_g192_p23 1 cum_g192_p25 -1
    z_g192_p23 prec_g192_g56_t23 1 prec_g192_g60_t23 1
    z_g192_p23 o_v101_c25_r2 1 o_v105_c25_r2 1
    z_g192_p23 occ_c23 1
    z_g192_p25 cum_g192_p25 1 cum_g192_p27 -1
    z_g192_p25 prec_g192_g56_t25 1 prec_g192_g60_t25 1
    z_g192_p25 o_v101_c27_r2 1 dy_v101_L6_r0 -1
    z_g192_p25 o_v105_c27_r2 1 dy_v105_L6_r0 -1
    z_g192_p25 occ_c25 1
    z_g192_p27 cum_g192_p27 1 cum_g192_p29 -1
    z_g192_p27 prec_g192_g56_t27 1 prec_g192_g60_t27 1
    z_g192_p27 o_v101_c29_r2 1 o_v105_c29_r2 1
    z_g192_p27 occ_c27 1
    z_g192_p29 cum_g192_p29 1 cum_g192_p31 -1
    z_g192_p29 prec_g192_g56_t29 1 prec_g192_g60_t29 1
    z_g192_p29 o_v101_c31_r2 1 dy_v101_L7_r0 -1
    z_g192_p29 o_v105_c31_r2 1 dy_v105_L7_r0 -1
    z_g192_p29 occ_c29 1
    z_g192_p31 cum_g192_p31 1 cum_g192_p33 -1
    z_g192_p31 prec_g192_g56_t31 1 prec_g192_g60_t31 1
    z_g192_p31 o_v101_c33_r2 1 o_v105_c33_r2 1
    z_g192_p31 occ_c31 1
    z_g192_p33 cum_g192_p33 1 o_v101_c35_r1 1
    z_g192_p33 dy_v101_L8_r0 -1 o_v105_c35_r1 1
    z_g192_p33 dy_v105_L8_r0 -1 occ_c33 1
    x_g193_p10 cum_g193_p10 -1 assign_g193 1
    x_g193_p14 cum_g193_p14 -1 assign_g193 1
    x_g193_p18 cum_g193_p18 -1 assign_g193 1
    x_g193_p22 cum_g193_p22 -1 assign_g193 1
    x_g193_p26 cum_g193_p26 -1 assign_g193 1
    x_g193_p30 cum_g193_p30 -1 assign_g193 1
    x_g193_p34 assign_g193 1
    z_g193_p10 cum_g193_p10 1 cum_g193_p14 -1
    z_g193_p10 prec_g193_g20_t10 1 occ_c11 1
    z_g193_p10 occ_c13 1
    z_g193_p14 cum_g193_p14 1 cum_g193_p18 -1
    z_g193_p14 occ_c15 1 occ_c17 1
    z_g193_p18 cum_g193_p18 1 cum_g193_p22 -1
    z_g193_p18 occ_c19 1 occ_c21 1
    z_g193_p22 cum_g193_p22 1 cum_g193_p26 -1
    z_g193_p22 occ_c23 1 occ_c25 1
    z_g193_p26 cum_g193_p26 1 cum_g193_p30 -1
    z_g193_p26 occ_c27 1 occ_c29 1
    z_g193_p30 cum_g193_p30 1 occ_c31 1
    z_g193_p30 occ_c33 1
    x_g194_p10 cum_g194_p10 -1 assign_g194 1
    x_g194_p14 cum_g194_p14 -1 assign_g194 1
    x_g194_p18 cum_g194_p18 -1 assign_g194 1
    x_g194_p22 cum_g194_p22 -1 assign_g194 1
    x_g194_p26 cum_g194_p26 -1 assign_g194 1
    x_g194_p30 cum_g194_p30 -1 assign_g194 1
    x_g194_p34 assign_g194 1
    z_g194_p10 cum_g194_p10 1 cum_g194_p14 -1
    z_g194_p10 prec_g194_g20_t10 1 occ_c11 1
    z_g194_p10 occ_c13 1
    z_g194_p14 cum_g194_p14 1 cum_g194_p18 -1
    z_g194_p14 occ_c15 1 occ_c17 1
    z_g194_p18 cum_g194_p18 1 cum_g194_p22 -1
    z_g194_p18 occ_c19 1 occ_c21 1
    z_g194_p22 cum_g194_p22 1 cum_g194_p26 -1
    z_g194_p22 occ_c23 1 occ_c25 1
    z_g194_p26 cum_g194_p26 1 cum_g194_p30 -1
    z_g194_p26 occ_c27 1 occ_c29 1
    z_g194_p30 cum_g194_p30 1 occ_c31 1
    z_g194_p30 occ_c33 1
    x_g195_p10 cum_g195_p10 -1 assign_g195 1
    x_g195_p14 cum_g195_p14 -1 assign_g195 1
    x_g195_p18 cum_g195_p18 -1 assign_g195 1
    x_g195_p22 cum_g195_p22 -1 assign_g195 1
    x_g195_p26 cum_g195_p26 -1 assign_g195 1
    x_g195_p30 cum_g195_p30 -1 assign_g195 1
    x_g195_p34 assign_g195 1
    z_g195_p10 cum_g195_p10 1 cum_g195_p14 -1
    z_g195_p10 prec_g195_g20_t10 1 occ_c11 1
    z_g195_p10 occ_c13 1
    z_g195_p14 cum_g195_p14 1 cum_g195_p18 -1
    z_g195_p14 occ_c15 1 occ_c17 1
    z_g195_p18 cum_g195_p18 1 cum_g195_p22 -1
    z_g195_p18 occ_c19 1 occ_c21 1
    z_g195_p22 cum_g195_p22 1 cum_g195_p26 -1
    z_g195_p22 occ_c23 1 occ_c25 1
    z_g195_p26 cum_g195_p26 1 cum_g195_p30 -1
    z_g195_p26 occ_c27 1 occ_c29 1
    z_g195_p30 cum_g195_p30 1 occ_c31 1
    z_g195_p30 occ_c33 1
    x_g196_p10 cum_g196_p10 -1 assign_g196 1
    x_g196_p14 cum_g196_p14 -1 assign_g196 1
    x_g196_p18 cum_g196_p18 -1 assign_g196 1
    x_g196_p22 cum_g196_p22 -1 assign_g196 1
    x_g196_p26 cum_g196_p26 -1 assign_g196 1
    x_g196_p30 cum_g196_p30 -1 assign_g196 1
    x_g196_p34 assign_g196 1
    z_g196_p10 cum_g196_p10 1 cum_g196_p14 -1
    z_g196_p10 prec_g196_g20_t10 1 occ_c11 1
    z_g196_p10 occ_c13 1
    z_g196_p14 cum_g196_p14 1 cum_g196_p18 -1
    z_g196_p14 occ_c15 1 occ_c17 1
    z_g196_p18 cum_g196_p18 1 cum_g196_p22 -1
    z_g196_p18 occ_c19 1 occ_c21 1
    z_g196_p22 cum_g196_p22 1 cum_g196_p26 -1
    z_g196_p22 occ_c23 1 occ_c25 1
    z_g196_p26 cum_g196_p26 1 cum_g196_p30 -1
    z_g196_p26 occ_c27 1 occ_c29 1
    z_g196_p30 cum_g196_p30 1 occ_c31 1
    z_g196_p30 occ_c33 1
    x_g197_p10 cum_g197_p10 -1 assign_g197 1
    x_g197_p14 cum_g197_p14 -1 assign_g197 1
    x_g197_p18 cum_g197_p18 -1 assign_g197 1
    x_g197_p22 cum_g197_p22 -1 assign_g197 1
    x_g197_p26 cum_g197_p26 -1 assign_g197 1
    x_g197_p30 cum_g197_p30 -1 assign_g197 1
    x_g197_p34 assign_g197 1
    z_g197_p10 cum_g197_p10 1 cum_g197_p14 -1
    z_g197_p10 prec_g197_g28_t10 1 occ_c11 1
    z_g197_p10 occ_c13 1
    z_g197_p14 cum_g197_p14 1 cum_g197_p18 -1
    z_g197_p14 prec_g197_g28_t14 1 occ_c15 1
    z_g197_p14 occ_c17 1
    z_g197_p18 cum_g197_p18 1 cum_g197_p22 -1
    z_g197_p18 prec_g197_g28_t18 1 occ_c19 1
    z_g197_p18 occ_c21 1
    z_g197_p22 cum_g197_p22 1 cum_g197_p26 -1
    z_g197_p22 prec_g197_g28_t22 1 occ_c23 1
    z_g197_p22 occ_c25 1
    z_g197_p26 cum_g197_p26 1 cum_g197_p30 -1
    z_g197_p26 prec_g197_g28_t26 1 occ_c27 1
    z_g197_p26 occ_c29 1
    z_g197_p30 cum_g197_p30 1 prec_g197_g28_t30 1
    z_g197_p30 occ_c31 1 occ_c33 1
    x_g198_p10 cum_g198_p10 -1 assign_g198 1
    x_g198_p14 cum_g198_p14 -1 assign_g198 1
    x_g198_p18 cum_g198_p18 -1 assign_g198 1
    x_g198_p22 cum_g198_p22 -1 assign_g198 1
    x_g198_p26 cum_g198_p26 -1 assign_g198 1
    x_g198_p30 cum_g198_p30 -1 assign_g198 1
    x_g198_p34 assign_g198 1
    z_g198_p10 cum_g198_p10 1 cum_g198_p14 -1
    z_g198_p10 prec_g198_g28_t10 1 occ_c11 1
    z_g198_p10 occ_c13 1
    z_g198_p14 cum_g198_p14 1 cum_g198_p18 -1
    z_g198_p14 prec_g198_g28_t14 1 occ_c15 1
    z_g198_p14 occ_c17 1
    z_g198_p18 cum_g198_p18 1 cum_g198_p22 -1
    z_g198_p18 prec_g198_g28_t18 1 occ_c19 1
    z_g198_p18 occ_c21 1
    z_g198_p22 cum_g198_p22 1 cum_g198_p26 -1
    z_g198_p22 prec_g198_g28_t22 1 occ_c23 1
    z_g198_p22 occ_c25 1
    z_g198_p26 cum_g198_p26 1 cum_g198_p30 -1
    z_g198_p26 prec_g198_g28_t26 1 occ_c27 1
    z_g198_p26 occ_c29 1
    z_g198_p30 cum_g198_p30 1 prec_g198_g28_t30 1
    z_g198_p30 occ_c31 1 occ_c33 1
    x_g199_p10 cum_g199_p10 -1 assign_g199 1
    x_g199_p14 cum_g199_p14 -1 assign_g199 1
    x_g199_p18 cum_g199_p18 -1 assign_g199 1
    x_g199_p22 cum_g199_p22 -1 assign_g199 1
    x_g199_p26 cum_g199_p26 -1 assign_g199 1
    x_g199_p30 cum_g199_p30 -1 assign_g199 1
    x_g199_p34 assign_g199 1
    z_g199_p10 cum_g199_p10 1 cum_g199_p14 -1
    z_g199_p10 prec_g199_g28_t10 1 occ_c11 1
    z_g199_p10 occ_c13 1
    z_g199_p14 cum_g199_p14 1 cum_g199_p18 -1
    z_g199_p14 prec_g199_g28_t14 1 occ_c15 1
    z_g199_p14 occ_c17 1
    z_g199_p18 cum_g199_p18 1 cum_g199_p22 -1
    z_g199_p18 prec_g199_g28_t18 1 occ_c19 1
    z_g199_p18 occ_c21 1
    z_g199_p22 cum_g199_p22 1 cum_g199_p26 -1
    z_g199_p22 prec_g199_g28_t22 1 occ_c23 1
    z_g199_p22 occ_c25 1
    z_g199_p26 cum_g199_p26 1 cum_g199_p30 -1
    z_g199_p26 prec_g199_g28_t26 1 occ_c27 1
    z_g199_p26 occ_c29 1
    z_g199_p30 cum_g199_p30 1 prec_g199_g28_t30 1
    z_g199_p30 occ_c31 1 occ_c33 1
    x_g200_p10 cum_g200_p10 -1 assign_g200 1
    x_g200_p14 cum_g200_p14 -1 assign_g200 1
    x_g200_p18 cum_g200_p18 -1 assign_g200 1
    x_g200_p22 cum_g200_p22 -1 assign_g200 1
    x_g200_p26 cum_g200_p26 -1 assign_g200 1
    x_g200_p30 cum_g200_p30 -1 assign_g200 1
    x_g200_p34 assign_g200 1
    z_g200_p10 cum_g200_p10 1 cum_g200_p14 -1
    z_g200_p10 prec_g200_g28_t10 1 occ_c11 1
    z_g200_p10 occ_c13 1
    z_g200_p14 cum_g200_p14 1 cum_g200_p18 -1
    z_g200_p14 prec_g200_g28_t14 1 occ_c15 1
    z_g200_p14 occ_c17 1
    z_g200_p18 cum_g200_p18 1 cum_g200_p22 -1
    z_g200_p18 prec_g200_g28_t18 1 occ_c19 1
    z_g200_p18 occ_c21 1
    z_g200_p22 cum_g200_p22 1 cum_g200_p26 -1
    z_g200_p22 prec_g200_g28_t22 1 occ_c23 1
    z_g200_p22 occ_c25 1
    z_g200_p26 cum_g200_p26 1 cum_g200_p30 -1
    z_g200_p26 prec_g200_g28_t26 1 occ_c27 1
    z_g200_p26 occ_c29 1
    z_g200_p30 cum_g200_p30 1 prec_g200_g28_t30 1
    z_g200_p30 occ_c31 1 occ_c33 1
    d_half OBJROW 2 occ_c1 -2
    d_half occ_c3 -2 occ_c5 -2
    d_half occ_c7 -2 occ_c9 -2
    d_half occ_c11 -2 occ_c13 -2
    d_half occ_c15 -2 occ_c17 -2
    d_half occ_c19 -2 occ_c21 -2
    d_half occ_c23 -2 occ_c25 -2
    d_half occ_c27 -2 occ_c29 -2
    d_half occ_c31 -2 occ_c33 -2
    d_half occ_c35 -2 heads_L0 -2
    d_half heads_L1 -2 heads_L2 -2
    d_half heads_L3 -2 heads_L4 -2
    d_half heads_L5 -2 heads_L6 -2
    d_half heads_L7 -2 heads_L8 -2
    dy_v14_L2 dy_v14_L2_r0 1 dy_v14_L2_r1 1
    dy_v14_L2 heads_L2 1
    dy_v15_L2 dy_v15_L2_r0 1 dy_v15_L2_r1 1
    dy_v15_L2 heads_L2 1
    dy_v16_L2 dy_v16_L2_r0 1 dy_v16_L2_r1 1
    dy_v16_L2 heads_L2 1
    dy_v17_L2 dy_v17_L2_r0 1 dy_v17_L2_r1 1
    dy_v17_L2 heads_L2 1
    dy_v18_L2 dy_v18_L2_r0 1 dy_v18_L2_r1 1
    dy_v18_L2 heads_L2 1
    dy_v19_L2 dy_v19_L2_r0 1 dy_v19_L2_r1 1
    dy_v19_L2 heads_L2 1
    o_v33_c7 o_v33_c7_r0 1 o_v33_c7_r1 1
    o_v33_c7 o_v33_c7_r2 1 occ_c7 1
    o_v33_c9 o_v33_c9_r0 1 o_v33_c9_r1 1
    o_v33_c9 o_v33_c9_r2 1 occ_c9 1
    o_v33_c11 o_v33_c11_r0 1 o_v33_c11_r1 1
    o_v33_c11 o_v33_c11_r2 1 occ_c11 1
    o_v33_c13 o_v33_c13_r0 1 o_v33_c13_r1 1
    o_v33_c13 o_v33_c13_r2 1 occ_c13 1
    o_v33_c15 o_v33_c15_r0 1 o_v33_c15_r1 1
    o_v33_c15 o_v33_c15_r2 1 occ_c15 1
    o_v33_c17 o_v33_c17_r0 1 o_v33_c17_r1 1
    o_v33_c17 o_v33_c17_r2 1 occ_c17 1
    o_v33_c19 o_v33_c19_r0 1 o_v33_c19_r1 1
    o_v33_c19 o_v33_c19_r2 1 occ_c19 1
    o_v33_c21 o_v33_c21_r0 1 o_v33_c21_r1 1
    o_v33_c21 o_v33_c21_r2 1 occ_c21 1
    o_v33_c23 o_v33_c23_r0 1 o_v33_c23_r1 1
    o_v33_c23 o_v33_c23_r2 1 occ_c23 1
    o_v33_c25 o_v33_c25_r0 1 o_v33_c25_r1 1
    o_v33_c25 o_v33_c25_r2 1 occ_c25 1
    o_v33_c27 o_v33_c27_r0 1 o_v33_c27_r1 1
    o_v33_c27 o_v33_c27_r2 1 occ_c27 1
    o_v33_c29 o_v33_c29_r0 1 o_v33_c29_r1 1
    o_v33_c29 o_v33_c29_r2 1 occ_c29 1
    o_v33_c31 o_v33_c31_r0 1 o_v33_c31_r1 1
    o_v33_c31 o_v33_c31_r2 1 occ_c31 1
    o_v33_c33 o_v33_c33_r0 1 o_v33_c33_r1 1
    o_v33_c33 o_v33_c33_r2 1 occ_c33 1
    o_v33_c35 o_v33_c35_r0 1 occ_c35 1
    dy_v33_L1 dy_v33_L1_r0 1 dy_v33_L1_r1 1
    dy_v33_L1 heads_L1 1
    dy_v33_L2 dy_v33_L2_r0 1 dy_v33_L2_r1 1
    dy_v33_L2 heads_L2 1
    dy_v33_L3 dy_v33_L3_r0 1 dy_v33_L3_r1 1
    dy_v33_L3 heads_L3 1
    dy_v33_L4 dy_v33_L4_r0 1 dy_v33_L4_r1 1
    dy_v33_L4 heads_L4 1
    dy_v33_L5 dy_v33_L5_r0 1 dy_v33_L5_r1 1
    dy_v33_L5 heads_L5 1
    dy_v33_L6 dy_v33_L6_r0 1 dy_v33_L6_r1 1
    dy_v33_L6 heads_L6 1
    dy_v33_L7 dy_v33_L7_r0 1 dy_v33_L7_r1 1
    dy_v33_L7 heads_L7 1
    dy_v33_L8 dy_v33_L8_r0 1 dy_v33_L8_r1 1
    dy_v33_L8 heads_L8 1
    o_v34_c3 o_v34_c3_r0 1 occ_c3 1
    o_v34_c5 o_v34_c5_r0 1 o_v34_c5_r1 1
    o_v34_c5 occ_c5 1
    o_v34_c7 o_v34_c7_r0 1 occ_c7 1
    o_v35_c3 o_v35_c3_r0 1 occ_c3 1
    o_v35_c5 o_v35_c5_r0 1 o_v35_c5_r1 1
    o_v35_c5 occ_c5 1
    o_v35_c7 o_v35_c7_r0 1 occ_c7 1
    o_v36_c3 o_v36_c3_r0 1 o_v36_c3_r1 1
    o_v36_c3 occ_c3 1
    o_v36_c5 o_v36_c5_r0 1 o_v36_c5_r1 1
    o_v36_c5 occ_c5 1
    dy_v36_L2 dy_v36_L2_r0 1 dy_v36_L2_r1 1
    dy_v36_L2 heads_L2 1
    o_v37_c3 o_v37_c3_r0 1 occ_c3 1
    o_v37_c5 o_v37_c5_r0 1 o_v37_c5_r1 1
    o_v37_c5 occ_c5 1
    o_v37_c7 o_v37_c7_r0 1 o_v37_c7_r1 1
    o_v37_c7 occ_c7 1
    o_v37_c9 o_v37_c9_r0 1 o_v37_c9_r1 1
    o_v37_c9 occ_c9 1
    o_v37_c11 o_v37_c11_r0 1 o_v37_c11_r1 1
    o_v37_c11 occ_c11 1
    o_v37_c13 o_v37_c13_r0 1 o_v37_c13_r1 1
    o_v37_c13 occ_c13 1
    o_v37_c15 o_v37_c15_r0 1 o_v37_c15_r1 1
    o_v37_c15 occ_c15 1
    o_v37_c17 o_v37_c17_r0 1 o_v37_c17_r1 1
    o_v37_c17 occ_c17 1
    o_v37_c19 o_v37_c19_r0 1 o_v37_c19_r1 1
    o_v37_c19 occ_c19 1
    o_v37_c21 o_v37_c21_r0 1 o_v37_c21_r1 1
    o_v37_c21 occ_c21 1
    o_v37_c23 o_v37_c23_r0 1 o_v37_c23_r1 1
    o_v37_c23 occ_c23 1
    o_v37_c25 o_v37_c25_r0 1 o_v37_c25_r1 1
    o_v37_c25 occ_c25 1
    o_v37_c27 o_v37_c27_r0 1 o_v37_c27_r1 1
    o_v37_c27 occ_c27 1
    o_v37_c29 o_v37_c29_r0 1 o_v37_c29_r1 1
    o_v37_c29 occ_c29 1
    o_v37_c31 o_v37_c31_r0 1 occ_c31 1
    o_v38_c3 o_v38_c3_r0 1 occ_c3 1
    o_v38_c5 o_v38_c5_r0 1 o_v38_c5_r1 1
    o_v38_c5 occ_c5 1
    o_v38_c7 o_v38_c7_r0 1 o_v38_c7_r1 1
    o_v38_c7 occ_c7 1
    o_v38_c9 o_v38_c9_r0 1 o_v38_c9_r1 1
    o_v38_c9 occ_c9 1
    o_v38_c11 o_v38_c11_r0 1 o_v38_c11_r1 1
    o_v38_c11 occ_c11 1
    o_v38_c13 o_v38_c13_r0 1 o_v38_c13_r1 1
    o_v38_c13 occ_c13 1
    o_v38_c15 o_v38_c15_r0 1 o_v38_c15_r1 1
    o_v38_c15 occ_c15 1
    o_v38_c17 o_v38_c17_r0 1 o_v38_c17_r1 1
    o_v38_c17 occ_c17 1
    o_v38_c19 o_v38_c19_r0 1 o_v38_c19_r1 1
    o_v38_c19 occ_c19 1
    o_v38_c21 o_v38_c21_r0 1 o_v38_c21_r1 1
    o_v38_c21 occ_c21 1
    o_v38_c23 o_v38_c23_r0 1 o_v38_c23_r1 1
    o_v38_c23 occ_c23 1
    o_v38_c25 o_v38_c25_r0 1 o_v38_c25_r1 1
    o_v38_c25 occ_c25 1
    o_v38_c27 o_v38_c27_r0 1 o_v38_c27_r1 1
    o_v38_c27 occ_c27 1
    o_v38_c29 o_v38_c29_r0 1 o_v38_c29_r1 1
    o_v38_c29 occ_c29 1
    o_v38_c31 o_v38_c31_r0 1 occ_c31 1
    o_v40_c3 o_v40_c3_r0 1 occ_c3 1
    o_v40_c5 o_v40_c5_r0 1 o_v40_c5_r1 1
    o_v40_c5 occ_c5 1
    o_v40_c7 o_v40_c7_r0 1 o_v40_c7_r1 1
    o_v40_c7 occ_c7 1
    o_v40_c9 o_v40_c9_r0 1 o_v40_c9_r1 1
    o_v40_c9 occ_c9 1
    o_v40_c11 o_v40_c11_r0 1 o_v40_c11_r1 1
    o_v40_c11 occ_c11 1
    o_v40_c13 o_v40_c13_r0 1 o_v40_c13_r1 1
    o_v40_c13 occ_c13 1
    o_v40_c15 o_v40_c15_r0 1 o_v40_c15_r1 1
    o_v40_c15 occ_c15 1
    o_v40_c17 o_v40_c17_r0 1 o_v40_c17_r1 1
    o_v40_c17 occ_c17 1
    o_v40_c19 o_v40_c19_r0 1 o_v40_c19_r1 1
    o_v40_c19 occ_c19 1
    o_v40_c21 o_v40_c21_r0 1 o_v40_c21_r1 1
    o_v40_c21 occ_c21 1
    o_v40_c23 o_v40_c23_r0 1 o_v40_c23_r1 1
    o_v40_c23 occ_c23 1
    o_v40_c25 o_v40_c25_r0 1 o_v40_c25_r1 1
    o_v40_c25 occ_c25 1
    o_v40_c27 o_v40_c27_r0 1 o_v40_c27_r1 1
    o_v40_c27 occ_c27 1
    o_v40_c29 o_v40_c29_r0 1 o_v40_c29_r1 1
    o_v40_c29 occ_c29 1
    o_v40_c31 o_v40_c31_r0 1 occ_c31 1
    o_v41_c3 o_v41_c3_r0 1 occ_c3 1
    o_v41_c5 o_v41_c5_r0 1 o_v41_c5_r1 1
    o_v41_c5 occ_c5 1
    o_v41_c7 o_v41_c7_r0 1 o_v41_c7_r1 1
    o_v41_c7 occ_c7 1
    o_v41_c9 o_v41_c9_r0 1 o_v41_c9_r1 1
    o_v41_c9 occ_c9 1
    o_v41_c11 o_v41_c11_r0 1 o_v41_c11_r1 1
    o_v41_c11 occ_c11 1
    o_v41_c13 o_v41_c13_r0 1 o_v41_c13_r1 1
    o_v41_c13 occ_c13 1
    o_v41_c15 o_v41_c15_r0 1 o_v41_c15_r1 1
    o_v41_c15 occ_c15 1
    o_v41_c17 o_v41_c17_r0 1 o_v41_c17_r1 1
    o_v41_c17 occ_c17 1
    o_v41_c19 o_v41_c19_r0 1 o_v41_c19_r1 1
    o_v41_c19 occ_c19 1
    o_v41_c21 o_v41_c21_r0 1 o_v41_c21_r1 1
    o_v41_c21 occ_c21 1
    o_v41_c23 o_v41_c23_r0 1 o_v41_c23_r1 1
    o_v41_c23 occ_c23 1
    o_v41_c25 o_v41_c25_r0 1 o_v41_c25_r1 1
    o_v41_c25 occ_c25 1
    o_v41_c27 o_v41_c27_r0 1 o_v41_c27_r1 1
    o_v41_c27 occ_c27 1
    o_v41_c29 o_v41_c29_r0 1 o_v41_c29_r1 1
    o_v41_c29 occ_c29 1
    o_v41_c31 o_v41_c31_r0 1 occ_c31 1
    o_v43_c9 o_v43_c9_r0 1 o_v43_c9_r1 1
    o_v43_c9 o_v43_c9_r2 1 o_v43_c9_r3 1
    o_v43_c9 o_v43_c9_r4 1 o_v43_c9_r5 1
    o_v43_c9 o_v43_c9_r6 1 o_v43_c9_r7 1
    o_v43_c9 o_v43_c9_r8 1 o_v43_c9_r9 1
    o_v43_c9 o_v43_c9_r10 1 o_v43_c9_r11 1
    o_v43_c9 o_v43_c9_r12 1 o_v43_c9_r13 1
    o_v43_c9 o_v43_c9_r14 1 o_v43_c9_r15 1
    o_v43_c9 o_v43_c9_r16 1 o_v43_c9_r17 1
    o_v43_c9 o_v43_c9_r18 1 o_v43_c9_r19 1
    o_v43_c9 o_v43_c9_r20 1 o_v43_c9_r21 1
    o_v43_c9 o_v43_c9_r22 1 o_v43_c9_r23 1
    o_v43_c9 occ_c9 1
    o_v43_c11 o_v43_c11_r0 1 o_v43_c11_r1 1
    o_v43_c11 o_v43_c11_r2 1 o_v43_c11_r3 1
    o_v43_c11 o_v43_c11_r4 1 o_v43_c11_r5 1
    o_v43_c11 o_v43_c11_r6 1 o_v43_c11_r7 1
    o_v43_c11 o_v43_c11_r8 1 o_v43_c11_r9 1
    o_v43_c11 o_v43_c11_r10 1 o_v43_c11_r11 1
    o_v43_c11 o_v43_c11_r12 1 o_v43_c11_r13 1
    o_v43_c11 o_v43_c11_r14 1 o_v43_c11_r15 1
    o_v43_c11 o_v43_c11_r16 1 o_v43_c11_r17 1
    o_v43_c11 o_v43_c11_r18 1 o_v43_c11_r19 1
    o_v43_c11 o_v43_c11_r20 1 o_v43_c11_r21 1
    o_v43_c11 o_v43_c11_r22 1 o_v43_c11_r23 1
    o_v43_c11 occ_c11 1
    o_v43_c13 o_v43_c13_r0 1 o_v43_c13_r1 1
    o_v43_c13 o_v43_c13_r2 1 o_v43_c13_r3 1
    o_v43_c13 o_v43_c13_r4 1 o_v43_c13_r5 1
    o_v43_c13 o_v43_c13_r6 1 o_v43_c13_r7 1
    o_v43_c13 o_v43_c13_r8 1 o_v43_c13_r9 1
    o_v43_c13 o_v43_c13_r10 1 o_v43_c13_r11 1
    o_v43_c13 o_v43_c13_r12 1 o_v43_c13_r13 1
    o_v43_c13 o_v43_c13_r14 1 o_v43_c13_r15 1
    o_v43_c13 o_v43_c13_r16 1 o_v43_c13_r17 1
    o_v43_c13 o_v43_c13_r18 1 o_v43_c13_r19 1
    o_v43_c13 occ_c13 1
    o_v43_c15 o_v43_c15_r0 1 o_v43_c15_r1 1
    o_v43_c15 o_v43_c15_r2 1 o_v43_c15_r3 1
    o_v43_c15 o_v43_c15_r4 1 o_v43_c15_r5 1
    o_v43_c15 o_v43_c15_r6 1 o_v43_c15_r7 1
    o_v43_c15 o_v43_c15_r8 1 o_v43_c15_r9 1
    o_v43_c15 o_v43_c15_r10 1 o_v43_c15_r11 1
    o_v43_c15 o_v43_c15_r12 1 o_v43_c15_r13 1
    o_v43_c15 o_v43_c15_r14 1 o_v43_c15_r15 1
    o_v43_c15 o_v43_c15_r16 1 o_v43_c15_r17 1
    o_v43_c15 o_v43_c15_r18 1 o_v43_c15_r19 1
    o_v43_c15 occ_c15 1
    o_v43_c17 o_v43_c17_r0 1 o_v43_c17_r1 1
    o_v43_c17 o_v43_c17_r2 1 o_v43_c17_r3 1
    o_v43_c17 o_v43_c17_r4 1 o_v43_c17_r5 1
    o_v43_c17 o_v43_c17_r6 1 o_v43_c17_r7 1
    o_v43_c17 o_v43_c17_r8 1 o_v43_c17_r9 1
    o_v43_c17 o_v43_c17_r10 1 o_v43_c17_r11 1
    o_v43_c17 o_v43_c17_r12 1 o_v43_c17_r13 1
    o_v43_c17 o_v43_c17_r14 1 o_v43_c17_r15 1
    o_v43_c17 o_v43_c17_r16 1 o_v43_c17_r17 1
    o_v43_c17 o_v43_c17_r18 1 o_v43_c17_r19 1
    o_v43_c17 occ_c17 1
    o_v43_c19 o_v43_c19_r0 1 o_v43_c19_r1 1
    o_v43_c19 o_v43_c19_r2 1 o_v43_c19_r3 1
    o_v43_c19 o_v43_c19_r4 1 o_v43_c19_r5 1
    o_v43_c19 o_v43_c19_r6 1 o_v43_c19_r7 1
    o_v43_c19 o_v43_c19_r8 1 o_v43_c19_r9 1
    o_v43_c19 o_v43_c19_r10 1 o_v43_c19_r11 1
    o_v43_c19 o_v43_c19_r12 1 o_v43_c19_r13 1
    o_v43_c19 o_v43_c19_r14 1 o_v43_c19_r15 1
    o_v43_c19 o_v43_c19_r16 1 o_v43_c19_r17 1
    o_v43_c19 o_v43_c19_r18 1 o_v43_c19_r19 1
    o_v43_c19 occ_c19 1
    o_v43_c21 o_v43_c21_r0 1 o_v43_c21_r1 1
    o_v43_c21 o_v43_c21_r2 1 o_v43_c21_r3 1
    o_v43_c21 o_v43_c21_r4 1 o_v43_c21_r5 1
    o_v43_c21 o_v43_c21_r6 1 o_v43_c21_r7 1
    o_v43_c21 o_v43_c21_r8 1 o_v43_c21_r9 1
    o_v43_c21 o_v43_c21_r10 1 o_v43_c21_r11 1
    o_v43_c21 o_v43_c21_r12 1 o_v43_c21_r13 1
    o_v43_c21 o_v43_c21_r14 1 o_v43_c21_r15 1
    o_v43_c21 o_v43_c21_r16 1 o_v43_c21_r17 1
    o_v43_c21 o_v43_c21_r18 1 o_v43_c21_r19 1
    o_v43_c21 occ_c21 1
    o_v43_c23 o_v43_c23_r0 1 o_v43_c23_r1 1
    o_v43_c23 o_v43_c23_r2 1 o_v43_c23_r3 1
    o_v43_c23 o_v43_c23_r4 1 o_v43_c23_r5 1
    o_v43_c23 o_v43_c23_r6 1 o_v43_c23_r7 1
    o_v43_c23 o_v43_c23_r8 1 o_v43_c23_r9 1
    o_v43_c23 o_v43_c23_r10 1 o_v43_c23_r11 1
    o_v43_c23 o_v43_c23_r12 1 o_v43_c23_r13 1
    o_v43_c23 o_v43_c23_r14 1 o_v43_c23_r15 1
    o_v43_c23 o_v43_c23_r16 1 o_v43_c23_r17 1
    o_v43_c23 o_v43_c23_r18 1 o_v43_c23_r19 1
    o_v43_c23 occ_c23 1
    o_v43_c25 o_v43_c25_r0 1 o_v43_c25_r1 1
    o_v43_c25 o_v43_c25_r2 1 o_v43_c25_r3 1
    o_v43_c25 o_v43_c25_r4 1 o_v43_c25_r5 1
    o_v43_c25 o_v43_c25_r6 1 o_v43_c25_r7 1
    o_v43_c25 o_v43_c25_r8 1 o_v43_c25_r9 1
    o_v43_c25 o_v43_c25_r10 1 o_v43_c25_r11 1
    o_v43_c25 o_v43_c25_r12 1 o_v43_c25_r13 1
    o_v43_c25 o_v43_c25_r14 1 o_v43_c25_r15 1
    o_v43_c25 o_v43_c25_r16 1 o_v43_c25_r17 1
    o_v43_c25 o_v43_c25_r18 1 o_v43_c25_r19 1
    o_v43_c25 occ_c25 1
    o_v43_c27 o_v43_c27_r0 1 o_v43_c27_r1 1
    o_v43_c27 o_v43_c27_r2 1 o_v43_c27_r3 1
    o_v43_c27 o_v43_c27_r4 1 o_v43_c27_r5 1
    o_v43_c27 o_v43_c27_r6 1 o_v43_c27_r7 1
    o_v43_c27 o_v43_c27_r8 1 o_v43_c27_r9 1
    o_v43_c27 o_v43_c27_r10 1 o_v43_c27_r11 1
    o_v43_c27 o_v43_c27_r12 1 o_v43_c27_r13 1
    o_v43_c27 o_v43_c27_r14 1 o_v43_c27_r15 1
    o_v43_c27 o_v43_c27_r16 1 o_v43_c27_r17 1
    o_v43_c27 o_v43_c27_r18 1 o_v43_c27_r19 1
    o_v43_c27 occ_c27 1
    o_v43_c29 o_v43_c29_r0 1 o_v43_c29_r1 1
    o_v43_c29 o_v43_c29_r2 1 o_v43_c29_r3 1
    o_v43_c29 o_v43_c29_r4 1 o_v43_c29_r5 1
    o_v43_c29 o_v43_c29_r6 1 o_v43_c29_r7 1
    o_v43_c29 o_v43_c29_r8 1 o_v43_c29_r9 1
    o_v43_c29 o_v43_c29_r10 1 o_v43_c29_r11 1
    o_v43_c29 o_v43_c29_r12 1 o_v43_c29_r13 1
    o_v43_c29 o_v43_c29_r14 1 occ_c29 1
    o_v43_c31 o_v43_c31_r0 1 o_v43_c31_r1 1
    o_v43_c31 o_v43_c31_r2 1 o_v43_c31_r3 1
    o_v43_c31 o_v43_c31_r4 1 o_v43_c31_r5 1
    o_v43_c31 o_v43_c31_r6 1 o_v43_c31_r7 1
    o_v43_c31 o_v43_c31_r8 1 o_v43_c31_r9 1
    o_v43_c31 o_v43_c31_r10 1 o_v43_c31_r11 1
    o_v43_c31 o_v43_c31_r12 1 o_v43_c31_r13 1
    o_v43_c31 o_v43_c31_r14 1 occ_c31 1
    o_v43_c33 o_v43_c33_r0 1 occ_c33 1
    o_v43_c35 o_v43_c35_r0 1 occ_c35 1
    o_v44_c9 o_v44_c9_r0 1 o_v44_c9_r1 1
    o_v44_c9 o_v44_c9_r2 1 o_v44_c9_r3 1
    o_v44_c9 o_v44_c9_r4 1 o_v44_c9_r5 1
    o_v44_c9 o_v44_c9_r6 1 o_v44_c9_r7 1
    o_v44_c9 o_v44_c9_r8 1 o_v44_c9_r9 1
    o_v44_c9 o_v44_c9_r10 1 o_v44_c9_r11 1
    o_v44_c9 o_v44_c9_r12 1 o_v44_c9_r13 1
    o_v44_c9 o_v44_c9_r14 1 o_v44_c9_r15 1
    o_v44_c9 o_v44_c9_r16 1 o_v44_c9_r17 1
    o_v44_c9 o_v44_c9_r18 1 o_v44_c9_r19 1
    o_v44_c9 o_v44_c9_r20 1 o_v44_c9_r21 1
    o_v44_c9 o_v44_c9_r22 1 occ_c9 1
    o_v44_c11 o_v44_c11_r0 1 o_v44_c11_r1 1
    o_v44_c11 o_v44_c11_r2 1 o_v44_c11_r3 1
    o_v44_c11 o_v44_c11_r4 1 o_v44_c11_r5 1
    o_v44_c11 o_v44_c11_r6 1 o_v44_c11_r7 1
    o_v44_c11 o_v44_c11_r8 1 o_v44_c11_r9 1
    o_v44_c11 o_v44_c11_r10 1 o_v44_c11_r11 1
    o_v44_c11 o_v44_c11_r12 1 o_v44_c11_r13 1
    o_v44_c11 o_v44_c11_r14 1 o_v44_c11_r15 1
    o_v44_c11 o_v44_c11_r16 1 o_v44_c11_r17 1
    o_v44_c11 o_v44_c11_r18 1 o_v44_c11_r19 1
    o_v44_c11 o_v44_c11_r20 1 o_v44_c11_r21 1
    o_v44_c11 o_v44_c11_r22 1 occ_c11 1
    o_v44_c13 o_v44_c13_r0 1 o_v44_c13_r1 1
    o_v44_c13 o_v44_c13_r2 1 o_v44_c13_r3 1
    o_v44_c13 o_v44_c13_r4 1 o_v44_c13_r5 1
    o_v44_c13 o_v44_c13_r6 1 o_v44_c13_r7 1
    o_v44_c13 o_v44_c13_r8 1 o_v44_c13_r9 1
    o_v44_c13 o_v44_c13_r10 1 o_v44_c13_r11 1
    o_v44_c13 o_v44_c13_r12 1 o_v44_c13_r13 1
    o_v44_c13 o_v44_c13_r14 1 o_v44_c13_r15 1
    o_v44_c13 o_v44_c13_r16 1 o_v44_c13_r17 1
    o_v44_c13 o_v44_c13_r18 1 occ_c13 1
    o_v44_c15 o_v44_c15_r0 1 o_v44_c15_r1 1
    o_v44_c15 o_v44_c15_r2 1 o_v44_c15_r3 1
    o_v44_c15 o_v44_c15_r4 1 o_v44_c15_r5 1
    o_v44_c15 o_v44_c15_r6 1 o_v44_c15_r7 1
    o_v44_c15 o_v44_c15_r8 1 o_v44_c15_r9 1
    o_v44_c15 o_v44_c15_r10 1 o_v44_c15_r11 1
    o_v44_c15 o_v44_c15_r12 1 o_v44_c15_r13 1
    o_v44_c15 o_v44_c15_r14 1 o_v44_c15_r15 1
    o_v44_c15 o_v44_c15_r16 1 o_v44_c15_r17 1
    o_v44_c15 o_v44_c15_r18 1 occ_c15 1
    o_v44_c17 o_v44_c17_r0 1 o_v44_c17_r1 1
    o_v44_c17 o_v44_c17_r2 1 o_v44_c17_r3 1
    o_v44_c17 o_v44_c17_r4 1 o_v44_c17_r5 1
    o_v44_c17 o_v44_c17_r6 1 o_v44_c17_r7 1
    o_v44_c17 o_v44_c17_r8 1 o_v44_c17_r9 1
    o_v44_c17 o_v44_c17_r10 1 o_v44_c17_r11 1
    o_v44_c17 o_v44_c17_r12 1 o_v44_c17_r13 1
    o_v44_c17 o_v44_c17_r14 1 o_v44_c17_r15 1
    o_v44_c17 o_v44_c17_r16 1 o_v44_c17_r17 1
    o_v44_c17 o_v44_c17_r18 1 occ_c17 1
    o_v44_c19 o_v44_c19_r0 1 o_v44_c19_r1 1
    o_v44_c19 o_v44_c19_r2 1 o_v44_c19_r3 1
    o_v44_c19 o_v44_c19_r4 1 o_v44_c19_r5 1
    o_v44_c19 o_v44_c19_r6 1 o_v44_c19_r7 1
    o_v44_c19 o_v44_c19_r8 1 o_v44_c19_r9 1
    o_v44_c19 o_v44_c19_r10 1 o_v44_c19_r11 1
    o_v44_c19 o_v44_c19_r12 1 o_v44_c19_r13 1
    o_v44_c19 o_v44_c19_r14 1 o_v44_c19_r15 1
    o_v44_c19 o_v44_c19_r16 1 o_v44_c19_r17 1
    o_v44_c19 o_v44_c19_r18 1 occ_c19 1
    o_v44_c21 o_v44_c21_r0 1 o_v44_c21_r1 1
    o_v44_c21 o_v44_c21_r2 1 o_v44_c21_r3 1
    o_v44_c21 o_v44_c21_r4 1 o_v44_c21_r5 1
    o_v44_c21 o_v44_c21_r6 1 o_v44_c21_r7 1
    o_v44_c21 o_v44_c21_r8 1 o_v44_c21_r9 1
    o_v44_c21 o_v44_c21_r10 1 o_v44_c21_r11 1
    o_v44_c21 o_v44_c21_r12 1 o_v44_c21_r13 1
    o_v44_c21 o_v44_c21_r14 1 o_v44_c21_r15 1
    o_v44_c21 o_v44_c21_r16 1 o_v44_c21_r17 1
    o_v44_c21 o_v44_c21_r18 1 occ_c21 1
    o_v44_c23 o_v44_c23_r0 1 o_v44_c23_r1 1
    o_v44_c23 o_v44_c23_r2 1 o_v44_c23_r3 1
    o_v44_c23 o_v44_c23_r4 1 o_v44_c23_r5 1
    o_v44_c23 o_v44_c23_r6 1 o_v44_c23_r7 1
    o_v44_c23 o_v44_c23_r8 1 o_v44_c23_r9 1
    o_v44_c23 o_v44_c23_r10 1 o_v44_c23_r11 1
    o_v44_c23 o_v44_c23_r12 1 o_v44_c23_r13 1
    o_v44_c23 o_v44_c23_r14 1 o_v44_c23_r15 1
    o_v44_c23 o_v44_c23_r16 1 o_v44_c23_r17 1
    o_v44_c23 o_v44_c23_r18 1 occ_c23 1
    o_v44_c25 o_v44_c25_r0 1 o_v44_c25_r1 1
    o_v44_c25 o_v44_c25_r2 1 o_v44_c25_r3 1
    o_v44_c25 o_v44_c25_r4 1 o_v44_c25_r5 1
    o_v44_c25 o_v44_c25_r6 1 o_v44_c25_r7 1
    o_v44_c25 o_v44_c25_r8 1 o_v44_c25_r9 1
    o_v44_c25 o_v44_c25_r10 1 o_v44_c25_r11 1
    o_v44_c25 o_v44_c25_r12 1 o_v44_c25_r13 1
    o_v44_c25 o_v44_c25_r14 1 o_v44_c25_r15 1
    o_v44_c25 o_v44_c25_r16 1 o_v44_c25_r17 1
    o_v44_c25 o_v44_c25_r18 1 occ_c25 1
    o_v44_c27 o_v44_c27_r0 1 o_v44_c27_r1 1
    o_v44_c27 o_v44_c27_r2 1 o_v44_c27_r3 1
    o_v44_c27 o_v44_c27_r4 1 o_v44_c27_r5 1
    o_v44_c27 o_v44_c27_r6 1 o_v44_c27_r7 1
    o_v44_c27 o_v44_c27_r8 1 o_v44_c27_r9 1
    o_v44_c27 o_v44_c27_r10 1 o_v44_c27_r11 1
    o_v44_c27 o_v44_c27_r12 1 o_v44_c27_r13 1
    o_v44_c27 o_v44_c27_r14 1 o_v44_c27_r15 1
    o_v44_c27 o_v44_c27_r16 1 o_v44_c27_r17 1
    o_v44_c27 o_v44_c27_r18 1 occ_c27 1
    o_v44_c29 o_v44_c29_r0 1 o_v44_c29_r1 1
    o_v44_c29 o_v44_c29_r2 1 o_v44_c29_r3 1
    o_v44_c29 o_v44_c29_r4 1 o_v44_c29_r5 1
    o_v44_c29 o_v44_c29_r6 1 o_v44_c29_r7 1
    o_v44_c29 o_v44_c29_r8 1 o_v44_c29_r9 1
    o_v44_c29 o_v44_c29_r10 1 o_v44_c29_r11 1
    o_v44_c29 o_v44_c29_r12 1 occ_c29 1
    o_v44_c31 o_v44_c31_r0 1 o_v44_c31_r1 1
    o_v44_c31 o_v44_c31_r2 1 o_v44_c31_r3 1
    o_v44_c31 o_v44_c31_r4 1 o_v44_c31_r5 1
    o_v44_c31 o_v44_c31_r6 1 o_v44_c31_r7 1
    o_v44_c31 o_v44_c31_r8 1 o_v44_c31_r9 1
    o_v44_c31 o_v44_c31_r10 1 o_v44_c31_r11 1
    o_v44_c31 o_v44_c31_r12 1 occ_c31 1
    o_v50_c13 o_v50_c13_r0 1 o_v50_c13_r1 1
    o_v50_c13 occ_c13 1
    o_v50_c15 o_v50_c15_r0 1 o_v50_c15_r1 1
    o_v50_c15 occ_c15 1
    o_v50_c17 o_v50_c17_r0 1 o_v50_c17_r1 1
    o_v50_c17 occ_c17 1
    o_v50_c19 o_v50_c19_r0 1 o_v50_c19_r1 1
    o_v50_c19 occ_c19 1
    o_v50_c21 o_v50_c21_r0 1 o_v50_c21_r1 1
    o_v50_c21 occ_c21 1
    o_v50_c23 o_v50_c23_r0 1 o_v50_c23_r1 1
    o_v50_c23 occ_c23 1
    o_v50_c25 o_v50_c25_r0 1 occ_c25 1
    o_v50_c27 o_v50_c27_r0 1 occ_c27 1
    o_v50_c29 o_v50_c29_r0 1 occ_c29 1
    o_v50_c31 o_v50_c31_r0 1 occ_c31 1
    o_v50_c33 o_v50_c33_r0 1 occ_c33 1
    o_v50_c35 o_v50_c35_r0 1 occ_c35 1
    o_v51_c13 o_v51_c13_r0 1 o_v51_c13_r1 1
    o_v51_c13 occ_c13 1
    o_v51_c15 o_v51_c15_r0 1 o_v51_c15_r1 1
    o_v51_c15 occ_c15 1
    o_v51_c17 o_v51_c17_r0 1 o_v51_c17_r1 1
    o_v51_c17 occ_c17 1
    o_v51_c19 o_v51_c19_r0 1 o_v51_c19_r1 1
    o_v51_c19 occ_c19 1
    o_v51_c21 o_v51_c21_r0 1 o_v51_c21_r1 1
    o_v51_c21 occ_c21 1
    o_v51_c23 o_v51_c23_r0 1 o_v51_c23_r1 1
    o_v51_c23 occ_c23 1
    o_v51_c25 o_v51_c25_r0 1 o_v51_c25_r1 1
    o_v51_c25 occ_c25 1
    o_v51_c27 o_v51_c27_r0 1 o_v51_c27_r1 1
    o_v51_c27 occ_c27 1
    o_v51_c29 o_v51_c29_r0 1 occ_c29 1
    o_v51_c31 o_v51_c31_r0 1 occ_c31 1
    o_v51_c33 o_v51_c33_r0 1 occ_c33 1
    o_v51_c35 o_v51_c35_r0 1 occ_c35 1
    o_v53_c7 o_v53_c7_r0 1 o_v53_c7_r1 1
    o_v53_c7 o_v53_c7_r2 1 o_v53_c7_r3 1
    o_v53_c7 o_v53_c7_r4 1 occ_c7 1
    o_v53_c9 o_v53_c9_r0 1 o_v53_c9_r1 1
    o_v53_c9 o_v53_c9_r2 1 o_v53_c9_r3 1
    o_v53_c9 o_v53_c9_r4 1 o_v53_c9_r5 1
    o_v53_c9 occ_c9 1
    o_v53_c11 o_v53_c11_r0 1 o_v53_c11_r1 1
    o_v53_c11 o_v53_c11_r2 1 o_v53_c11_r3 1
    o_v53_c11 o_v53_c11_r4 1 o_v53_c11_r5 1
    o_v53_c11 occ_c11 1
    o_v53_c13 o_v53_c13_r0 1 o_v53_c13_r1 1
    o_v53_c13 o_v53_c13_r2 1 o_v53_c13_r3 1
    o_v53_c13 o_v53_c13_r4 1 o_v53_c13_r5 1
    o_v53_c13 occ_c13 1
    o_v53_c15 o_v53_c15_r0 1 o_v53_c15_r1 1
    o_v53_c15 o_v53_c15_r2 1 o_v53_c15_r3 1
    o_v53_c15 o_v53_c15_r4 1 o_v53_c15_r5 1
    o_v53_c15 occ_c15 1
    o_v53_c17 o_v53_c17_r0 1 o_v53_c17_r1 1
    o_v53_c17 o_v53_c17_r2 1 o_v53_c17_r3 1
    o_v53_c17 o_v53_c17_r4 1 o_v53_c17_r5 1
    o_v53_c17 occ_c17 1
    o_v53_c19 o_v53_c19_r0 1 o_v53_c19_r1 1
    o_v53_c19 o_v53_c19_r2 1 o_v53_c19_r3 1
    o_v53_c19 o_v53_c19_r4 1 o_v53_c19_r5 1
    o_v53_c19 occ_c19 1
    o_v53_c21 o_v53_c21_r0 1 o_v53_c21_r1 1
    o_v53_c21 o_v53_c21_r2 1 o_v53_c21_r3 1
    o_v53_c21 o_v53_c21_r4 1 o_v53_c21_r5 1
    o_v53_c21 occ_c21 1
    o_v53_c23 o_v53_c23_r0 1 o_v53_c23_r1 1
    o_v53_c23 o_v53_c23_r2 1 o_v53_c23_r3 1
    o_v53_c23 o_v53_c23_r4 1 o_v53_c23_r5 1
    o_v53_c23 occ_c23 1
    o_v53_c25 o_v53_c25_r0 1 o_v53_c25_r1 1
    o_v53_c25 o_v53_c25_r2 1 o_v53_c25_r3 1
    o_v53_c25 o_v53_c25_r4 1 o_v53_c25_r5 1
    o_v53_c25 occ_c25 1
    o_v53_c27 o_v53_c27_r0 1 o_v53_c27_r1 1
    o_v53_c27 o_v53_c27_r2 1 o_v53_c27_r3 1
    o_v53_c27 o_v53_c27_r4 1 o_v53_c27_r5 1
    o_v53_c27 occ_c27 1
    o_v53_c29 o_v53_c29_r0 1 o_v53_c29_r1 1
    o_v53_c29 o_v53_c29_r2 1 o_v53_c29_r3 1
    o_v53_c29 o_v53_c29_r4 1 o_v53_c29_r5 1
    o_v53_c29 occ_c29 1
    o_v53_c31 o_v53_c31_r0 1 o_v53_c31_r1 1
    o_v53_c31 o_v53_c31_r2 1 o_v53_c31_r3 1
    o_v53_c31 o_v53_c31_r4 1 o_v53_c31_r5 1
    o_v53_c31 occ_c31 1
    o_v53_c33 o_v53_c33_r0 1 o_v53_c33_r1 1
    o_v53_c33 o_v53_c33_r2 1 o_v53_c33_r3 1
    o_v53_c33 o_v53_c33_r4 1 o_v53_c33_r5 1
    o_v53_c33 occ_c33 1
    o_v53_c35 o_v53_c35_r0 1 o_v53_c35_r1 1
    o_v53_c35 o_v53_c35_r2 1 o_v53_c35_r3 1
    o_v53_c35 o_v53_c35_r4 1 occ_c35 1
    dy_v53_L3 dy_v53_L3_r0 1 heads_L3 1
    dy_v53_L4 dy_v53_L4_r0 1 heads_L4 1
    dy_v53_L5 dy_v53_L5_r0 1 heads_L5 1
    dy_v53_L6 dy_v53_L6_r0 1 heads_L6 1
    dy_v53_L7 dy_v53_L7_r0 1 heads_L7 1
    dy_v53_L8 dy_v53_L8_r0 1 heads_L8 1
    o_v54_c7 o_v54_c7_r0 1 o_v54_c7_r1 1
    o_v54_c7 o_v54_c7_r2 1 o_v54_c7_r3 1
    o_v54_c7 o_v54_c7_r4 1 occ_c7 1
    o_v54_c9 o_v54_c9_r0 1 o_v54_c9_r1 1
    o_v54_c9 o_v54_c9_r2 1 o_v54_c9_r3 1
    o_v54_c9 o_v54_c9_r4 1 o_v54_c9_r5 1
    o_v54_c9 occ_c9 1
    o_v54_c33 o_v54_c33_r0 1 o_v54_c33_r1 1
    o_v54_c33 o_v54_c33_r2 1 o_v54_c33_r3 1
    o_v54_c33 o_v54_c33_r4 1 o_v54_c33_r5 1
    o_v54_c33 occ_c33 1
    o_v54_c35 o_v54_c35_r0 1 o_v54_c35_r1 1
    o_v54_c35 o_v54_c35_r2 1 o_v54_c35_r3 1
    o_v54_c35 o_v54_c35_r4 1 occ_c35 1
    dy_v54_L8 dy_v54_L8_r0 1 heads_L8 1
    o_v55_c7 o_v55_c7_r0 1 o_v55_c7_r1 1
    o_v55_c7 o_v55_c7_r2 1 o_v55_c7_r3 1
    o_v55_c7 o_v55_c7_r4 1 occ_c7 1
    o_v55_c9 o_v55_c9_r0 1 o_v55_c9_r1 1
    o_v55_c9 o_v55_c9_r2 1 o_v55_c9_r3 1
    o_v55_c9 o_v55_c9_r4 1 o_v55_c9_r5 1
    o_v55_c9 occ_c9 1
    o_v55_c33 o_v55_c33_r0 1 o_v55_c33_r1 1
    o_v55_c33 o_v55_c33_r2 1 o_v55_c33_r3 1
    o_v55_c33 o_v55_c33_r4 1 o_v55_c33_r5 1
    o_v55_c33 occ_c33 1
    o_v55_c35 o_v55_c35_r0 1 o_v55_c35_r1 1
    o_v55_c35 o_v55_c35_r2 1 o_v55_c35_r3 1
    o_v55_c35 o_v55_c35_r4 1 occ_c35 1
    dy_v55_L8 dy_v55_L8_r0 1 heads_L8 1
    o_v56_c7 o_v56_c7_r0 1 o_v56_c7_r1 1
    o_v56_c7 o_v56_c7_r2 1 o_v56_c7_r3 1
    o_v56_c7 o_v56_c7_r4 1 occ_c7 1
    o_v56_c9 o_v56_c9_r0 1 o_v56_c9_r1 1
    o_v56_c9 o_v56_c9_r2 1 o_v56_c9_r3 1
    o_v56_c9 o_v56_c9_r4 1 o_v56_c9_r5 1
    o_v56_c9 occ_c9 1
    o_v56_c11 o_v56_c11_r0 1 o_v56_c11_r1 1
    o_v56_c11 o_v56_c11_r2 1 o_v56_c11_r3 1
    o_v56_c11 o_v56_c11_r4 1 o_v56_c11_r5 1
    o_v56_c11 occ_c11 1
    o_v56_c13 o_v56_c13_r0 1 o_v56_c13_r1 1
    o_v56_c13 o_v56_c13_r2 1 o_v56_c13_r3 1
    o_v56_c13 o_v56_c13_r4 1 o_v56_c13_r5 1
    o_v56_c13 occ_c13 1
    o_v56_c15 o_v56_c15_r0 1 o_v56_c15_r1 1
    o_v56_c15 o_v56_c15_r2 1 o_v56_c15_r3 1
    o_v56_c15 o_v56_c15_r4 1 o_v56_c15_r5 1
    o_v56_c15 occ_c15 1
    o_v56_c17 o_v56_c17_r0 1 o_v56_c17_r1 1
    o_v56_c17 o_v56_c17_r2 1 o_v56_c17_r3 1
    o_v56_c17 o_v56_c17_r4 1 o_v56_c17_r5 1
    o_v56_c17 occ_c17 1
    o_v56_c19 o_v56_c19_r0 1 o_v56_c19_r1 1
    o_v56_c19 o_v56_c19_r2 1 o_v56_c19_r3 1
    o_v56_c19 o_v56_c19_r4 1 o_v56_c19_r5 1
    o_v56_c19 occ_c19 1
    o_v56_c21 o_v56_c21_r0 1 o_v56_c21_r1 1
    o_v56_c21 o_v56_c21_r2 1 o_v56_c21_r3 1
    o_v56_c21 o_v56_c21_r4 1 o_v56_c21_r5 1
    o_v56_c21 occ_c21 1
    o_v56_c23 o_v56_c23_r0 1 o_v56_c23_r1 1
    o_v56_c23 o_v56_c23_r2 1 o_v56_c23_r3 1
    o_v56_c23 o_v56_c23_r4 1 o_v56_c23_r5 1
    o_v56_c23 occ_c23 1
    o_v56_c25 o_v56_c25_r0 1 o_v56_c25_r1 1
    o_v56_c25 o_v56_c25_r2 1 o_v56_c25_r3 1
    o_v56_c25 o_v56_c25_r4 1 o_v56_c25_r5 1
    o_v56_c25 occ_c25 1
    o_v56_c27 o_v56_c27_r0 1 o_v56_c27_r1 1
    o_v56_c27 o_v56_c27_r2 1 o_v56_c27_r3 1
    o_v56_c27 o_v56_c27_r4 1 o_v56_c27_r5 1
    o_v56_c27 occ_c27 1
    o_v56_c29 o_v56_c29_r0 1 o_v56_c29_r1 1
    o_v56_c29 o_v56_c29_r2 1 o_v56_c29_r3 1
    o_v56_c29 o_v56_c29_r4 1 o_v56_c29_r5 1
    o_v56_c29 occ_c29 1
    o_v56_c31 o_v56_c31_r0 1 o_v56_c31_r1 1
    o_v56_c31 o_v56_c31_r2 1 o_v56_c31_r3 1
    o_v56_c31 o_v56_c31_r4 1 o_v56_c31_r5 1
    o_v56_c31 occ_c31 1
    o_v56_c33 o_v56_c33_r0 1 o_v56_c33_r1 1
    o_v56_c33 o_v56_c33_r2 1 o_v56_c33_r3 1
    o_v56_c33 o_v56_c33_r4 1 o_v56_c33_r5 1
    o_v56_c33 occ_c33 1
    o_v56_c35 o_v56_c35_r0 1 o_v56_c35_r1 1
    o_v56_c35 o_v56_c35_r2 1 o_v56_c35_r3 1
    o_v56_c35 o_v56_c35_r4 1 occ_c35 1
    dy_v56_L7 dy_v56_L7_r0 1 heads_L7 1
    dy_v56_L8 dy_v56_L8_r0 1 heads_L8 1
    o_v57_c7 o_v57_c7_r0 1 o_v57_c7_r1 1
    o_v57_c7 occ_c7 1
    o_v57_c9 o_v57_c9_r0 1 o_v57_c9_r1 1
    o_v57_c9 o_v57_c9_r2 1 occ_c9 1
    o_v57_c11 o_v57_c11_r0 1 o_v57_c11_r1 1
    o_v57_c11 o_v57_c11_r2 1 occ_c11 1
    o_v57_c13 o_v57_c13_r0 1 o_v57_c13_r1 1
    o_v57_c13 o_v57_c13_r2 1 occ_c13 1
    o_v57_c15 o_v57_c15_r0 1 o_v57_c15_r1 1
    o_v57_c15 o_v57_c15_r2 1 occ_c15 1
    o_v57_c17 o_v57_c17_r0 1 o_v57_c17_r1 1
    o_v57_c17 o_v57_c17_r2 1 occ_c17 1
    o_v57_c19 o_v57_c19_r0 1 o_v57_c19_r1 1
    o_v57_c19 o_v57_c19_r2 1 occ_c19 1
    o_v57_c21 o_v57_c21_r0 1 o_v57_c21_r1 1
    o_v57_c21 o_v57_c21_r2 1 occ_c21 1
    o_v57_c23 o_v57_c23_r0 1 o_v57_c23_r1 1
    o_v57_c23 o_v57_c23_r2 1 occ_c23 1
    o_v57_c25 o_v57_c25_r0 1 o_v57_c25_r1 1
    o_v57_c25 o_v57_c25_r2 1 occ_c25 1
    o_v57_c27 o_v57_c27_r0 1 o_v57_c27_r1 1
    o_v57_c27 o_v57_c27_r2 1 occ_c27 1
    o_v57_c29 o_v57_c29_r0 1 o_v57_c29_r1 1
    o_v57_c29 o_v57_c29_r2 1 occ_c29 1
    o_v57_c31 o_v57_c31_r0 1 o_v57_c31_r1 1
    o_v57_c31 o_v57_c31_r2 1 occ_c31 1
    o_v57_c33 o_v57_c33_r0 1 o_v57_c33_r1 1
    o_v57_c33 o_v57_c33_r2 1 occ_c33 1
    o_v57_c35 o_v57_c35_r0 1 o_v57_c35_r1 1
    o_v57_c35 occ_c35 1
    dy_v57_L7 dy_v57_L7_r0 1 heads_L7 1
    dy_v57_L8 dy_v57_L8_r0 1 heads_L8 1
    o_v58_c7 o_v58_c7_r0 1 o_v58_c7_r1 1
    o_v58_c7 o_v58_c7_r2 1 o_v58_c7_r3 1
    o_v58_c7 o_v58_c7_r4 1 o_v58_c7_r5 1
    o_v58_c7 o_v58_c7_r6 1 occ_c7 1
    o_v58_c9 o_v58_c9_r0 1 o_v58_c9_r1 1
    o_v58_c9 o_v58_c9_r2 1 o_v58_c9_r3 1
    o_v58_c9 o_v58_c9_r4 1 o_v58_c9_r5 1
    o_v58_c9 o_v58_c9_r6 1 o_v58_c9_r7 1
    o_v58_c9 occ_c9 1
    o_v58_c25 o_v58_c25_r0 1 o_v58_c25_r1 1
    o_v58_c25 o_v58_c25_r2 1 o_v58_c25_r3 1
    o_v58_c25 o_v58_c25_r4 1 o_v58_c25_r5 1
    o_v58_c25 o_v58_c25_r6 1 occ_c25 1
    o_v58_c27 o_v58_c27_r0 1 o_v58_c27_r1 1
    o_v58_c27 o_v58_c27_r2 1 o_v58_c27_r3 1
    o_v58_c27 o_v58_c27_r4 1 o_v58_c27_r5 1
    o_v58_c27 o_v58_c27_r6 1 occ_c27 1
    o_v58_c29 o_v58_c29_r0 1 o_v58_c29_r1 1
    o_v58_c29 o_v58_c29_r2 1 o_v58_c29_r3 1
    o_v58_c29 o_v58_c29_r4 1 o_v58_c29_r5 1
    o_v58_c29 occ_c29 1
    o_v58_c31 o_v58_c31_r0 1 o_v58_c31_r1 1
    o_v58_c31 o_v58_c31_r2 1 o_v58_c31_r3 1
    o_v58_c31 o_v58_c31_r4 1 o_v58_c31_r5 1
    o_v58_c31 occ_c31 1
    o_v58_c33 o_v58_c33_r0 1 o_v58_c33_r1 1
    o_v58_c33 o_v58_c33_r2 1 o_v58_c33_r3 1
    o_v58_c33 o_v58_c33_r4 1 o_v58_c33_r5 1
    o_v58_c33 occ_c33 1
    o_v58_c35 o_v58_c35_r0 1 o_v58_c35_r1 1
    o_v58_c35 o_v58_c35_r2 1 o_v58_c35_r3 1
    o_v58_c35 o_v58_c35_r4 1 occ_c35 1
    dy_v58_L6 dy_v58_L6_r0 1 heads_L6 1
    dy_v58_L7 dy_v58_L7_r0 1 heads_L7 1
    dy_v58_L8 dy_v58_L8_r0 1 heads_L8 1
    o_v64_c31 o_v64_c31_r0 1 o_v64_c31_r1 1
    o_v64_c31 occ_c31 1
    o_v64_c33 o_v64_c33_r0 1 occ_c33 1
    o_v65_c7 o_v65_c7_r0 1 o_v65_c7_r1 1
    o_v65_c7 o_v65_c7_r2 1 occ_c7 1
    o_v65_c9 o_v65_c9_r0 1 o_v65_c9_r1 1
    o_v65_c9 o_v65_c9_r2 1 o_v65_c9_r3 1
    o_v65_c9 occ_c9 1
    o_v65_c11 o_v65_c11_r0 1 o_v65_c11_r1 1
    o_v65_c11 o_v65_c11_r2 1 o_v65_c11_r3 1
    o_v65_c11 occ_c11 1
    o_v65_c13 o_v65_c13_r0 1 o_v65_c13_r1 1
    o_v65_c13 o_v65_c13_r2 1 o_v65_c13_r3 1
    o_v65_c13 occ_c13 1
    o_v65_c15 o_v65_c15_r0 1 o_v65_c15_r1 1
    o_v65_c15 o_v65_c15_r2 1 o_v65_c15_r3 1
    o_v65_c15 occ_c15 1
    o_v65_c17 o_v65_c17_r0 1 o_v65_c17_r1 1
    o_v65_c17 o_v65_c17_r2 1 o_v65_c17_r3 1
    o_v65_c17 occ_c17 1
    o_v65_c19 o_v65_c19_r0 1 o_v65_c19_r1 1
    o_v65_c19 o_v65_c19_r2 1 o_v65_c19_r3 1
    o_v65_c19 occ_c19 1
    o_v65_c21 o_v65_c21_r0 1 o_v65_c21_r1 1
    o_v65_c21 o_v65_c21_r2 1 o_v65_c21_r3 1
    o_v65_c21 occ_c21 1
    o_v65_c23 o_v65_c23_r0 1 o_v65_c23_r1 1
    o_v65_c23 o_v65_c23_r2 1 o_v65_c23_r3 1
    o_v65_c23 occ_c23 1
    o_v65_c25 o_v65_c25_r0 1 o_v65_c25_r1 1
    o_v65_c25 o_v65_c25_r2 1 o_v65_c25_r3 1
    o_v65_c25 occ_c25 1
    o_v65_c27 o_v65_c27_r0 1 o_v65_c27_r1 1
    o_v65_c27 o_v65_c27_r2 1 o_v65_c27_r3 1
    o_v65_c27 occ_c27 1
    o_v65_c29 o_v65_c29_r0 1 o_v65_c29_r1 1
    o_v65_c29 o_v65_c29_r2 1 o_v65_c29_r3 1
    o_v65_c29 occ_c29 1
    o_v65_c31 o_v65_c31_r0 1 o_v65_c31_r1 1
    o_v65_c31 o_v65_c31_r2 1 o_v65_c31_r3 1
    o_v65_c31 o_v65_c31_r4 1 occ_c31 1
    o_v65_c33 o_v65_c33_r0 1 o_v65_c33_r1 1
    o_v65_c33 o_v65_c33_r2 1 o_v65_c33_r3 1
    o_v65_c33 occ_c33 1
    o_v65_c35 o_v65_c35_r0 1 o_v65_c35_r1 1
    o_v65_c35 occ_c35 1
    dy_v65_L8 dy_v65_L8_r0 1 dy_v65_L8_r1 1
    dy_v65_L8 heads_L8 1
    o_v68_c7 o_v68_c7_r0 1 o_v68_c7_r1 1
    o_v68_c7 o_v68_c7_r2 1 o_v68_c7_r3 1
    o_v68_c7 o_v68_c7_r4 1 occ_c7 1
    o_v68_c9 o_v68_c9_r0 1 o_v68_c9_r1 1
    o_v68_c9 o_v68_c9_r2 1 o_v68_c9_r3 1
    o_v68_c9 o_v68_c9_r4 1 o_v68_c9_r5 1
    o_v68_c9 occ_c9 1
    o_v68_c11 o_v68_c11_r0 1 o_v68_c11_r1 1
    o_v68_c11 o_v68_c11_r2 1 o_v68_c11_r3 1
    o_v68_c11 o_v68_c11_r4 1 o_v68_c11_r5 1
    o_v68_c11 occ_c11 1
    o_v68_c13 o_v68_c13_r0 1 o_v68_c13_r1 1
    o_v68_c13 o_v68_c13_r2 1 o_v68_c13_r3 1
    o_v68_c13 o_v68_c13_r4 1 o_v68_c13_r5 1
    o_v68_c13 occ_c13 1
    o_v68_c15 o_v68_c15_r0 1 o_v68_c15_r1 1
    o_v68_c15 o_v68_c15_r2 1 o_v68_c15_r3 1
    o_v68_c15 o_v68_c15_r4 1 o_v68_c15_r5 1
    o_v68_c15 occ_c15 1
    o_v68_c17 o_v68_c17_r0 1 o_v68_c17_r1 1
    o_v68_c17 o_v68_c17_r2 1 o_v68_c17_r3 1
    o_v68_c17 o_v68_c17_r4 1 o_v68_c17_r5 1
    o_v68_c17 occ_c17 1
    o_v68_c19 o_v68_c19_r0 1 o_v68_c19_r1 1
    o_v68_c19 o_v68_c19_r2 1 o_v68_c19_r3 1
    o_v68_c19 o_v68_c19_r4 1 o_v68_c19_r5 1
    o_v68_c19 occ_c19 1
    o_v68_c21 o_v68_c21_r0 1 o_v68_c21_r1 1
    o_v68_c21 o_v68_c21_r2 1 o_v68_c21_r3 1
    o_v68_c21 o_v68_c21_r4 1 o_v68_c21_r5 1
    o_v68_c21 occ_c21 1
    o_v68_c23 o_v68_c23_r0 1 o_v68_c23_r1 1
    o_v68_c23 o_v68_c23_r2 1 o_v68_c23_r3 1
    o_v68_c23 o_v68_c23_r4 1 o_v68_c23_r5 1
    o_v68_c23 occ_c23 1
    o_v68_c25 o_v68_c25_r0 1 o_v68_c25_r1 1
    o_v68_c25 o_v68_c25_r2 1 o_v68_c25_r3 1
    o_v68_c25 o_v68_c25_r4 1 o_v68_c25_r5 1
    o_v68_c25 occ_c25 1
    o_v68_c27 o_v68_c27_r0 1 o_v68_c27_r1 1
    o_v68_c27 o_v68_c27_r2 1 o_v68_c27_r3 1
    o_v68_c27 o_v68_c27_r4 1 o_v68_c27_r5 1
    o_v68_c27 occ_c27 1
    o_v68_c29 o_v68_c29_r0 1 o_v68_c29_r1 1
    o_v68_c29 o_v68_c29_r2 1 o_v68_c29_r3 1
    o_v68_c29 o_v68_c29_r4 1 o_v68_c29_r5 1
    o_v68_c29 occ_c29 1
    o_v68_c33 o_v68_c33_r0 1 o_v68_c33_r1 1
    o_v68_c33 o_v68_c33_r2 1 o_v68_c33_r3 1
    o_v68_c33 o_v68_c33_r4 1 o_v68_c33_r5 1
    o_v68_c33 occ_c33 1
    o_v68_c35 o_v68_c35_r0 1 o_v68_c35_r1 1
    o_v68_c35 o_v68_c35_r2 1 o_v68_c35_r3 1
    o_v68_c35 o_v68_c35_r4 1 occ_c35 1
    dy_v68_L8 dy_v68_L8_r0 1 heads_L8 1
    o_v69_c7 o_v69_c7_r0 1 o_v69_c7_r1 1
    o_v69_c7 o_v69_c7_r2 1 o_v69_c7_r3 1
    o_v69_c7 o_v69_c7_r4 1 occ_c7 1
    o_v69_c9 o_v69_c9_r0 1 o_v69_c9_r1 1
    o_v69_c9 o_v69_c9_r2 1 o_v69_c9_r3 1
    o_v69_c9 o_v69_c9_r4 1 o_v69_c9_r5 1
    o_v69_c9 occ_c9 1
    o_v69_c11 o_v69_c11_r0 1 o_v69_c11_r1 1
    o_v69_c11 o_v69_c11_r2 1 o_v69_c11_r3 1
    o_v69_c11 o_v69_c11_r4 1 o_v69_c11_r5 1
    o_v69_c11 occ_c11 1
    o_v69_c13 o_v69_c13_r0 1 o_v69_c13_r1 1
    o_v69_c13 o_v69_c13_r2 1 o_v69_c13_r3 1
    o_v69_c13 o_v69_c13_r4 1 o_v69_c13_r5 1
    o_v69_c13 occ_c13 1
    o_v69_c15 o_v69_c15_r0 1 o_v69_c15_r1 1
    o_v69_c15 o_v69_c15_r2 1 o_v69_c15_r3 1
    o_v69_c15 o_v69_c15_r4 1 o_v69_c15_r5 1
    o_v69_c15 occ_c15 1
    o_v69_c17 o_v69_c17_r0 1 o_v69_c17_r1 1
    o_v69_c17 o_v69_c17_r2 1 o_v69_c17_r3 1
    o_v69_c17 o_v69_c17_r4 1 o_v69_c17_r5 1
    o_v69_c17 occ_c17 1
    o_v69_c19 o_v69_c19_r0 1 o_v69_c19_r1 1
    o_v69_c19 o_v69_c19_r2 1 o_v69_c19_r3 1
    o_v69_c19 o_v69_c19_r4 1 o_v69_c19_r5 1
    o_v69_c19 occ_c19 1
    o_v69_c21 o_v69_c21_r0 1 o_v69_c21_r1 1
    o_v69_c21 o_v69_c21_r2 1 o_v69_c21_r3 1
    o_v69_c21 o_v69_c21_r4 1 o_v69_c21_r5 1
    o_v69_c21 occ_c21 1
    o_v69_c23 o_v69_c23_r0 1 o_v69_c23_r1 1
    o_v69_c23 o_v69_c23_r2 1 o_v69_c23_r3 1
    o_v69_c23 o_v69_c23_r4 1 o_v69_c23_r5 1
    o_v69_c23 occ_c23 1
    o_v69_c25 o_v69_c25_r0 1 o_v69_c25_r1 1
    o_v69_c25 o_v69_c25_r2 1 o_v69_c25_r3 1
    o_v69_c25 o_v69_c25_r4 1 o_v69_c25_r5 1
    o_v69_c25 occ_c25 1
    o_v69_c27 o_v69_c27_r0 1 o_v69_c27_r1 1
    o_v69_c27 o_v69_c27_r2 1 o_v69_c27_r3 1
    o_v69_c27 o_v69_c27_r4 1 o_v69_c27_r5 1
    o_v69_c27 occ_c27 1
    o_v69_c29 o_v69_c29_r0 1 o_v69_c29_r1 1
    o_v69_c29 o_v69_c29_r2 1 o_v69_c29_r3 1
    o_v69_c29 o_v69_c29_r4 1 o_v69_c29_r5 1
    o_v69_c29 occ_c29 1
    o_v69_c33 o_v69_c33_r0 1 o_v69_c33_r1 1
    o_v69_c33 o_v69_c33_r2 1 o_v69_c33_r3 1
    o_v69_c33 o_v69_c33_r4 1 o_v69_c33_r5 1
    o_v69_c33 occ_c33 1
    o_v69_c35 o_v69_c35_r0 1 o_v69_c35_r1 1
    o_v69_c35 o_v69_c35_r2 1 o_v69_c35_r3 1
    o_v69_c35 o_v69_c35_r4 1 occ_c35 1
    dy_v69_L8 dy_v69_L8_r0 1 heads_L8 1
    o_v70_c7 o_v70_c7_r0 1 o_v70_c7_r1 1
    o_v70_c7 occ_c7 1
    o_v70_c9 o_v70_c9_r0 1 o_v70_c9_r1 1
    o_v70_c9 o_v70_c9_r2 1 occ_c9 1
    o_v70_c11 o_v70_c11_r0 1 o_v70_c11_r1 1
    o_v70_c11 o_v70_c11_r2 1 occ_c11 1
    o_v70_c13 o_v70_c13_r0 1 o_v70_c13_r1 1
    o_v70_c13 o_v70_c13_r2 1 occ_c13 1
    o_v70_c15 o_v70_c15_r0 1 o_v70_c15_r1 1
    o_v70_c15 o_v70_c15_r2 1 occ_c15 1
    o_v70_c17 o_v70_c17_r0 1 o_v70_c17_r1 1
    o_v70_c17 o_v70_c17_r2 1 occ_c17 1
    o_v70_c19 o_v70_c19_r0 1 o_v70_c19_r1 1
    o_v70_c19 o_v70_c19_r2 1 occ_c19 1
    o_v70_c21 o_v70_c21_r0 1 o_v70_c21_r1 1
    o_v70_c21 o_v70_c21_r2 1 occ_c21 1
    o_v70_c23 o_v70_c23_r0 1 o_v70_c23_r1 1
    o_v70_c23 o_v70_c23_r2 1 occ_c23 1
    o_v70_c25 o_v70_c25_r0 1 o_v70_c25_r1 1
    o_v70_c25 o_v70_c25_r2 1 occ_c25 1
    o_v70_c27 o_v70_c27_r0 1 o_v70_c27_r1 1
    o_v70_c27 o_v70_c27_r2 1 occ_c27 1
    o_v70_c29 o_v70_c29_r0 1 o_v70_c29_r1 1
    o_v70_c29 o_v70_c29_r2 1 occ_c29 1
    o_v70_c33 o_v70_c33_r0 1 o_v70_c33_r1 1
    o_v70_c33 o_v70_c33_r2 1 occ_c33 1
    o_v70_c35 o_v70_c35_r0 1 o_v70_c35_r1 1
    o_v70_c35 occ_c35 1
    dy_v70_L8 dy_v70_L8_r0 1 heads_L8 1
    o_v73_c7 o_v73_c7_r0 1 o_v73_c7_r1 1
    o_v73_c7 o_v73_c7_r2 1 o_v73_c7_r3 1
    o_v73_c7 o_v73_c7_r4 1 occ_c7 1
    o_v73_c9 o_v73_c9_r0 1 o_v73_c9_r1 1
    o_v73_c9 o_v73_c9_r2 1 o_v73_c9_r3 1
    o_v73_c9 o_v73_c9_r4 1 o_v73_c9_r5 1
    o_v73_c9 occ_c9 1
    o_v73_c11 o_v73_c11_r0 1 o_v73_c11_r1 1
    o_v73_c11 o_v73_c11_r2 1 o_v73_c11_r3 1
    o_v73_c11 o_v73_c11_r4 1 o_v73_c11_r5 1
    o_v73_c11 occ_c11 1
    o_v73_c13 o_v73_c13_r0 1 o_v73_c13_r1 1
    o_v73_c13 o_v73_c13_r2 1 o_v73_c13_r3 1
    o_v73_c13 o_v73_c13_r4 1 o_v73_c13_r5 1
    o_v73_c13 occ_c13 1
    o_v73_c15 o_v73_c15_r0 1 o_v73_c15_r1 1
    o_v73_c15 o_v73_c15_r2 1 o_v73_c15_r3 1
    o_v73_c15 o_v73_c15_r4 1 o_v73_c15_r5 1
    o_v73_c15 occ_c15 1
    o_v73_c17 o_v73_c17_r0 1 o_v73_c17_r1 1
    o_v73_c17 o_v73_c17_r2 1 o_v73_c17_r3 1
    o_v73_c17 o_v73_c17_r4 1 o_v73_c17_r5 1
    o_v73_c17 occ_c17 1
    o_v73_c19 o_v73_c19_r0 1 o_v73_c19_r1 1
    o_v73_c19 o_v73_c19_r2 1 o_v73_c19_r3 1
    o_v73_c19 o_v73_c19_r4 1 o_v73_c19_r5 1
    o_v73_c19 occ_c19 1
    o_v73_c21 o_v73_c21_r0 1 o_v73_c21_r1 1
    o_v73_c21 o_v73_c21_r2 1 o_v73_c21_r3 1
    o_v73_c21 o_v73_c21_r4 1 o_v73_c21_r5 1
    o_v73_c21 occ_c21 1
    o_v73_c23 o_v73_c23_r0 1 o_v73_c23_r1 1
    o_v73_c23 o_v73_c23_r2 1 o_v73_c23_r3 1
    o_v73_c23 o_v73_c23_r4 1 o_v73_c23_r5 1
    o_v73_c23 occ_c23 1
    o_v73_c25 o_v73_c25_r0 1 o_v73_c25_r1 1
    o_v73_c25 o_v73_c25_r2 1 o_v73_c25_r3 1
    o_v73_c25 o_v73_c25_r4 1 o_v73_c25_r5 1
    o_v73_c25 occ_c25 1
    o_v73_c27 o_v73_c27_r0 1 o_v73_c27_r1 1
    o_v73_c27 o_v73_c27_r2 1 o_v73_c27_r3 1
    o_v73_c27 o_v73_c27_r4 1 o_v73_c27_r5 1
    o_v73_c27 occ_c27 1
    o_v73_c29 o_v73_c29_r0 1 o_v73_c29_r1 1
    o_v73_c29 o_v73_c29_r2 1 o_v73_c29_r3 1
    o_v73_c29 o_v73_c29_r4 1 o_v73_c29_r5 1
    o_v73_c29 occ_c29 1
    o_v74_c7 o_v74_c7_r0 1 o_v74_c7_r1 1
    o_v74_c7 o_v74_c7_r2 1 o_v74_c7_r3 1
    o_v74_c7 o_v74_c7_r4 1 occ_c7 1
    o_v74_c9 o_v74_c9_r0 1 o_v74_c9_r1 1
    o_v74_c9 o_v74_c9_r2 1 o_v74_c9_r3 1
    o_v74_c9 o_v74_c9_r4 1 o_v74_c9_r5 1
    o_v74_c9 occ_c9 1
    o_v74_c11 o_v74_c11_r0 1 o_v74_c11_r1 1
    o_v74_c11 o_v74_c11_r2 1 o_v74_c11_r3 1
    o_v74_c11 o_v74_c11_r4 1 o_v74_c11_r5 1
    o_v74_c11 occ_c11 1
    o_v74_c13 o_v74_c13_r0 1 o_v74_c13_r1 1
    o_v74_c13 o_v74_c13_r2 1 o_v74_c13_r3 1
    o_v74_c13 o_v74_c13_r4 1 o_v74_c13_r5 1
    o_v74_c13 occ_c13 1
    o_v74_c15 o_v74_c15_r0 1 o_v74_c15_r1 1
    o_v74_c15 o_v74_c15_r2 1 o_v74_c15_r3 1
    o_v74_c15 o_v74_c15_r4 1 o_v74_c15_r5 1
    o_v74_c15 occ_c15 1
    o_v74_c17 o_v74_c17_r0 1 o_v74_c17_r1 1
    o_v74_c17 o_v74_c17_r2 1 o_v74_c17_r3 1
    o_v74_c17 o_v74_c17_r4 1 o_v74_c17_r5 1
    o_v74_c17 occ_c17 1
    o_v74_c19 o_v74_c19_r0 1 o_v74_c19_r1 1
    o_v74_c19 o_v74_c19_r2 1 o_v74_c19_r3 1
    o_v74_c19 o_v74_c19_r4 1 o_v74_c19_r5 1
    o_v74_c19 occ_c19 1
    o_v74_c21 o_v74_c21_r0 1 o_v74_c21_r1 1
    o_v74_c21 o_v74_c21_r2 1 o_v74_c21_r3 1
    o_v74_c21 o_v74_c21_r4 1 o_v74_c21_r5 1
    o_v74_c21 occ_c21 1
    o_v74_c23 o_v74_c23_r0 1 o_v74_c23_r1 1
    o_v74_c23 o_v74_c23_r2 1 o_v74_c23_r3 1
    o_v74_c23 o_v74_c23_r4 1 o_v74_c23_r5 1
    o_v74_c23 occ_c23 1
    o_v74_c25 o_v74_c25_r0 1 o_v74_c25_r1 1
    o_v74_c25 o_v74_c25_r2 1 o_v74_c25_r3 1
    o_v74_c25 o_v74_c25_r4 1 o_v74_c25_r5 1
    o_v74_c25 occ_c25 1
    o_v74_c27 o_v74_c27_r0 1 o_v74_c27_r1 1
    o_v74_c27 o_v74_c27_r2 1 o_v74_c27_r3 1
    o_v74_c27 o_v74_c27_r4 1 o_v74_c27_r5 1
    o_v74_c27 occ_c27 1
    o_v74_c29 o_v74_c29_r0 1 o_v74_c29_r1 1
    o_v74_c29 o_v74_c29_r2 1 o_v74_c29_r3 1
    o_v74_c29 o_v74_c29_r4 1 o_v74_c29_r5 1
    o_v74_c29 occ_c29 1
    o_v76_c7 o_v76_c7_r0 1 o_v76_c7_r1 1
    o_v76_c7 occ_c7 1
    o_v76_c9 o_v76_c9_r0 1 o_v76_c9_r1 1
    o_v76_c9 o_v76_c9_r2 1 occ_c9 1
    o_v76_c11 o_v76_c11_r0 1 o_v76_c11_r1 1
    o_v76_c11 o_v76_c11_r2 1 occ_c11 1
    o_v76_c13 o_v76_c13_r0 1 o_v76_c13_r1 1
    o_v76_c13 o_v76_c13_r2 1 occ_c13 1
    o_v76_c15 o_v76_c15_r0 1 o_v76_c15_r1 1
    o_v76_c15 o_v76_c15_r2 1 occ_c15 1
    o_v76_c17 o_v76_c17_r0 1 o_v76_c17_r1 1
    o_v76_c17 o_v76_c17_r2 1 occ_c17 1
    o_v76_c19 o_v76_c19_r0 1 o_v76_c19_r1 1
    o_v76_c19 o_v76_c19_r2 1 occ_c19 1
    o_v76_c21 o_v76_c21_r0 1 o_v76_c21_r1 1
    o_v76_c21 o_v76_c21_r2 1 occ_c21 1
    o_v76_c23 o_v76_c23_r0 1 o_v76_c23_r1 1
    o_v76_c23 o_v76_c23_r2 1 occ_c23 1
    o_v76_c25 o_v76_c25_r0 1 o_v76_c25_r1 1
    o_v76_c25 o_v76_c25_r2 1 occ_c25 1
    o_v76_c27 o_v76_c27_r0 1 o_v76_c27_r1 1
    o_v76_c27 o_v76_c27_r2 1 occ_c27 1
    o_v76_c29 o_v76_c29_r0 1 o_v76_c29_r1 1
    o_v76_c29 o_v76_c29_r2 1 occ_c29 1
    o_v76_c31 o_v76_c31_r0 1 o_v76_c31_r1 1
    o_v76_c31 o_v76_c31_r2 1 occ_c31 1
    o_v76_c33 o_v76_c33_r0 1 o_v76_c33_r1 1
    o_v76_c33 o_v76_c33_r2 1 occ_c33 1
    o_v76_c35 o_v76_c35_r0 1 o_v76_c35_r1 1
    o_v76_c35 occ_c35 1
    dy_v76_L3 dy_v76_L3_r0 1 heads_L3 1
    dy_v76_L4 dy_v76_L4_r0 1 heads_L4 1
    dy_v76_L5 dy_v76_L5_r0 1 heads_L5 1
    dy_v76_L6 dy_v76_L6_r0 1 heads_L6 1
    dy_v76_L7 dy_v76_L7_r0 1 heads_L7 1
    dy_v76_L8 dy_v76_L8_r0 1 heads_L8 1
    o_v86_c11 o_v86_c11_r0 1 occ_c11 1
    o_v86_c13 o_v86_c13_r0 1 o_v86_c13_r1 1
    o_v86_c13 occ_c13 1
    o_v86_c15 o_v86_c15_r0 1 o_v86_c15_r1 1
    o_v86_c15 occ_c15 1
    o_v86_c17 o_v86_c17_r0 1 occ_c17 1
    o_v87_c11 o_v87_c11_r0 1 occ_c11 1
    o_v87_c13 o_v87_c13_r0 1 o_v87_c13_r1 1
    o_v87_c13 occ_c13 1
    o_v87_c15 o_v87_c15_r0 1 o_v87_c15_r1 1
    o_v87_c15 occ_c15 1
    o_v87_c17 o_v87_c17_r0 1 occ_c17 1
    o_v89_c11 o_v89_c11_r0 1 occ_c11 1
    o_v89_c13 o_v89_c13_r0 1 o_v89_c13_r1 1
    o_v89_c13 occ_c13 1
    o_v89_c15 o_v89_c15_r0 1 o_v89_c15_r1 1
    o_v89_c15 occ_c15 1
    o_v89_c17 o_v89_c17_r0 1 o_v89_c17_r1 1
    o_v89_c17 occ_c17 1
    o_v89_c19 o_v89_c19_r0 1 o_v89_c19_r1 1
    o_v89_c19 occ_c19 1
    o_v89_c21 o_v89_c21_r0 1 occ_c21 1
    o_v90_c11 o_v90_c11_r0 1 occ_c11 1
    o_v90_c13 o_v90_c13_r0 1 o_v90_c13_r1 1
    o_v90_c13 occ_c13 1
    o_v90_c15 o_v90_c15_r0 1 o_v90_c15_r1 1
    o_v90_c15 occ_c15 1
    o_v90_c17 o_v90_c17_r0 1 o_v90_c17_r1 1
    o_v90_c17 occ_c17 1
    o_v90_c19 o_v90_c19_r0 1 o_v90_c19_r1 1
    o_v90_c19 occ_c19 1
    o_v90_c21 o_v90_c21_r0 1 occ_c21 1
    o_v92_c11 o_v92_c11_r0 1 occ_c11 1
    o_v92_c13 o_v92_c13_r0 1 o_v92_c13_r1 1
    o_v92_c13 occ_c13 1
    o_v92_c15 o_v92_c15_r0 1 o_v92_c15_r1 1
    o_v92_c15 occ_c15 1
    o_v92_c17 o_v92_c17_r0 1 o_v92_c17_r1 1
    o_v92_c17 occ_c17 1
    o_v92_c19 o_v92_c19_r0 1 o_v92_c19_r1 1
    o_v92_c19 occ_c19 1
    o_v92_c21 o_v92_c21_r0 1 o_v92_c21_r1 1
    o_v92_c21 occ_c21 1
    o_v92_c23 o_v92_c23_r0 1 o_v92_c23_r1 1
    o_v92_c23 occ_c23 1
    o_v92_c25 o_v92_c25_r0 1 occ_c25 1
    o_v93_c11 o_v93_c11_r0 1 occ_c11 1
    o_v93_c13 o_v93_c13_r0 1 o_v93_c13_r1 1
    o_v93_c13 occ_c13 1
    o_v93_c15 o_v93_c15_r0 1 o_v93_c15_r1 1
    o_v93_c15 occ_c15 1
    o_v93_c17 o_v93_c17_r0 1 o_v93_c17_r1 1
    o_v93_c17 occ_c17 1
    o_v93_c19 o_v93_c19_r0 1 o_v93_c19_r1 1
    o_v93_c19 occ_c19 1
    o_v93_c21 o_v93_c21_r0 1 o_v93_c21_r1 1
    o_v93_c21 occ_c21 1
    o_v93_c23 o_v93_c23_r0 1 o_v93_c23_r1 1
    o_v93_c23 occ_c23 1
    o_v93_c25 o_v93_c25_r0 1 occ_c25 1
    o_v95_c11 o_v95_c11_r0 1 occ_c11 1
    o_v95_c13 o_v95_c13_r0 1 o_v95_c13_r1 1
    o_v95_c13 occ_c13 1
    o_v95_c15 o_v95_c15_r0 1 o_v95_c15_r1 1
    o_v95_c15 occ_c15 1
    o_v95_c17 o_v95_c17_r0 1 o_v95_c17_r1 1
    o_v95_c17 occ_c17 1
    o_v95_c19 o_v95_c19_r0 1 o_v95_c19_r1 1
    o_v95_c19 occ_c19 1
    o_v95_c21 o_v95_c21_r0 1 o_v95_c21_r1 1
    o_v95_c21 occ_c21 1
    o_v95_c23 o_v95_c23_r0 1 o_v95_c23_r1 1
    o_v95_c23 occ_c23 1
    o_v95_c25 o_v95_c25_r0 1 o_v95_c25_r1 1
    o_v95_c25 occ_c25 1
    o_v95_c27 o_v95_c27_r0 1 o_v95_c27_r1 1
    o_v95_c27 occ_c27 1
    o_v95_c29 o_v95_c29_r0 1 occ_c29 1
    o_v96_c11 o_v96_c11_r0 1 occ_c11 1
    o_v96_c13 o_v96_c13_r0 1 o_v96_c13_r1 1
    o_v96_c13 occ_c13 1
    o_v96_c15 o_v96_c15_r0 1 o_v96_c15_r1 1
    o_v96_c15 occ_c15 1
    o_v96_c17 o_v96_c17_r0 1 o_v96_c17_r1 1
    o_v96_c17 occ_c17 1
    o_v96_c19 o_v96_c19_r0 1 o_v96_c19_r1 1
    o_v96_c19 occ_c19 1
    o_v96_c21 o_v96_c21_r0 1 o_v96_c21_r1 1
    o_v96_c21 occ_c21 1
    o_v96_c23 o_v96_c23_r0 1 o_v96_c23_r1 1
    o_v96_c23 occ_c23 1
    o_v96_c25 o_v96_c25_r0 1 o_v96_c25_r1 1
    o_v96_c25 occ_c25 1
    o_v96_c27 o_v96_c27_r0 1 o_v96_c27_r1 1
    o_v96_c27 occ_c27 1
    o_v96_c29 o_v96_c29_r0 1 occ_c29 1
    o_v98_c15 o_v98_c15_r0 1 o_v98_c15_r1 1
    o_v98_c15 occ_c15 1
    o_v98_c17 o_v98_c17_r0 1 o_v98_c17_r1 1
    o_v98_c17 o_v98_c17_r2 1 o_v98_c17_r3 1
    o_v98_c17 occ_c17 1
    o_v98_c19 o_v98_c19_r0 1 o_v98_c19_r1 1
    o_v98_c19 o_v98_c19_r2 1 o_v98_c19_r3 1
    o_v98_c19 occ_c19 1
    o_v98_c21 o_v98_c21_r0 1 o_v98_c21_r1 1
    o_v98_c21 o_v98_c21_r2 1 occ_c21 1
    o_v98_c23 o_v98_c23_r0 1 o_v98_c23_r1 1
    o_v98_c23 occ_c23 1
    o_v98_c25 o_v98_c25_r0 1 o_v98_c25_r1 1
    o_v98_c25 occ_c25 1
    o_v98_c27 o_v98_c27_r0 1 o_v98_c27_r1 1
    o_v98_c27 occ_c27 1
    o_v98_c29 o_v98_c29_r0 1 o_v98_c29_r1 1
    o_v98_c29 occ_c29 1
    o_v98_c31 o_v98_c31_r0 1 occ_c31 1
    dy_v98_L4 dy_v98_L4_r0 1 dy_v98_L4_r1 1
    dy_v98_L4 heads_L4 1
    dy_v98_L5 dy_v98_L5_r0 1 dy_v98_L5_r1 1
    dy_v98_L5 heads_L5 1
    dy_v98_L6 dy_v98_L6_r0 1 heads_L6 1
    dy_v98_L7 dy_v98_L7_r0 1 heads_L7 1
    o_v99_c15 o_v99_c15_r0 1 o_v99_c15_r1 1
    o_v99_c15 occ_c15 1
    o_v99_c17 o_v99_c17_r0 1 o_v99_c17_r1 1
    o_v99_c17 o_v99_c17_r2 1 o_v99_c17_r3 1
    o_v99_c17 occ_c17 1
    o_v99_c19 o_v99_c19_r0 1 o_v99_c19_r1 1
    o_v99_c19 o_v99_c19_r2 1 o_v99_c19_r3 1
    o_v99_c19 occ_c19 1
    o_v99_c21 o_v99_c21_r0 1 o_v99_c21_r1 1
    o_v99_c21 o_v99_c21_r2 1 occ_c21 1
    o_v99_c23 o_v99_c23_r0 1 o_v99_c23_r1 1
    o_v99_c23 occ_c23 1
    o_v99_c25 o_v99_c25_r0 1 o_v99_c25_r1 1
    o_v99_c25 occ_c25 1
    o_v99_c27 o_v99_c27_r0 1 o_v99_c27_r1 1
    o_v99_c27 occ_c27 1
    o_v99_c29 o_v99_c29_r0 1 o_v99_c29_r1 1
    o_v99_c29 occ_c29 1
    o_v99_c31 o_v99_c31_r0 1 occ_c31 1
    dy_v99_L4 dy_v99_L4_r0 1 dy_v99_L4_r1 1
    dy_v99_L4 heads_L4 1
    dy_v99_L5 dy_v99_L5_r0 1 dy_v99_L5_r1 1
    dy_v99_L5 heads_L5 1
    dy_v99_L6 dy_v99_L6_r0 1 heads_L6 1
    dy_v99_L7 dy_v99_L7_r0 1 heads_L7 1
    o_v101_c15 o_v101_c15_r0 1 o_v101_c15_r1 1
    o_v101_c15 o_v101_c15_r2 1 occ_c15 1
    o_v101_c17 o_v101_c17_r0 1 o_v101_c17_r1 1
    o_v101_c17 o_v101_c17_r2 1 occ_c17 1
    o_v101_c19 o_v101_c19_r0 1 o_v101_c19_r1 1
    o_v101_c19 o_v101_c19_r2 1 occ_c19 1
    o_v101_c21 o_v101_c21_r0 1 o_v101_c21_r1 1
    o_v101_c21 o_v101_c21_r2 1 occ_c21 1
    o_v101_c23 o_v101_c23_r0 1 o_v101_c23_r1 1
    o_v101_c23 o_v101_c23_r2 1 occ_c23 1
    o_v101_c25 o_v101_c25_r0 1 o_v101_c25_r1 1
    o_v101_c25 o_v101_c25_r2 1 occ_c25 1
    o_v101_c27 o_v101_c27_r0 1 o_v101_c27_r1 1
    o_v101_c27 o_v101_c27_r2 1 occ_c27 1
    o_v101_c29 o_v101_c29_r0 1 o_v101_c29_r1 1
    o_v101_c29 o_v101_c29_r2 1 occ_c29 1
    o_v101_c31 o_v101_c31_r0 1 o_v101_c31_r1 1
    o_v101_c31 o_v101_c31_r2 1 occ_c31 1
    o_v101_c33 o_v101_c33_r0 1 o_v101_c33_r1 1
    o_v101_c33 o_v101_c33_r2 1 occ_c33 1
    o_v101_c35 o_v101_c35_r0 1 o_v101_c35_r1 1
    o_v101_c35 occ_c35 1
    dy_v101_L5 dy_v101_L5_r0 1 dy_v101_L5_r1 1
    dy_v101_L5 heads_L5 1
    dy_v101_L6 dy_v101_L6_r0 1 dy_v101_L6_r1 1
    dy_v101_L6 heads_L6 1
    dy_v101_L7 dy_v101_L7_r0 1 dy_v101_L7_r1 1
    dy_v101_L7 heads_L7 1
    dy_v101_L8 dy_v101_L8_r0 1 dy_v101_L8_r1 1
    dy_v101_L8 heads_L8 1
    o_v102_c19 o_v102_c19_r0 1 o_v102_c19_r1 1
    o_v102_c19 occ_c19 1
    o_v102_c21 o_v102_c21_r0 1 o_v102_c21_r1 1
    o_v102_c21 o_v102_c21_r2 1 o_v102_c21_r3 1
    o_v102_c21 occ_c21 1
    o_v102_c23 o_v102_c23_r0 1 o_v102_c23_r1 1
    o_v102_c23 o_v102_c23_r2 1 o_v102_c23_r3 1
    o_v102_c23 occ_c23 1
    o_v102_c25 o_v102_c25_r0 1 o_v102_c25_r1 1
    o_v102_c25 o_v102_c25_r2 1 occ_c25 1
    o_v102_c27 o_v102_c27_r0 1 o_v102_c27_r1 1
    o_v102_c27 occ_c27 1
    o_v102_c29 o_v102_c29_r0 1 o_v102_c29_r1 1
    o_v102_c29 occ_c29 1
    o_v102_c31 o_v102_c31_r0 1 occ_c31 1
    dy_v102_L5 dy_v102_L5_r0 1 dy_v102_L5_r1 1
    dy_v102_L5 heads_L5 1
    dy_v102_L6 dy_v102_L6_r0 1 dy_v102_L6_r1 1
    dy_v102_L6 heads_L6 1
    dy_v102_L7 dy_v102_L7_r0 1 heads_L7 1
    o_v103_c19 o_v103_c19_r0 1 o_v103_c19_r1 1
    o_v103_c19 occ_c19 1
    o_v103_c21 o_v103_c21_r0 1 o_v103_c21_r1 1
    o_v103_c21 o_v103_c21_r2 1 o_v103_c21_r3 1
    o_v103_c21 occ_c21 1
    o_v103_c23 o_v103_c23_r0 1 o_v103_c23_r1 1
    o_v103_c23 o_v103_c23_r2 1 o_v103_c23_r3 1
    o_v103_c23 occ_c23 1
    o_v103_c25 o_v103_c25_r0 1 o_v103_c25_r1 1
    o_v103_c25 o_v103_c25_r2 1 occ_c25 1
    o_v103_c27 o_v103_c27_r0 1 o_v103_c27_r1 1
    o_v103_c27 occ_c27 1
    o_v103_c29 o_v103_c29_r0 1 o_v103_c29_r1 1
    o_v103_c29 occ_c29 1
    o_v103_c31 o_v103_c31_r0 1 occ_c31 1
    dy_v103_L5 dy_v103_L5_r0 1 dy_v103_L5_r1 1
    dy_v103_L5 heads_L5 1
    dy_v103_L6 dy_v103_L6_r0 1 dy_v103_L6_r1 1
    dy_v103_L6 heads_L6 1
    dy_v103_L7 dy_v103_L7_r0 1 heads_L7 1
    o_v105_c19 o_v105_c19_r0 1 o_v105_c19_r1 1
    o_v105_c19 o_v105_c19_r2 1 occ_c19 1
    o_v105_c21 o_v105_c21_r0 1 o_v105_c21_r1 1
    o_v105_c21 o_v105_c21_r2 1 occ_c21 1
    o_v105_c23 o_v105_c23_r0 1 o_v105_c23_r1 1
    o_v105_c23 o_v105_c23_r2 1 occ_c23 1
    o_v105_c25 o_v105_c25_r0 1 o_v105_c25_r1 1
    o_v105_c25 o_v105_c25_r2 1 occ_c25 1
    o_v105_c27 o_v105_c27_r0 1 o_v105_c27_r1 1
    o_v105_c27 o_v105_c27_r2 1 occ_c27 1
    o_v105_c29 o_v105_c29_r0 1 o_v105_c29_r1 1
    o_v105_c29 o_v105_c29_r2 1 occ_c29 1
    o_v105_c31 o_v105_c31_r0 1 o_v105_c31_r1 1
    o_v105_c31 o_v105_c31_r2 1 occ_c31 1
    o_v105_c33 o_v105_c33_r0 1 o_v105_c33_r1 1
    o_v105_c33 o_v105_c33_r2 1 occ_c33 1
    o_v105_c35 o_v105_c35_r0 1 o_v105_c35_r1 1
    o_v105_c35 occ_c35 1
    dy_v105_L6 dy_v105_L6_r0 1 dy_v105_L6_r1 1
    dy_v105_L6 heads_L6 1
    dy_v105_L7 dy_v105_L7_r0 1 dy_v105_L7_r1 1
    dy_v105_L7 heads_L7 1
    dy_v105_L8 dy_v105_L8_r0 1 dy_v105_L8_r1 1
    dy_v105_L8 heads_L8 1
    o_v106_c23 o_v106_c23_r0 1 o_v106_c23_r1 1
    o_v106_c23 occ_c23 1
    o_v106_c25 o_v106_c25_r0 1 o_v106_c25_r1 1
    o_v106_c25 o_v106_c25_r2 1 o_v106_c25_r3 1
    o_v106_c25 occ_c25 1
    o_v106_c27 o_v106_c27_r0 1 o_v106_c27_r1 1
    o_v106_c27 o_v106_c27_r2 1 o_v106_c27_r3 1
    o_v106_c27 occ_c27 1
    o_v106_c29 o_v106_c29_r0 1 o_v106_c29_r1 1
    o_v106_c29 o_v106_c29_r2 1 occ_c29 1
    o_v106_c31 o_v106_c31_r0 1 o_v106_c31_r1 1
    o_v106_c31 occ_c31 1
    o_v106_c33 o_v106_c33_r0 1 occ_c33 1
    dy_v106_L6 dy_v106_L6_r0 1 dy_v106_L6_r1 1
    dy_v106_L6 heads_L6 1
    dy_v106_L7 dy_v106_L7_r0 1 dy_v106_L7_r1 1
    dy_v106_L7 heads_L7 1
    dy_v106_L8 dy_v106_L8_r0 1 heads_L8 1
    o_v107_c23 o_v107_c23_r0 1 o_v107_c23_r1 1
    o_v107_c23 occ_c23 1
    o_v107_c25 o_v107_c25_r0 1 o_v107_c25_r1 1
    o_v107_c25 o_v107_c25_r2 1 o_v107_c25_r3 1
    o_v107_c25 occ_c25 1
    o_v107_c27 o_v107_c27_r0 1 o_v107_c27_r1 1
    o_v107_c27 o_v107_c27_r2 1 o_v107_c27_r3 1
    o_v107_c27 occ_c27 1
    o_v107_c29 o_v107_c29_r0 1 o_v107_c29_r1 1
    o_v107_c29 o_v107_c29_r2 1 occ_c29 1
    o_v107_c31 o_v107_c31_r0 1 o_v107_c31_r1 1
    o_v107_c31 occ_c31 1
    o_v107_c33 o_v107_c33_r0 1 occ_c33 1
    dy_v107_L6 dy_v107_L6_r0 1 dy_v107_L6_r1 1
    dy_v107_L6 heads_L6 1
    dy_v107_L7 dy_v107_L7_r0 1 dy_v107_L7_r1 1
    dy_v107_L7 heads_L7 1
    dy_v107_L8 dy_v107_L8_r0 1 heads_L8 1
    o_v110_c27 o_v110_c27_r0 1 o_v110_c27_r1 1
    o_v110_c27 occ_c27 1
    o_v110_c29 o_v110_c29_r0 1 o_v110_c29_r1 1
    o_v110_c29 o_v110_c29_r2 1 o_v110_c29_r3 1
    o_v110_c29 occ_c29 1
    o_v110_c31 o_v110_c31_r0 1 o_v110_c31_r1 1
    o_v110_c31 o_v110_c31_r2 1 o_v110_c31_r3 1
    o_v110_c31 occ_c31 1
    o_v110_c33 o_v110_c33_r0 1 o_v110_c33_r1 1
    o_v110_c33 o_v110_c33_r2 1 occ_c33 1
    o_v110_c35 o_v110_c35_r0 1 occ_c35 1
    dy_v110_L7 dy_v110_L7_r0 1 dy_v110_L7_r1 1
    dy_v110_L7 heads_L7 1
    dy_v110_L8 dy_v110_L8_r0 1 dy_v110_L8_r1 1
    dy_v110_L8 heads_L8 1
    o_v111_c27 o_v111_c27_r0 1 o_v111_c27_r1 1
    o_v111_c27 occ_c27 1
    o_v111_c29 o_v111_c29_r0 1 o_v111_c29_r1 1
    o_v111_c29 o_v111_c29_r2 1 o_v111_c29_r3 1
    o_v111_c29 occ_c29 1
    o_v111_c31 o_v111_c31_r0 1 o_v111_c31_r1 1
    o_v111_c31 o_v111_c31_r2 1 o_v111_c31_r3 1
    o_v111_c31 occ_c31 1
    o_v111_c33 o_v111_c33_r0 1 o_v111_c33_r1 1
    o_v111_c33 o_v111_c33_r2 1 occ_c33 1
    o_v111_c35 o_v111_c35_r0 1 occ_c35 1
    dy_v111_L7 dy_v111_L7_r0 1 dy_v111_L7_r1 1
    dy_v111_L7 heads_L7 1
    dy_v111_L8 dy_v111_L8_r0 1 dy_v111_L8_r1 1
    dy_v111_L8 heads_L8 1
    o_v114_c11 o_v114_c11_r0 1 o_v114_c11_r1 1
    o_v114_c11 occ_c11 1
    o_v114_c13 o_v114_c13_r0 1 o_v114_c13_r1 1
    o_v114_c13 o_v114_c13_r2 1 occ_c13 1
    o_v114_c15 o_v114_c15_r0 1 o_v114_c15_r1 1
    o_v114_c15 occ_c15 1
    o_v114_c17 o_v114_c17_r0 1 o_v114_c17_r1 1
    o_v114_c17 occ_c17 1
    o_v114_c19 o_v114_c19_r0 1 o_v114_c19_r1 1
    o_v114_c19 occ_c19 1
    o_v114_c21 o_v114_c21_r0 1 o_v114_c21_r1 1
    o_v114_c21 occ_c21 1
    o_v114_c23 o_v114_c23_r0 1 o_v114_c23_r1 1
    o_v114_c23 occ_c23 1
    o_v114_c25 o_v114_c25_r0 1 o_v114_c25_r1 1
    o_v114_c25 occ_c25 1
    o_v114_c27 o_v114_c27_r0 1 o_v114_c27_r1 1
    o_v114_c27 occ_c27 1
    o_v114_c29 o_v114_c29_r0 1 o_v114_c29_r1 1
    o_v114_c29 occ_c29 1
    o_v114_c31 o_v114_c31_r0 1 o_v114_c31_r1 1
    o_v114_c31 occ_c31 1
    o_v114_c33 o_v114_c33_r0 1 occ_c33 1
    dy_v114_L3 dy_v114_L3_r0 1 dy_v114_L3_r1 1
    dy_v114_L3 heads_L3 1
    dy_v114_L4 dy_v114_L4_r0 1 heads_L4 1
    dy_v114_L5 dy_v114_L5_r0 1 heads_L5 1
    dy_v114_L6 dy_v114_L6_r0 1 heads_L6 1
    dy_v114_L7 dy_v114_L7_r0 1 heads_L7 1
    dy_v114_L8 dy_v114_L8_r0 1 heads_L8 1
    o_v115_c11 o_v115_c11_r0 1 o_v115_c11_r1 1
    o_v115_c11 occ_c11 1
    o_v115_c13 o_v115_c13_r0 1 o_v115_c13_r1 1
    o_v115_c13 o_v115_c13_r2 1 occ_c13 1
    o_v115_c15 o_v115_c15_r0 1 o_v115_c15_r1 1
    o_v115_c15 occ_c15 1
    o_v115_c17 o_v115_c17_r0 1 o_v115_c17_r1 1
    o_v115_c17 occ_c17 1
    o_v115_c19 o_v115_c19_r0 1 o_v115_c19_r1 1
    o_v115_c19 occ_c19 1
    o_v115_c21 o_v115_c21_r0 1 o_v115_c21_r1 1
    o_v115_c21 occ_c21 1
    o_v115_c23 o_v115_c23_r0 1 o_v115_c23_r1 1
    o_v115_c23 occ_c23 1
    o_v115_c25 o_v115_c25_r0 1 o_v115_c25_r1 1
    o_v115_c25 occ_c25 1
    o_v115_c27 o_v115_c27_r0 1 o_v115_c27_r1 1
    o_v115_c27 occ_c27 1
    o_v115_c29 o_v115_c29_r0 1 o_v115_c29_r1 1
    o_v115_c29 occ_c29 1
    o_v115_c31 o_v115_c31_r0 1 o_v115_c31_r1 1
    o_v115_c31 occ_c31 1
    o_v115_c33 o_v115_c33_r0 1 occ_c33 1
    dy_v115_L3 dy_v115_L3_r0 1 dy_v115_L3_r1 1
    dy_v115_L3 heads_L3 1
    dy_v115_L4 dy_v115_L4_r0 1 heads_L4 1
    dy_v115_L5 dy_v115_L5_r0 1 heads_L5 1
    dy_v115_L6 dy_v115_L6_r0 1 heads_L6 1
    dy_v115_L7 dy_v115_L7_r0 1 heads_L7 1
    dy_v115_L8 dy_v115_L8_r0 1 heads_L8 1
    o_v118_c15 o_v118_c15_r0 1 o_v118_c15_r1 1
    o_v118_c15 occ_c15 1
    o_v118_c17 o_v118_c17_r0 1 o_v118_c17_r1 1
    o_v118_c17 o_v118_c17_r2 1 occ_c17 1
    o_v118_c19 o_v118_c19_r0 1 o_v118_c19_r1 1
    o_v118_c19 occ_c19 1
    o_v118_c21 o_v118_c21_r0 1 o_v118_c21_r1 1
    o_v118_c21 occ_c21 1
    o_v118_c23 o_v118_c23_r0 1 o_v118_c23_r1 1
    o_v118_c23 occ_c23 1
    o_v118_c25 o_v118_c25_r0 1 o_v118_c25_r1 1
    o_v118_c25 occ_c25 1
    o_v118_c27 o_v118_c27_r0 1 o_v118_c27_r1 1
    o_v118_c27 occ_c27 1
    o_v118_c29 o_v118_c29_r0 1 o_v118_c29_r1 1
    o_v118_c29 occ_c29 1
    o_v118_c31 o_v118_c31_r0 1 o_v118_c31_r1 1
    o_v118_c31 occ_c31 1
    o_v118_c33 o_v118_c33_r0 1 occ_c33 1
    dy_v118_L4 dy_v118_L4_r0 1 dy_v118_L4_r1 1
    dy_v118_L4 heads_L4 1
    dy_v118_L5 dy_v118_L5_r0 1 heads_L5 1
    dy_v118_L6 dy_v118_L6_r0 1 heads_L6 1
    dy_v118_L7 dy_v118_L7_r0 1 heads_L7 1
    dy_v118_L8 dy_v118_L8_r0 1 heads_L8 1
    o_v119_c15 o_v119_c15_r0 1 o_v119_c15_r1 1
    o_v119_c15 occ_c15 1
    o_v119_c17 o_v119_c17_r0 1 o_v119_c17_r1 1
    o_v119_c17 o_v119_c17_r2 1 occ_c17 1
    o_v119_c19 o_v119_c19_r0 1 o_v119_c19_r1 1
    o_v119_c19 occ_c19 1
    o_v119_c21 o_v119_c21_r0 1 o_v119_c21_r1 1
    o_v119_c21 occ_c21 1
    o_v119_c23 o_v119_c23_r0 1 o_v119_c23_r1 1
    o_v119_c23 occ_c23 1
    o_v119_c25 o_v119_c25_r0 1 o_v119_c25_r1 1
    o_v119_c25 occ_c25 1
    o_v119_c27 o_v119_c27_r0 1 o_v119_c27_r1 1
    o_v119_c27 occ_c27 1
    o_v119_c29 o_v119_c29_r0 1 o_v119_c29_r1 1
    o_v119_c29 occ_c29 1
    o_v119_c31 o_v119_c31_r0 1 o_v119_c31_r1 1
    o_v119_c31 occ_c31 1
    o_v119_c33 o_v119_c33_r0 1 occ_c33 1
    dy_v119_L4 dy_v119_L4_r0 1 dy_v119_L4_r1 1
    dy_v119_L4 heads_L4 1
    dy_v119_L5 dy_v119_L5_r0 1 heads_L5 1
    dy_v119_L6 dy_v119_L6_r0 1 heads_L6 1
    dy_v119_L7 dy_v119_L7_r0 1 heads_L7 1
    dy_v119_L8 dy_v119_L8_r0 1 heads_L8 1
    o_v122_c19 o_v122_c19_r0 1 o_v122_c19_r1 1
    o_v122_c19 occ_c19 1
    o_v122_c21 o_v122_c21_r0 1 o_v122_c21_r1 1
    o_v122_c21 o_v122_c21_r2 1 occ_c21 1
    o_v122_c23 o_v122_c23_r0 1 o_v122_c23_r1 1
    o_v122_c23 occ_c23 1
    o_v122_c25 o_v122_c25_r0 1 o_v122_c25_r1 1
    o_v122_c25 occ_c25 1
    o_v122_c27 o_v122_c27_r0 1 o_v122_c27_r1 1
    o_v122_c27 occ_c27 1
    o_v122_c29 o_v122_c29_r0 1 o_v122_c29_r1 1
    o_v122_c29 occ_c29 1
    o_v122_c31 o_v122_c31_r0 1 o_v122_c31_r1 1
    o_v122_c31 occ_c31 1
    o_v122_c33 o_v122_c33_r0 1 occ_c33 1
    dy_v122_L5 dy_v122_L5_r0 1 dy_v122_L5_r1 1
    dy_v122_L5 heads_L5 1
    dy_v122_L6 dy_v122_L6_r0 1 heads_L6 1
    dy_v122_L7 dy_v122_L7_r0 1 heads_L7 1
    dy_v122_L8 dy_v122_L8_r0 1 heads_L8 1
    o_v123_c19 o_v123_c19_r0 1 o_v123_c19_r1 1
    o_v123_c19 occ_c19 1
    o_v123_c21 o_v123_c21_r0 1 o_v123_c21_r1 1
    o_v123_c21 o_v123_c21_r2 1 occ_c21 1
    o_v123_c23 o_v123_c23_r0 1 o_v123_c23_r1 1
    o_v123_c23 occ_c23 1
    o_v123_c25 o_v123_c25_r0 1 o_v123_c25_r1 1
    o_v123_c25 occ_c25 1
    o_v123_c27 o_v123_c27_r0 1 o_v123_c27_r1 1
    o_v123_c27 occ_c27 1
    o_v123_c29 o_v123_c29_r0 1 o_v123_c29_r1 1
    o_v123_c29 occ_c29 1
    o_v123_c31 o_v123_c31_r0 1 o_v123_c31_r1 1
    o_v123_c31 occ_c31 1
    o_v123_c33 o_v123_c33_r0 1 occ_c33 1
    dy_v123_L5 dy_v123_L5_r0 1 dy_v123_L5_r1 1
    dy_v123_L5 heads_L5 1
    dy_v123_L6 dy_v123_L6_r0 1 heads_L6 1
    dy_v123_L7 dy_v123_L7_r0 1 heads_L7 1
    dy_v123_L8 dy_v123_L8_r0 1 heads_L8 1
    o_v126_c23 o_v126_c23_r0 1 o_v126_c23_r1 1
    o_v126_c23 occ_c23 1
    o_v126_c25 o_v126_c25_r0 1 o_v126_c25_r1 1
    o_v126_c25 o_v126_c25_r2 1 occ_c25 1
    o_v126_c27 o_v126_c27_r0 1 o_v126_c27_r1 1
    o_v126_c27 occ_c27 1
    o_v126_c29 o_v126_c29_r0 1 o_v126_c29_r1 1
    o_v126_c29 occ_c29 1
    o_v126_c31 o_v126_c31_r0 1 o_v126_c31_r1 1
    o_v126_c31 occ_c31 1
    o_v126_c33 o_v126_c33_r0 1 occ_c33 1
    dy_v126_L6 dy_v126_L6_r0 1 dy_v126_L6_r1 1
    dy_v126_L6 heads_L6 1
    dy_v126_L7 dy_v126_L7_r0 1 heads_L7 1
    dy_v126_L8 dy_v126_L8_r0 1 heads_L8 1
    o_v127_c23 o_v127_c23_r0 1 o_v127_c23_r1 1
    o_v127_c23 occ_c23 1
    o_v127_c25 o_v127_c25_r0 1 o_v127_c25_r1 1
    o_v127_c25 o_v127_c25_r2 1 occ_c25 1
    o_v127_c27 o_v127_c27_r0 1 o_v127_c27_r1 1
    o_v127_c27 occ_c27 1
    o_v127_c29 o_v127_c29_r0 1 o_v127_c29_r1 1
    o_v127_c29 occ_c29 1
    o_v127_c31 o_v127_c31_r0 1 o_v127_c31_r1 1
    o_v127_c31 occ_c31 1
    o_v127_c33 o_v127_c33_r0 1 occ_c33 1
    dy_v127_L6 dy_v127_L6_r0 1 dy_v127_L6_r1 1
    dy_v127_L6 heads_L6 1
    dy_v127_L7 dy_v127_L7_r0 1 heads_L7 1
    dy_v127_L8 dy_v127_L8_r0 1 heads_L8 1
    o_v128_c23 o_v128_c23_r0 1 o_v128_c23_r1 1
    o_v128_c23 o_v128_c23_r2 1 o_v128_c23_r3 1
    o_v128_c23 o_v128_c23_r4 1 o_v128_c23_r5 1
    o_v128_c23 o_v128_c23_r6 1 o_v128_c23_r7 1
    o_v128_c23 o_v128_c23_r8 1 o_v128_c23_r9 1
    o_v128_c23 o_v128_c23_r10 1 o_v128_c23_r11 1
    o_v128_c23 o_v128_c23_r12 1 occ_c23 1
    o_v128_c29 o_v128_c29_r0 1 o_v128_c29_r1 1
    o_v128_c29 o_v128_c29_r2 1 o_v128_c29_r3 1
    o_v128_c29 o_v128_c29_r4 1 o_v128_c29_r5 1
    o_v128_c29 o_v128_c29_r6 1 o_v128_c29_r7 1
    o_v128_c29 o_v128_c29_r8 1 o_v128_c29_r9 1
    o_v128_c29 o_v128_c29_r10 1 occ_c29 1
    o_v128_c31 o_v128_c31_r0 1 o_v128_c31_r1 1
    o_v128_c31 o_v128_c31_r2 1 o_v128_c31_r3 1
    o_v128_c31 o_v128_c31_r4 1 o_v128_c31_r5 1
    o_v128_c31 o_v128_c31_r6 1 o_v128_c31_r7 1
    o_v128_c31 o_v128_c31_r8 1 o_v128_c31_r9 1
    o_v128_c31 o_v128_c31_r10 1 occ_c31 1
    o_v128_c33 o_v128_c33_r0 1 occ_c33 1
    o_v128_c35 o_v128_c35_r0 1 occ_c35 1
    o_v130_c11 o_v130_c11_r0 1 occ_c11 1
    o_v130_c13 o_v130_c13_r0 1 o_v130_c13_r1 1
    o_v130_c13 occ_c13 1
    o_v130_c15 o_v130_c15_r0 1 o_v130_c15_r1 1
    o_v130_c15 occ_c15 1
    o_v130_c17 o_v130_c17_r0 1 o_v130_c17_r1 1
    o_v130_c17 occ_c17 1
    o_v130_c19 o_v130_c19_r0 1 o_v130_c19_r1 1
    o_v130_c19 occ_c19 1
    o_v130_c21 o_v130_c21_r0 1 o_v130_c21_r1 1
    o_v130_c21 occ_c21 1
    o_v130_c23 o_v130_c23_r0 1 o_v130_c23_r1 1
    o_v130_c23 occ_c23 1
    o_v130_c25 o_v130_c25_r0 1 occ_c25 1
    o_v131_c11 o_v131_c11_r0 1 occ_c11 1
    o_v131_c13 o_v131_c13_r0 1 o_v131_c13_r1 1
    o_v131_c13 occ_c13 1
    o_v131_c15 o_v131_c15_r0 1 o_v131_c15_r1 1
    o_v131_c15 occ_c15 1
    o_v131_c17 o_v131_c17_r0 1 o_v131_c17_r1 1
    o_v131_c17 occ_c17 1
    o_v131_c19 o_v131_c19_r0 1 o_v131_c19_r1 1
    o_v131_c19 occ_c19 1
    o_v131_c21 o_v131_c21_r0 1 o_v131_c21_r1 1
    o_v131_c21 occ_c21 1
    o_v131_c23 o_v131_c23_r0 1 o_v131_c23_r1 1
    o_v131_c23 occ_c23 1
    o_v131_c25 o_v131_c25_r0 1 occ_c25 1
    o_v132_c11 o_v132_c11_r0 1 occ_c11 1
    o_v132_c13 o_v132_c13_r0 1 o_v132_c13_r1 1
    o_v132_c13 occ_c13 1
    o_v132_c15 o_v132_c15_r0 1 o_v132_c15_r1 1
    o_v132_c15 occ_c15 1
    o_v132_c17 o_v132_c17_r0 1 o_v132_c17_r1 1
    o_v132_c17 occ_c17 1
    o_v132_c19 o_v132_c19_r0 1 o_v132_c19_r1 1
    o_v132_c19 occ_c19 1
    o_v132_c21 o_v132_c21_r0 1 o_v132_c21_r1 1
    o_v132_c21 occ_c21 1
    o_v132_c23 o_v132_c23_r0 1 o_v132_c23_r1 1
    o_v132_c23 occ_c23 1
    o_v132_c25 o_v132_c25_r0 1 occ_c25 1
    o_v133_c11 o_v133_c11_r0 1 o_v133_c11_r1 1
    o_v133_c11 occ_c11 1
    o_v133_c13 o_v133_c13_r0 1 o_v133_c13_r1 1
    o_v133_c13 occ_c13 1
    o_v133_c15 o_v133_c15_r0 1 o_v133_c15_r1 1
    o_v133_c15 occ_c15 1
    o_v133_c17 o_v133_c17_r0 1 o_v133_c17_r1 1
    o_v133_c17 occ_c17 1
    o_v133_c19 o_v133_c19_r0 1 o_v133_c19_r1 1
    o_v133_c19 occ_c19 1
    o_v133_c21 o_v133_c21_r0 1 o_v133_c21_r1 1
    o_v133_c21 occ_c21 1
    o_v133_c23 o_v133_c23_r0 1 o_v133_c23_r1 1
    o_v133_c23 occ_c23 1
    o_v133_c25 o_v133_c25_r0 1 o_v133_c25_r1 1
    o_v133_c25 occ_c25 1
    o_v133_c27 o_v133_c27_r0 1 o_v133_c27_r1 1
    o_v133_c27 occ_c27 1
    o_v134_c11 o_v134_c11_r0 1 occ_c11 1
    o_v134_c13 o_v134_c13_r0 1 o_v134_c13_r1 1
    o_v134_c13 occ_c13 1
    o_v134_c15 o_v134_c15_r0 1 o_v134_c15_r1 1
    o_v134_c15 occ_c15 1
    o_v134_c17 o_v134_c17_r0 1 o_v134_c17_r1 1
    o_v134_c17 occ_c17 1
    o_v134_c19 o_v134_c19_r0 1 o_v134_c19_r1 1
    o_v134_c19 occ_c19 1
    o_v134_c21 o_v134_c21_r0 1 o_v134_c21_r1 1
    o_v134_c21 occ_c21 1
    o_v134_c23 o_v134_c23_r0 1 o_v134_c23_r1 1
    o_v134_c23 occ_c23 1
    o_v134_c25 o_v134_c25_r0 1 occ_c25 1
    o_v135_c11 o_v135_c11_r0 1 occ_c11 1
    o_v135_c13 o_v135_c13_r0 1 o_v135_c13_r1 1
    o_v135_c13 occ_c13 1
    o_v135_c15 o_v135_c15_r0 1 o_v135_c15_r1 1
    o_v135_c15 occ_c15 1
    o_v135_c17 o_v135_c17_r0 1 o_v135_c17_r1 1
    o_v135_c17 occ_c17 1
    o_v135_c19 o_v135_c19_r0 1 o_v135_c19_r1 1
    o_v135_c19 occ_c19 1
    o_v135_c21 o_v135_c21_r0 1 o_v135_c21_r1 1
    o_v135_c21 occ_c21 1
    o_v135_c23 o_v135_c23_r0 1 o_v135_c23_r1 1
    o_v135_c23 occ_c23 1
    o_v135_c25 o_v135_c25_r0 1 occ_c25 1
    o_v136_c11 o_v136_c11_r0 1 occ_c11 1
    o_v136_c13 o_v136_c13_r0 1 o_v136_c13_r1 1
    o_v136_c13 occ_c13 1
    o_v136_c15 o_v136_c15_r0 1 o_v136_c15_r1 1
    o_v136_c15 occ_c15 1
    o_v136_c17 o_v136_c17_r0 1 o_v136_c17_r1 1
    o_v136_c17 occ_c17 1
    o_v136_c19 o_v136_c19_r0 1 o_v136_c19_r1 1
    o_v136_c19 occ_c19 1
    o_v136_c21 o_v136_c21_r0 1 o_v136_c21_r1 1
    o_v136_c21 occ_c21 1
    o_v136_c23 o_v136_c23_r0 1 o_v136_c23_r1 1
    o_v136_c23 occ_c23 1
    o_v136_c25 o_v136_c25_r0 1 occ_c25 1
    o_v137_c11 o_v137_c11_r0 1 o_v137_c11_r1 1
    o_v137_c11 occ_c11 1
    o_v137_c13 o_v137_c13_r0 1 o_v137_c13_r1 1
    o_v137_c13 occ_c13 1
    o_v137_c15 o_v137_c15_r0 1 o_v137_c15_r1 1
    o_v137_c15 occ_c15 1
    o_v137_c17 o_v137_c17_r0 1 o_v137_c17_r1 1
    o_v137_c17 occ_c17 1
    o_v137_c19 o_v137_c19_r0 1 o_v137_c19_r1 1
    o_v137_c19 occ_c19 1
    o_v137_c21 o_v137_c21_r0 1 o_v137_c21_r1 1
    o_v137_c21 occ_c21 1
    o_v137_c23 o_v137_c23_r0 1 o_v137_c23_r1 1
    o_v137_c23 occ_c23 1
    o_v137_c25 o_v137_c25_r0 1 o_v137_c25_r1 1
    o_v137_c25 occ_c25 1
    o_v137_c27 o_v137_c27_r0 1 o_v137_c27_r1 1
    o_v137_c27 occ_c27 1
    o_v138_c11 o_v138_c11_r0 1 occ_c11 1
    o_v138_c13 o_v138_c13_r0 1 o_v138_c13_r1 1
    o_v138_c13 occ_c13 1
    o_v138_c15 o_v138_c15_r0 1 o_v138_c15_r1 1
    o_v138_c15 occ_c15 1
    o_v138_c17 o_v138_c17_r0 1 o_v138_c17_r1 1
    o_v138_c17 occ_c17 1
    o_v138_c19 o_v138_c19_r0 1 o_v138_c19_r1 1
    o_v138_c19 occ_c19 1
    o_v138_c21 o_v138_c21_r0 1 o_v138_c21_r1 1
    o_v138_c21 occ_c21 1
    o_v138_c23 o_v138_c23_r0 1 o_v138_c23_r1 1
    o_v138_c23 occ_c23 1
    o_v138_c25 o_v138_c25_r0 1 occ_c25 1
    o_v139_c11 o_v139_c11_r0 1 occ_c11 1
    o_v139_c13 o_v139_c13_r0 1 o_v139_c13_r1 1
    o_v139_c13 occ_c13 1
    o_v139_c15 o_v139_c15_r0 1 o_v139_c15_r1 1
    o_v139_c15 occ_c15 1
    o_v139_c17 o_v139_c17_r0 1 o_v139_c17_r1 1
    o_v139_c17 occ_c17 1
    o_v139_c19 o_v139_c19_r0 1 o_v139_c19_r1 1
    o_v139_c19 occ_c19 1
    o_v139_c21 o_v139_c21_r0 1 o_v139_c21_r1 1
    o_v139_c21 occ_c21 1
    o_v139_c23 o_v139_c23_r0 1 o_v139_c23_r1 1
    o_v139_c23 occ_c23 1
    o_v139_c25 o_v139_c25_r0 1 occ_c25 1
    o_v140_c11 o_v140_c11_r0 1 occ_c11 1
    o_v140_c13 o_v140_c13_r0 1 o_v140_c13_r1 1
    o_v140_c13 occ_c13 1
    o_v140_c15 o_v140_c15_r0 1 o_v140_c15_r1 1
    o_v140_c15 occ_c15 1
    o_v140_c17 o_v140_c17_r0 1 o_v140_c17_r1 1
    o_v140_c17 occ_c17 1
    o_v140_c19 o_v140_c19_r0 1 o_v140_c19_r1 1
    o_v140_c19 occ_c19 1
    o_v140_c21 o_v140_c21_r0 1 o_v140_c21_r1 1
    o_v140_c21 occ_c21 1
    o_v140_c23 o_v140_c23_r0 1 o_v140_c23_r1 1
    o_v140_c23 occ_c23 1
    o_v140_c25 o_v140_c25_r0 1 occ_c25 1
    o_v141_c11 o_v141_c11_r0 1 o_v141_c11_r1 1
    o_v141_c11 occ_c11 1
    o_v141_c13 o_v141_c13_r0 1 o_v141_c13_r1 1
    o_v141_c13 occ_c13 1
    o_v141_c15 o_v141_c15_r0 1 o_v141_c15_r1 1
    o_v141_c15 occ_c15 1
    o_v141_c17 o_v141_c17_r0 1 o_v141_c17_r1 1
    o_v141_c17 occ_c17 1
    o_v141_c19 o_v141_c19_r0 1 o_v141_c19_r1 1
    o_v141_c19 occ_c19 1
    o_v141_c21 o_v141_c21_r0 1 o_v141_c21_r1 1
    o_v141_c21 occ_c21 1
    o_v141_c23 o_v141_c23_r0 1 o_v141_c23_r1 1
    o_v141_c23 occ_c23 1
    o_v141_c25 o_v141_c25_r0 1 o_v141_c25_r1 1
    o_v141_c25 occ_c25 1
    o_v141_c27 o_v141_c27_r0 1 o_v141_c27_r1 1
    o_v141_c27 occ_c27 1
    o_v142_c11 o_v142_c11_r0 1 occ_c11 1
    o_v142_c13 o_v142_c13_r0 1 o_v142_c13_r1 1
    o_v142_c13 occ_c13 1
    o_v142_c15 o_v142_c15_r0 1 o_v142_c15_r1 1
    o_v142_c15 occ_c15 1
    o_v142_c17 o_v142_c17_r0 1 o_v142_c17_r1 1
    o_v142_c17 occ_c17 1
    o_v142_c19 o_v142_c19_r0 1 o_v142_c19_r1 1
    o_v142_c19 occ_c19 1
    o_v142_c21 o_v142_c21_r0 1 o_v142_c21_r1 1
    o_v142_c21 occ_c21 1
    o_v142_c23 o_v142_c23_r0 1 o_v142_c23_r1 1
    o_v142_c23 occ_c23 1
    o_v142_c25 o_v142_c25_r0 1 occ_c25 1
    o_v143_c11 o_v143_c11_r0 1 occ_c11 1
    o_v143_c13 o_v143_c13_r0 1 o_v143_c13_r1 1
    o_v143_c13 occ_c13 1
    o_v143_c15 o_v143_c15_r0 1 o_v143_c15_r1 1
    o_v143_c15 occ_c15 1
    o_v143_c17 o_v143_c17_r0 1 o_v143_c17_r1 1
    o_v143_c17 occ_c17 1
    o_v143_c19 o_v143_c19_r0 1 o_v143_c19_r1 1
    o_v143_c19 occ_c19 1
    o_v143_c21 o_v143_c21_r0 1 o_v143_c21_r1 1
    o_v143_c21 occ_c21 1
    o_v143_c23 o_v143_c23_r0 1 o_v143_c23_r1 1
    o_v143_c23 occ_c23 1
    o_v143_c25 o_v143_c25_r0 1 occ_c25 1
    o_v144_c11 o_v144_c11_r0 1 occ_c11 1
    o_v144_c13 o_v144_c13_r0 1 o_v144_c13_r1 1
    o_v144_c13 occ_c13 1
    o_v144_c15 o_v144_c15_r0 1 o_v144_c15_r1 1
    o_v144_c15 occ_c15 1
    o_v144_c17 o_v144_c17_r0 1 o_v144_c17_r1 1
    o_v144_c17 occ_c17 1
    o_v144_c19 o_v144_c19_r0 1 o_v144_c19_r1 1
    o_v144_c19 occ_c19 1
    o_v144_c21 o_v144_c21_r0 1 o_v144_c21_r1 1
    o_v144_c21 occ_c21 1
    o_v144_c23 o_v144_c23_r0 1 o_v144_c23_r1 1
    o_v144_c23 occ_c23 1
    o_v144_c25 o_v144_c25_r0 1 occ_c25 1
    o_v145_c11 o_v145_c11_r0 1 o_v145_c11_r1 1
    o_v145_c11 occ_c11 1
    o_v145_c13 o_v145_c13_r0 1 o_v145_c13_r1 1
    o_v145_c13 occ_c13 1
    o_v145_c15 o_v145_c15_r0 1 o_v145_c15_r1 1
    o_v145_c15 occ_c15 1
    o_v145_c17 o_v145_c17_r0 1 o_v145_c17_r1 1
    o_v145_c17 occ_c17 1
    o_v145_c19 o_v145_c19_r0 1 o_v145_c19_r1 1
    o_v145_c19 occ_c19 1
    o_v145_c21 o_v145_c21_r0 1 o_v145_c21_r1 1
    o_v145_c21 occ_c21 1
    o_v145_c23 o_v145_c23_r0 1 o_v145_c23_r1 1
    o_v145_c23 occ_c23 1
    o_v145_c25 o_v145_c25_r0 1 o_v145_c25_r1 1
    o_v145_c25 occ_c25 1
    o_v145_c27 o_v145_c27_r0 1 o_v145_c27_r1 1
    o_v145_c27 occ_c27 1
    o_v146_c15 o_v146_c15_r0 1 occ_c15 1
    o_v146_c17 o_v146_c17_r0 1 o_v146_c17_r1 1
    o_v146_c17 occ_c17 1
    o_v146_c19 o_v146_c19_r0 1 o_v146_c19_r1 1
    o_v146_c19 occ_c19 1
    o_v146_c21 o_v146_c21_r0 1 o_v146_c21_r1 1
    o_v146_c21 occ_c21 1
    o_v146_c23 o_v146_c23_r0 1 o_v146_c23_r1 1
    o_v146_c23 occ_c23 1
    o_v146_c25 o_v146_c25_r0 1 o_v146_c25_r1 1
    o_v146_c25 occ_c25 1
    o_v146_c27 o_v146_c27_r0 1 o_v146_c27_r1 1
    o_v146_c27 occ_c27 1
    o_v146_c29 o_v146_c29_r0 1 occ_c29 1
    o_v147_c15 o_v147_c15_r0 1 occ_c15 1
    o_v147_c17 o_v147_c17_r0 1 o_v147_c17_r1 1
    o_v147_c17 occ_c17 1
    o_v147_c19 o_v147_c19_r0 1 o_v147_c19_r1 1
    o_v147_c19 occ_c19 1
    o_v147_c21 o_v147_c21_r0 1 o_v147_c21_r1 1
    o_v147_c21 occ_c21 1
    o_v147_c23 o_v147_c23_r0 1 o_v147_c23_r1 1
    o_v147_c23 occ_c23 1
    o_v147_c25 o_v147_c25_r0 1 o_v147_c25_r1 1
    o_v147_c25 occ_c25 1
    o_v147_c27 o_v147_c27_r0 1 o_v147_c27_r1 1
    o_v147_c27 occ_c27 1
    o_v147_c29 o_v147_c29_r0 1 occ_c29 1
    o_v148_c15 o_v148_c15_r0 1 o_v148_c15_r1 1
    o_v148_c15 occ_c15 1
    o_v148_c17 o_v148_c17_r0 1 o_v148_c17_r1 1
    o_v148_c17 occ_c17 1
    o_v148_c19 o_v148_c19_r0 1 o_v148_c19_r1 1
    o_v148_c19 occ_c19 1
    o_v148_c21 o_v148_c21_r0 1 o_v148_c21_r1 1
    o_v148_c21 occ_c21 1
    o_v148_c23 o_v148_c23_r0 1 o_v148_c23_r1 1
    o_v148_c23 occ_c23 1
    o_v148_c25 o_v148_c25_r0 1 o_v148_c25_r1 1
    o_v148_c25 occ_c25 1
    o_v148_c27 o_v148_c27_r0 1 o_v148_c27_r1 1
    o_v148_c27 occ_c27 1
    o_v148_c29 o_v148_c29_r0 1 o_v148_c29_r1 1
    o_v148_c29 occ_c29 1
    o_v148_c31 o_v148_c31_r0 1 o_v148_c31_r1 1
    o_v148_c31 occ_c31 1
    o_v149_c11 o_v149_c11_r0 1 occ_c11 1
    o_v149_c13 o_v149_c13_r0 1 o_v149_c13_r1 1
    o_v149_c13 occ_c13 1
    o_v149_c15 o_v149_c15_r0 1 o_v149_c15_r1 1
    o_v149_c15 occ_c15 1
    o_v149_c17 o_v149_c17_r0 1 o_v149_c17_r1 1
    o_v149_c17 occ_c17 1
    o_v149_c19 o_v149_c19_r0 1 o_v149_c19_r1 1
    o_v149_c19 occ_c19 1
    o_v149_c21 o_v149_c21_r0 1 o_v149_c21_r1 1
    o_v149_c21 occ_c21 1
    o_v149_c23 o_v149_c23_r0 1 o_v149_c23_r1 1
    o_v149_c23 occ_c23 1
    o_v149_c25 o_v149_c25_r0 1 occ_c25 1
    o_v150_c11 o_v150_c11_r0 1 occ_c11 1
    o_v150_c13 o_v150_c13_r0 1 o_v150_c13_r1 1
    o_v150_c13 occ_c13 1
    o_v150_c15 o_v150_c15_r0 1 o_v150_c15_r1 1
    o_v150_c15 occ_c15 1
    o_v150_c17 o_v150_c17_r0 1 o_v150_c17_r1 1
    o_v150_c17 occ_c17 1
    o_v150_c19 o_v150_c19_r0 1 o_v150_c19_r1 1
    o_v150_c19 occ_c19 1
    o_v150_c21 o_v150_c21_r0 1 o_v150_c21_r1 1
    o_v150_c21 occ_c21 1
    o_v150_c23 o_v150_c23_r0 1 o_v150_c23_r1 1
    o_v150_c23 occ_c23 1
    o_v150_c25 o_v150_c25_r0 1 occ_c25 1
    o_v151_c11 o_v151_c11_r0 1 o_v151_c11_r1 1
    o_v151_c11 occ_c11 1
    o_v151_c13 o_v151_c13_r0 1 o_v151_c13_r1 1
    o_v151_c13 occ_c13 1
    o_v151_c15 o_v151_c15_r0 1 o_v151_c15_r1 1
    o_v151_c15 occ_c15 1
    o_v151_c17 o_v151_c17_r0 1 o_v151_c17_r1 1
    o_v151_c17 occ_c17 1
    o_v151_c19 o_v151_c19_r0 1 o_v151_c19_r1 1
    o_v151_c19 occ_c19 1
    o_v151_c21 o_v151_c21_r0 1 o_v151_c21_r1 1
    o_v151_c21 occ_c21 1
    o_v151_c23 o_v151_c23_r0 1 o_v151_c23_r1 1
    o_v151_c23 occ_c23 1
    o_v152_c11 o_v152_c11_r0 1 occ_c11 1
    o_v152_c13 o_v152_c13_r0 1 o_v152_c13_r1 1
    o_v152_c13 occ_c13 1
    o_v152_c15 o_v152_c15_r0 1 o_v152_c15_r1 1
    o_v152_c15 occ_c15 1
    o_v152_c17 o_v152_c17_r0 1 o_v152_c17_r1 1
    o_v152_c17 occ_c17 1
    o_v152_c19 o_v152_c19_r0 1 o_v152_c19_r1 1
    o_v152_c19 occ_c19 1
    o_v152_c21 o_v152_c21_r0 1 o_v152_c21_r1 1
    o_v152_c21 occ_c21 1
    o_v152_c23 o_v152_c23_r0 1 o_v152_c23_r1 1
    o_v152_c23 occ_c23 1
    o_v152_c25 o_v152_c25_r0 1 occ_c25 1
    o_v153_c11 o_v153_c11_r0 1 occ_c11 1
    o_v153_c13 o_v153_c13_r0 1 o_v153_c13_r1 1
    o_v153_c13 occ_c13 1
    o_v153_c15 o_v153_c15_r0 1 o_v153_c15_r1 1
    o_v153_c15 occ_c15 1
    o_v153_c17 o_v153_c17_r0 1 o_v153_c17_r1 1
    o_v153_c17 occ_c17 1
    o_v153_c19 o_v153_c19_r0 1 o_v153_c19_r1 1
    o_v153_c19 occ_c19 1
    o_v153_c21 o_v153_c21_r0 1 o_v153_c21_r1 1
    o_v153_c21 occ_c21 1
    o_v153_c23 o_v153_c23_r0 1 o_v153_c23_r1 1
    o_v153_c23 occ_c23 1
    o_v153_c25 o_v153_c25_r0 1 occ_c25 1
    o_v154_c11 o_v154_c11_r0 1 o_v154_c11_r1 1
    o_v154_c11 occ_c11 1
    o_v154_c13 o_v154_c13_r0 1 o_v154_c13_r1 1
    o_v154_c13 occ_c13 1
    o_v154_c15 o_v154_c15_r0 1 o_v154_c15_r1 1
    o_v154_c15 occ_c15 1
    o_v154_c17 o_v154_c17_r0 1 o_v154_c17_r1 1
    o_v154_c17 occ_c17 1
    o_v154_c19 o_v154_c19_r0 1 o_v154_c19_r1 1
    o_v154_c19 occ_c19 1
    o_v154_c21 o_v154_c21_r0 1 o_v154_c21_r1 1
    o_v154_c21 occ_c21 1
    o_v154_c23 o_v154_c23_r0 1 o_v154_c23_r1 1
    o_v154_c23 occ_c23 1
    o_v155_c27 o_v155_c27_r0 1 occ_c27 1
    o_v155_c29 o_v155_c29_r0 1 occ_c29 1
    o_v156_c27 o_v156_c27_r0 1 occ_c27 1
    o_v156_c29 o_v156_c29_r0 1 occ_c29 1
    o_v157_c27 o_v157_c27_r0 1 o_v157_c27_r1 1
    o_v157_c27 o_v157_c27_r2 1 o_v157_c27_r3 1
    o_v157_c27 o_v157_c27_r4 1 o_v157_c27_r5 1
    o_v157_c27 o_v157_c27_r6 1 o_v157_c27_r7 1
    o_v157_c27 o_v157_c27_r8 1 o_v157_c27_r9 1
    o_v157_c27 o_v157_c27_r10 1 occ_c27 1
    o_v157_c33 o_v157_c33_r0 1 occ_c33 1
    o_v157_c35 o_v157_c35_r0 1 occ_c35 1
    o_v158_c27 o_v158_c27_r0 1 occ_c27 1
    o_v158_c29 o_v158_c29_r0 1 o_v158_c29_r1 1
    o_v158_c29 occ_c29 1
    o_v158_c31 o_v158_c31_r0 1 o_v158_c31_r1 1
    o_v158_c31 occ_c31 1
    o_v158_c33 o_v158_c33_r0 1 occ_c33 1
    o_v159_c27 o_v159_c27_r0 1 occ_c27 1
    o_v159_c29 o_v159_c29_r0 1 o_v159_c29_r1 1
    o_v159_c29 occ_c29 1
    o_v159_c31 o_v159_c31_r0 1 o_v159_c31_r1 1
    o_v159_c31 occ_c31 1
    o_v159_c33 o_v159_c33_r0 1 occ_c33 1
    o_v160_c27 o_v160_c27_r0 1 o_v160_c27_r1 1
    o_v160_c27 occ_c27 1
    o_v160_c29 o_v160_c29_r0 1 o_v160_c29_r1 1
    o_v160_c29 occ_c29 1
    o_v160_c31 o_v160_c31_r0 1 o_v160_c31_r1 1
    o_v160_c31 occ_c31 1
    o_v160_c33 o_v160_c33_r0 1 o_v160_c33_r1 1
    o_v160_c33 occ_c33 1
    o_v160_c35 o_v160_c35_r0 1 o_v160_c35_r1 1
    o_v160_c35 occ_c35 1
    o_v161_c27 o_v161_c27_r0 1 occ_c27 1
    o_v161_c29 o_v161_c29_r0 1 o_v161_c29_r1 1
    o_v161_c29 occ_c29 1
    o_v161_c31 o_v161_c31_r0 1 o_v161_c31_r1 1
    o_v161_c31 occ_c31 1
    o_v161_c33 o_v161_c33_r0 1 occ_c33 1
    o_v162_c27 o_v162_c27_r0 1 occ_c27 1
    o_v162_c29 o_v162_c29_r0 1 o_v162_c29_r1 1
    o_v162_c29 occ_c29 1
    o_v162_c31 o_v162_c31_r0 1 o_v162_c31_r1 1
    o_v162_c31 occ_c31 1
    o_v162_c33 o_v162_c33_r0 1 occ_c33 1
    o_v163_c27 o_v163_c27_r0 1 o_v163_c27_r1 1
    o_v163_c27 occ_c27 1
    o_v163_c29 o_v163_c29_r0 1 o_v163_c29_r1 1
    o_v163_c29 occ_c29 1
    o_v163_c31 o_v163_c31_r0 1 o_v163_c31_r1 1
    o_v163_c31 occ_c31 1
    o_v163_c33 o_v163_c33_r0 1 o_v163_c33_r1 1
    o_v163_c33 occ_c33 1
    o_v163_c35 o_v163_c35_r0 1 o_v163_c35_r1 1
    o_v163_c35 occ_c35 1
    o_v164_c27 o_v164_c27_r0 1 occ_c27 1
    o_v164_c29 o_v164_c29_r0 1 o_v164_c29_r1 1
    o_v164_c29 occ_c29 1
    o_v164_c31 o_v164_c31_r0 1 o_v164_c31_r1 1
    o_v164_c31 occ_c31 1
    o_v164_c33 o_v164_c33_r0 1 occ_c33 1
    o_v165_c27 o_v165_c27_r0 1 occ_c27 1
    o_v165_c29 o_v165_c29_r0 1 o_v165_c29_r1 1
    o_v165_c29 occ_c29 1
    o_v165_c31 o_v165_c31_r0 1 o_v165_c31_r1 1
    o_v165_c31 occ_c31 1
    o_v165_c33 o_v165_c33_r0 1 occ_c33 1
    o_v166_c27 o_v166_c27_r0 1 o_v166_c27_r1 1
    o_v166_c27 occ_c27 1
    o_v166_c29 o_v166_c29_r0 1 o_v166_c29_r1 1
    o_v166_c29 occ_c29 1
    o_v166_c31 o_v166_c31_r0 1 o_v166_c31_r1 1
    o_v166_c31 occ_c31 1
    o_v166_c33 o_v166_c33_r0 1 o_v166_c33_r1 1
    o_v166_c33 occ_c33 1
    o_v166_c35 o_v166_c35_r0 1 o_v166_c35_r1 1
    o_v166_c35 occ_c35 1
    o_v167_c27 o_v167_c27_r0 1 occ_c27 1
    o_v167_c29 o_v167_c29_r0 1 o_v167_c29_r1 1
    o_v167_c29 occ_c29 1
    o_v167_c31 o_v167_c31_r0 1 o_v167_c31_r1 1
    o_v167_c31 occ_c31 1
    o_v167_c33 o_v167_c33_r0 1 occ_c33 1
    o_v168_c27 o_v168_c27_r0 1 occ_c27 1
    o_v168_c29 o_v168_c29_r0 1 o_v168_c29_r1 1
    o_v168_c29 occ_c29 1
    o_v168_c31 o_v168_c31_r0 1 o_v168_c31_r1 1
    o_v168_c31 occ_c31 1
    o_v168_c33 o_v168_c33_r0 1 occ_c33 1
    o_v169_c27 o_v169_c27_r0 1 o_v169_c27_r1 1
    o_v169_c27 occ_c27 1
    o_v169_c29 o_v169_c29_r0 1 o_v169_c29_r1 1
    o_v169_c29 occ_c29 1
    o_v169_c31 o_v169_c31_r0 1 o_v169_c31_r1 1
    o_v169_c31 occ_c31 1
    o_v169_c33 o_v169_c33_r0 1 o_v169_c33_r1 1
    o_v169_c33 occ_c33 1
    o_v169_c35 o_v169_c35_r0 1 o_v169_c35_r1 1
    o_v169_c35 occ_c35 1
    o_v170_c31 o_v170_c31_r0 1 occ_c31 1
    o_v170_c33 o_v170_c33_r0 1 occ_c33 1
    o_v171_c31 o_v171_c31_r0 1 occ_c31 1
    o_v171_c33 o_v171_c33_r0 1 occ_c33 1
    o_v172_c31 o_v172_c31_r0 1 o_v172_c31_r1 1
    o_v172_c31 occ_c31 1
    o_v173_c31 o_v173_c31_r0 1 occ_c31 1
    o_v173_c33 o_v173_c33_r0 1 occ_c33 1
    o_v174_c31 o_v174_c31_r0 1 occ_c31 1
    o_v174_c33 o_v174_c33_r0 1 occ_c33 1
    o_v175_c31 o_v175_c31_r0 1 o_v175_c31_r1 1
    o_v175_c31 occ_c31 1
    o_v176_c31 o_v176_c31_r0 1 occ_c31 1
    o_v176_c33 o_v176_c33_r0 1 occ_c33 1
    o_v177_c31 o_v177_c31_r0 1 occ_c31 1
    o_v177_c33 o_v177_c33_r0 1 occ_c33 1
    o_v178_c31 o_v178_c31_r0 1 o_v178_c31_r1 1
    o_v178_c31 occ_c31 1
    o_v179_c31 o_v179_c31_r0 1 occ_c31 1
    o_v179_c33 o_v179_c33_r0 1 occ_c33 1
    o_v180_c31 o_v180_c31_r0 1 occ_c31 1
    o_v180_c33 o_v180_c33_r0 1 occ_c33 1
    o_v181_c31 o_v181_c31_r0 1 o_v181_c31_r1 1
    o_v181_c31 occ_c31 1
    o_v186_c31 o_v186_c31_r0 1 o_v186_c31_r1 1
    o_v186_c31 occ_c31 1
    o_v186_c33 o_v186_c33_r0 1 occ_c33 1
    o_v187_c31 o_v187_c31_r0 1 o_v187_c31_r1 1
    o_v187_c31 occ_c31 1
    o_v187_c33 o_v187_c33_r0 1 occ_c33 1
    o_v188_c31 o_v188_c31_r0 1 o_v188_c31_r1 1
    o_v188_c31 occ_c31 1
    o_v188_c33 o_v188_c33_r0 1 occ_c33 1
    o_v189_c31 o_v189_c31_r0 1 o_v189_c31_r1 1
    o_v189_c31 occ_c31 1
    o_v189_c33 o_v189_c33_r0 1 occ_c33 1
    o_v190_c31 o_v190_c31_r0 1 occ_c31 1
    o_v190_c33 o_v190_c33_r0 1 occ_c33 1
    o_v191_c31 o_v191_c31_r0 1 occ_c31 1
    o_v191_c33 o_v191_c33_r0 1 occ_c33 1
    o_v194_c35 o_v194_c35_r0 1 occ_c35 1
    o_v195_c35 o_v195_c35_r0 1 occ_c35 1
    o_v200_c35 o_v200_c35_r0 1 occ_c35 1
    o_v201_c35 o_v201_c35_r0 1 occ_c35 1
    o_v202_c35 o_v202_c35_r0 1 occ_c35 1
    o_v203_c35 o_v203_c35_r0 1 occ_c35 1
    o_v204_c35 o_v204_c35_r0 1 occ_c35 1
    o_v205_c35 o_v205_c35_r0 1 occ_c35 1
    o_v208_c35 o_v208_c35_r0 1 occ_c35 1
    o_v209_c35 o_v209_c35_r0 1 occ_c35 1
    o_v210_c35 o_v210_c35_r0 1 occ_c35 1
    o_v212_c35 o_v212_c35_r0 1 occ_c35 1
    o_v213_c35 o_v213_c35_r0 1 occ_c35 1
    o_v214_c35 o_v214_c35_r0 1 occ_c35 1
    o_v215_c35 o_v215_c35_r0 1 occ_c35 1
    o_v216_c35 o_v216_c35_r0 1 occ_c35 1
    o_v217_c35 o_v217_c35_r0 1 occ_c35 1
    o_v221_c35 o_v221_c35_r0 1 occ_c35 1
    o_v222_c35 o_v222_c35_r0 1 occ_c35 1
    o_v223_c35 o_v223_c35_r0 1 occ_c35 1
    o_v224_c35 o_v224_c35_r0 1 occ_c35 1
    o_v225_c35 o_v225_c35_r0 1 occ_c35 1
    o_v226_c35 o_v226_c35_r0 1 occ_c35 1
    o_v230_c35 o_v230_c35_r0 1 occ_c35 1
    o_v231_c35 o_v231_c35_r0 1 occ_c35 1
    o_v232_c35 o_v232_c35_r0 1 occ_c35 1
    o_v233_c35 o_v233_c35_r0 1 occ_c35 1
    o_v234_c35 o_v234_c35_r0 1 occ_c35 1
    o_v235_c35 o_v235_c35_r0 1 occ_c35 1
    pt_v0_L1 pt_v0_L1_r0 1 pt_v0_L1_r1 1
    pt_v0_L1 heads_L1 1
    pt_v0_L2 pt_v0_L2_r0 1 pt_v0_L2_r1 1
    pt_v0_L2 heads_L2 1
    pt_v0_L3 pt_v0_L3_r0 1 pt_v0_L3_r1 1
    pt_v0_L3 heads_L3 1
    pt_v0_L4 pt_v0_L4_r0 1 pt_v0_L4_r1 1
    pt_v0_L4 heads_L4 1
    pt_v0_L5 pt_v0_L5_r0 1 pt_v0_L5_r1 1
    pt_v0_L5 heads_L5 1
    pt_v0_L6 pt_v0_L6_r0 1 pt_v0_L6_r1 1
    pt_v0_L6 heads_L6 1
    pt_v0_L7 pt_v0_L7_r0 1 pt_v0_L7_r1 1
    pt_v0_L7 heads_L7 1
    pt_v0_L8 pt_v0_L8_r0 1 pt_v0_L8_r1 1
    pt_v0_L8 heads_L8 1
    pt_v65_L8 pt_v65_L8_r0 1 pt_v65_L8_r1 1
    pt_v65_L8 heads_L8 1
    pt_v75_L8 pt_v75_L8_r0 1 pt_v75_L8_r1 1
    pt_v75_L8 heads_L8 1
    pt_v78_L4 pt_v78_L4_r0 1 pt_v78_L4_r1 1
    pt_v78_L4 heads_L4 1
    pt_v78_L5 pt_v78_L5_r0 1 pt_v78_L5_r1 1
    pt_v78_L5 heads_L5 1
    pt_v78_L6 pt_v78_L6_r0 1 pt_v78_L6_r1 1
    pt_v78_L6 heads_L6 1
    pt_v78_L7 pt_v78_L7_r0 1 pt_v78_L7_r1 1
    pt_v78_L7 heads_L7 1
    pt_v79_L5 pt_v79_L5_r0 1 pt_v79_L5_r1 1
    pt_v79_L5 heads_L5 1
    pt_v79_L6 pt_v79_L6_r0 1 pt_v79_L6_r1 1
    pt_v79_L6 heads_L6 1
    pt_v79_L7 pt_v79_L7_r0 1 pt_v79_L7_r1 1
    pt_v79_L7 heads_L7 1
    pt_v80_L6 pt_v80_L6_r0 1 pt_v80_L6_r1 1
    pt_v80_L6 heads_L6 1
    pt_v80_L7 pt_v80_L7_r0 1 pt_v80_L7_r1 1
    pt_v80_L7 heads_L7 1
    pt_v80_L8 pt_v80_L8_r0 1 pt_v80_L8_r1 1
    pt_v80_L8 heads_L8 1
    pt_v81_L7 pt_v81_L7_r0 1 pt_v81_L7_r1 1
    pt_v81_L7 heads_L7 1
    pt_v81_L8 pt_v81_L8_r0 1 pt_v81_L8_r1 1
    pt_v81_L8 heads_L8 1
    pt_v98_L4 pt_v98_L4_r0 1 pt_v98_L4_r1 1
    pt_v98_L4 heads_L4 1
    pt_v98_L5 pt_v98_L5_r0 1 pt_v98_L5_r1 1
    pt_v98_L5 heads_L5 1
    pt_v99_L4 pt_v99_L4_r0 1 pt_v99_L4_r1 1
    pt_v99_L4 heads_L4 1
    pt_v99_L5 pt_v99_L5_r0 1 pt_v99_L5_r1 1
    pt_v99_L5 heads_L5 1
    pt_v102_L5 pt_v102_L5_r0 1 pt_v102_L5_r1 1
    pt_v102_L5 heads_L5 1
    pt_v102_L6 pt_v102_L6_r0 1 pt_v102_L6_r1 1
    pt_v102_L6 heads_L6 1
    pt_v103_L5 pt_v103_L5_r0 1 pt_v103_L5_r1 1
    pt_v103_L5 heads_L5 1
    pt_v103_L6 pt_v103_L6_r0 1 pt_v103_L6_r1 1
    pt_v103_L6 heads_L6 1
    pt_v106_L6 pt_v106_L6_r0 1 pt_v106_L6_r1 1
    pt_v106_L6 heads_L6 1
    pt_v106_L7 pt_v106_L7_r0 1 pt_v106_L7_r1 1
    pt_v106_L7 heads_L7 1
    pt_v107_L6 pt_v107_L6_r0 1 pt_v107_L6_r1 1
    pt_v107_L6 heads_L6 1
    pt_v107_L7 pt_v107_L7_r0 1 pt_v107_L7_r1 1
    pt_v107_L7 heads_L7 1
    pt_v110_L7 pt_v110_L7_r0 1 pt_v110_L7_r1 1
    pt_v110_L7 heads_L7 1
    pt_v110_L8 pt_v110_L8_r0 1 pt_v110_L8_r1 1
    pt_v110_L8 heads_L8 1
    pt_v111_L7 pt_v111_L7_r0 1 pt_v111_L7_r1 1
    pt_v111_L7 heads_L7 1
    pt_v111_L8 pt_v111_L8_r0 1 pt_v111_L8_r1 1
    pt_v111_L8 heads_L8 1
    pt_v114_L3 pt_v114_L3_r0 1 pt_v114_L3_r1 1
    pt_v114_L3 heads_L3 1
    pt_v115_L3 pt_v115_L3_r0 1 pt_v115_L3_r1 1
    pt_v115_L3 heads_L3 1
    pt_v118_L4 pt_v118_L4_r0 1 pt_v118_L4_r1 1
    pt_v118_L4 heads_L4 1
    pt_v119_L4 pt_v119_L4_r0 1 pt_v119_L4_r1 1
    pt_v119_L4 heads_L4 1
    pt_v122_L5 pt_v122_L5_r0 1 pt_v122_L5_r1 1
    pt_v122_L5 heads_L5 1
    pt_v123_L5 pt_v123_L5_r0 1 pt_v123_L5_r1 1
    pt_v123_L5 heads_L5 1
    pt_v126_L6 pt_v126_L6_r0 1 pt_v126_L6_r1 1
    pt_v126_L6 heads_L6 1
    pt_v127_L6 pt_v127_L6_r0 1 pt_v127_L6_r1 1
    pt_v127_L6 heads_L6 1
RHS
    RHS assign_g0 1 assign_g1 1
    RHS assign_g2 1 assign_g3 1
    RHS assign_g4 1 assign_g5 1
    RHS assign_g6 1 assign_g7 1
    RHS assign_g8 1 assign_g9 1
    RHS assign_g10 1 assign_g11 1
    RHS assign_g12 1 assign_g13 1
    RHS assign_g14 1 assign_g15 1
    RHS assign_g16 1 assign_g17 1
    RHS assign_g18 1 assign_g19 1
    RHS assign_g20 1 assign_g21 1
    RHS assign_g22 1 assign_g23 1
    RHS assign_g24 1 assign_g25 1
    RHS assign_g26 1 assign_g27 1
    RHS assign_g28 1 assign_g29 1
    RHS assign_g30 1 assign_g31 1
    RHS assign_g32 1 assign_g33 1
    RHS assign_g34 1 assign_g35 1
    RHS assign_g36 1 assign_g37 1
    RHS assign_g38 1 assign_g39 1
    RHS assign_g40 1 assign_g41 1
    RHS assign_g42 1 assign_g43 1
    RHS assign_g44 1 assign_g45 1
    RHS assign_g46 1 assign_g47 1
    RHS assign_g48 1 assign_g49 1
    RHS assign_g50 1 assign_g51 1
    RHS assign_g52 1 assign_g53 1
    RHS assign_g54 1 assign_g55 1
    RHS assign_g56 1 assign_g57 1
    RHS assign_g58 1 assign_g59 1
    RHS assign_g60 1 assign_g61 1
    RHS assign_g62 1 assign_g63 1
    RHS assign_g64 1 assign_g65 1
    RHS assign_g66 1 assign_g67 1
    RHS assign_g68 1 assign_g69 1
    RHS assign_g70 1 assign_g71 1
    RHS assign_g72 1 assign_g73 1
    RHS assign_g74 1 assign_g75 1
    RHS assign_g76 1 assign_g77 1
    RHS assign_g78 1 assign_g79 1
    RHS assign_g80 1 assign_g81 1
    RHS assign_g82 1 assign_g83 1
    RHS assign_g84 1 assign_g85 1
    RHS assign_g86 1 assign_g87 1
    RHS assign_g88 1 assign_g89 1
    RHS assign_g90 1 assign_g91 1
    RHS assign_g92 1 assign_g93 1
    RHS assign_g94 1 assign_g95 1
    RHS assign_g96 1 assign_g97 1
    RHS assign_g98 1 assign_g99 1
    RHS assign_g100 1 assign_g101 1
    RHS assign_g102 1 assign_g103 1
    RHS assign_g104 1 assign_g105 1
    RHS assign_g106 1 assign_g107 1
    RHS assign_g108 1 assign_g109 1
    RHS assign_g110 1 assign_g111 1
    RHS assign_g112 1 assign_g113 1
    RHS assign_g114 1 assign_g115 1
    RHS assign_g116 1 assign_g117 1
    RHS assign_g118 1 assign_g119 1
    RHS assign_g120 1 assign_g121 1
    RHS assign_g122 1 assign_g123 1
    RHS assign_g124 1 assign_g125 1
    RHS assign_g126 1 assign_g127 1
    RHS assign_g128 1 assign_g129 1
    RHS assign_g130 1 assign_g131 1
    RHS assign_g132 1 assign_g133 1
    RHS assign_g134 1 assign_g135 1
    RHS assign_g136 1 assign_g137 1
    RHS assign_g138 1 assign_g139 1
    RHS assign_g140 1 assign_g141 1
    RHS assign_g142 1 assign_g143 1
    RHS assign_g144 1 assign_g145 1
    RHS assign_g146 1 assign_g147 1
    RHS assign_g148 1 assign_g149 1
    RHS assign_g150 1 assign_g151 1
    RHS assign_g152 1 assign_g153 1
    RHS assign_g154 1 assign_g155 1
    RHS assign_g156 1 assign_g157 1
    RHS assign_g158 1 assign_g159 1
    RHS assign_g160 1 assign_g161 1
    RHS assign_g162 1 assign_g163 1
    RHS assign_g164 1 assign_g165 1
    RHS assign_g166 1 assign_g167 1
    RHS assign_g168 1 assign_g169 1
    RHS assign_g170 1 assign_g171 1
    RHS assign_g172 1 assign_g173 1
    RHS assign_g174 1 assign_g175 1
    RHS assign_g176 1 assign_g177 1
    RHS assign_g178 1 assign_g179 1
    RHS assign_g180 1 assign_g181 1
    RHS assign_g182 1 assign_g183 1
    RHS assign_g184 1 assign_g185 1
    RHS assign_g186 1 assign_g187 1
    RHS assign_g188 1 assign_g189 1
    RHS assign_g190 1 assign_g191 1
    RHS assign_g192 1 assign_g193 1
    RHS assign_g194 1 assign_g195 1
    RHS assign_g196 1 assign_g197 1
    RHS assign_g198 1 assign_g199 1
    RHS assign_g200 1 o_v33_c7_r0 1
    RHS o_v33_c7_r1 1 o_v33_c7_r2 1
    RHS o_v33_c9_r0 1 o_v33_c9_r1 1
    RHS o_v33_c9_r2 1 o_v33_c11_r0 1
    RHS o_v33_c11_r1 1 o_v33_c11_r2 1
    RHS o_v33_c13_r0 1 o_v33_c13_r1 1
    RHS o_v33_c13_r2 1 o_v33_c15_r0 1
    RHS o_v33_c15_r1 1 o_v33_c15_r2 1
    RHS o_v33_c17_r0 1 o_v33_c17_r1 1
    RHS o_v33_c17_r2 1 o_v33_c19_r0 1
    RHS o_v33_c19_r1 1 o_v33_c19_r2 1
    RHS o_v33_c21_r0 1 o_v33_c21_r1 1
    RHS o_v33_c21_r2 1 o_v33_c23_r0 1
    RHS o_v33_c23_r1 1 o_v33_c23_r2 1
    RHS o_v33_c25_r0 1 o_v33_c25_r1 1
    RHS o_v33_c25_r2 1 o_v33_c27_r0 1
    RHS o_v33_c27_r1 1 o_v33_c27_r2 1
    RHS o_v33_c29_r0 1 o_v33_c29_r1 1
    RHS o_v33_c29_r2 1 o_v33_c31_r0 1
    RHS o_v33_c31_r1 1 o_v33_c31_r2 1
    RHS o_v33_c33_r0 1 o_v33_c33_r1 1
    RHS o_v33_c33_r2 1 o_v33_c35_r0 1
    RHS dy_v33_L1_r0 -1 dy_v33_L1_r1 -1
    RHS dy_v33_L2_r0 -1 dy_v33_L2_r1 -1
    RHS dy_v33_L3_r0 -1 dy_v33_L3_r1 -1
    RHS dy_v33_L4_r0 -1 dy_v33_L4_r1 -1
    RHS dy_v33_L5_r0 -1 dy_v33_L5_r1 -1
    RHS dy_v33_L6_r0 -1 dy_v33_L6_r1 -1
    RHS dy_v33_L7_r0 -1 dy_v33_L7_r1 -1
    RHS dy_v33_L8_r0 -1 o_v43_c9_r0 1
    RHS o_v43_c9_r1 1 o_v43_c9_r2 1
    RHS o_v43_c9_r3 1 o_v43_c9_r4 1
    RHS o_v43_c9_r5 1 o_v43_c9_r6 1
    RHS o_v43_c9_r7 1 o_v43_c9_r8 1
    RHS o_v43_c9_r9 1 o_v43_c9_r10 1
    RHS o_v43_c9_r11 1 o_v43_c9_r12 1
    RHS o_v43_c9_r13 1 o_v43_c9_r14 1
    RHS o_v43_c9_r15 1 o_v43_c9_r16 1
    RHS o_v43_c9_r17 1 o_v43_c9_r18 1
    RHS o_v43_c9_r19 1 o_v43_c9_r20 1
    RHS o_v43_c9_r21 1 o_v43_c9_r22 1
    RHS o_v43_c9_r23 1 o_v43_c11_r0 1
    RHS o_v43_c11_r1 1 o_v43_c11_r2 1
    RHS o_v43_c11_r3 1 o_v43_c11_r4 1
    RHS o_v43_c11_r5 1 o_v43_c11_r6 1
    RHS o_v43_c11_r7 1 o_v43_c11_r8 1
    RHS o_v43_c11_r9 1 o_v43_c11_r10 1
    RHS o_v43_c11_r11 1 o_v43_c11_r12 1
    RHS o_v43_c11_r13 1 o_v43_c11_r14 1
    RHS o_v43_c11_r15 1 o_v43_c11_r16 1
    RHS o_v43_c11_r17 1 o_v43_c11_r18 1
    RHS o_v43_c11_r19 1 o_v43_c11_r20 1
    RHS o_v43_c11_r21 1 o_v43_c11_r22 1
    RHS o_v43_c11_r23 1 o_v43_c13_r0 1
    RHS o_v43_c13_r1 1 o_v43_c13_r2 1
    RHS o_v43_c13_r3 1 o_v43_c13_r4 1
    RHS o_v43_c13_r5 1 o_v43_c13_r6 1
    RHS o_v43_c13_r7 1 o_v43_c13_r8 1
    RHS o_v43_c13_r9 1 o_v43_c13_r10 1
    RHS o_v43_c13_r11 1 o_v43_c13_r12 1
    RHS o_v43_c13_r13 1 o_v43_c13_r14 1
    RHS o_v43_c13_r15 1 o_v43_c13_r16 1
    RHS o_v43_c13_r17 1 o_v43_c13_r18 1
    RHS o_v43_c13_r19 1 o_v43_c15_r0 1
    RHS o_v43_c15_r1 1 o_v43_c15_r2 1
    RHS o_v43_c15_r3 1 o_v43_c15_r4 1
    RHS o_v43_c15_r5 1 o_v43_c15_r6 1
    RHS o_v43_c15_r7 1 o_v43_c15_r8 1
    RHS o_v43_c15_r9 1 o_v43_c15_r10 1
    RHS o_v43_c15_r11 1 o_v43_c15_r12 1
    RHS o_v43_c15_r13 1 o_v43_c15_r14 1
    RHS o_v43_c15_r15 1 o_v43_c15_r16 1
    RHS o_v43_c15_r17 1 o_v43_c15_r18 1
    RHS o_v43_c15_r19 1 o_v43_c17_r0 1
    RHS o_v43_c17_r1 1 o_v43_c17_r2 1
    RHS o_v43_c17_r3 1 o_v43_c17_r4 1
    RHS o_v43_c17_r5 1 o_v43_c17_r6 1
    RHS o_v43_c17_r7 1 o_v43_c17_r8 1
    RHS o_v43_c17_r9 1 o_v43_c17_r10 1
    RHS o_v43_c17_r11 1 o_v43_c17_r12 1
    RHS o_v43_c17_r13 1 o_v43_c17_r14 1
    RHS o_v43_c17_r15 1 o_v43_c17_r16 1
    RHS o_v43_c17_r17 1 o_v43_c17_r18 1
    RHS o_v43_c17_r19 1 o_v43_c19_r0 1
    RHS o_v43_c19_r1 1 o_v43_c19_r2 1
    RHS o_v43_c19_r3 1 o_v43_c19_r4 1
    RHS o_v43_c19_r5 1 o_v43_c19_r6 1
    RHS o_v43_c19_r7 1 o_v43_c19_r8 1
    RHS o_v43_c19_r9 1 o_v43_c19_r10 1
    RHS o_v43_c19_r11 1 o_v43_c19_r12 1
    RHS o_v43_c19_r13 1 o_v43_c19_r14 1
    RHS o_v43_c19_r15 1 o_v43_c19_r16 1
    RHS o_v43_c19_r17 1 o_v43_c19_r18 1
    RHS o_v43_c19_r19 1 o_v43_c21_r0 1
    RHS o_v43_c21_r1 1 o_v43_c21_r2 1
    RHS o_v43_c21_r3 1 o_v43_c21_r4 1
    RHS o_v43_c21_r5 1 o_v43_c21_r6 1
    RHS o_v43_c21_r7 1 o_v43_c21_r8 1
    RHS o_v43_c21_r9 1 o_v43_c21_r10 1
    RHS o_v43_c21_r11 1 o_v43_c21_r12 1
    RHS o_v43_c21_r13 1 o_v43_c21_r14 1
    RHS o_v43_c21_r15 1 o_v43_c21_r16 1
    RHS o_v43_c21_r17 1 o_v43_c21_r18 1
    RHS o_v43_c21_r19 1 o_v43_c23_r0 1
    RHS o_v43_c23_r1 1 o_v43_c23_r2 1
    RHS o_v43_c23_r3 1 o_v43_c23_r4 1
    RHS o_v43_c23_r5 1 o_v43_c23_r6 1
    RHS o_v43_c23_r7 1 o_v43_c23_r8 1
    RHS o_v43_c23_r9 1 o_v43_c23_r10 1
    RHS o_v43_c23_r11 1 o_v43_c23_r12 1
    RHS o_v43_c23_r13 1 o_v43_c23_r14 1
    RHS o_v43_c23_r15 1 o_v43_c23_r16 1
    RHS o_v43_c23_r17 1 o_v43_c23_r18 1
    RHS o_v43_c23_r19 1 o_v43_c25_r0 1
    RHS o_v43_c25_r1 1 o_v43_c25_r2 1
    RHS o_v43_c25_r3 1 o_v43_c25_r4 1
    RHS o_v43_c25_r5 1 o_v43_c25_r6 1
    RHS o_v43_c25_r7 1 o_v43_c25_r8 1
    RHS o_v43_c25_r9 1 o_v43_c25_r10 1
    RHS o_v43_c25_r11 1 o_v43_c25_r12 1
    RHS o_v43_c25_r13 1 o_v43_c25_r14 1
    RHS o_v43_c25_r15 1 o_v43_c25_r16 1
    RHS o_v43_c25_r17 1 o_v43_c25_r18 1
    RHS o_v43_c25_r19 1 o_v43_c27_r0 1
    RHS o_v43_c27_r1 1 o_v43_c27_r2 1
    RHS o_v43_c27_r3 1 o_v43_c27_r4 1
    RHS o_v43_c27_r5 1 o_v43_c27_r6 1
    RHS o_v43_c27_r7 1 o_v43_c27_r8 1
    RHS o_v43_c27_r9 1 o_v43_c27_r10 1
    RHS o_v43_c27_r11 1 o_v43_c27_r12 1
    RHS o_v43_c27_r13 1 o_v43_c27_r14 1
    RHS o_v43_c27_r15 1 o_v43_c27_r16 1
    RHS o_v43_c27_r17 1 o_v43_c27_r18 1
    RHS o_v43_c27_r19 1 o_v43_c29_r0 1
    RHS o_v43_c29_r1 1 o_v43_c29_r2 1
    RHS o_v43_c29_r3 1 o_v43_c29_r4 1
    RHS o_v43_c29_r5 1 o_v43_c29_r6 1
    RHS o_v43_c29_r7 1 o_v43_c29_r8 1
    RHS o_v43_c29_r9 1 o_v43_c29_r10 1
    RHS o_v43_c29_r11 1 o_v43_c29_r12 1
    RHS o_v43_c29_r13 1 o_v43_c29_r14 1
    RHS o_v43_c31_r0 1 o_v43_c31_r1 1
    RHS o_v43_c31_r2 1 o_v43_c31_r3 1
    RHS o_v43_c31_r4 1 o_v43_c31_r5 1
    RHS o_v43_c31_r6 1 o_v43_c31_r7 1
    RHS o_v43_c31_r8 1 o_v43_c31_r9 1
    RHS o_v43_c31_r10 1 o_v43_c31_r11 1
    RHS o_v43_c31_r12 1 o_v43_c31_r13 1
    RHS o_v43_c31_r14 1 o_v43_c33_r0 1
    RHS o_v43_c35_r0 1 o_v44_c9_r0 1
    RHS o_v44_c9_r1 1 o_v44_c9_r2 1
    RHS o_v44_c9_r3 1 o_v44_c9_r4 1
    RHS o_v44_c9_r5 1 o_v44_c9_r6 1
    RHS o_v44_c9_r7 1 o_v44_c9_r8 1
    RHS o_v44_c9_r9 1 o_v44_c9_r10 1
    RHS o_v44_c9_r11 1 o_v44_c9_r12 1
    RHS o_v44_c9_r13 1 o_v44_c9_r14 1
    RHS o_v44_c9_r15 1 o_v44_c9_r16 1
    RHS o_v44_c9_r17 1 o_v44_c9_r18 1
    RHS o_v44_c9_r19 1 o_v44_c9_r20 1
    RHS o_v44_c9_r21 1 o_v44_c9_r22 1
    RHS o_v44_c11_r0 1 o_v44_c11_r1 1
    RHS o_v44_c11_r2 1 o_v44_c11_r3 1
    RHS o_v44_c11_r4 1 o_v44_c11_r5 1
    RHS o_v44_c11_r6 1 o_v44_c11_r7 1
    RHS o_v44_c11_r8 1 o_v44_c11_r9 1
    RHS o_v44_c11_r10 1 o_v44_c11_r11 1
    RHS o_v44_c11_r12 1 o_v44_c11_r13 1
    RHS o_v44_c11_r14 1 o_v44_c11_r15 1
    RHS o_v44_c11_r16 1 o_v44_c11_r17 1
    RHS o_v44_c11_r18 1 o_v44_c11_r19 1
    RHS o_v44_c11_r20 1 o_v44_c11_r21 1
    RHS o_v44_c11_r22 1 o_v44_c13_r0 1
    RHS o_v44_c13_r1 1 o_v44_c13_r2 1
    RHS o_v44_c13_r3 1 o_v44_c13_r4 1
    RHS o_v44_c13_r5 1 o_v44_c13_r6 1
    RHS o_v44_c13_r7 1 o_v44_c13_r8 1
    RHS o_v44_c13_r9 1 o_v44_c13_r10 1
    RHS o_v44_c13_r11 1 o_v44_c13_r12 1
    RHS o_v44_c13_r13 1 o_v44_c13_r14 1
    RHS o_v44_c13_r15 1 o_v44_c13_r16 1
    RHS o_v44_c13_r17 1 o_v44_c13_r18 1
    RHS o_v44_c15_r0 1 o_v44_c15_r1 1
    RHS o_v44_c15_r2 1 o_v44_c15_r3 1
    RHS o_v44_c15_r4 1 o_v44_c15_r5 1
    RHS o_v44_c15_r6 1 o_v44_c15_r7 1
    RHS o_v44_c15_r8 1 o_v44_c15_r9 1
    RHS o_v44_c15_r10 1 o_v44_c15_r11 1
    RHS o_v44_c15_r12 1 o_v44_c15_r13 1
    RHS o_v44_c15_r14 1 o_v44_c15_r15 1
    RHS o_v44_c15_r16 1 o_v44_c15_r17 1
    RHS o_v44_c15_r18 1 o_v44_c17_r0 1
    RHS o_v44_c17_r1 1 o_v44_c17_r2 1
    RHS o_v44_c17_r3 1 o_v44_c17_r4 1
    RHS o_v44_c17_r5 1 o_v44_c17_r6 1
    RHS o_v44_c17_r7 1 o_v44_c17_r8 1
    RHS o_v44_c17_r9 1 o_v44_c17_r10 1
    RHS o_v44_c17_r11 1 o_v44_c17_r12 1
    RHS o_v44_c17_r13 1 o_v44_c17_r14 1
    RHS o_v44_c17_r15 1 o_v44_c17_r16 1
    RHS o_v44_c17_r17 1 o_v44_c17_r18 1
    RHS o_v44_c19_r0 1 o_v44_c19_r1 1
    RHS o_v44_c19_r2 1 o_v44_c19_r3 1
    RHS o_v44_c19_r4 1 o_v44_c19_r5 1
    RHS o_v44_c19_r6 1 o_v44_c19_r7 1
    RHS o_v44_c19_r8 1 o_v44_c19_r9 1
    RHS o_v44_c19_r10 1 o_v44_c19_r11 1
    RHS o_v44_c19_r12 1 o_v44_c19_r13 1
    RHS o_v44_c19_r14 1 o_v44_c19_r15 1
    RHS o_v44_c19_r16 1 o_v44_c19_r17 1
    RHS o_v44_c19_r18 1 o_v44_c21_r0 1
    RHS o_v44_c21_r1 1 o_v44_c21_r2 1
    RHS o_v44_c21_r3 1 o_v44_c21_r4 1
    RHS o_v44_c21_r5 1 o_v44_c21_r6 1
    RHS o_v44_c21_r7 1 o_v44_c21_r8 1
    RHS o_v44_c21_r9 1 o_v44_c21_r10 1
    RHS o_v44_c21_r11 1 o_v44_c21_r12 1
    RHS o_v44_c21_r13 1 o_v44_c21_r14 1
    RHS o_v44_c21_r15 1 o_v44_c21_r16 1
    RHS o_v44_c21_r17 1 o_v44_c21_r18 1
    RHS o_v44_c23_r0 1 o_v44_c23_r1 1
    RHS o_v44_c23_r2 1 o_v44_c23_r3 1
    RHS o_v44_c23_r4 1 o_v44_c23_r5 1
    RHS o_v44_c23_r6 1 o_v44_c23_r7 1
    RHS o_v44_c23_r8 1 o_v44_c23_r9 1
    RHS o_v44_c23_r10 1 o_v44_c23_r11 1
    RHS o_v44_c23_r12 1 o_v44_c23_r13 1
    RHS o_v44_c23_r14 1 o_v44_c23_r15 1
    RHS o_v44_c23_r16 1 o_v44_c23_r17 1
    RHS o_v44_c23_r18 1 o_v44_c25_r0 1
    RHS o_v44_c25_r1 1 o_v44_c25_r2 1
    RHS o_v44_c25_r3 1 o_v44_c25_r4 1
    RHS o_v44_c25_r5 1 o_v44_c25_r6 1
    RHS o_v44_c25_r7 1 o_v44_c25_r8 1
    RHS o_v44_c25_r9 1 o_v44_c25_r10 1
    RHS o_v44_c25_r11 1 o_v44_c25_r12 1
    RHS o_v44_c25_r13 1 o_v44_c25_r14 1
    RHS o_v44_c25_r15 1 o_v44_c25_r16 1
    RHS o_v44_c25_r17 1 o_v44_c25_r18 1
    RHS o_v44_c27_r0 1 o_v44_c27_r1 1
    RHS o_v44_c27_r2 1 o_v44_c27_r3 1
    RHS o_v44_c27_r4 1 o_v44_c27_r5 1
    RHS o_v44_c27_r6 1 o_v44_c27_r7 1
    RHS o_v44_c27_r8 1 o_v44_c27_r9 1
    RHS o_v44_c27_r10 1 o_v44_c27_r11 1
    RHS o_v44_c27_r12 1 o_v44_c27_r13 1
    RHS o_v44_c27_r14 1 o_v44_c27_r15 1
    RHS o_v44_c27_r16 1 o_v44_c27_r17 1
    RHS o_v44_c27_r18 1 o_v44_c29_r0 1
    RHS o_v44_c29_r1 1 o_v44_c29_r2 1
    RHS o_v44_c29_r3 1 o_v44_c29_r4 1
    RHS o_v44_c29_r5 1 o_v44_c29_r6 1
    RHS o_v44_c29_r7 1 o_v44_c29_r8 1
    RHS o_v44_c29_r9 1 o_v44_c29_r10 1
    RHS o_v44_c29_r11 1 o_v44_c29_r12 1
    RHS o_v44_c31_r0 1 o_v44_c31_r1 1
    RHS o_v44_c31_r2 1 o_v44_c31_r3 1
    RHS o_v44_c31_r4 1 o_v44_c31_r5 1
    RHS o_v44_c31_r6 1 o_v44_c31_r7 1
    RHS o_v44_c31_r8 1 o_v44_c31_r9 1
    RHS o_v44_c31_r10 1 o_v44_c31_r11 1
    RHS o_v44_c31_r12 1 o_v50_c13_r0 1
    RHS o_v50_c13_r1 1 o_v50_c15_r0 1
    RHS o_v50_c15_r1 1 o_v50_c17_r0 1
    RHS o_v50_c17_r1 1 o_v50_c19_r0 1
    RHS o_v50_c19_r1 1 o_v50_c21_r0 1
    RHS o_v50_c21_r1 1 o_v50_c23_r0 1
    RHS o_v50_c23_r1 1 o_v50_c25_r0 1
    RHS o_v50_c27_r0 1 o_v50_c29_r0 1
    RHS o_v50_c31_r0 1 o_v50_c33_r0 1
    RHS o_v50_c35_r0 1 o_v51_c13_r0 1
    RHS o_v51_c13_r1 1 o_v51_c15_r0 1
    RHS o_v51_c15_r1 1 o_v51_c17_r0 1
    RHS o_v51_c17_r1 1 o_v51_c19_r0 1
    RHS o_v51_c19_r1 1 o_v51_c21_r0 1
    RHS o_v51_c21_r1 1 o_v51_c23_r0 1
    RHS o_v51_c23_r1 1 o_v51_c25_r0 1
    RHS o_v51_c25_r1 1 o_v51_c27_r0 1
    RHS o_v51_c27_r1 1 o_v51_c29_r0 1
    RHS o_v51_c31_r0 1 o_v51_c33_r0 1
    RHS o_v51_c35_r0 1 o_v53_c31_r0 1
    RHS o_v53_c31_r1 1 o_v53_c31_r2 1
    RHS o_v53_c31_r3 1 o_v53_c31_r5 1
    RHS o_v53_c33_r0 1 o_v53_c33_r1 1
    RHS o_v53_c33_r2 1 o_v53_c33_r3 1
    RHS o_v53_c33_r4 1 o_v53_c33_r5 1
    RHS o_v53_c35_r0 1 o_v53_c35_r1 1
    RHS o_v53_c35_r2 1 o_v53_c35_r3 1
    RHS o_v53_c35_r4 1 dy_v53_L3_r0 -4
    RHS dy_v53_L4_r0 -4 dy_v53_L5_r0 -4
    RHS dy_v53_L6_r0 -4 dy_v53_L7_r0 -4
    RHS dy_v53_L8_r0 -4 o_v54_c33_r0 1
    RHS o_v54_c33_r1 1 o_v54_c33_r2 1
    RHS o_v54_c33_r3 1 o_v54_c33_r4 1
    RHS o_v54_c33_r5 1 o_v54_c35_r0 1
    RHS o_v54_c35_r1 1 o_v54_c35_r2 1
    RHS o_v54_c35_r3 1 o_v54_c35_r4 1
    RHS dy_v54_L8_r0 -4 o_v55_c33_r0 1
    RHS o_v55_c33_r1 1 o_v55_c33_r2 1
    RHS o_v55_c33_r3 1 o_v55_c33_r4 1
    RHS o_v55_c33_r5 1 o_v55_c35_r0 1
    RHS o_v55_c35_r1 1 o_v55_c35_r2 1
    RHS o_v55_c35_r3 1 o_v55_c35_r4 1
    RHS dy_v55_L8_r0 -4 o_v56_c31_r0 1
    RHS o_v56_c31_r1 1 o_v56_c31_r2 1
    RHS o_v56_c31_r3 1 o_v56_c31_r5 1
    RHS o_v56_c33_r0 1 o_v56_c33_r1 1
    RHS o_v56_c33_r2 1 o_v56_c33_r3 1
    RHS o_v56_c33_r4 1 o_v56_c33_r5 1
    RHS o_v56_c35_r0 1 o_v56_c35_r1 1
    RHS o_v56_c35_r2 1 o_v56_c35_r3 1
    RHS o_v56_c35_r4 1 dy_v56_L7_r0 -4
    RHS dy_v56_L8_r0 -4 o_v57_c31_r0 1
    RHS o_v57_c31_r2 1 o_v57_c33_r0 1
    RHS o_v57_c33_r1 1 o_v57_c33_r2 1
    RHS o_v57_c35_r0 1 o_v57_c35_r1 1
    RHS dy_v57_L7_r0 -1 dy_v57_L8_r0 -1
    RHS o_v58_c25_r0 1 o_v58_c25_r1 1
    RHS o_v58_c25_r2 1 o_v58_c25_r3 1
    RHS o_v58_c25_r4 1 o_v58_c25_r5 1
    RHS o_v58_c25_r6 1 o_v58_c27_r0 1
    RHS o_v58_c27_r1 1 o_v58_c27_r2 1
    RHS o_v58_c27_r3 1 o_v58_c27_r4 1
    RHS o_v58_c27_r5 1 o_v58_c27_r6 1
    RHS o_v58_c29_r0 1 o_v58_c29_r1 1
    RHS o_v58_c29_r2 1 o_v58_c29_r3 1
    RHS o_v58_c29_r4 1 o_v58_c29_r5 1
    RHS o_v58_c31_r0 1 o_v58_c31_r1 1
    RHS o_v58_c31_r2 1 o_v58_c31_r3 1
    RHS o_v58_c31_r4 1 o_v58_c31_r5 1
    RHS o_v58_c33_r0 1 o_v58_c33_r1 1
    RHS o_v58_c33_r2 1 o_v58_c33_r3 1
    RHS o_v58_c33_r4 1 o_v58_c33_r5 1
    RHS o_v58_c35_r0 1 o_v58_c35_r1 1
    RHS o_v58_c35_r2 1 o_v58_c35_r3 1
    RHS o_v58_c35_r4 1 dy_v58_L6_r0 -5
    RHS dy_v58_L7_r0 -4 dy_v58_L8_r0 -4
    RHS o_v64_c31_r1 1 o_v64_c33_r0 1
    RHS o_v65_c31_r1 1 o_v65_c31_r2 1
    RHS o_v65_c31_r4 1 o_v65_c33_r0 1
    RHS o_v65_c33_r1 1 o_v65_c33_r2 1
    RHS o_v65_c33_r3 1 o_v65_c35_r0 1
    RHS o_v65_c35_r1 1 dy_v65_L8_r0 -2
    RHS dy_v65_L8_r1 -1 o_v68_c33_r0 1
    RHS o_v68_c33_r1 1 o_v68_c33_r2 1
    RHS o_v68_c33_r3 1 o_v68_c33_r4 1
    RHS o_v68_c33_r5 1 o_v68_c35_r0 1
    RHS o_v68_c35_r1 1 o_v68_c35_r2 1
    RHS o_v68_c35_r3 1 o_v68_c35_r4 1
    RHS dy_v68_L8_r0 -4 o_v69_c33_r0 1
    RHS o_v69_c33_r1 1 o_v69_c33_r2 1
    RHS o_v69_c33_r3 1 o_v69_c33_r4 1
    RHS o_v69_c33_r5 1 o_v69_c35_r0 1
    RHS o_v69_c35_r1 1 o_v69_c35_r2 1
    RHS o_v69_c35_r3 1 o_v69_c35_r4 1
    RHS dy_v69_L8_r0 -4 o_v70_c33_r0 1
    RHS o_v70_c33_r1 1 o_v70_c33_r2 1
    RHS o_v70_c35_r0 1 o_v70_c35_r1 1
    RHS dy_v70_L8_r0 -1 o_v76_c31_r0 1
    RHS o_v76_c31_r2 1 o_v76_c33_r0 1
    RHS o_v76_c33_r1 1 o_v76_c33_r2 1
    RHS o_v76_c35_r0 1 o_v76_c35_r1 1
    RHS dy_v76_L3_r0 -1 dy_v76_L4_r0 -1
    RHS dy_v76_L5_r0 -1 dy_v76_L6_r0 -1
    RHS dy_v76_L7_r0 -1 dy_v76_L8_r0 -1
    RHS o_v86_c15_r1 1 o_v86_c17_r0 1
    RHS o_v87_c15_r1 1 o_v87_c17_r0 1
    RHS o_v89_c19_r1 1 o_v89_c21_r0 1
    RHS o_v90_c19_r1 1 o_v90_c21_r0 1
    RHS o_v92_c23_r1 1 o_v92_c25_r0 1
    RHS o_v93_c23_r1 1 o_v93_c25_r0 1
    RHS o_v95_c27_r1 1 o_v95_c29_r0 1
    RHS o_v96_c27_r1 1 o_v96_c29_r0 1
    RHS o_v98_c19_r1 1 o_v98_c19_r3 1
    RHS o_v98_c21_r0 1 o_v98_c21_r1 1
    RHS o_v98_c21_r2 1 o_v98_c23_r0 1
    RHS o_v98_c23_r1 1 o_v98_c25_r0 1
    RHS o_v98_c25_r1 1 o_v98_c27_r0 1
    RHS o_v98_c27_r1 1 o_v98_c29_r0 1
    RHS o_v98_c29_r1 1 o_v98_c31_r0 1
    RHS dy_v98_L4_r0 -1 dy_v98_L4_r1 -1
    RHS dy_v98_L5_r0 -1 o_v99_c19_r1 1
    RHS o_v99_c19_r3 1 o_v99_c21_r0 1
    RHS o_v99_c21_r1 1 o_v99_c21_r2 1
    RHS o_v99_c23_r0 1 o_v99_c23_r1 1
    RHS o_v99_c25_r0 1 o_v99_c25_r1 1
    RHS o_v99_c27_r0 1 o_v99_c27_r1 1
    RHS o_v99_c29_r0 1 o_v99_c29_r1 1
    RHS o_v99_c31_r0 1 dy_v99_L4_r0 -1
    RHS dy_v99_L4_r1 -1 dy_v99_L5_r0 -1
    RHS o_v101_c31_r0 1 o_v101_c31_r1 1
    RHS o_v101_c31_r2 1 o_v101_c33_r0 1
    RHS o_v101_c33_r1 1 o_v101_c33_r2 1
    RHS o_v101_c35_r0 1 o_v101_c35_r1 1
    RHS dy_v101_L5_r0 -2 dy_v101_L5_r1 -2
    RHS dy_v101_L6_r0 -2 dy_v101_L6_r1 -2
    RHS dy_v101_L7_r0 -2 dy_v101_L7_r1 -2
    RHS dy_v101_L8_r0 -2 dy_v101_L8_r1 -1
    RHS o_v102_c23_r1 1 o_v102_c23_r3 1
    RHS o_v102_c25_r0 1 o_v102_c25_r1 1
    RHS o_v102_c25_r2 1 o_v102_c27_r0 1
    RHS o_v102_c27_r1 1 o_v102_c29_r0 1
    RHS o_v102_c29_r1 1 o_v102_c31_r0 1
    RHS dy_v102_L5_r0 -1 dy_v102_L5_r1 -1
    RHS dy_v102_L6_r0 -1 o_v103_c23_r1 1
    RHS o_v103_c23_r3 1 o_v103_c25_r0 1
    RHS o_v103_c25_r1 1 o_v103_c25_r2 1
    RHS o_v103_c27_r0 1 o_v103_c27_r1 1
    RHS o_v103_c29_r0 1 o_v103_c29_r1 1
    RHS o_v103_c31_r0 1 dy_v103_L5_r0 -1
    RHS dy_v103_L5_r1 -1 dy_v103_L6_r0 -1
    RHS o_v105_c31_r0 1 o_v105_c31_r1 1
    RHS o_v105_c31_r2 1 o_v105_c33_r0 1
    RHS o_v105_c33_r1 1 o_v105_c33_r2 1
    RHS o_v105_c35_r0 1 o_v105_c35_r1 1
    RHS dy_v105_L6_r0 -2 dy_v105_L6_r1 -2
    RHS dy_v105_L7_r0 -2 dy_v105_L7_r1 -2
    RHS dy_v105_L8_r0 -2 dy_v105_L8_r1 -1
    RHS o_v106_c27_r1 1 o_v106_c27_r3 1
    RHS o_v106_c29_r0 1 o_v106_c29_r1 1
    RHS o_v106_c29_r2 1 o_v106_c31_r0 1
    RHS o_v106_c31_r1 1 o_v106_c33_r0 1
    RHS dy_v106_L6_r0 -1 dy_v106_L6_r1 -1
    RHS dy_v106_L7_r0 -1 o_v107_c27_r1 1
    RHS o_v107_c27_r3 1 o_v107_c29_r0 1
    RHS o_v107_c29_r1 1 o_v107_c29_r2 1
    RHS o_v107_c31_r0 1 o_v107_c31_r1 1
    RHS o_v107_c33_r0 1 dy_v107_L6_r0 -1
    RHS dy_v107_L6_r1 -1 dy_v107_L7_r0 -1
    RHS o_v110_c31_r1 1 o_v110_c31_r3 1
    RHS o_v110_c33_r0 1 o_v110_c33_r1 1
    RHS o_v110_c33_r2 1 o_v110_c35_r0 1
    RHS dy_v110_L7_r0 -1 dy_v110_L7_r1 -1
    RHS dy_v110_L8_r1 -1 o_v111_c31_r1 1
    RHS o_v111_c31_r3 1 o_v111_c33_r0 1
    RHS o_v111_c33_r1 1 o_v111_c33_r2 1
    RHS o_v111_c35_r0 1 dy_v111_L7_r0 -1
    RHS dy_v111_L7_r1 -1 dy_v111_L8_r1 -1
    RHS o_v114_c11_r0 1 o_v114_c11_r1 1
    RHS o_v114_c13_r0 1 o_v114_c13_r1 1
    RHS o_v114_c13_r2 1 o_v114_c15_r0 1
    RHS o_v114_c15_r1 1 o_v114_c17_r0 1
    RHS o_v114_c17_r1 1 o_v114_c19_r0 1
    RHS o_v114_c19_r1 1 o_v114_c21_r0 1
    RHS o_v114_c21_r1 1 o_v114_c23_r0 1
    RHS o_v114_c23_r1 1 o_v114_c25_r0 1
    RHS o_v114_c25_r1 1 o_v114_c27_r0 1
    RHS o_v114_c27_r1 1 o_v114_c29_r0 1
    RHS o_v114_c29_r1 1 o_v114_c31_r0 1
    RHS o_v114_c31_r1 1 o_v114_c33_r0 1
    RHS dy_v114_L3_r0 -1 o_v115_c11_r0 1
    RHS o_v115_c11_r1 1 o_v115_c13_r0 1
    RHS o_v115_c13_r1 1 o_v115_c13_r2 1
    RHS o_v115_c15_r0 1 o_v115_c15_r1 1
    RHS o_v115_c17_r0 1 o_v115_c17_r1 1
    RHS o_v115_c19_r0 1 o_v115_c19_r1 1
    RHS o_v115_c21_r0 1 o_v115_c21_r1 1
    RHS o_v115_c23_r0 1 o_v115_c23_r1 1
    RHS o_v115_c25_r0 1 o_v115_c25_r1 1
    RHS o_v115_c27_r0 1 o_v115_c27_r1 1
    RHS o_v115_c29_r0 1 o_v115_c29_r1 1
    RHS o_v115_c31_r0 1 o_v115_c31_r1 1
    RHS o_v115_c33_r0 1 dy_v115_L3_r0 -1
    RHS o_v118_c15_r0 1 o_v118_c15_r1 1
    RHS o_v118_c17_r0 1 o_v118_c17_r1 1
    RHS o_v118_c17_r2 1 o_v118_c19_r0 1
    RHS o_v118_c19_r1 1 o_v118_c21_r0 1
    RHS o_v118_c21_r1 1 o_v118_c23_r0 1
    RHS o_v118_c23_r1 1 o_v118_c25_r0 1
    RHS o_v118_c25_r1 1 o_v118_c27_r0 1
    RHS o_v118_c27_r1 1 o_v118_c29_r0 1
    RHS o_v118_c29_r1 1 o_v118_c31_r0 1
    RHS o_v118_c31_r1 1 o_v118_c33_r0 1
    RHS dy_v118_L4_r0 -1 o_v119_c15_r0 1
    RHS o_v119_c15_r1 1 o_v119_c17_r0 1
    RHS o_v119_c17_r1 1 o_v119_c17_r2 1
    RHS o_v119_c19_r0 1 o_v119_c19_r1 1
    RHS o_v119_c21_r0 1 o_v119_c21_r1 1
    RHS o_v119_c23_r0 1 o_v119_c23_r1 1
    RHS o_v119_c25_r0 1 o_v119_c25_r1 1
    RHS o_v119_c27_r0 1 o_v119_c27_r1 1
    RHS o_v119_c29_r0 1 o_v119_c29_r1 1
    RHS o_v119_c31_r0 1 o_v119_c31_r1 1
    RHS o_v119_c33_r0 1 dy_v119_L4_r0 -1
    RHS o_v122_c19_r0 1 o_v122_c19_r1 1
    RHS o_v122_c21_r0 1 o_v122_c21_r1 1
    RHS o_v122_c21_r2 1 o_v122_c23_r0 1
    RHS o_v122_c23_r1 1 o_v122_c25_r0 1
    RHS o_v122_c25_r1 1 o_v122_c27_r0 1
    RHS o_v122_c27_r1 1 o_v122_c29_r0 1
    RHS o_v122_c29_r1 1 o_v122_c31_r0 1
    RHS o_v122_c31_r1 1 o_v122_c33_r0 1
    RHS dy_v122_L5_r0 -1 o_v123_c19_r0 1
    RHS o_v123_c19_r1 1 o_v123_c21_r0 1
    RHS o_v123_c21_r1 1 o_v123_c21_r2 1
    RHS o_v123_c23_r0 1 o_v123_c23_r1 1
    RHS o_v123_c25_r0 1 o_v123_c25_r1 1
    RHS o_v123_c27_r0 1 o_v123_c27_r1 1
    RHS o_v123_c29_r0 1 o_v123_c29_r1 1
    RHS o_v123_c31_r0 1 o_v123_c31_r1 1
    RHS o_v123_c33_r0 1 dy_v123_L5_r0 -1
    RHS o_v126_c23_r0 1 o_v126_c23_r1 1
    RHS o_v126_c25_r0 1 o_v126_c25_r1 1
    RHS o_v126_c25_r2 1 o_v126_c27_r0 1
    RHS o_v126_c27_r1 1 o_v126_c29_r0 1
    RHS o_v126_c29_r1 1 o_v126_c31_r0 1
    RHS o_v126_c31_r1 1 o_v126_c33_r0 1
    RHS dy_v126_L6_r0 -1 o_v127_c23_r0 1
    RHS o_v127_c23_r1 1 o_v127_c25_r0 1
    RHS o_v127_c25_r1 1 o_v127_c25_r2 1
    RHS o_v127_c27_r0 1 o_v127_c27_r1 1
    RHS o_v127_c29_r0 1 o_v127_c29_r1 1
    RHS o_v127_c31_r0 1 o_v127_c31_r1 1
    RHS o_v127_c33_r0 1 dy_v127_L6_r0 -1
    RHS o_v128_c29_r0 1 o_v128_c29_r1 1
    RHS o_v128_c29_r2 1 o_v128_c29_r3 1
    RHS o_v128_c29_r4 1 o_v128_c29_r5 1
    RHS o_v128_c29_r6 1 o_v128_c29_r7 1
    RHS o_v128_c29_r8 1 o_v128_c29_r9 1
    RHS o_v128_c29_r10 1 o_v128_c31_r0 1
    RHS o_v128_c31_r1 1 o_v128_c31_r2 1
    RHS o_v128_c31_r3 1 o_v128_c31_r4 1
    RHS o_v128_c31_r5 1 o_v128_c31_r6 1
    RHS o_v128_c31_r7 1 o_v128_c31_r8 1
    RHS o_v128_c31_r9 1 o_v128_c31_r10 1
    RHS o_v128_c33_r0 1 o_v128_c35_r0 1
    RHS o_v130_c23_r1 1 o_v130_c25_r0 1
    RHS o_v131_c23_r1 1 o_v131_c25_r0 1
    RHS o_v132_c23_r1 1 o_v132_c25_r0 1
    RHS o_v133_c25_r0 1 o_v133_c25_r1 1
    RHS o_v133_c27_r0 1 o_v133_c27_r1 1
    RHS o_v134_c23_r1 1 o_v134_c25_r0 1
    RHS o_v135_c23_r1 1 o_v135_c25_r0 1
    RHS o_v136_c23_r1 1 o_v136_c25_r0 1
    RHS o_v137_c25_r0 1 o_v137_c25_r1 1
    RHS o_v137_c27_r0 1 o_v137_c27_r1 1
    RHS o_v138_c23_r1 1 o_v138_c25_r0 1
    RHS o_v139_c23_r1 1 o_v139_c25_r0 1
    RHS o_v140_c23_r1 1 o_v140_c25_r0 1
    RHS o_v141_c25_r0 1 o_v141_c25_r1 1
    RHS o_v141_c27_r0 1 o_v141_c27_r1 1
    RHS o_v142_c23_r1 1 o_v142_c25_r0 1
    RHS o_v143_c23_r1 1 o_v143_c25_r0 1
    RHS o_v144_c23_r1 1 o_v144_c25_r0 1
    RHS o_v145_c25_r0 1 o_v145_c25_r1 1
    RHS o_v145_c27_r0 1 o_v145_c27_r1 1
    RHS o_v146_c27_r1 1 o_v146_c29_r0 1
    RHS o_v147_c27_r1 1 o_v147_c29_r0 1
    RHS o_v148_c29_r0 1 o_v148_c29_r1 1
    RHS o_v148_c31_r0 1 o_v148_c31_r1 1
    RHS o_v149_c23_r1 1 o_v149_c25_r0 1
    RHS o_v150_c23_r1 1 o_v150_c25_r0 1
    RHS o_v152_c23_r1 1 o_v152_c25_r0 1
    RHS o_v153_c23_r1 1 o_v153_c25_r0 1
    RHS o_v155_c27_r0 1 o_v155_c29_r0 1
    RHS o_v156_c27_r0 1 o_v156_c29_r0 1
    RHS o_v157_c33_r0 1 o_v157_c35_r0 1
    RHS o_v158_c31_r1 1 o_v158_c33_r0 1
    RHS o_v159_c31_r1 1 o_v159_c33_r0 1
    RHS o_v160_c33_r0 1 o_v160_c33_r1 1
    RHS o_v160_c35_r0 1 o_v160_c35_r1 1
    RHS o_v161_c31_r1 1 o_v161_c33_r0 1
    RHS o_v162_c31_r1 1 o_v162_c33_r0 1
    RHS o_v163_c33_r0 1 o_v163_c33_r1 1
    RHS o_v163_c35_r0 1 o_v163_c35_r1 1
    RHS o_v164_c31_r1 1 o_v164_c33_r0 1
    RHS o_v165_c31_r1 1 o_v165_c33_r0 1
    RHS o_v166_c33_r0 1 o_v166_c33_r1 1
    RHS o_v166_c35_r0 1 o_v166_c35_r1 1
    RHS o_v167_c31_r1 1 o_v167_c33_r0 1
    RHS o_v168_c31_r1 1 o_v168_c33_r0 1
    RHS o_v169_c33_r0 1 o_v169_c33_r1 1
    RHS o_v169_c35_r0 1 o_v169_c35_r1 1
    RHS o_v170_c31_r0 1 o_v170_c33_r0 1
    RHS o_v171_c31_r0 1 o_v171_c33_r0 1
    RHS o_v173_c31_r0 1 o_v173_c33_r0 1
    RHS o_v174_c31_r0 1 o_v174_c33_r0 1
    RHS o_v176_c31_r0 1 o_v176_c33_r0 1
    RHS o_v177_c31_r0 1 o_v177_c33_r0 1
    RHS o_v179_c31_r0 1 o_v179_c33_r0 1
    RHS o_v180_c31_r0 1 o_v180_c33_r0 1
    RHS o_v186_c31_r1 1 o_v186_c33_r0 1
    RHS o_v187_c31_r1 1 o_v187_c33_r0 1
    RHS o_v188_c31_r1 1 o_v188_c33_r0 1
    RHS o_v189_c31_r1 1 o_v189_c33_r0 1
    RHS o_v190_c31_r0 1 o_v190_c33_r0 1
    RHS o_v191_c31_r0 1 o_v191_c33_r0 1
    RHS occ_c1 -32 occ_c3 -32
    RHS occ_c5 -39 occ_c7 -30
    RHS occ_c9 -36 occ_c11 -31
    RHS occ_c13 -30 occ_c15 -30
    RHS occ_c17 -32 occ_c19 -32
    RHS occ_c21 -35 occ_c23 -35
    RHS occ_c25 -39 occ_c27 -45
    RHS occ_c29 -45 occ_c31 -55
    RHS occ_c33 -56 occ_c35 -58
BOUNDS
 BV BOUND x_g0_p0 1
 BV BOUND x_g1_p2 1
 BV BOUND x_g2_p2 1
 BV BOUND x_g3_p2 1
 BV BOUND x_g3_p6 1
 UP BOUND z_g3_p2 1
 BV BOUND x_g4_p2 1
 BV BOUND x_g4_p6 1
 UP BOUND z_g4_p2 1
 BV BOUND x_g5_p3 1
 BV BOUND x_g5_p5 1
 BV BOUND x_g5_p7 1
 UP BOUND z_g5_p3 1
 UP BOUND z_g5_p5 1
 BV BOUND x_g6_p2 1
 BV BOUND x_g6_p6 1
 BV BOUND x_g6_p10 1
 BV BOUND x_g6_p14 1
 BV BOUND x_g6_p18 1
 BV BOUND x_g6_p22 1
 BV BOUND x_g6_p26 1
 BV BOUND x_g6_p30 1
 UP BOUND z_g6_p2 1
 UP BOUND z_g6_p6 1
 UP BOUND z_g6_p10 1
 UP BOUND z_g6_p14 1
 UP BOUND z_g6_p18 1
 UP BOUND z_g6_p22 1
 UP BOUND z_g6_p26 1
 BV BOUND x_g7_p2 1
 BV BOUND x_g7_p6 1
 BV BOUND x_g7_p10 1
 BV BOUND x_g7_p14 1
 BV BOUND x_g7_p18 1
 BV BOUND x_g7_p22 1
 BV BOUND x_g7_p26 1
 BV BOUND x_g7_p30 1
 UP BOUND z_g7_p2 1
 UP BOUND z_g7_p6 1
 UP BOUND z_g7_p10 1
 UP BOUND z_g7_p14 1
 UP BOUND z_g7_p18 1
 UP BOUND z_g7_p22 1
 UP BOUND z_g7_p26 1
 BV BOUND x_g8_p3 1
 BV BOUND x_g8_p5 1
 BV BOUND x_g8_p7 1
 BV BOUND x_g8_p9 1
 BV BOUND x_g8_p11 1
 BV BOUND x_g8_p13 1
 BV BOUND x_g8_p15 1
 BV BOUND x_g8_p17 1
 BV BOUND x_g8_p19 1
 BV BOUND x_g8_p21 1
 BV BOUND x_g8_p23 1
 BV BOUND x_g8_p25 1
 BV BOUND x_g8_p27 1
 BV BOUND x_g8_p29 1
 BV BOUND x_g8_p31 1
 UP BOUND z_g8_p3 1
 UP BOUND z_g8_p5 1
 UP BOUND z_g8_p7 1
 UP BOUND z_g8_p9 1
 UP BOUND z_g8_p11 1
 UP BOUND z_g8_p13 1
 UP BOUND z_g8_p15 1
 UP BOUND z_g8_p17 1
 UP BOUND z_g8_p19 1
 UP BOUND z_g8_p21 1
 UP BOUND z_g8_p23 1
 UP BOUND z_g8_p25 1
 UP BOUND z_g8_p27 1
 UP BOUND z_g8_p29 1
 BV BOUND x_g9_p2 1
 BV BOUND x_g9_p6 1
 BV BOUND x_g9_p10 1
 BV BOUND x_g9_p14 1
 BV BOUND x_g9_p18 1
 BV BOUND x_g9_p22 1
 BV BOUND x_g9_p26 1
 BV BOUND x_g9_p30 1
 UP BOUND z_g9_p2 1
 UP BOUND z_g9_p6 1
 UP BOUND z_g9_p10 1
 UP BOUND z_g9_p14 1
 UP BOUND z_g9_p18 1
 UP BOUND z_g9_p22 1
 UP BOUND z_g9_p26 1
 BV BOUND x_g10_p2 1
 BV BOUND x_g10_p6 1
 BV BOUND x_g10_p10 1
 BV BOUND x_g10_p14 1
 BV BOUND x_g10_p18 1
 BV BOUND x_g10_p22 1
 BV BOUND x_g10_p26 1
 BV BOUND x_g10_p30 1
 UP BOUND z_g10_p2 1
 UP BOUND z_g10_p6 1
 UP BOUND z_g10_p10 1
 UP BOUND z_g10_p14 1
 UP BOUND z_g10_p18 1
 UP BOUND z_g10_p22 1
 UP BOUND z_g10_p26 1
 BV BOUND x_g11_p3 1
 BV BOUND x_g11_p5 1
 BV BOUND x_g11_p7 1
 BV BOUND x_g11_p9 1
 BV BOUND x_g11_p11 1
 BV BOUND x_g11_p13 1
 BV BOUND x_g11_p15 1
 BV BOUND x_g11_p17 1
 BV BOUND x_g11_p19 1
 BV BOUND x_g11_p21 1
 BV BOUND x_g11_p23 1
 BV BOUND x_g11_p25 1
 BV BOUND x_g11_p27 1
 BV BOUND x_g11_p29 1
 BV BOUND x_g11_p31 1
 UP BOUND z_g11_p3 1
 UP BOUND z_g11_p5 1
 UP BOUND z_g11_p7 1
 UP BOUND z_g11_p9 1
 UP BOUND z_g11_p11 1
 UP BOUND z_g11_p13 1
 UP BOUND z_g11_p15 1
 UP BOUND z_g11_p17 1
 UP BOUND z_g11_p19 1
 UP BOUND z_g11_p21 1
 UP BOUND z_g11_p23 1
 UP BOUND z_g11_p25 1
 UP BOUND z_g11_p27 1
 UP BOUND z_g11_p29 1
 BV BOUND x_g12_p4 1
 BV BOUND x_g13_p6 1
 BV BOUND x_g13_p10 1
 BV BOUND x_g13_p14 1
 BV BOUND x_g13_p18 1
 BV BOUND x_g13_p22 1
 BV BOUND x_g13_p26 1
 BV BOUND x_g13_p30 1
 BV BOUND x_g13_p34 1
 UP BOUND z_g13_p6 1
 UP BOUND z_g13_p10 1
 UP BOUND z_g13_p14 1
 UP BOUND z_g13_p18 1
 UP BOUND z_g13_p22 1
 UP BOUND z_g13_p26 1
 UP BOUND z_g13_p30 1
 BV BOUND x_g14_p6 1
 BV BOUND x_g14_p10 1
 BV BOUND x_g14_p14 1
 BV BOUND x_g14_p18 1
 BV BOUND x_g14_p22 1
 BV BOUND x_g14_p26 1
 BV BOUND x_g14_p30 1
 UP BOUND z_g14_p6 1
 UP BOUND z_g14_p10 1
 UP BOUND z_g14_p14 1
 UP BOUND z_g14_p18 1
 UP BOUND z_g14_p22 1
 UP BOUND z_g14_p26 1
 BV BOUND x_g15_p6 1
 BV BOUND x_g15_p10 1
 UP BOUND z_g15_p6 1
 BV BOUND x_g16_p6 1
 BV BOUND x_g16_p10 1
 UP BOUND z_g16_p6 1
 BV BOUND x_g17_p6 1
 BV BOUND x_g17_p10 1
 BV BOUND x_g17_p14 1
 BV BOUND x_g17_p18 1
 BV BOUND x_g17_p22 1
 BV BOUND x_g17_p26 1
 BV BOUND x_g17_p30 1
 UP BOUND z_g17_p6 1
 UP BOUND z_g17_p10 1
 UP BOUND z_g17_p14 1
 UP BOUND z_g17_p18 1
 UP BOUND z_g17_p22 1
 UP BOUND z_g17_p26 1
 BV BOUND x_g18_p6 1
 BV BOUND x_g18_p10 1
 BV BOUND x_g18_p14 1
 BV BOUND x_g18_p18 1
 BV BOUND x_g18_p22 1
 BV BOUND x_g18_p26 1
 BV BOUND x_g18_p30 1
 UP BOUND z_g18_p6 1
 UP BOUND z_g18_p10 1
 UP BOUND z_g18_p14 1
 UP BOUND z_g18_p18 1
 UP BOUND z_g18_p22 1
 UP BOUND z_g18_p26 1
 BV BOUND x_g19_p6 1
 BV BOUND x_g19_p10 1
 UP BOUND z_g19_p6 1
 BV BOUND x_g20_p6 1
 BV BOUND x_g20_p10 1
 UP BOUND z_g20_p6 1
 BV BOUND x_g21_p6 1
 BV BOUND x_g21_p10 1
 BV BOUND x_g21_p14 1
 BV BOUND x_g21_p18 1
 BV BOUND x_g21_p22 1
 BV BOUND x_g21_p26 1
 UP BOUND z_g21_p6 1
 UP BOUND z_g21_p10 1
 UP BOUND z_g21_p14 1
 UP BOUND z_g21_p18 1
 UP BOUND z_g21_p22 1
 BV BOUND x_g22_p6 1
 BV BOUND x_g22_p10 1
 BV BOUND x_g22_p14 1
 BV BOUND x_g22_p18 1
 BV BOUND x_g22_p22 1
 BV BOUND x_g22_p26 1
 UP BOUND z_g22_p6 1
 UP BOUND z_g22_p10 1
 UP BOUND z_g22_p14 1
 UP BOUND z_g22_p18 1
 UP BOUND z_g22_p22 1
 BV BOUND x_g23_p6 1
 BV BOUND x_g23_p10 1
 BV BOUND x_g23_p14 1
 BV BOUND x_g23_p18 1
 BV BOUND x_g23_p22 1
 BV BOUND x_g23_p26 1
 UP BOUND z_g23_p6 1
 UP BOUND z_g23_p10 1
 UP BOUND z_g23_p14 1
 UP BOUND z_g23_p18 1
 UP BOUND z_g23_p22 1
 BV BOUND x_g24_p6 1
 BV BOUND x_g24_p10 1
 BV BOUND x_g24_p14 1
 BV BOUND x_g24_p18 1
 BV BOUND x_g24_p22 1
 BV BOUND x_g24_p26 1
 UP BOUND z_g24_p6 1
 UP BOUND z_g24_p10 1
 UP BOUND z_g24_p14 1
 UP BOUND z_g24_p18 1
 UP BOUND z_g24_p22 1
 BV BOUND x_g25_p6 1
 BV BOUND x_g25_p10 1
 BV BOUND x_g25_p14 1
 BV BOUND x_g25_p18 1
 BV BOUND x_g25_p22 1
 BV BOUND x_g25_p26 1
 BV BOUND x_g25_p30 1
 UP BOUND z_g25_p6 1
 UP BOUND z_g25_p10 1
 UP BOUND z_g25_p14 1
 UP BOUND z_g25_p18 1
 UP BOUND z_g25_p22 1
 UP BOUND z_g25_p26 1
 BV BOUND x_g26_p6 1
 BV BOUND x_g26_p10 1
 BV BOUND x_g26_p14 1
 BV BOUND x_g26_p18 1
 BV BOUND x_g26_p22 1
 BV BOUND x_g26_p26 1
 BV BOUND x_g26_p30 1
 UP BOUND z_g26_p6 1
 UP BOUND z_g26_p10 1
 UP BOUND z_g26_p14 1
 UP BOUND z_g26_p18 1
 UP BOUND z_g26_p22 1
 UP BOUND z_g26_p26 1
 BV BOUND x_g27_p6 1
 BV BOUND x_g27_p10 1
 BV BOUND x_g27_p14 1
 BV BOUND x_g27_p18 1
 BV BOUND x_g27_p22 1
 BV BOUND x_g27_p26 1
 BV BOUND x_g27_p30 1
 UP BOUND z_g27_p6 1
 UP BOUND z_g27_p10 1
 UP BOUND z_g27_p14 1
 UP BOUND z_g27_p18 1
 UP BOUND z_g27_p22 1
 UP BOUND z_g27_p26 1
 BV BOUND x_g28_p6 1
 BV BOUND x_g28_p10 1
 BV BOUND x_g28_p14 1
 BV BOUND x_g28_p18 1
 BV BOUND x_g28_p22 1
 BV BOUND x_g28_p26 1
 BV BOUND x_g28_p30 1
 UP BOUND z_g28_p6 1
 UP BOUND z_g28_p10 1
 UP BOUND z_g28_p14 1
 UP BOUND z_g28_p18 1
 UP BOUND z_g28_p22 1
 UP BOUND z_g28_p26 1
 BV BOUND x_g29_p6 1
 BV BOUND x_g29_p10 1
 BV BOUND x_g29_p14 1
 BV BOUND x_g29_p18 1
 BV BOUND x_g29_p22 1
 BV BOUND x_g29_p26 1
 BV BOUND x_g29_p30 1
 UP BOUND z_g29_p6 1
 UP BOUND z_g29_p10 1
 UP BOUND z_g29_p14 1
 UP BOUND z_g29_p18 1
 UP BOUND z_g29_p22 1
 UP BOUND z_g29_p26 1
 BV BOUND x_g30_p6 1
 BV BOUND x_g30_p10 1
 BV BOUND x_g30_p14 1
 BV BOUND x_g30_p18 1
 BV BOUND x_g30_p22 1
 BV BOUND x_g30_p26 1
 BV BOUND x_g30_p30 1
 UP BOUND z_g30_p6 1
 UP BOUND z_g30_p10 1
 UP BOUND z_g30_p14 1
 UP BOUND z_g30_p18 1
 UP BOUND z_g30_p22 1
 UP BOUND z_g30_p26 1
 BV BOUND x_g31_p6 1
 BV BOUND x_g31_p10 1
 BV BOUND x_g31_p14 1
 BV BOUND x_g31_p18 1
 BV BOUND x_g31_p22 1
 BV BOUND x_g31_p26 1
 BV BOUND x_g31_p30 1
 UP BOUND z_g31_p6 1
 UP BOUND z_g31_p10 1
 UP BOUND z_g31_p14 1
 UP BOUND z_g31_p18 1
 UP BOUND z_g31_p22 1
 UP BOUND z_g31_p26 1
 BV BOUND x_g32_p6 1
 BV BOUND x_g32_p10 1
 BV BOUND x_g32_p14 1
 BV BOUND x_g32_p18 1
 BV BOUND x_g32_p22 1
 BV BOUND x_g32_p26 1
 UP BOUND z_g32_p6 1
 UP BOUND z_g32_p10 1
 UP BOUND z_g32_p14 1
 UP BOUND z_g32_p18 1
 UP BOUND z_g32_p22 1
 BV BOUND x_g33_p6 1
 BV BOUND x_g33_p10 1
 BV BOUND x_g33_p14 1
 BV BOUND x_g33_p18 1
 BV BOUND x_g33_p22 1
 BV BOUND x_g33_p26 1
 UP BOUND z_g33_p6 1
 UP BOUND z_g33_p10 1
 UP BOUND z_g33_p14 1
 UP BOUND z_g33_p18 1
 UP BOUND z_g33_p22 1
 BV BOUND x_g34_p6 1
 BV BOUND x_g34_p10 1
 BV BOUND x_g34_p14 1
 BV BOUND x_g34_p18 1
 BV BOUND x_g34_p22 1
 BV BOUND x_g34_p26 1
 BV BOUND x_g34_p30 1
 UP BOUND z_g34_p6 1
 UP BOUND z_g34_p10 1
 UP BOUND z_g34_p14 1
 UP BOUND z_g34_p18 1
 UP BOUND z_g34_p22 1
 UP BOUND z_g34_p26 1
 BV BOUND x_g35_p6 1
 BV BOUND x_g35_p10 1
 BV BOUND x_g35_p14 1
 BV BOUND x_g35_p18 1
 BV BOUND x_g35_p22 1
 BV BOUND x_g35_p26 1
 BV BOUND x_g35_p30 1
 UP BOUND z_g35_p6 1
 UP BOUND z_g35_p10 1
 UP BOUND z_g35_p14 1
 UP BOUND z_g35_p18 1
 UP BOUND z_g35_p22 1
 UP BOUND z_g35_p26 1
 BV BOUND x_g36_p6 1
 BV BOUND x_g36_p10 1
 BV BOUND x_g36_p14 1
 BV BOUND x_g36_p18 1
 BV BOUND x_g36_p22 1
 BV BOUND x_g36_p26 1
 BV BOUND x_g36_p30 1
 UP BOUND z_g36_p6 1
 UP BOUND z_g36_p10 1
 UP BOUND z_g36_p14 1
 UP BOUND z_g36_p18 1
 UP BOUND z_g36_p22 1
 UP BOUND z_g36_p26 1
 BV BOUND x_g37_p6 1
 BV BOUND x_g37_p10 1
 BV BOUND x_g37_p14 1
 BV BOUND x_g37_p18 1
 BV BOUND x_g37_p22 1
 BV BOUND x_g37_p26 1
 BV BOUND x_g37_p30 1
 UP BOUND z_g37_p6 1
 UP BOUND z_g37_p10 1
 UP BOUND z_g37_p14 1
 UP BOUND z_g37_p18 1
 UP BOUND z_g37_p22 1
 UP BOUND z_g37_p26 1
 BV BOUND x_g38_p4 1
 BV BOUND x_g38_p8 1
 BV BOUND x_g38_p12 1
 BV BOUND x_g38_p16 1
 BV BOUND x_g38_p20 1
 BV BOUND x_g38_p24 1
 BV BOUND x_g38_p28 1
 BV BOUND x_g38_p32 1
 UP BOUND z_g38_p4 1
 UP BOUND z_g38_p8 1
 UP BOUND z_g38_p12 1
 UP BOUND z_g38_p16 1
 UP BOUND z_g38_p20 1
 UP BOUND z_g38_p24 1
 UP BOUND z_g38_p28 1
 BV BOUND x_g39_p8 1
 BV BOUND x_g40_p8 1
 BV BOUND x_g41_p10 1
 BV BOUND x_g41_p14 1
 UP BOUND z_g41_p10 1
 BV BOUND x_g42_p10 1
 BV BOUND x_g42_p14 1
 UP BOUND z_g42_p10 1
 BV BOUND x_g43_p11 1
 BV BOUND x_g43_p13 1
 BV BOUND x_g43_p15 1
 BV BOUND x_g43_p17 1
 UP BOUND z_g43_p11 1
 UP BOUND z_g43_p13 1
 UP BOUND z_g43_p15 1
 BV BOUND x_g44_p10 1
 BV BOUND x_g44_p14 1
 BV BOUND x_g44_p18 1
 UP BOUND z_g44_p10 1
 UP BOUND z_g44_p14 1
 BV BOUND x_g45_p10 1
 BV BOUND x_g45_p14 1
 BV BOUND x_g45_p18 1
 UP BOUND z_g45_p10 1
 UP BOUND z_g45_p14 1
 BV BOUND x_g46_p11 1
 BV BOUND x_g46_p13 1
 BV BOUND x_g46_p15 1
 BV BOUND x_g46_p17 1
 BV BOUND x_g46_p19 1
 BV BOUND x_g46_p21 1
 UP BOUND z_g46_p11 1
 UP BOUND z_g46_p13 1
 UP BOUND z_g46_p15 1
 UP BOUND z_g46_p17 1
 UP BOUND z_g46_p19 1
 BV BOUND x_g47_p10 1
 BV BOUND x_g47_p14 1
 BV BOUND x_g47_p18 1
 BV BOUND x_g47_p22 1
 UP BOUND z_g47_p10 1
 UP BOUND z_g47_p14 1
 UP BOUND z_g47_p18 1
 BV BOUND x_g48_p10 1
 BV BOUND x_g48_p14 1
 BV BOUND x_g48_p18 1
 BV BOUND x_g48_p22 1
 UP BOUND z_g48_p10 1
 UP BOUND z_g48_p14 1
 UP BOUND z_g48_p18 1
 BV BOUND x_g49_p11 1
 BV BOUND x_g49_p13 1
 BV BOUND x_g49_p15 1
 BV BOUND x_g49_p17 1
 BV BOUND x_g49_p19 1
 BV BOUND x_g49_p21 1
 BV BOUND x_g49_p23 1
 BV BOUND x_g49_p25 1
 UP BOUND z_g49_p11 1
 UP BOUND z_g49_p13 1
 UP BOUND z_g49_p15 1
 UP BOUND z_g49_p17 1
 UP BOUND z_g49_p19 1
 UP BOUND z_g49_p21 1
 UP BOUND z_g49_p23 1
 BV BOUND x_g50_p10 1
 BV BOUND x_g50_p14 1
 BV BOUND x_g50_p18 1
 BV BOUND x_g50_p22 1
 BV BOUND x_g50_p26 1
 UP BOUND z_g50_p10 1
 UP BOUND z_g50_p14 1
 UP BOUND z_g50_p18 1
 UP BOUND z_g50_p22 1
 BV BOUND x_g51_p10 1
 BV BOUND x_g51_p14 1
 BV BOUND x_g51_p18 1
 BV BOUND x_g51_p22 1
 BV BOUND x_g51_p26 1
 UP BOUND z_g51_p10 1
 UP BOUND z_g51_p14 1
 UP BOUND z_g51_p18 1
 UP BOUND z_g51_p22 1
 BV BOUND x_g52_p11 1
 BV BOUND x_g52_p13 1
 BV BOUND x_g52_p15 1
 BV BOUND x_g52_p17 1
 BV BOUND x_g52_p19 1
 BV BOUND x_g52_p21 1
 BV BOUND x_g52_p23 1
 BV BOUND x_g52_p25 1
 BV BOUND x_g52_p27 1
 BV BOUND x_g52_p29 1
 UP BOUND z_g52_p11 1
 UP BOUND z_g52_p13 1
 UP BOUND z_g52_p15 1
 UP BOUND z_g52_p17 1
 UP BOUND z_g52_p19 1
 UP BOUND z_g52_p21 1
 UP BOUND z_g52_p23 1
 UP BOUND z_g52_p25 1
 UP BOUND z_g52_p27 1
 BV BOUND x_g53_p14 1
 BV BOUND x_g53_p18 1
 UP BOUND z_g53_p14 1
 BV BOUND x_g54_p14 1
 BV BOUND x_g54_p18 1
 UP BOUND z_g54_p14 1
 BV BOUND x_g55_p15 1
 BV BOUND x_g55_p17 1
 BV BOUND x_g55_p19 1
 BV BOUND x_g55_p21 1
 UP BOUND z_g55_p15 1
 UP BOUND z_g55_p17 1
 UP BOUND z_g55_p19 1
 BV BOUND x_g56_p15 1
 BV BOUND x_g56_p17 1
 BV BOUND x_g56_p19 1
 BV BOUND x_g56_p21 1
 BV BOUND x_g56_p23 1
 BV BOUND x_g56_p25 1
 BV BOUND x_g56_p27 1
 BV BOUND x_g56_p29 1
 BV BOUND x_g56_p31 1
 UP BOUND z_g56_p15 1
 UP BOUND z_g56_p17 1
 UP BOUND z_g56_p19 1
 UP BOUND z_g56_p21 1
 UP BOUND z_g56_p23 1
 UP BOUND z_g56_p25 1
 UP BOUND z_g56_p27 1
 UP BOUND z_g56_p29 1
 BV BOUND x_g57_p18 1
 BV BOUND x_g57_p22 1
 UP BOUND z_g57_p18 1
 BV BOUND x_g58_p18 1
 BV BOUND x_g58_p22 1
 UP BOUND z_g58_p18 1
 BV BOUND x_g59_p19 1
 BV BOUND x_g59_p21 1
 BV BOUND x_g59_p23 1
 BV BOUND x_g59_p25 1
 UP BOUND z_g59_p19 1
 UP BOUND z_g59_p21 1
 UP BOUND z_g59_p23 1
 BV BOUND x_g60_p19 1
 BV BOUND x_g60_p21 1
 BV BOUND x_g60_p23 1
 BV BOUND x_g60_p25 1
 BV BOUND x_g60_p27 1
 BV BOUND x_g60_p29 1
 BV BOUND x_g60_p31 1
 UP BOUND z_g60_p19 1
 UP BOUND z_g60_p21 1
 UP BOUND z_g60_p23 1
 UP BOUND z_g60_p25 1
 UP BOUND z_g60_p27 1
 UP BOUND z_g60_p29 1
 BV BOUND x_g61_p22 1
 BV BOUND x_g61_p26 1
 UP BOUND z_g61_p22 1
 BV BOUND x_g62_p22 1
 BV BOUND x_g62_p26 1
 UP BOUND z_g62_p22 1
 BV BOUND x_g63_p23 1
 BV BOUND x_g63_p25 1
 BV BOUND x_g63_p27 1
 BV BOUND x_g63_p29 1
 UP BOUND z_g63_p23 1
 UP BOUND z_g63_p25 1
 UP BOUND z_g63_p27 1
 BV BOUND x_g64_p23 1
 BV BOUND x_g64_p25 1
 BV BOUND x_g64_p27 1
 BV BOUND x_g64_p29 1
 BV BOUND x_g64_p31 1
 BV BOUND x_g64_p33 1
 UP BOUND z_g64_p23 1
 UP BOUND z_g64_p25 1
 UP BOUND z_g64_p27 1
 UP BOUND z_g64_p29 1
 UP BOUND z_g64_p31 1
 BV BOUND x_g65_p26 1
 BV BOUND x_g65_p30 1
 UP BOUND z_g65_p26 1
 BV BOUND x_g66_p26 1
 BV BOUND x_g66_p30 1
 UP BOUND z_g66_p26 1
 BV BOUND x_g67_p27 1
 BV BOUND x_g67_p29 1
 BV BOUND x_g67_p31 1
 BV BOUND x_g67_p33 1
 BV BOUND x_g67_p35 1
 UP BOUND z_g67_p27 1
 UP BOUND z_g67_p29 1
 UP BOUND z_g67_p31 1
 UP BOUND z_g67_p33 1
 BV BOUND x_g68_p27 1
 BV BOUND x_g68_p29 1
 BV BOUND x_g68_p31 1
 BV BOUND x_g68_p33 1
 UP BOUND z_g68_p27 1
 UP BOUND z_g68_p29 1
 UP BOUND z_g68_p31 1
 BV BOUND x_g69_p10 1
 BV BOUND x_g70_p10 1
 BV BOUND x_g71_p11 1
 BV BOUND x_g71_p13 1
 UP BOUND z_g71_p11 1
 BV BOUND x_g72_p11 1
 BV BOUND x_g72_p13 1
 BV BOUND x_g72_p15 1
 BV BOUND x_g72_p17 1
 BV BOUND x_g72_p19 1
 BV BOUND x_g72_p21 1
 BV BOUND x_g72_p23 1
 BV BOUND x_g72_p25 1
 BV BOUND x_g72_p27 1
 BV BOUND x_g72_p29 1
 BV BOUND x_g72_p31 1
 BV BOUND x_g72_p33 1
 UP BOUND z_g72_p11 1
 UP BOUND z_g72_p13 1
 UP BOUND z_g72_p15 1
 UP BOUND z_g72_p17 1
 UP BOUND z_g72_p19 1
 UP BOUND z_g72_p21 1
 UP BOUND z_g72_p23 1
 UP BOUND z_g72_p25 1
 UP BOUND z_g72_p27 1
 UP BOUND z_g72_p29 1
 UP BOUND z_g72_p31 1
 BV BOUND x_g73_p14 1
 BV BOUND x_g74_p14 1
 BV BOUND x_g75_p15 1
 BV BOUND x_g75_p17 1
 UP BOUND z_g75_p15 1
 BV BOUND x_g76_p15 1
 BV BOUND x_g76_p17 1
 BV BOUND x_g76_p19 1
 BV BOUND x_g76_p21 1
 BV BOUND x_g76_p23 1
 BV BOUND x_g76_p25 1
 BV BOUND x_g76_p27 1
 BV BOUND x_g76_p29 1
 BV BOUND x_g76_p31 1
 BV BOUND x_g76_p33 1
 UP BOUND z_g76_p15 1
 UP BOUND z_g76_p17 1
 UP BOUND z_g76_p19 1
 UP BOUND z_g76_p21 1
 UP BOUND z_g76_p23 1
 UP BOUND z_g76_p25 1
 UP BOUND z_g76_p27 1
 UP BOUND z_g76_p29 1
 UP BOUND z_g76_p31 1
 BV BOUND x_g77_p18 1
 BV BOUND x_g78_p18 1
 BV BOUND x_g79_p19 1
 BV BOUND x_g79_p21 1
 UP BOUND z_g79_p19 1
 BV BOUND x_g80_p19 1
 BV BOUND x_g80_p21 1
 BV BOUND x_g80_p23 1
 BV BOUND x_g80_p25 1
 BV BOUND x_g80_p27 1
 BV BOUND x_g80_p29 1
 BV BOUND x_g80_p31 1
 BV BOUND x_g80_p33 1
 UP BOUND z_g80_p19 1
 UP BOUND z_g80_p21 1
 UP BOUND z_g80_p23 1
 UP BOUND z_g80_p25 1
 UP BOUND z_g80_p27 1
 UP BOUND z_g80_p29 1
 UP BOUND z_g80_p31 1
 BV BOUND x_g81_p22 1
 BV BOUND x_g82_p22 1
 BV BOUND x_g83_p23 1
 BV BOUND x_g83_p25 1
 UP BOUND z_g83_p23 1
 BV BOUND x_g84_p23 1
 BV BOUND x_g84_p25 1
 BV BOUND x_g84_p27 1
 BV BOUND x_g84_p29 1
 BV BOUND x_g84_p31 1
 BV BOUND x_g84_p33 1
 UP BOUND z_g84_p23 1
 UP BOUND z_g84_p25 1
 UP BOUND z_g84_p27 1
 UP BOUND z_g84_p29 1
 UP BOUND z_g84_p31 1
 BV BOUND x_g85_p10 1
 BV BOUND x_g85_p14 1
 BV BOUND x_g85_p18 1
 BV BOUND x_g85_p22 1
 UP BOUND z_g85_p10 1
 UP BOUND z_g85_p14 1
 UP BOUND z_g85_p18 1
 BV BOUND x_g86_p10 1
 BV BOUND x_g86_p14 1
 BV BOUND x_g86_p18 1
 BV BOUND x_g86_p22 1
 UP BOUND z_g86_p10 1
 UP BOUND z_g86_p14 1
 UP BOUND z_g86_p18 1
 BV BOUND x_g87_p10 1
 BV BOUND x_g87_p14 1
 BV BOUND x_g87_p18 1
 BV BOUND x_g87_p22 1
 UP BOUND z_g87_p10 1
 UP BOUND z_g87_p14 1
 UP BOUND z_g87_p18 1
 BV BOUND x_g88_p11 1
 BV BOUND x_g88_p13 1
 BV BOUND x_g88_p15 1
 BV BOUND x_g88_p17 1
 BV BOUND x_g88_p19 1
 BV BOUND x_g88_p21 1
 BV BOUND x_g88_p23 1
 BV BOUND x_g88_p25 1
 UP BOUND z_g88_p11 1
 UP BOUND z_g88_p13 1
 UP BOUND z_g88_p15 1
 UP BOUND z_g88_p17 1
 UP BOUND z_g88_p19 1
 UP BOUND z_g88_p21 1
 UP BOUND z_g88_p23 1
 BV BOUND x_g89_p10 1
 BV BOUND x_g89_p14 1
 BV BOUND x_g89_p18 1
 BV BOUND x_g89_p22 1
 UP BOUND z_g89_p10 1
 UP BOUND z_g89_p14 1
 UP BOUND z_g89_p18 1
 BV BOUND x_g90_p10 1
 BV BOUND x_g90_p14 1
 BV BOUND x_g90_p18 1
 BV BOUND x_g90_p22 1
 UP BOUND z_g90_p10 1
 UP BOUND z_g90_p14 1
 UP BOUND z_g90_p18 1
 BV BOUND x_g91_p10 1
 BV BOUND x_g91_p14 1
 BV BOUND x_g91_p18 1
 BV BOUND x_g91_p22 1
 UP BOUND z_g91_p10 1
 UP BOUND z_g91_p14 1
 UP BOUND z_g91_p18 1
 BV BOUND x_g92_p11 1
 BV BOUND x_g92_p13 1
 BV BOUND x_g92_p15 1
 BV BOUND x_g92_p17 1
 BV BOUND x_g92_p19 1
 BV BOUND x_g92_p21 1
 BV BOUND x_g92_p23 1
 BV BOUND x_g92_p25 1
 UP BOUND z_g92_p11 1
 UP BOUND z_g92_p13 1
 UP BOUND z_g92_p15 1
 UP BOUND z_g92_p17 1
 UP BOUND z_g92_p19 1
 UP BOUND z_g92_p21 1
 UP BOUND z_g92_p23 1
 BV BOUND x_g93_p10 1
 BV BOUND x_g93_p14 1
 BV BOUND x_g93_p18 1
 BV BOUND x_g93_p22 1
 UP BOUND z_g93_p10 1
 UP BOUND z_g93_p14 1
 UP BOUND z_g93_p18 1
 BV BOUND x_g94_p10 1
 BV BOUND x_g94_p14 1
 BV BOUND x_g94_p18 1
 BV BOUND x_g94_p22 1
 UP BOUND z_g94_p10 1
 UP BOUND z_g94_p14 1
 UP BOUND z_g94_p18 1
 BV BOUND x_g95_p10 1
 BV BOUND x_g95_p14 1
 BV BOUND x_g95_p18 1
 BV BOUND x_g95_p22 1
 UP BOUND z_g95_p10 1
 UP BOUND z_g95_p14 1
 UP BOUND z_g95_p18 1
 BV BOUND x_g96_p11 1
 BV BOUND x_g96_p13 1
 BV BOUND x_g96_p15 1
 BV BOUND x_g96_p17 1
 BV BOUND x_g96_p19 1
 BV BOUND x_g96_p21 1
 BV BOUND x_g96_p23 1
 BV BOUND x_g96_p25 1
 UP BOUND z_g96_p11 1
 UP BOUND z_g96_p13 1
 UP BOUND z_g96_p15 1
 UP BOUND z_g96_p17 1
 UP BOUND z_g96_p19 1
 UP BOUND z_g96_p21 1
 UP BOUND z_g96_p23 1
 BV BOUND x_g97_p10 1
 BV BOUND x_g97_p14 1
 BV BOUND x_g97_p18 1
 BV BOUND x_g97_p22 1
 UP BOUND z_g97_p10 1
 UP BOUND z_g97_p14 1
 UP BOUND z_g97_p18 1
 BV BOUND x_g98_p10 1
 BV BOUND x_g98_p14 1
 BV BOUND x_g98_p18 1
 BV BOUND x_g98_p22 1
 UP BOUND z_g98_p10 1
 UP BOUND z_g98_p14 1
 UP BOUND z_g98_p18 1
 BV BOUND x_g99_p10 1
 BV BOUND x_g99_p14 1
 BV BOUND x_g99_p18 1
 BV BOUND x_g99_p22 1
 UP BOUND z_g99_p10 1
 UP BOUND z_g99_p14 1
 UP BOUND z_g99_p18 1
 BV BOUND x_g100_p11 1
 BV BOUND x_g100_p13 1
 BV BOUND x_g100_p15 1
 BV BOUND x_g100_p17 1
 BV BOUND x_g100_p19 1
 BV BOUND x_g100_p21 1
 BV BOUND x_g100_p23 1
 BV BOUND x_g100_p25 1
 UP BOUND z_g100_p11 1
 UP BOUND z_g100_p13 1
 UP BOUND z_g100_p15 1
 UP BOUND z_g100_p17 1
 UP BOUND z_g100_p19 1
 UP BOUND z_g100_p21 1
 UP BOUND z_g100_p23 1
 BV BOUND x_g101_p14 1
 BV BOUND x_g101_p18 1
 BV BOUND x_g101_p22 1
 BV BOUND x_g101_p26 1
 UP BOUND z_g101_p14 1
 UP BOUND z_g101_p18 1
 UP BOUND z_g101_p22 1
 BV BOUND x_g102_p14 1
 BV BOUND x_g102_p18 1
 BV BOUND x_g102_p22 1
 BV BOUND x_g102_p26 1
 UP BOUND z_g102_p14 1
 UP BOUND z_g102_p18 1
 UP BOUND z_g102_p22 1
 BV BOUND x_g103_p15 1
 BV BOUND x_g103_p17 1
 BV BOUND x_g103_p19 1
 BV BOUND x_g103_p21 1
 BV BOUND x_g103_p23 1
 BV BOUND x_g103_p25 1
 BV BOUND x_g103_p27 1
 BV BOUND x_g103_p29 1
 UP BOUND z_g103_p15 1
 UP BOUND z_g103_p17 1
 UP BOUND z_g103_p19 1
 UP BOUND z_g103_p21 1
 UP BOUND z_g103_p23 1
 UP BOUND z_g103_p25 1
 UP BOUND z_g103_p27 1
 BV BOUND x_g104_p10 1
 BV BOUND x_g104_p14 1
 BV BOUND x_g104_p18 1
 BV BOUND x_g104_p22 1
 UP BOUND z_g104_p10 1
 UP BOUND z_g104_p14 1
 UP BOUND z_g104_p18 1
 BV BOUND x_g105_p10 1
 BV BOUND x_g105_p14 1
 BV BOUND x_g105_p18 1
 BV BOUND x_g105_p22 1
 UP BOUND z_g105_p10 1
 UP BOUND z_g105_p14 1
 UP BOUND z_g105_p18 1
 BV BOUND x_g106_p11 1
 BV BOUND x_g106_p13 1
 BV BOUND x_g106_p15 1
 BV BOUND x_g106_p17 1
 BV BOUND x_g106_p19 1
 BV BOUND x_g106_p21 1
 BV BOUND x_g106_p23 1
 BV BOUND x_g106_p25 1
 UP BOUND z_g106_p11 1
 UP BOUND z_g106_p13 1
 UP BOUND z_g106_p15 1
 UP BOUND z_g106_p17 1
 UP BOUND z_g106_p19 1
 UP BOUND z_g106_p21 1
 UP BOUND z_g106_p23 1
 BV BOUND x_g107_p10 1
 BV BOUND x_g107_p14 1
 BV BOUND x_g107_p18 1
 BV BOUND x_g107_p22 1
 UP BOUND z_g107_p10 1
 UP BOUND z_g107_p14 1
 UP BOUND z_g107_p18 1
 BV BOUND x_g108_p10 1
 BV BOUND x_g108_p14 1
 BV BOUND x_g108_p18 1
 BV BOUND x_g108_p22 1
 UP BOUND z_g108_p10 1
 UP BOUND z_g108_p14 1
 UP BOUND z_g108_p18 1
 BV BOUND x_g109_p11 1
 BV BOUND x_g109_p13 1
 BV BOUND x_g109_p15 1
 BV BOUND x_g109_p17 1
 BV BOUND x_g109_p19 1
 BV BOUND x_g109_p21 1
 BV BOUND x_g109_p23 1
 BV BOUND x_g109_p25 1
 UP BOUND z_g109_p11 1
 UP BOUND z_g109_p13 1
 UP BOUND z_g109_p15 1
 UP BOUND z_g109_p17 1
 UP BOUND z_g109_p19 1
 UP BOUND z_g109_p21 1
 UP BOUND z_g109_p23 1
 BV BOUND x_g110_p26 1
 BV BOUND x_g111_p26 1
 BV BOUND x_g112_p27 1
 BV BOUND x_g112_p29 1
 UP BOUND z_g112_p27 1
 BV BOUND x_g113_p26 1
 BV BOUND x_g113_p30 1
 UP BOUND z_g113_p26 1
 BV BOUND x_g114_p26 1
 BV BOUND x_g114_p30 1
 UP BOUND z_g114_p26 1
 BV BOUND x_g115_p27 1
 BV BOUND x_g115_p29 1
 BV BOUND x_g115_p31 1
 BV BOUND x_g115_p33 1
 UP BOUND z_g115_p27 1
 UP BOUND z_g115_p29 1
 UP BOUND z_g115_p31 1
 BV BOUND x_g116_p26 1
 BV BOUND x_g116_p30 1
 UP BOUND z_g116_p26 1
 BV BOUND x_g117_p26 1
 BV BOUND x_g117_p30 1
 UP BOUND z_g117_p26 1
 BV BOUND x_g118_p27 1
 BV BOUND x_g118_p29 1
 BV BOUND x_g118_p31 1
 BV BOUND x_g118_p33 1
 UP BOUND z_g118_p27 1
 UP BOUND z_g118_p29 1
 UP BOUND z_g118_p31 1
 BV BOUND x_g119_p26 1
 BV BOUND x_g119_p30 1
 UP BOUND z_g119_p26 1
 BV BOUND x_g120_p26 1
 BV BOUND x_g120_p30 1
 UP BOUND z_g120_p26 1
 BV BOUND x_g121_p27 1
 BV BOUND x_g121_p29 1
 BV BOUND x_g121_p31 1
 BV BOUND x_g121_p33 1
 UP BOUND z_g121_p27 1
 UP BOUND z_g121_p29 1
 UP BOUND z_g121_p31 1
 BV BOUND x_g122_p26 1
 BV BOUND x_g122_p30 1
 UP BOUND z_g122_p26 1
 BV BOUND x_g123_p26 1
 BV BOUND x_g123_p30 1
 UP BOUND z_g123_p26 1
 BV BOUND x_g124_p27 1
 BV BOUND x_g124_p29 1
 BV BOUND x_g124_p31 1
 BV BOUND x_g124_p33 1
 UP BOUND z_g124_p27 1
 UP BOUND z_g124_p29 1
 UP BOUND z_g124_p31 1
 BV BOUND x_g125_p30 1
 BV BOUND x_g126_p30 1
 BV BOUND x_g127_p31 1
 BV BOUND x_g127_p33 1
 UP BOUND z_g127_p31 1
 BV BOUND x_g128_p30 1
 BV BOUND x_g129_p30 1
 BV BOUND x_g130_p31 1
 BV BOUND x_g130_p33 1
 UP BOUND z_g130_p31 1
 BV BOUND x_g131_p30 1
 BV BOUND x_g132_p30 1
 BV BOUND x_g133_p31 1
 BV BOUND x_g133_p33 1
 UP BOUND z_g133_p31 1
 BV BOUND x_g134_p30 1
 BV BOUND x_g135_p30 1
 BV BOUND x_g136_p31 1
 BV BOUND x_g136_p33 1
 UP BOUND z_g136_p31 1
 BV BOUND x_g137_p20 1
 BV BOUND x_g137_p24 1
 BV BOUND x_g137_p28 1
 BV BOUND x_g137_p32 1
 UP BOUND z_g137_p20 1
 UP BOUND z_g137_p24 1
 UP BOUND z_g137_p28 1
 BV BOUND x_g138_p18 1
 BV BOUND x_g138_p22 1
 BV BOUND x_g138_p26 1
 BV BOUND x_g138_p30 1
 UP BOUND z_g138_p18 1
 UP BOUND z_g138_p22 1
 UP BOUND z_g138_p26 1
 BV BOUND x_g139_p18 1
 BV BOUND x_g139_p22 1
 BV BOUND x_g139_p26 1
 BV BOUND x_g139_p30 1
 UP BOUND z_g139_p18 1
 UP BOUND z_g139_p22 1
 UP BOUND z_g139_p26 1
 BV BOUND x_g140_p26 1
 BV BOUND x_g140_p30 1
 UP BOUND z_g140_p26 1
 BV BOUND x_g141_p26 1
 BV BOUND x_g141_p30 1
 UP BOUND z_g141_p26 1
 BV BOUND x_g142_p30 1
 BV BOUND x_g143_p30 1
 BV BOUND x_g144_p31 1
 BV BOUND x_g144_p33 1
 UP BOUND z_g144_p31 1
 BV BOUND x_g145_p34 1
 BV BOUND x_g146_p10 1
 BV BOUND x_g146_p14 1
 BV BOUND x_g146_p18 1
 BV BOUND x_g146_p22 1
 BV BOUND x_g146_p26 1
 BV BOUND x_g146_p30 1
 BV BOUND x_g146_p34 1
 UP BOUND z_g146_p10 1
 UP BOUND z_g146_p14 1
 UP BOUND z_g146_p18 1
 UP BOUND z_g146_p22 1
 UP BOUND z_g146_p26 1
 UP BOUND z_g146_p30 1
 BV BOUND x_g147_p10 1
 BV BOUND x_g147_p14 1
 BV BOUND x_g147_p18 1
 BV BOUND x_g147_p22 1
 BV BOUND x_g147_p26 1
 BV BOUND x_g147_p30 1
 BV BOUND x_g147_p34 1
 UP BOUND z_g147_p10 1
 UP BOUND z_g147_p14 1
 UP BOUND z_g147_p18 1
 UP BOUND z_g147_p22 1
 UP BOUND z_g147_p26 1
 UP BOUND z_g147_p30 1
 BV BOUND x_g148_p35 1
 BV BOUND x_g149_p7 1
 BV BOUND x_g149_p9 1
 BV BOUND x_g149_p11 1
 BV BOUND x_g149_p13 1
 BV BOUND x_g149_p15 1
 BV BOUND x_g149_p17 1
 BV BOUND x_g149_p19 1
 BV BOUND x_g149_p21 1
 BV BOUND x_g149_p23 1
 BV BOUND x_g149_p25 1
 BV BOUND x_g149_p27 1
 BV BOUND x_g149_p29 1
 BV BOUND x_g149_p31 1
 BV BOUND x_g149_p33 1
 BV BOUND x_g149_p35 1
 UP BOUND z_g149_p7 1
 UP BOUND z_g149_p9 1
 UP BOUND z_g149_p11 1
 UP BOUND z_g149_p13 1
 UP BOUND z_g149_p15 1
 UP BOUND z_g149_p17 1
 UP BOUND z_g149_p19 1
 UP BOUND z_g149_p21 1
 UP BOUND z_g149_p23 1
 UP BOUND z_g149_p25 1
 UP BOUND z_g149_p27 1
 UP BOUND z_g149_p29 1
 UP BOUND z_g149_p31 1
 UP BOUND z_g149_p33 1
 BV BOUND x_g150_p3 1
 BV BOUND x_g150_p5 1
 BV BOUND x_g150_p7 1
 BV BOUND x_g150_p9 1
 BV BOUND x_g150_p11 1
 BV BOUND x_g150_p13 1
 BV BOUND x_g150_p15 1
 BV BOUND x_g150_p17 1
 BV BOUND x_g150_p19 1
 BV BOUND x_g150_p21 1
 BV BOUND x_g150_p23 1
 BV BOUND x_g150_p25 1
 BV BOUND x_g150_p27 1
 BV BOUND x_g150_p29 1
 BV BOUND x_g150_p31 1
 BV BOUND x_g150_p33 1
 BV BOUND x_g150_p35 1
 UP BOUND z_g150_p3 1
 UP BOUND z_g150_p5 1
 UP BOUND z_g150_p7 1
 UP BOUND z_g150_p9 1
 UP BOUND z_g150_p11 1
 UP BOUND z_g150_p13 1
 UP BOUND z_g150_p15 1
 UP BOUND z_g150_p17 1
 UP BOUND z_g150_p19 1
 UP BOUND z_g150_p21 1
 UP BOUND z_g150_p23 1
 UP BOUND z_g150_p25 1
 UP BOUND z_g150_p27 1
 UP BOUND z_g150_p29 1
 UP BOUND z_g150_p31 1
 UP BOUND z_g150_p33 1
 BV BOUND x_g151_p3 1
 BV BOUND x_g151_p5 1
 BV BOUND x_g151_p7 1
 BV BOUND x_g151_p9 1
 BV BOUND x_g151_p11 1
 BV BOUND x_g151_p13 1
 BV BOUND x_g151_p15 1
 BV BOUND x_g151_p17 1
 BV BOUND x_g151_p19 1
 BV BOUND x_g151_p21 1
 BV BOUND x_g151_p23 1
 BV BOUND x_g151_p25 1
 BV BOUND x_g151_p27 1
 BV BOUND x_g151_p29 1
 BV BOUND x_g151_p31 1
 BV BOUND x_g151_p33 1
 BV BOUND x_g151_p35 1
 UP BOUND z_g151_p3 1
 UP BOUND z_g151_p5 1
 UP BOUND z_g151_p7 1
 UP BOUND z_g151_p9 1
 UP BOUND z_g151_p11 1
 UP BOUND z_g151_p13 1
 UP BOUND z_g151_p15 1
 UP BOUND z_g151_p17 1
 UP BOUND z_g151_p19 1
 UP BOUND z_g151_p21 1
 UP BOUND z_g151_p23 1
 UP BOUND z_g151_p25 1
 UP BOUND z_g151_p27 1
 UP BOUND z_g151_p29 1
 UP BOUND z_g151_p31 1
 UP BOUND z_g151_p33 1
 BV BOUND x_g152_p10 1
 BV BOUND x_g152_p14 1
 BV BOUND x_g152_p18 1
 BV BOUND x_g152_p22 1
 BV BOUND x_g152_p26 1
 BV BOUND x_g152_p30 1
 BV BOUND x_g152_p34 1
 UP BOUND z_g152_p10 1
 UP BOUND z_g152_p14 1
 UP BOUND z_g152_p18 1
 UP BOUND z_g152_p22 1
 UP BOUND z_g152_p26 1
 UP BOUND z_g152_p30 1
 BV BOUND x_g153_p18 1
 BV BOUND x_g153_p22 1
 BV BOUND x_g153_p26 1
 BV BOUND x_g153_p30 1
 BV BOUND x_g153_p34 1
 UP BOUND z_g153_p18 1
 UP BOUND z_g153_p22 1
 UP BOUND z_g153_p26 1
 UP BOUND z_g153_p30 1
 BV BOUND x_g154_p14 1
 BV BOUND x_g154_p18 1
 BV BOUND x_g154_p22 1
 BV BOUND x_g154_p26 1
 BV BOUND x_g154_p30 1
 BV BOUND x_g154_p34 1
 UP BOUND z_g154_p14 1
 UP BOUND z_g154_p18 1
 UP BOUND z_g154_p22 1
 UP BOUND z_g154_p26 1
 UP BOUND z_g154_p30 1
 BV BOUND x_g155_p22 1
 BV BOUND x_g155_p26 1
 BV BOUND x_g155_p30 1
 BV BOUND x_g155_p34 1
 UP BOUND z_g155_p22 1
 UP BOUND z_g155_p26 1
 UP BOUND z_g155_p30 1
 BV BOUND x_g156_p30 1
 BV BOUND x_g156_p34 1
 UP BOUND z_g156_p30 1
 BV BOUND x_g157_p30 1
 BV BOUND x_g157_p34 1
 UP BOUND z_g157_p30 1
 BV BOUND x_g158_p34 1
 BV BOUND x_g159_p34 1
 BV BOUND x_g160_p26 1
 BV BOUND x_g160_p30 1
 BV BOUND x_g160_p34 1
 UP BOUND z_g160_p26 1
 UP BOUND z_g160_p30 1
 BV BOUND x_g161_p10 1
 BV BOUND x_g161_p14 1
 BV BOUND x_g161_p18 1
 BV BOUND x_g161_p22 1
 BV BOUND x_g161_p26 1
 BV BOUND x_g161_p30 1
 BV BOUND x_g161_p34 1
 UP BOUND z_g161_p10 1
 UP BOUND z_g161_p14 1
 UP BOUND z_g161_p18 1
 UP BOUND z_g161_p22 1
 UP BOUND z_g161_p26 1
 UP BOUND z_g161_p30 1
 BV BOUND x_g162_p30 1
 BV BOUND x_g162_p34 1
 UP BOUND z_g162_p30 1
 BV BOUND x_g163_p35 1
 BV BOUND x_g164_p10 1
 BV BOUND x_g164_p14 1
 BV BOUND x_g164_p18 1
 BV BOUND x_g164_p22 1
 BV BOUND x_g164_p26 1
 BV BOUND x_g164_p30 1
 BV BOUND x_g164_p34 1
 UP BOUND z_g164_p10 1
 UP BOUND z_g164_p14 1
 UP BOUND z_g164_p18 1
 UP BOUND z_g164_p22 1
 UP BOUND z_g164_p26 1
 UP BOUND z_g164_p30 1
 BV BOUND x_g165_p22 1
 BV BOUND x_g165_p26 1
 BV BOUND x_g165_p30 1
 BV BOUND x_g165_p34 1
 UP BOUND z_g165_p22 1
 UP BOUND z_g165_p26 1
 UP BOUND z_g165_p30 1
 BV BOUND x_g166_p18 1
 BV BOUND x_g166_p22 1
 BV BOUND x_g166_p26 1
 BV BOUND x_g166_p30 1
 BV BOUND x_g166_p34 1
 UP BOUND z_g166_p18 1
 UP BOUND z_g166_p22 1
 UP BOUND z_g166_p26 1
 UP BOUND z_g166_p30 1
 BV BOUND x_g167_p22 1
 BV BOUND x_g167_p26 1
 BV BOUND x_g167_p30 1
 BV BOUND x_g167_p34 1
 UP BOUND z_g167_p22 1
 UP BOUND z_g167_p26 1
 UP BOUND z_g167_p30 1
 BV BOUND x_g168_p30 1
 BV BOUND x_g168_p34 1
 UP BOUND z_g168_p30 1
 BV BOUND x_g169_p30 1
 BV BOUND x_g169_p34 1
 UP BOUND z_g169_p30 1
 BV BOUND x_g170_p34 1
 BV BOUND x_g171_p34 1
 BV BOUND x_g172_p35 1
 BV BOUND x_g173_p10 1
 BV BOUND x_g173_p14 1
 BV BOUND x_g173_p18 1
 BV BOUND x_g173_p22 1
 BV BOUND x_g173_p26 1
 BV BOUND x_g173_p30 1
 BV BOUND x_g173_p34 1
 UP BOUND z_g173_p10 1
 UP BOUND z_g173_p14 1
 UP BOUND z_g173_p18 1
 UP BOUND z_g173_p22 1
 UP BOUND z_g173_p26 1
 UP BOUND z_g173_p30 1
 BV BOUND x_g174_p26 1
 BV BOUND x_g174_p30 1
 BV BOUND x_g174_p34 1
 UP BOUND z_g174_p26 1
 UP BOUND z_g174_p30 1
 BV BOUND x_g175_p22 1
 BV BOUND x_g175_p26 1
 BV BOUND x_g175_p30 1
 BV BOUND x_g175_p34 1
 UP BOUND z_g175_p22 1
 UP BOUND z_g175_p26 1
 UP BOUND z_g175_p30 1
 BV BOUND x_g176_p22 1
 BV BOUND x_g176_p26 1
 BV BOUND x_g176_p30 1
 BV BOUND x_g176_p34 1
 UP BOUND z_g176_p22 1
 UP BOUND z_g176_p26 1
 UP BOUND z_g176_p30 1
 BV BOUND x_g177_p30 1
 BV BOUND x_g177_p34 1
 UP BOUND z_g177_p30 1
 BV BOUND x_g178_p30 1
 BV BOUND x_g178_p34 1
 UP BOUND z_g178_p30 1
 BV BOUND x_g179_p34 1
 BV BOUND x_g180_p34 1
 BV BOUND x_g181_p35 1
 BV BOUND x_g182_p10 1
 BV BOUND x_g182_p14 1
 BV BOUND x_g182_p18 1
 BV BOUND x_g182_p22 1
 BV BOUND x_g182_p26 1
 BV BOUND x_g182_p30 1
 BV BOUND x_g182_p34 1
 UP BOUND z_g182_p10 1
 UP BOUND z_g182_p14 1
 UP BOUND z_g182_p18 1
 UP BOUND z_g182_p22 1
 UP BOUND z_g182_p26 1
 UP BOUND z_g182_p30 1
 BV BOUND x_g183_p30 1
 BV BOUND x_g183_p34 1
 UP BOUND z_g183_p30 1
 BV BOUND x_g184_p26 1
 BV BOUND x_g184_p30 1
 BV BOUND x_g184_p34 1
 UP BOUND z_g184_p26 1
 UP BOUND z_g184_p30 1
 BV BOUND x_g185_p22 1
 BV BOUND x_g185_p26 1
 BV BOUND x_g185_p30 1
 BV BOUND x_g185_p34 1
 UP BOUND z_g185_p22 1
 UP BOUND z_g185_p26 1
 UP BOUND z_g185_p30 1
 BV BOUND x_g186_p30 1
 BV BOUND x_g186_p34 1
 UP BOUND z_g186_p30 1
 BV BOUND x_g187_p30 1
 BV BOUND x_g187_p34 1
 UP BOUND z_g187_p30 1
 BV BOUND x_g188_p34 1
 BV BOUND x_g189_p34 1
 BV BOUND x_g190_p35 1
 BV BOUND x_g191_p7 1
 BV BOUND x_g191_p9 1
 BV BOUND x_g191_p11 1
 BV BOUND x_g191_p13 1
 BV BOUND x_g191_p15 1
 BV BOUND x_g191_p17 1
 BV BOUND x_g191_p19 1
 BV BOUND x_g191_p21 1
 BV BOUND x_g191_p23 1
 BV BOUND x_g191_p25 1
 BV BOUND x_g191_p27 1
 BV BOUND x_g191_p29 1
 BV BOUND x_g191_p31 1
 BV BOUND x_g191_p33 1
 BV BOUND x_g191_p35 1
 UP BOUND z_g191_p7 1
 UP BOUND z_g191_p9 1
 UP BOUND z_g191_p11 1
 UP BOUND z_g191_p13 1
 UP BOUND z_g191_p15 1
 UP BOUND z_g191_p17 1
 UP BOUND z_g191_p19 1
 UP BOUND z_g191_p21 1
 UP BOUND z_g191_p23 1
 UP BOUND z_g191_p25 1
 UP BOUND z_g191_p27 1
 UP BOUND z_g191_p29 1
 UP BOUND z_g191_p31 1
 UP BOUND z_g191_p33 1
 BV BOUND x_g192_p21 1
 BV BOUND x_g192_p23 1
 BV BOUND x_g192_p25 1
 BV BOUND x_g192_p27 1
 BV BOUND x_g192_p29 1
 BV BOUND x_g192_p31 1
 BV BOUND x_g192_p33 1
 BV BOUND x_g192_p35 1
 UP BOUND z_g192_p21 1
 UP BOUND z_g192_p23 1
 UP BOUND z_g192_p25 1
 UP BOUND z_g192_p27 1
 UP BOUND z_g192_p29 1
 UP BOUND z_g192_p31 1
 UP BOUND z_g192_p33 1
 BV BOUND x_g193_p10 1
 BV BOUND x_g193_p14 1
 BV BOUND x_g193_p18 1
 BV BOUND x_g193_p22 1
 BV BOUND x_g193_p26 1
 BV BOUND x_g193_p30 1
 BV BOUND x_g193_p34 1
 UP BOUND z_g193_p10 1
 UP BOUND z_g193_p14 1
 UP BOUND z_g193_p18 1
 UP BOUND z_g193_p22 1
 UP BOUND z_g193_p26 1
 UP BOUND z_g193_p30 1
 BV BOUND x_g194_p10 1
 BV BOUND x_g194_p14 1
 BV BOUND x_g194_p18 1
 BV BOUND x_g194_p22 1
 BV BOUND x_g194_p26 1
 BV BOUND x_g194_p30 1
 BV BOUND x_g194_p34 1
 UP BOUND z_g194_p10 1
 UP BOUND z_g194_p14 1
 UP BOUND z_g194_p18 1
 UP BOUND z_g194_p22 1
 UP BOUND z_g194_p26 1
 UP BOUND z_g194_p30 1
 BV BOUND x_g195_p10 1
 BV BOUND x_g195_p14 1
 BV BOUND x_g195_p18 1
 BV BOUND x_g195_p22 1
 BV BOUND x_g195_p26 1
 BV BOUND x_g195_p30 1
 BV BOUND x_g195_p34 1
 UP BOUND z_g195_p10 1
 UP BOUND z_g195_p14 1
 UP BOUND z_g195_p18 1
 UP BOUND z_g195_p22 1
 UP BOUND z_g195_p26 1
 UP BOUND z_g195_p30 1
 BV BOUND x_g196_p10 1
 BV BOUND x_g196_p14 1
 BV BOUND x_g196_p18 1
 BV BOUND x_g196_p22 1
 BV BOUND x_g196_p26 1
 BV BOUND x_g196_p30 1
 BV BOUND x_g196_p34 1
 UP BOUND z_g196_p10 1
 UP BOUND z_g196_p14 1
 UP BOUND z_g196_p18 1
 UP BOUND z_g196_p22 1
 UP BOUND z_g196_p26 1
 UP BOUND z_g196_p30 1
 BV BOUND x_g197_p10 1
 BV BOUND x_g197_p14 1
 BV BOUND x_g197_p18 1
 BV BOUND x_g197_p22 1
 BV BOUND x_g197_p26 1
 BV BOUND x_g197_p30 1
 BV BOUND x_g197_p34 1
 UP BOUND z_g197_p10 1
 UP BOUND z_g197_p14 1
 UP BOUND z_g197_p18 1
 UP BOUND z_g197_p22 1
 UP BOUND z_g197_p26 1
 UP BOUND z_g197_p30 1
 BV BOUND x_g198_p10 1
 BV BOUND x_g198_p14 1
 BV BOUND x_g198_p18 1
 BV BOUND x_g198_p22 1
 BV BOUND x_g198_p26 1
 BV BOUND x_g198_p30 1
 BV BOUND x_g198_p34 1
 UP BOUND z_g198_p10 1
 UP BOUND z_g198_p14 1
 UP BOUND z_g198_p18 1
 UP BOUND z_g198_p22 1
 UP BOUND z_g198_p26 1
 UP BOUND z_g198_p30 1
 BV BOUND x_g199_p10 1
 BV BOUND x_g199_p14 1
 BV BOUND x_g199_p18 1
 BV BOUND x_g199_p22 1
 BV BOUND x_g199_p26 1
 BV BOUND x_g199_p30 1
 BV BOUND x_g199_p34 1
 UP BOUND z_g199_p10 1
 UP BOUND z_g199_p14 1
 UP BOUND z_g199_p18 1
 UP BOUND z_g199_p22 1
 UP BOUND z_g199_p26 1
 UP BOUND z_g199_p30 1
 BV BOUND x_g200_p10 1
 BV BOUND x_g200_p14 1
 BV BOUND x_g200_p18 1
 BV BOUND x_g200_p22 1
 BV BOUND x_g200_p26 1
 BV BOUND x_g200_p30 1
 BV BOUND x_g200_p34 1
 UP BOUND z_g200_p10 1
 UP BOUND z_g200_p14 1
 UP BOUND z_g200_p18 1
 UP BOUND z_g200_p22 1
 UP BOUND z_g200_p26 1
 UP BOUND z_g200_p30 1
 LO BOUND d_half 23
 UI BOUND d_half 45
 UP BOUND dy_v14_L2 1
 UP BOUND dy_v15_L2 1
 UP BOUND dy_v16_L2 1
 UP BOUND dy_v17_L2 1
 UP BOUND dy_v18_L2 1
 UP BOUND dy_v19_L2 1
 UP BOUND o_v33_c7 1
 UP BOUND o_v33_c9 1
 UP BOUND o_v33_c11 1
 UP BOUND o_v33_c13 1
 UP BOUND o_v33_c15 1
 UP BOUND o_v33_c17 1
 UP BOUND o_v33_c19 1
 UP BOUND o_v33_c21 1
 UP BOUND o_v33_c23 1
 UP BOUND o_v33_c25 1
 UP BOUND o_v33_c27 1
 UP BOUND o_v33_c29 1
 UP BOUND o_v33_c31 1
 UP BOUND o_v33_c33 1
 UP BOUND o_v33_c35 1
 UP BOUND dy_v33_L1 1
 UP BOUND dy_v33_L2 1
 UP BOUND dy_v33_L3 1
 UP BOUND dy_v33_L4 1
 UP BOUND dy_v33_L5 1
 UP BOUND dy_v33_L6 1
 UP BOUND dy_v33_L7 1
 UP BOUND dy_v33_L8 1
 UP BOUND o_v34_c3 1
 UP BOUND o_v34_c5 1
 UP BOUND o_v34_c7 1
 UP BOUND o_v35_c3 1
 UP BOUND o_v35_c5 1
 UP BOUND o_v35_c7 1
 UP BOUND o_v36_c3 1
 UP BOUND o_v36_c5 1
 UP BOUND dy_v36_L2 1
 UP BOUND o_v37_c3 1
 UP BOUND o_v37_c5 1
 UP BOUND o_v37_c7 1
 UP BOUND o_v37_c9 1
 UP BOUND o_v37_c11 1
 UP BOUND o_v37_c13 1
 UP BOUND o_v37_c15 1
 UP BOUND o_v37_c17 1
 UP BOUND o_v37_c19 1
 UP BOUND o_v37_c21 1
 UP BOUND o_v37_c23 1
 UP BOUND o_v37_c25 1
 UP BOUND o_v37_c27 1
 UP BOUND o_v37_c29 1
 UP BOUND o_v37_c31 1
 UP BOUND o_v38_c3 1
 UP BOUND o_v38_c5 1
 UP BOUND o_v38_c7 1
 UP BOUND o_v38_c9 1
 UP BOUND o_v38_c11 1
 UP BOUND o_v38_c13 1
 UP BOUND o_v38_c15 1
 UP BOUND o_v38_c17 1
 UP BOUND o_v38_c19 1
 UP BOUND o_v38_c21 1
 UP BOUND o_v38_c23 1
 UP BOUND o_v38_c25 1
 UP BOUND o_v38_c27 1
 UP BOUND o_v38_c29 1
 UP BOUND o_v38_c31 1
 UP BOUND o_v40_c3 1
 UP BOUND o_v40_c5 1
 UP BOUND o_v40_c7 1
 UP BOUND o_v40_c9 1
 UP BOUND o_v40_c11 1
 UP BOUND o_v40_c13 1
 UP BOUND o_v40_c15 1
 UP BOUND o_v40_c17 1
 UP BOUND o_v40_c19 1
 UP BOUND o_v40_c21 1
 UP BOUND o_v40_c23 1
 UP BOUND o_v40_c25 1
 UP BOUND o_v40_c27 1
 UP BOUND o_v40_c29 1
 UP BOUND o_v40_c31 1
 UP BOUND o_v41_c3 1
 UP BOUND o_v41_c5 1
 UP BOUND o_v41_c7 1
 UP BOUND o_v41_c9 1
 UP BOUND o_v41_c11 1
 UP BOUND o_v41_c13 1
 UP BOUND o_v41_c15 1
 UP BOUND o_v41_c17 1
 UP BOUND o_v41_c19 1
 UP BOUND o_v41_c21 1
 UP BOUND o_v41_c23 1
 UP BOUND o_v41_c25 1
 UP BOUND o_v41_c27 1
 UP BOUND o_v41_c29 1
 UP BOUND o_v41_c31 1
 UP BOUND o_v43_c9 1
 UP BOUND o_v43_c11 1
 UP BOUND o_v43_c13 1
 UP BOUND o_v43_c15 1
 UP BOUND o_v43_c17 1
 UP BOUND o_v43_c19 1
 UP BOUND o_v43_c21 1
 UP BOUND o_v43_c23 1
 UP BOUND o_v43_c25 1
 UP BOUND o_v43_c27 1
 UP BOUND o_v43_c29 1
 UP BOUND o_v43_c31 1
 UP BOUND o_v43_c33 1
 UP BOUND o_v43_c35 1
 UP BOUND o_v44_c9 1
 UP BOUND o_v44_c11 1
 UP BOUND o_v44_c13 1
 UP BOUND o_v44_c15 1
 UP BOUND o_v44_c17 1
 UP BOUND o_v44_c19 1
 UP BOUND o_v44_c21 1
 UP BOUND o_v44_c23 1
 UP BOUND o_v44_c25 1
 UP BOUND o_v44_c27 1
 UP BOUND o_v44_c29 1
 UP BOUND o_v44_c31 1
 UP BOUND o_v50_c13 1
 UP BOUND o_v50_c15 1
 UP BOUND o_v50_c17 1
 UP BOUND o_v50_c19 1
 UP BOUND o_v50_c21 1
 UP BOUND o_v50_c23 1
 UP BOUND o_v50_c25 1
 UP BOUND o_v50_c27 1
 UP BOUND o_v50_c29 1
 UP BOUND o_v50_c31 1
 UP BOUND o_v50_c33 1
 UP BOUND o_v50_c35 1
 UP BOUND o_v51_c13 1
 UP BOUND o_v51_c15 1
 UP BOUND o_v51_c17 1
 UP BOUND o_v51_c19 1
 UP BOUND o_v51_c21 1
 UP BOUND o_v51_c23 1
 UP BOUND o_v51_c25 1
 UP BOUND o_v51_c27 1
 UP BOUND o_v51_c29 1
 UP BOUND o_v51_c31 1
 UP BOUND o_v51_c33 1
 UP BOUND o_v51_c35 1
 UP BOUND o_v53_c7 1
 UP BOUND o_v53_c9 1
 UP BOUND o_v53_c11 1
 UP BOUND o_v53_c13 1
 UP BOUND o_v53_c15 1
 UP BOUND o_v53_c17 1
 UP BOUND o_v53_c19 1
 UP BOUND o_v53_c21 1
 UP BOUND o_v53_c23 1
 UP BOUND o_v53_c25 1
 UP BOUND o_v53_c27 1
 UP BOUND o_v53_c29 1
 UP BOUND o_v53_c31 1
 UP BOUND o_v53_c33 1
 UP BOUND o_v53_c35 1
 UP BOUND dy_v53_L3 1
 UP BOUND dy_v53_L4 1
 UP BOUND dy_v53_L5 1
 UP BOUND dy_v53_L6 1
 UP BOUND dy_v53_L7 1
 UP BOUND dy_v53_L8 1
 UP BOUND o_v54_c7 1
 UP BOUND o_v54_c9 1
 UP BOUND o_v54_c33 1
 UP BOUND o_v54_c35 1
 UP BOUND dy_v54_L8 1
 UP BOUND o_v55_c7 1
 UP BOUND o_v55_c9 1
 UP BOUND o_v55_c33 1
 UP BOUND o_v55_c35 1
 UP BOUND dy_v55_L8 1
 UP BOUND o_v56_c7 1
 UP BOUND o_v56_c9 1
 UP BOUND o_v56_c11 1
 UP BOUND o_v56_c13 1
 UP BOUND o_v56_c15 1
 UP BOUND o_v56_c17 1
 UP BOUND o_v56_c19 1
 UP BOUND o_v56_c21 1
 UP BOUND o_v56_c23 1
 UP BOUND o_v56_c25 1
 UP BOUND o_v56_c27 1
 UP BOUND o_v56_c29 1
 UP BOUND o_v56_c31 1
 UP BOUND o_v56_c33 1
 UP BOUND o_v56_c35 1
 UP BOUND dy_v56_L7 1
 UP BOUND dy_v56_L8 1
 UP BOUND o_v57_c7 1
 UP BOUND o_v57_c9 1
 UP BOUND o_v57_c11 1
 UP BOUND o_v57_c13 1
 UP BOUND o_v57_c15 1
 UP BOUND o_v57_c17 1
 UP BOUND o_v57_c19 1
 UP BOUND o_v57_c21 1
 UP BOUND o_v57_c23 1
 UP BOUND o_v57_c25 1
 UP BOUND o_v57_c27 1
 UP BOUND o_v57_c29 1
 UP BOUND o_v57_c31 1
 UP BOUND o_v57_c33 1
 UP BOUND o_v57_c35 1
 UP BOUND dy_v57_L7 1
 UP BOUND dy_v57_L8 1
 UP BOUND o_v58_c7 1
 UP BOUND o_v58_c9 1
 UP BOUND o_v58_c25 1
 UP BOUND o_v58_c27 1
 UP BOUND o_v58_c29 1
 UP BOUND o_v58_c31 1
 UP BOUND o_v58_c33 1
 UP BOUND o_v58_c35 1
 UP BOUND dy_v58_L6 1
 UP BOUND dy_v58_L7 1
 UP BOUND dy_v58_L8 1
 UP BOUND o_v64_c31 1
 UP BOUND o_v64_c33 1
 UP BOUND o_v65_c7 1
 UP BOUND o_v65_c9 1
 UP BOUND o_v65_c11 1
 UP BOUND o_v65_c13 1
 UP BOUND o_v65_c15 1
 UP BOUND o_v65_c17 1
 UP BOUND o_v65_c19 1
 UP BOUND o_v65_c21 1
 UP BOUND o_v65_c23 1
 UP BOUND o_v65_c25 1
 UP BOUND o_v65_c27 1
 UP BOUND o_v65_c29 1
 UP BOUND o_v65_c31 1
 UP BOUND o_v65_c33 1
 UP BOUND o_v65_c35 1
 UP BOUND dy_v65_L8 1
 UP BOUND o_v68_c7 1
 UP BOUND o_v68_c9 1
 UP BOUND o_v68_c11 1
 UP BOUND o_v68_c13 1
 UP BOUND o_v68_c15 1
 UP BOUND o_v68_c17 1
 UP BOUND o_v68_c19 1
 UP BOUND o_v68_c21 1
 UP BOUND o_v68_c23 1
 UP BOUND o_v68_c25 1
 UP BOUND o_v68_c27 1
 UP BOUND o_v68_c29 1
 UP BOUND o_v68_c33 1
 UP BOUND o_v68_c35 1
 UP BOUND dy_v68_L8 1
 UP BOUND o_v69_c7 1
 UP BOUND o_v69_c9 1
 UP BOUND o_v69_c11 1
 UP BOUND o_v69_c13 1
 UP BOUND o_v69_c15 1
 UP BOUND o_v69_c17 1
 UP BOUND o_v69_c19 1
 UP BOUND o_v69_c21 1
 UP BOUND o_v69_c23 1
 UP BOUND o_v69_c25 1
 UP BOUND o_v69_c27 1
 UP BOUND o_v69_c29 1
 UP BOUND o_v69_c33 1
 UP BOUND o_v69_c35 1
 UP BOUND dy_v69_L8 1
 UP BOUND o_v70_c7 1
 UP BOUND o_v70_c9 1
 UP BOUND o_v70_c11 1
 UP BOUND o_v70_c13 1
 UP BOUND o_v70_c15 1
 UP BOUND o_v70_c17 1
 UP BOUND o_v70_c19 1
 UP BOUND o_v70_c21 1
 UP BOUND o_v70_c23 1
 UP BOUND o_v70_c25 1
 UP BOUND o_v70_c27 1
 UP BOUND o_v70_c29 1
 UP BOUND o_v70_c33 1
 UP BOUND o_v70_c35 1
 UP BOUND dy_v70_L8 1
 UP BOUND o_v73_c7 1
 UP BOUND o_v73_c9 1
 UP BOUND o_v73_c11 1
 UP BOUND o_v73_c13 1
 UP BOUND o_v73_c15 1
 UP BOUND o_v73_c17 1
 UP BOUND o_v73_c19 1
 UP BOUND o_v73_c21 1
 UP BOUND o_v73_c23 1
 UP BOUND o_v73_c25 1
 UP BOUND o_v73_c27 1
 UP BOUND o_v73_c29 1
 UP BOUND o_v74_c7 1
 UP BOUND o_v74_c9 1
 UP BOUND o_v74_c11 1
 UP BOUND o_v74_c13 1
 UP BOUND o_v74_c15 1
 UP BOUND o_v74_c17 1
 UP BOUND o_v74_c19 1
 UP BOUND o_v74_c21 1
 UP BOUND o_v74_c23 1
 UP BOUND o_v74_c25 1
 UP BOUND o_v74_c27 1
 UP BOUND o_v74_c29 1
 UP BOUND o_v76_c7 1
 UP BOUND o_v76_c9 1
 UP BOUND o_v76_c11 1
 UP BOUND o_v76_c13 1
 UP BOUND o_v76_c15 1
 UP BOUND o_v76_c17 1
 UP BOUND o_v76_c19 1
 UP BOUND o_v76_c21 1
 UP BOUND o_v76_c23 1
 UP BOUND o_v76_c25 1
 UP BOUND o_v76_c27 1
 UP BOUND o_v76_c29 1
 UP BOUND o_v76_c31 1
 UP BOUND o_v76_c33 1
 UP BOUND o_v76_c35 1
 UP BOUND dy_v76_L3 1
 UP BOUND dy_v76_L4 1
 UP BOUND dy_v76_L5 1
 UP BOUND dy_v76_L6 1
 UP BOUND dy_v76_L7 1
 UP BOUND dy_v76_L8 1
 UP BOUND o_v86_c11 1
 UP BOUND o_v86_c13 1
 UP BOUND o_v86_c15 1
 UP BOUND o_v86_c17 1
 UP BOUND o_v87_c11 1
 UP BOUND o_v87_c13 1
 UP BOUND o_v87_c15 1
 UP BOUND o_v87_c17 1
 UP BOUND o_v89_c11 1
 UP BOUND o_v89_c13 1
 UP BOUND o_v89_c15 1
 UP BOUND o_v89_c17 1
 UP BOUND o_v89_c19 1
 UP BOUND o_v89_c21 1
 UP BOUND o_v90_c11 1
 UP BOUND o_v90_c13 1
 UP BOUND o_v90_c15 1
 UP BOUND o_v90_c17 1
 UP BOUND o_v90_c19 1
 UP BOUND o_v90_c21 1
 UP BOUND o_v92_c11 1
 UP BOUND o_v92_c13 1
 UP BOUND o_v92_c15 1
 UP BOUND o_v92_c17 1
 UP BOUND o_v92_c19 1
 UP BOUND o_v92_c21 1
 UP BOUND o_v92_c23 1
 UP BOUND o_v92_c25 1
 UP BOUND o_v93_c11 1
 UP BOUND o_v93_c13 1
 UP BOUND o_v93_c15 1
 UP BOUND o_v93_c17 1
 UP BOUND o_v93_c19 1
 UP BOUND o_v93_c21 1
 UP BOUND o_v93_c23 1
 UP BOUND o_v93_c25 1
 UP BOUND o_v95_c11 1
 UP BOUND o_v95_c13 1
 UP BOUND o_v95_c15 1
 UP BOUND o_v95_c17 1
 UP BOUND o_v95_c19 1
 UP BOUND o_v95_c21 1
 UP BOUND o_v95_c23 1
 UP BOUND o_v95_c25 1
 UP BOUND o_v95_c27 1
 UP BOUND o_v95_c29 1
 UP BOUND o_v96_c11 1
 UP BOUND o_v96_c13 1
 UP BOUND o_v96_c15 1
 UP BOUND o_v96_c17 1
 UP BOUND o_v96_c19 1
 UP BOUND o_v96_c21 1
 UP BOUND o_v96_c23 1
 UP BOUND o_v96_c25 1
 UP BOUND o_v96_c27 1
 UP BOUND o_v96_c29 1
 UP BOUND o_v98_c15 1
 UP BOUND o_v98_c17 1
 UP BOUND o_v98_c19 1
 UP BOUND o_v98_c21 1
 UP BOUND o_v98_c23 1
 UP BOUND o_v98_c25 1
 UP BOUND o_v98_c27 1
 UP BOUND o_v98_c29 1
 UP BOUND o_v98_c31 1
 UP BOUND dy_v98_L4 1
 UP BOUND dy_v98_L5 1
 UP BOUND dy_v98_L6 1
 UP BOUND dy_v98_L7 1
 UP BOUND o_v99_c15 1
 UP BOUND o_v99_c17 1
 UP BOUND o_v99_c19 1
 UP BOUND o_v99_c21 1
 UP BOUND o_v99_c23 1
 UP BOUND o_v99_c25 1
 UP BOUND o_v99_c27 1
 UP BOUND o_v99_c29 1
 UP BOUND o_v99_c31 1
 UP BOUND dy_v99_L4 1
 UP BOUND dy_v99_L5 1
 UP BOUND dy_v99_L6 1
 UP BOUND dy_v99_L7 1
 UP BOUND o_v101_c15 1
 UP BOUND o_v101_c17 1
 UP BOUND o_v101_c19 1
 UP BOUND o_v101_c21 1
 UP BOUND o_v101_c23 1
 UP BOUND o_v101_c25 1
 UP BOUND o_v101_c27 1
 UP BOUND o_v101_c29 1
 UP BOUND o_v101_c31 1
 UP BOUND o_v101_c33 1
 UP BOUND o_v101_c35 1
 UP BOUND dy_v101_L5 1
 UP BOUND dy_v101_L6 1
 UP BOUND dy_v101_L7 1
 UP BOUND dy_v101_L8 1
 UP BOUND o_v102_c19 1
 UP BOUND o_v102_c21 1
 UP BOUND o_v102_c23 1
 UP BOUND o_v102_c25 1
 UP BOUND o_v102_c27 1
 UP BOUND o_v102_c29 1
 UP BOUND o_v102_c31 1
 UP BOUND dy_v102_L5 1
 UP BOUND dy_v102_L6 1
 UP BOUND dy_v102_L7 1
 UP BOUND o_v103_c19 1
 UP BOUND o_v103_c21 1
 UP BOUND o_v103_c23 1
 UP BOUND o_v103_c25 1
 UP BOUND o_v103_c27 1
 UP BOUND o_v103_c29 1
 UP BOUND o_v103_c31 1
 UP BOUND dy_v103_L5 1
 UP BOUND dy_v103_L6 1
 UP BOUND dy_v103_L7 1
 UP BOUND o_v105_c19 1
 UP BOUND o_v105_c21 1
 UP BOUND o_v105_c23 1
 UP BOUND o_v105_c25 1
 UP BOUND o_v105_c27 1
 UP BOUND o_v105_c29 1
 UP BOUND o_v105_c31 1
 UP BOUND o_v105_c33 1
 UP BOUND o_v105_c35 1
 UP BOUND dy_v105_L6 1
 UP BOUND dy_v105_L7 1
 UP BOUND dy_v105_L8 1
 UP BOUND o_v106_c23 1
 UP BOUND o_v106_c25 1
 UP BOUND o_v106_c27 1
 UP BOUND o_v106_c29 1
 UP BOUND o_v106_c31 1
 UP BOUND o_v106_c33 1
 UP BOUND dy_v106_L6 1
 UP BOUND dy_v106_L7 1
 UP BOUND dy_v106_L8 1
 UP BOUND o_v107_c23 1
 UP BOUND o_v107_c25 1
 UP BOUND o_v107_c27 1
 UP BOUND o_v107_c29 1
 UP BOUND o_v107_c31 1
 UP BOUND o_v107_c33 1
 UP BOUND dy_v107_L6 1
 UP BOUND dy_v107_L7 1
 UP BOUND dy_v107_L8 1
 UP BOUND o_v110_c27 1
 UP BOUND o_v110_c29 1
 UP BOUND o_v110_c31 1
 UP BOUND o_v110_c33 1
 UP BOUND o_v110_c35 1
 UP BOUND dy_v110_L7 1
 UP BOUND dy_v110_L8 1
 UP BOUND o_v111_c27 1
 UP BOUND o_v111_c29 1
 UP BOUND o_v111_c31 1
 UP BOUND o_v111_c33 1
 UP BOUND o_v111_c35 1
 UP BOUND dy_v111_L7 1
 UP BOUND dy_v111_L8 1
 UP BOUND o_v114_c11 1
 UP BOUND o_v114_c13 1
 UP BOUND o_v114_c15 1
 UP BOUND o_v114_c17 1
 UP BOUND o_v114_c19 1
 UP BOUND o_v114_c21 1
 UP BOUND o_v114_c23 1
 UP BOUND o_v114_c25 1
 UP BOUND o_v114_c27 1
 UP BOUND o_v114_c29 1
 UP BOUND o_v114_c31 1
 UP BOUND o_v114_c33 1
 UP BOUND dy_v114_L3 1
 UP BOUND dy_v114_L4 1
 UP BOUND dy_v114_L5 1
 UP BOUND dy_v114_L6 1
 UP BOUND dy_v114_L7 1
 UP BOUND dy_v114_L8 1
 UP BOUND o_v115_c11 1
 UP BOUND o_v115_c13 1
 UP BOUND o_v115_c15 1
 UP BOUND o_v115_c17 1
 UP BOUND o_v115_c19 1
 UP BOUND o_v115_c21 1
 UP BOUND o_v115_c23 1
 UP BOUND o_v115_c25 1
 UP BOUND o_v115_c27 1
 UP BOUND o_v115_c29 1
 UP BOUND o_v115_c31 1
 UP BOUND o_v115_c33 1
 UP BOUND dy_v115_L3 1
 UP BOUND dy_v115_L4 1
 UP BOUND dy_v115_L5 1
 UP BOUND dy_v115_L6 1
 UP BOUND dy_v115_L7 1
 UP BOUND dy_v115_L8 1
 UP BOUND o_v118_c15 1
 UP BOUND o_v118_c17 1
 UP BOUND o_v118_c19 1
 UP BOUND o_v118_c21 1
 UP BOUND o_v118_c23 1
 UP BOUND o_v118_c25 1
 UP BOUND o_v118_c27 1
 UP BOUND o_v118_c29 1
 UP BOUND o_v118_c31 1
 UP BOUND o_v118_c33 1
 UP BOUND dy_v118_L4 1
 UP BOUND dy_v118_L5 1
 UP BOUND dy_v118_L6 1
 UP BOUND dy_v118_L7 1
 UP BOUND dy_v118_L8 1
 UP BOUND o_v119_c15 1
 UP BOUND o_v119_c17 1
 UP BOUND o_v119_c19 1
 UP BOUND o_v119_c21 1
 UP BOUND o_v119_c23 1
 UP BOUND o_v119_c25 1
 UP BOUND o_v119_c27 1
 UP BOUND o_v119_c29 1
 UP BOUND o_v119_c31 1
 UP BOUND o_v119_c33 1
 UP BOUND dy_v119_L4 1
 UP BOUND dy_v119_L5 1
 UP BOUND dy_v119_L6 1
 UP BOUND dy_v119_L7 1
 UP BOUND dy_v119_L8 1
 UP BOUND o_v122_c19 1
 UP BOUND o_v122_c21 1
 UP BOUND o_v122_c23 1
 UP BOUND o_v122_c25 1
 UP BOUND o_v122_c27 1
 UP BOUND o_v122_c29 1
 UP BOUND o_v122_c31 1
 UP BOUND o_v122_c33 1
 UP BOUND dy_v122_L5 1
 UP BOUND dy_v122_L6 1
 UP BOUND dy_v122_L7 1
 UP BOUND dy_v122_L8 1
 UP BOUND o_v123_c19 1
 UP BOUND o_v123_c21 1
 UP BOUND o_v123_c23 1
 UP BOUND o_v123_c25 1
 UP BOUND o_v123_c27 1
 UP BOUND o_v123_c29 1
 UP BOUND o_v123_c31 1
 UP BOUND o_v123_c33 1
 UP BOUND dy_v123_L5 1
 UP BOUND dy_v123_L6 1
 UP BOUND dy_v123_L7 1
 UP BOUND dy_v123_L8 1
 UP BOUND o_v126_c23 1
 UP BOUND o_v126_c25 1
 UP BOUND o_v126_c27 1
 UP BOUND o_v126_c29 1
 UP BOUND o_v126_c31 1
 UP BOUND o_v126_c33 1
 UP BOUND dy_v126_L6 1
 UP BOUND dy_v126_L7 1
 UP BOUND dy_v126_L8 1
 UP BOUND o_v127_c23 1
 UP BOUND o_v127_c25 1
 UP BOUND o_v127_c27 1
 UP BOUND o_v127_c29 1
 UP BOUND o_v127_c31 1
 UP BOUND o_v127_c33 1
 UP BOUND dy_v127_L6 1
 UP BOUND dy_v127_L7 1
 UP BOUND dy_v127_L8 1
 UP BOUND o_v128_c23 1
 UP BOUND o_v128_c29 1
 UP BOUND o_v128_c31 1
 UP BOUND o_v128_c33 1
 UP BOUND o_v128_c35 1
 UP BOUND o_v130_c11 1
 UP BOUND o_v130_c13 1
 UP BOUND o_v130_c15 1
 UP BOUND o_v130_c17 1
 UP BOUND o_v130_c19 1
 UP BOUND o_v130_c21 1
 UP BOUND o_v130_c23 1
 UP BOUND o_v130_c25 1
 UP BOUND o_v131_c11 1
 UP BOUND o_v131_c13 1
 UP BOUND o_v131_c15 1
 UP BOUND o_v131_c17 1
 UP BOUND o_v131_c19 1
 UP BOUND o_v131_c21 1
 UP BOUND o_v131_c23 1
 UP BOUND o_v131_c25 1
 UP BOUND o_v132_c11 1
 UP BOUND o_v132_c13 1
 UP BOUND o_v132_c15 1
 UP BOUND o_v132_c17 1
 UP BOUND o_v132_c19 1
 UP BOUND o_v132_c21 1
 UP BOUND o_v132_c23 1
 UP BOUND o_v132_c25 1
 UP BOUND o_v133_c11 1
 UP BOUND o_v133_c13 1
 UP BOUND o_v133_c15 1
 UP BOUND o_v133_c17 1
 UP BOUND o_v133_c19 1
 UP BOUND o_v133_c21 1
 UP BOUND o_v133_c23 1
 UP BOUND o_v133_c25 1
 UP BOUND o_v133_c27 1
 UP BOUND o_v134_c11 1
 UP BOUND o_v134_c13 1
 UP BOUND o_v134_c15 1
 UP BOUND o_v134_c17 1
 UP BOUND o_v134_c19 1
 UP BOUND o_v134_c21 1
 UP BOUND o_v134_c23 1
 UP BOUND o_v134_c25 1
 UP BOUND o_v135_c11 1
 UP BOUND o_v135_c13 1
 UP BOUND o_v135_c15 1
 UP BOUND o_v135_c17 1
 UP BOUND o_v135_c19 1
 UP BOUND o_v135_c21 1
 UP BOUND o_v135_c23 1
 UP BOUND o_v135_c25 1
 UP BOUND o_v136_c11 1
 UP BOUND o_v136_c13 1
 UP BOUND o_v136_c15 1
 UP BOUND o_v136_c17 1
 UP BOUND o_v136_c19 1
 UP BOUND o_v136_c21 1
 UP BOUND o_v136_c23 1
 UP BOUND o_v136_c25 1
 UP BOUND o_v137_c11 1
 UP BOUND o_v137_c13 1
 UP BOUND o_v137_c15 1
 UP BOUND o_v137_c17 1
 UP BOUND o_v137_c19 1
 UP BOUND o_v137_c21 1
 UP BOUND o_v137_c23 1
 UP BOUND o_v137_c25 1
 UP BOUND o_v137_c27 1
 UP BOUND o_v138_c11 1
 UP BOUND o_v138_c13 1
 UP BOUND o_v138_c15 1
 UP BOUND o_v138_c17 1
 UP BOUND o_v138_c19 1
 UP BOUND o_v138_c21 1
 UP BOUND o_v138_c23 1
 UP BOUND o_v138_c25 1
 UP BOUND o_v139_c11 1
 UP BOUND o_v139_c13 1
 UP BOUND o_v139_c15 1
 UP BOUND o_v139_c17 1
 UP BOUND o_v139_c19 1
 UP BOUND o_v139_c21 1
 UP BOUND o_v139_c23 1
 UP BOUND o_v139_c25 1
 UP BOUND o_v140_c11 1
 UP BOUND o_v140_c13 1
 UP BOUND o_v140_c15 1
 UP BOUND o_v140_c17 1
 UP BOUND o_v140_c19 1
 UP BOUND o_v140_c21 1
 UP BOUND o_v140_c23 1
 UP BOUND o_v140_c25 1
 UP BOUND o_v141_c11 1
 UP BOUND o_v141_c13 1
 UP BOUND o_v141_c15 1
 UP BOUND o_v141_c17 1
 UP BOUND o_v141_c19 1
 UP BOUND o_v141_c21 1
 UP BOUND o_v141_c23 1
 UP BOUND o_v141_c25 1
 UP BOUND o_v141_c27 1
 UP BOUND o_v142_c11 1
 UP BOUND o_v142_c13 1
 UP BOUND o_v142_c15 1
 UP BOUND o_v142_c17 1
 UP BOUND o_v142_c19 1
 UP BOUND o_v142_c21 1
 UP BOUND o_v142_c23 1
 UP BOUND o_v142_c25 1
 UP BOUND o_v143_c11 1
 UP BOUND o_v143_c13 1
 UP BOUND o_v143_c15 1
 UP BOUND o_v143_c17 1
 UP BOUND o_v143_c19 1
 UP BOUND o_v143_c21 1
 UP BOUND o_v143_c23 1
 UP BOUND o_v143_c25 1
 UP BOUND o_v144_c11 1
 UP BOUND o_v144_c13 1
 UP BOUND o_v144_c15 1
 UP BOUND o_v144_c17 1
 UP BOUND o_v144_c19 1
 UP BOUND o_v144_c21 1
 UP BOUND o_v144_c23 1
 UP BOUND o_v144_c25 1
 UP BOUND o_v145_c11 1
 UP BOUND o_v145_c13 1
 UP BOUND o_v145_c15 1
 UP BOUND o_v145_c17 1
 UP BOUND o_v145_c19 1
 UP BOUND o_v145_c21 1
 UP BOUND o_v145_c23 1
 UP BOUND o_v145_c25 1
 UP BOUND o_v145_c27 1
 UP BOUND o_v146_c15 1
 UP BOUND o_v146_c17 1
 UP BOUND o_v146_c19 1
 UP BOUND o_v146_c21 1
 UP BOUND o_v146_c23 1
 UP BOUND o_v146_c25 1
 UP BOUND o_v146_c27 1
 UP BOUND o_v146_c29 1
 UP BOUND o_v147_c15 1
 UP BOUND o_v147_c17 1
 UP BOUND o_v147_c19 1
 UP BOUND o_v147_c21 1
 UP BOUND o_v147_c23 1
 UP BOUND o_v147_c25 1
 UP BOUND o_v147_c27 1
 UP BOUND o_v147_c29 1
 UP BOUND o_v148_c15 1
 UP BOUND o_v148_c17 1
 UP BOUND o_v148_c19 1
 UP BOUND o_v148_c21 1
 UP BOUND o_v148_c23 1
 UP BOUND o_v148_c25 1
 UP BOUND o_v148_c27 1
 UP BOUND o_v148_c29 1
 UP BOUND o_v148_c31 1
 UP BOUND o_v149_c11 1
 UP BOUND o_v149_c13 1
 UP BOUND o_v149_c15 1
 UP BOUND o_v149_c17 1
 UP BOUND o_v149_c19 1
 UP BOUND o_v149_c21 1
 UP BOUND o_v149_c23 1
 UP BOUND o_v149_c25 1
 UP BOUND o_v150_c11 1
 UP BOUND o_v150_c13 1
 UP BOUND o_v150_c15 1
 UP BOUND o_v150_c17 1
 UP BOUND o_v150_c19 1
 UP BOUND o_v150_c21 1
 UP BOUND o_v150_c23 1
 UP BOUND o_v150_c25 1
 UP BOUND o_v151_c11 1
 UP BOUND o_v151_c13 1
 UP BOUND o_v151_c15 1
 UP BOUND o_v151_c17 1
 UP BOUND o_v151_c19 1
 UP BOUND o_v151_c21 1
 UP BOUND o_v151_c23 1
 UP BOUND o_v152_c11 1
 UP BOUND o_v152_c13 1
 UP BOUND o_v152_c15 1
 UP BOUND o_v152_c17 1
 UP BOUND o_v152_c19 1
 UP BOUND o_v152_c21 1
 UP BOUND o_v152_c23 1
 UP BOUND o_v152_c25 1
 UP BOUND o_v153_c11 1
 UP BOUND o_v153_c13 1
 UP BOUND o_v153_c15 1
 UP BOUND o_v153_c17 1
 UP BOUND o_v153_c19 1
 UP BOUND o_v153_c21 1
 UP BOUND o_v153_c23 1
 UP BOUND o_v153_c25 1
 UP BOUND o_v154_c11 1
 UP BOUND o_v154_c13 1
 UP BOUND o_v154_c15 1
 UP BOUND o_v154_c17 1
 UP BOUND o_v154_c19 1
 UP BOUND o_v154_c21 1
 UP BOUND o_v154_c23 1
 UP BOUND o_v155_c27 1
 UP BOUND o_v155_c29 1
 UP BOUND o_v156_c27 1
 UP BOUND o_v156_c29 1
 UP BOUND o_v157_c27 1
 UP BOUND o_v157_c33 1
 UP BOUND o_v157_c35 1
 UP BOUND o_v158_c27 1
 UP BOUND o_v158_c29 1
 UP BOUND o_v158_c31 1
 UP BOUND o_v158_c33 1
 UP BOUND o_v159_c27 1
 UP BOUND o_v159_c29 1
 UP BOUND o_v159_c31 1
 UP BOUND o_v159_c33 1
 UP BOUND o_v160_c27 1
 UP BOUND o_v160_c29 1
 UP BOUND o_v160_c31 1
 UP BOUND o_v160_c33 1
 UP BOUND o_v160_c35 1
 UP BOUND o_v161_c27 1
 UP BOUND o_v161_c29 1
 UP BOUND o_v161_c31 1
 UP BOUND o_v161_c33 1
 UP BOUND o_v162_c27 1
 UP BOUND o_v162_c29 1
 UP BOUND o_v162_c31 1
 UP BOUND o_v162_c33 1
 UP BOUND o_v163_c27 1
 UP BOUND o_v163_c29 1
 UP BOUND o_v163_c31 1
 UP BOUND o_v163_c33 1
 UP BOUND o_v163_c35 1
 UP BOUND o_v164_c27 1
 UP BOUND o_v164_c29 1
 UP BOUND o_v164_c31 1
 UP BOUND o_v164_c33 1
 UP BOUND o_v165_c27 1
 UP BOUND o_v165_c29 1
 UP BOUND o_v165_c31 1
 UP BOUND o_v165_c33 1
 UP BOUND o_v166_c27 1
 UP BOUND o_v166_c29 1
 UP BOUND o_v166_c31 1
 UP BOUND o_v166_c33 1
 UP BOUND o_v166_c35 1
 UP BOUND o_v167_c27 1
 UP BOUND o_v167_c29 1
 UP BOUND o_v167_c31 1
 UP BOUND o_v167_c33 1
 UP BOUND o_v168_c27 1
 UP BOUND o_v168_c29 1
 UP BOUND o_v168_c31 1
 UP BOUND o_v168_c33 1
 UP BOUND o_v169_c27 1
 UP BOUND o_v169_c29 1
 UP BOUND o_v169_c31 1
 UP BOUND o_v169_c33 1
 UP BOUND o_v169_c35 1
 UP BOUND o_v170_c31 1
 UP BOUND o_v170_c33 1
 UP BOUND o_v171_c31 1
 UP BOUND o_v171_c33 1
 UP BOUND o_v172_c31 1
 UP BOUND o_v173_c31 1
 UP BOUND o_v173_c33 1
 UP BOUND o_v174_c31 1
 UP BOUND o_v174_c33 1
 UP BOUND o_v175_c31 1
 UP BOUND o_v176_c31 1
 UP BOUND o_v176_c33 1
 UP BOUND o_v177_c31 1
 UP BOUND o_v177_c33 1
 UP BOUND o_v178_c31 1
 UP BOUND o_v179_c31 1
 UP BOUND o_v179_c33 1
 UP BOUND o_v180_c31 1
 UP BOUND o_v180_c33 1
 UP BOUND o_v181_c31 1
 UP BOUND o_v186_c31 1
 UP BOUND o_v186_c33 1
 UP BOUND o_v187_c31 1
 UP BOUND o_v187_c33 1
 UP BOUND o_v188_c31 1
 UP BOUND o_v188_c33 1
 UP BOUND o_v189_c31 1
 UP BOUND o_v189_c33 1
 UP BOUND o_v190_c31 1
 UP BOUND o_v190_c33 1
 UP BOUND o_v191_c31 1
 UP BOUND o_v191_c33 1
 UP BOUND o_v194_c35 1
 UP BOUND o_v195_c35 1
 UP BOUND o_v200_c35 1
 UP BOUND o_v201_c35 1
 UP BOUND o_v202_c35 1
 UP BOUND o_v203_c35 1
 UP BOUND o_v204_c35 1
 UP BOUND o_v205_c35 1
 UP BOUND o_v208_c35 1
 UP BOUND o_v209_c35 1
 UP BOUND o_v210_c35 1
 UP BOUND o_v212_c35 1
 UP BOUND o_v213_c35 1
 UP BOUND o_v214_c35 1
 UP BOUND o_v215_c35 1
 UP BOUND o_v216_c35 1
 UP BOUND o_v217_c35 1
 UP BOUND o_v221_c35 1
 UP BOUND o_v222_c35 1
 UP BOUND o_v223_c35 1
 UP BOUND o_v224_c35 1
 UP BOUND o_v225_c35 1
 UP BOUND o_v226_c35 1
 UP BOUND o_v230_c35 1
 UP BOUND o_v231_c35 1
 UP BOUND o_v232_c35 1
 UP BOUND o_v233_c35 1
 UP BOUND o_v234_c35 1
 UP BOUND o_v235_c35 1
 UP BOUND pt_v0_L1 1
 UP BOUND pt_v0_L2 1
 UP BOUND pt_v0_L3 1
 UP BOUND pt_v0_L4 1
 UP BOUND pt_v0_L5 1
 UP BOUND pt_v0_L6 1
 UP BOUND pt_v0_L7 1
 UP BOUND pt_v0_L8 1
 UP BOUND pt_v65_L8 1
 UP BOUND pt_v75_L8 1
 UP BOUND pt_v78_L4 1
 UP BOUND pt_v78_L5 1
 UP BOUND pt_v78_L6 1
 UP BOUND pt_v78_L7 1
 UP BOUND pt_v79_L5 1
 UP BOUND pt_v79_L6 1
 UP BOUND pt_v79_L7 1
 UP BOUND pt_v80_L6 1
 UP BOUND pt_v80_L7 1
 UP BOUND pt_v80_L8 1
 UP BOUND pt_v81_L7 1
 UP BOUND pt_v81_L8 1
 UP BOUND pt_v98_L4 1
 UP BOUND pt_v98_L5 1
 UP BOUND pt_v99_L4 1
 UP BOUND pt_v99_L5 1
 UP BOUND pt_v102_L5 1
 UP BOUND pt_v102_L6 1
 UP BOUND pt_v103_L5 1
 UP BOUND pt_v103_L6 1
 UP BOUND pt_v106_L6 1
 UP BOUND pt_v106_L7 1
 UP BOUND pt_v107_L6 1
 UP BOUND pt_v107_L7 1
 UP BOUND pt_v110_L7 1
 UP BOUND pt_v110_L8 1
 UP BOUND pt_v111_L7 1
 UP BOUND pt_v111_L8 1
 UP BOUND pt_v114_L3 1
 UP BOUND pt_v115_L3 1
 UP BOUND pt_v118_L4 1
 UP BOUND pt_v119_L4 1
 UP BOUND pt_v122_L5 1
 UP BOUND pt_v123_L5 1
 UP BOUND pt_v126_L6 1
 UP BOUND pt_v127_L6 1
ENDATA
