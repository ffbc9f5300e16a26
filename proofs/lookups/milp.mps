NAME          slotproo  FREE
ROWS
 N  OBJROW
 E  cum_g0_p0
 E  cum_g0_p4
 E  cum_g1_p2
 E  cum_g1_p6
 E  cum_g2_p2
 E  cum_g2_p6
 E  cum_g3_p2
 E  cum_g3_p6
 E  cum_g4_p0
 E  cum_g4_p4
 E  cum_g5_p2
 E  cum_g5_p6
 E  cum_g6_p2
 E  cum_g7_p2
 E  cum_g8_p3
 E  cum_g8_p5
 E  cum_g12_p0
 E  cum_g12_p4
 E  cum_g13_p1
 E  cum_g13_p3
 E  cum_g13_p5
 E  cum_g13_p7
 E  cum_g13_p9
 E  cum_g30_p2
 E  cum_g31_p2
 E  cum_g32_p2
 E  cum_g33_p3
 E  cum_g33_p5
 E  cum_g33_p7
 E  cum_g34_p2
 E  cum_g35_p2
 E  cum_g36_p2
 E  cum_g37_p3
 E  cum_g37_p5
 E  cum_g37_p7
 E  cum_g38_p2
 E  cum_g39_p2
 E  cum_g40_p2
 E  cum_g41_p3
 E  cum_g41_p5
 E  cum_g41_p7
 E  cum_g42_p2
 E  cum_g43_p2
 E  cum_g44_p2
 E  cum_g45_p3
 E  cum_g45_p5
 E  cum_g45_p7
 E  cum_g46_p6
 E  cum_g47_p6
 E  cum_g48_p7
 E  cum_g48_p9
 E  cum_g49_p2
 E  cum_g50_p2
 E  cum_g51_p2
 E  cum_g52_p3
 E  cum_g52_p5
 E  cum_g52_p7
 E  cum_g53_p2
 E  cum_g54_p2
 E  cum_g55_p2
 E  cum_g56_p3
 E  cum_g56_p5
 E  cum_g56_p7
 E  cum_g57_p2
 E  cum_g58_p2
 E  cum_g59_p2
 E  cum_g60_p3
 E  cum_g60_p5
 E  cum_g60_p7
 E  cum_g61_p2
 E  cum_g62_p2
 E  cum_g63_p2
 E  cum_g64_p3
 E  cum_g64_p5
 E  cum_g64_p7
 E  cum_g65_p6
 E  cum_g66_p6
 E  cum_g67_p7
 E  cum_g67_p9
 E  cum_g68_p2
 E  cum_g69_p2
 E  cum_g70_p2
 E  cum_g71_p3
 E  cum_g71_p5
 E  cum_g71_p7
 E  cum_g72_p2
 E  cum_g73_p2
 E  cum_g74_p2
 E  cum_g75_p3
 E  cum_g75_p5
 E  cum_g75_p7
 E  cum_g76_p2
 E  cum_g77_p2
 E  cum_g78_p2
 E  cum_g79_p3
 E  cum_g79_p5
 E  cum_g79_p7
 E  cum_g80_p2
 E  cum_g81_p2
 E  cum_g82_p2
 E  cum_g83_p3
 E  cum_g83_p5
 E  cum_g83_p7
 E  cum_g84_p6
 E  cum_g85_p6
 E  cum_g86_p7
 E  cum_g86_p9
 E  cum_g87_p2
 E  cum_g88_p2
 E  cum_g89_p2
 E  cum_g90_p3
 E  cum_g90_p5
 E  cum_g90_p7
 E  cum_g91_p2
 E  cum_g92_p2
 E  cum_g93_p2
 E  cum_g94_p3
 E  cum_g94_p5
 E  cum_g94_p7
 E  cum_g95_p2
 E  cum_g96_p2
 E  cum_g97_p2
 E  cum_g98_p3
 E  cum_g98_p5
 E  cum_g98_p7
 E  cum_g99_p2
 E  cum_g100_p2
 E  cum_g101_p2
 E  cum_g102_p3
 E  cum_g102_p5
 E  cum_g102_p7
 E  cum_g103_p6
 E  cum_g104_p6
 E  cum_g105_p7
 E  cum_g105_p9
 E  cum_g106_p2
 E  cum_g106_p6
 E  cum_g107_p2
 E  cum_g107_p6
 E  cum_g108_p2
 E  cum_g108_p6
 E  cum_g109_p3
 E  cum_g109_p5
 E  cum_g109_p7
 E  cum_g109_p9
 E  cum_g110_p4
 E  cum_g111_p4
 E  cum_g112_p4
 E  cum_g113_p4
 E  cum_g114_p4
 E  cum_g115_p4
 E  cum_g116_p4
 E  cum_g117_p4
 E  cum_g118_p4
 E  cum_g119_p4
 E  cum_g120_p4
 E  cum_g121_p4
 E  cum_g122_p4
 E  cum_g123_p4
 E  cum_g124_p4
 E  cum_g125_p4
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
 L  prec_g1_g0_t2
 L  prec_g1_g0_t6
 L  prec_g2_g0_t2
 L  prec_g2_g0_t6
 L  prec_g3_g0_t2
 L  prec_g3_g0_t6
 L  prec_g5_g4_t2
 L  prec_g5_g4_t6
 L  prec_g8_g6_t3
 L  prec_g8_g6_t5
 L  prec_g8_g7_t3
 L  prec_g8_g7_t5
 L  prec_g13_g12_t1
 L  prec_g13_g12_t3
 L  prec_g13_g12_t5
 L  prec_g13_g12_t7
 L  prec_g33_g30_t3
 L  prec_g33_g30_t5
 L  prec_g33_g31_t3
 L  prec_g33_g31_t5
 L  prec_g33_g32_t3
 L  prec_g33_g32_t5
 L  prec_g37_g34_t3
 L  prec_g37_g34_t5
 L  prec_g37_g35_t3
 L  prec_g37_g35_t5
 L  prec_g37_g36_t3
 L  prec_g37_g36_t5
 L  prec_g41_g38_t3
 L  prec_g41_g38_t5
 L  prec_g41_g39_t3
 L  prec_g41_g39_t5
 L  prec_g41_g40_t3
 L  prec_g41_g40_t5
 L  prec_g45_g42_t3
 L  prec_g45_g42_t5
 L  prec_g45_g43_t3
 L  prec_g45_g43_t5
 L  prec_g45_g44_t3
 L  prec_g45_g44_t5
 L  prec_g46_g33_t6
 L  prec_g46_g37_t6
 L  prec_g46_g41_t6
 L  prec_g46_g45_t6
 L  prec_g47_g33_t6
 L  prec_g47_g37_t6
 L  prec_g47_g41_t6
 L  prec_g47_g45_t6
 L  prec_g48_g46_t7
 L  prec_g48_g46_t9
 L  prec_g48_g47_t7
 L  prec_g48_g47_t9
 L  prec_g52_g49_t3
 L  prec_g52_g49_t5
 L  prec_g52_g50_t3
 L  prec_g52_g50_t5
 L  prec_g52_g51_t3
 L  prec_g52_g51_t5
 L  prec_g56_g53_t3
 L  prec_g56_g53_t5
 L  prec_g56_g54_t3
 L  prec_g56_g54_t5
 L  prec_g56_g55_t3
 L  prec_g56_g55_t5
 L  prec_g60_g57_t3
 L  prec_g60_g57_t5
 L  prec_g60_g58_t3
 L  prec_g60_g58_t5
 L  prec_g60_g59_t3
 L  prec_g60_g59_t5
 L  prec_g64_g61_t3
 L  prec_g64_g61_t5
 L  prec_g64_g62_t3
 L  prec_g64_g62_t5
 L  prec_g64_g63_t3
 L  prec_g64_g63_t5
 L  prec_g65_g52_t6
 L  prec_g65_g56_t6
 L  prec_g65_g60_t6
 L  prec_g65_g64_t6
 L  prec_g66_g52_t6
 L  prec_g66_g56_t6
 L  prec_g66_g60_t6
 L  prec_g66_g64_t6
 L  prec_g67_g65_t7
 L  prec_g67_g65_t9
 L  prec_g67_g66_t7
 L  prec_g67_g66_t9
 L  prec_g71_g68_t3
 L  prec_g71_g68_t5
 L  prec_g71_g69_t3
 L  prec_g71_g69_t5
 L  prec_g71_g70_t3
 L  prec_g71_g70_t5
 L  prec_g75_g72_t3
 L  prec_g75_g72_t5
 L  prec_g75_g73_t3
 L  prec_g75_g73_t5
 L  prec_g75_g74_t3
 L  prec_g75_g74_t5
 L  prec_g79_g76_t3
 L  prec_g79_g76_t5
 L  prec_g79_g77_t3
 L  prec_g79_g77_t5
 L  prec_g79_g78_t3
 L  prec_g79_g78_t5
 L  prec_g83_g80_t3
 L  prec_g83_g80_t5
 L  prec_g83_g81_t3
 L  prec_g83_g81_t5
 L  prec_g83_g82_t3
 L  prec_g83_g82_t5
 L  prec_g84_g71_t6
 L  prec_g84_g75_t6
 L  prec_g84_g79_t6
 L  prec_g84_g83_t6
 L  prec_g85_g71_t6
 L  prec_g85_g75_t6
 L  prec_g85_g79_t6
 L  prec_g85_g83_t6
 L  prec_g86_g84_t7
 L  prec_g86_g84_t9
 L  prec_g86_g85_t7
 L  prec_g86_g85_t9
 L  prec_g90_g87_t3
 L  prec_g90_g87_t5
 L  prec_g90_g88_t3
 L  prec_g90_g88_t5
 L  prec_g90_g89_t3
 L  prec_g90_g89_t5
 L  prec_g94_g91_t3
 L  prec_g94_g91_t5
 L  prec_g94_g92_t3
 L  prec_g94_g92_t5
 L  prec_g94_g93_t3
 L  prec_g94_g93_t5
 L  prec_g98_g95_t3
 L  prec_g98_g95_t5
 L  prec_g98_g96_t3
 L  prec_g98_g96_t5
 L  prec_g98_g97_t3
 L  prec_g98_g97_t5
 L  prec_g102_g99_t3
 L  prec_g102_g99_t5
 L  prec_g102_g100_t3
 L  prec_g102_g100_t5
 L  prec_g102_g101_t3
 L  prec_g102_g101_t5
 L  prec_g103_g90_t6
 L  prec_g103_g94_t6
 L  prec_g103_g98_t6
 L  prec_g103_g102_t6
 L  prec_g104_g90_t6
 L  prec_g104_g94_t6
 L  prec_g104_g98_t6
 L  prec_g104_g102_t6
 L  prec_g105_g103_t7
 L  prec_g105_g103_t9
 L  prec_g105_g104_t7
 L  prec_g105_g104_t9
 L  prec_g109_g106_t3
 L  prec_g109_g106_t5
 L  prec_g109_g106_t7
 L  prec_g109_g106_t9
 L  prec_g109_g107_t3
 L  prec_g109_g107_t5
 L  prec_g109_g107_t7
 L  prec_g109_g107_t9
 L  prec_g109_g108_t3
 L  prec_g109_g108_t5
 L  prec_g109_g108_t7
 L  prec_g109_g108_t9
 L  prec_g110_g8_t4
 L  prec_g111_g8_t4
 L  prec_g112_g8_t4
 L  prec_g113_g8_t4
 L  prec_g114_g8_t4
 L  prec_g115_g8_t4
 L  prec_g116_g8_t4
 L  prec_g117_g8_t4
 L  prec_g118_g8_t4
 L  prec_g119_g8_t4
 L  prec_g120_g8_t4
 L  prec_g121_g8_t4
 L  prec_g122_g8_t4
 L  prec_g123_g8_t4
 L  prec_g124_g8_t4
 L  prec_g125_g8_t4
 E  coloc_g0_g1_L0
 E  coloc_g0_g1_L1
 E  coloc_g0_g1_L2
 E  coloc_g1_g2_L0
 E  coloc_g1_g2_L1
 E  coloc_g1_g2_L2
 E  coloc_g2_g3_L0
 E  coloc_g2_g3_L1
 E  coloc_g2_g3_L2
 E  coloc_g4_g5_L0
 E  coloc_g4_g5_L1
 E  coloc_g4_g5_L2
 G  o_v0_c11_r0
 G  o_v0_c11_r1
 G  o_v0_c11_r2
 G  o_v0_c11_r3
 G  o_v0_c11_r4
 G  o_v0_c11_r5
 G  o_v0_c11_r6
 G  o_v0_c11_r7
 G  o_v0_c11_r8
 G  o_v0_c11_r9
 G  o_v0_c11_r10
 G  dy_v0_L2_r0
 G  dy_v0_L2_r1
 G  dy_v0_L2_r2
 G  dy_v0_L2_r3
 G  dy_v0_L2_r4
 G  dy_v0_L2_r5
 G  dy_v0_L2_r6
 G  dy_v0_L2_r7
 G  dy_v0_L2_r8
 G  dy_v0_L2_r9
 G  dy_v0_L2_r10
 G  dy_v0_L2_r11
 G  dy_v0_L2_r12
 G  dy_v0_L2_r13
 G  dy_v0_L2_r14
 G  dy_v0_L2_r15
 G  dy_v0_L2_r16
 G  dy_v0_L2_r17
 G  dy_v0_L2_r18
 G  dy_v0_L2_r19
 G  dy_v0_L2_r20
 G  dy_v0_L2_r21
 G  dy_v0_L2_r22
 G  dy_v0_L2_r23
 G  dy_v0_L2_r24
 G  dy_v0_L2_r25
 G  dy_v0_L2_r26
 G  dy_v0_L2_r27
 G  dy_v0_L2_r28
 G  dy_v0_L2_r29
 G  dy_v0_L2_r30
 G  dy_v0_L2_r31
 G  dy_v0_L2_r32
 G  dy_v0_L2_r33
 G  dy_v4_L2_r0
 G  dy_v4_L2_r1
 G  dy_v4_L2_r2
 G  dy_v4_L2_r3
 G  dy_v4_L2_r4
 G  dy_v4_L2_r5
 G  dy_v4_L2_r6
 G  dy_v4_L2_r7
 G  dy_v4_L2_r8
 G  dy_v4_L2_r9
 G  dy_v4_L2_r10
 G  dy_v4_L2_r11
 G  dy_v4_L2_r12
 G  dy_v4_L2_r13
 G  dy_v4_L2_r14
 G  dy_v4_L2_r15
 G  dy_v4_L2_r16
 G  dy_v4_L2_r17
 G  dy_v4_L2_r18
 G  dy_v4_L2_r19
 G  dy_v4_L2_r20
 G  dy_v4_L2_r21
 G  dy_v4_L2_r22
 G  dy_v4_L2_r23
 G  dy_v4_L2_r24
 G  dy_v4_L2_r25
 G  dy_v4_L2_r26
 G  dy_v4_L2_r27
 G  dy_v4_L2_r28
 G  dy_v4_L2_r29
 G  dy_v4_L2_r30
 G  dy_v4_L2_r31
 G  o_v5_c3_r0
 G  o_v5_c3_r1
 G  o_v5_c5_r0
 G  o_v5_c5_r1
 G  o_v5_c7_r0
 G  o_v5_c7_r1
 G  o_v5_c9_r0
 G  o_v5_c9_r1
 G  dy_v5_L0_r0
 G  dy_v5_L0_r1
 G  dy_v5_L1_r0
 G  dy_v5_L1_r1
 G  dy_v5_L2_r0
 G  dy_v5_L2_r1
 G  o_v6_c3_r0
 G  o_v6_c5_r0
 G  o_v6_c7_r0
 G  o_v6_c9_r0
 G  dy_v6_L0_r0
 G  dy_v6_L0_r1
 G  dy_v6_L0_r2
 G  dy_v6_L0_r3
 G  dy_v6_L1_r0
 G  dy_v6_L2_r0
 G  dy_v8_L1_r0
 G  dy_v8_L1_r1
 G  dy_v8_L1_r2
 G  dy_v8_L1_r3
 G  dy_v8_L1_r4
 G  dy_v8_L1_r5
 G  dy_v8_L1_r6
 G  dy_v8_L1_r7
 G  dy_v8_L1_r8
 G  dy_v8_L1_r9
 G  dy_v8_L1_r10
 G  dy_v8_L1_r11
 G  dy_v8_L1_r12
 G  dy_v8_L1_r13
 G  dy_v8_L1_r14
 G  dy_v9_L1_r0
 G  dy_v9_L1_r1
 G  dy_v9_L1_r2
 G  dy_v9_L1_r3
 G  dy_v9_L1_r4
 G  dy_v9_L1_r5
 G  dy_v9_L1_r6
 G  dy_v9_L1_r7
 G  dy_v9_L1_r8
 G  dy_v9_L1_r9
 G  dy_v9_L1_r10
 G  dy_v9_L1_r11
 G  dy_v9_L1_r12
 G  dy_v9_L1_r13
 G  dy_v9_L1_r14
 G  dy_v10_L1_r0
 G  dy_v10_L1_r1
 G  dy_v10_L1_r2
 G  dy_v10_L1_r3
 G  dy_v10_L1_r4
 G  dy_v10_L1_r5
 G  dy_v10_L1_r6
 G  dy_v10_L1_r7
 G  dy_v10_L1_r8
 G  dy_v10_L1_r9
 G  dy_v10_L1_r10
 G  dy_v10_L1_r11
 G  dy_v10_L1_r12
 G  dy_v10_L1_r13
 G  dy_v10_L1_r14
 G  dy_v11_L1_r0
 G  dy_v11_L1_r1
 G  dy_v11_L1_r2
 G  dy_v11_L1_r3
 G  dy_v11_L1_r4
 G  dy_v11_L1_r5
 G  dy_v11_L1_r6
 G  dy_v11_L1_r7
 G  dy_v11_L1_r8
 G  dy_v11_L1_r9
 G  dy_v11_L1_r10
 G  dy_v11_L1_r11
 G  dy_v11_L1_r12
 G  dy_v11_L1_r13
 G  dy_v11_L1_r14
 G  o_v20_c3_r0
 G  o_v20_c5_r0
 G  o_v20_c5_r1
 G  o_v20_c7_r0
 G  o_v21_c3_r0
 G  o_v21_c5_r0
 G  o_v21_c5_r1
 G  o_v21_c7_r0
 G  o_v22_c3_r0
 G  o_v22_c3_r1
 G  o_v22_c3_r2
 G  o_v22_c3_r3
 G  o_v22_c3_r4
 G  o_v22_c3_r5
 G  o_v22_c3_r6
 G  o_v22_c3_r7
 G  o_v22_c3_r8
 G  o_v22_c3_r9
 G  o_v22_c3_r10
 G  o_v22_c3_r11
 G  o_v22_c3_r12
 G  o_v22_c3_r13
 G  o_v22_c3_r14
 G  o_v22_c3_r15
 G  o_v22_c5_r0
 G  o_v22_c5_r1
 G  o_v22_c5_r2
 G  o_v22_c5_r3
 G  o_v22_c5_r4
 G  o_v22_c5_r5
 G  o_v22_c5_r6
 G  o_v22_c5_r7
 G  o_v22_c5_r8
 G  o_v22_c5_r9
 G  o_v22_c5_r10
 G  o_v22_c5_r11
 G  o_v22_c5_r12
 G  o_v22_c5_r13
 G  o_v22_c5_r14
 G  o_v22_c5_r15
 G  o_v22_c7_r0
 G  o_v22_c7_r1
 G  o_v22_c7_r2
 G  o_v22_c7_r3
 G  o_v22_c7_r4
 G  o_v22_c7_r5
 G  o_v22_c7_r6
 G  o_v22_c7_r7
 G  o_v22_c7_r8
 G  o_v22_c7_r9
 G  o_v22_c7_r10
 G  o_v22_c7_r11
 G  o_v22_c7_r12
 G  o_v22_c7_r13
 G  o_v22_c7_r14
 G  o_v22_c7_r15
 G  o_v22_c9_r0
 G  o_v22_c9_r1
 G  o_v22_c9_r2
 G  o_v22_c9_r3
 G  o_v22_c9_r4
 G  o_v22_c9_r5
 G  o_v22_c9_r6
 G  o_v22_c9_r7
 G  o_v22_c9_r8
 G  o_v22_c9_r9
 G  o_v22_c9_r10
 G  o_v22_c9_r11
 G  o_v22_c9_r12
 G  o_v22_c9_r13
 G  o_v22_c9_r14
 G  o_v22_c9_r15
 G  dy_v22_L1_r0
 G  dy_v22_L1_r1
 G  dy_v22_L1_r2
 G  dy_v22_L1_r3
 G  dy_v22_L1_r4
 G  dy_v22_L1_r5
 G  dy_v22_L1_r6
 G  dy_v22_L1_r7
 G  dy_v22_L1_r8
 G  dy_v22_L1_r9
 G  dy_v22_L1_r10
 G  dy_v22_L1_r11
 G  dy_v22_L1_r12
 G  dy_v22_L1_r13
 G  dy_v22_L1_r14
 G  dy_v22_L1_r15
 G  dy_v22_L2_r0
 G  dy_v22_L2_r1
 G  dy_v22_L2_r2
 G  dy_v22_L2_r3
 G  dy_v22_L2_r4
 G  dy_v22_L2_r5
 G  dy_v22_L2_r6
 G  dy_v22_L2_r7
 G  dy_v22_L2_r8
 G  dy_v22_L2_r9
 G  dy_v22_L2_r10
 G  dy_v22_L2_r11
 G  dy_v22_L2_r12
 G  dy_v22_L2_r13
 G  dy_v22_L2_r14
 G  dy_v22_L2_r15
 G  dy_v25_L1_r0
 G  dy_v25_L1_r1
 G  dy_v25_L1_r2
 G  dy_v25_L1_r3
 G  dy_v25_L1_r4
 G  dy_v25_L1_r5
 G  dy_v25_L1_r6
 G  dy_v25_L1_r7
 G  dy_v25_L1_r8
 G  dy_v25_L1_r9
 G  dy_v25_L1_r10
 G  dy_v25_L1_r11
 G  dy_v25_L1_r12
 G  dy_v25_L1_r13
 G  dy_v25_L1_r14
 G  o_v26_c1_r0
 G  o_v26_c3_r0
 G  o_v26_c3_r1
 G  o_v26_c5_r0
 G  o_v26_c5_r1
 G  o_v26_c7_r0
 G  o_v26_c7_r1
 G  o_v26_c9_r0
 G  o_v26_c9_r1
 G  o_v26_c11_r0
 G  o_v28_c7_r0
 G  o_v28_c7_r1
 G  o_v28_c7_r2
 G  o_v28_c7_r3
 G  o_v28_c7_r4
 G  o_v28_c9_r0
 G  o_v28_c9_r1
 G  o_v28_c11_r0
 G  dy_v28_L1_r0
 G  dy_v28_L1_r1
 G  dy_v28_L2_r0
 G  o_v30_c7_r0
 G  o_v30_c7_r1
 G  o_v30_c7_r2
 G  o_v30_c7_r3
 G  o_v30_c7_r4
 G  o_v30_c7_r5
 G  o_v30_c7_r6
 G  o_v30_c7_r7
 G  o_v30_c9_r0
 G  o_v30_c9_r1
 G  o_v30_c11_r0
 G  dy_v30_L1_r0
 G  dy_v30_L1_r1
 G  dy_v30_L1_r2
 G  dy_v30_L2_r0
 G  o_v32_c7_r0
 G  o_v32_c7_r1
 G  o_v32_c7_r2
 G  o_v32_c7_r3
 G  o_v32_c7_r4
 G  o_v32_c7_r5
 G  o_v32_c7_r6
 G  o_v32_c7_r7
 G  o_v32_c7_r8
 G  o_v32_c7_r9
 G  o_v32_c7_r10
 G  o_v32_c9_r0
 G  o_v32_c9_r1
 G  o_v32_c11_r0
 G  dy_v32_L1_r0
 G  dy_v32_L1_r1
 G  dy_v32_L1_r2
 G  dy_v32_L2_r0
 G  o_v34_c7_r0
 G  o_v34_c7_r1
 G  o_v34_c7_r2
 G  o_v34_c7_r3
 G  o_v34_c7_r4
 G  o_v34_c7_r5
 G  o_v34_c7_r6
 G  o_v34_c7_r7
 G  o_v34_c7_r8
 G  o_v34_c7_r9
 G  o_v34_c7_r10
 G  o_v34_c7_r11
 G  o_v34_c7_r12
 G  o_v34_c9_r0
 G  dy_v34_L1_r0
 G  dy_v34_L1_r1
 G  dy_v34_L1_r2
 G  dy_v34_L2_r0
 G  o_v35_c7_r0
 G  o_v35_c7_r1
 G  o_v35_c7_r2
 G  o_v35_c7_r3
 G  o_v35_c7_r4
 G  o_v35_c7_r5
 G  o_v35_c7_r6
 G  o_v35_c7_r7
 G  o_v35_c7_r8
 G  o_v35_c7_r9
 G  o_v35_c9_r0
 G  dy_v35_L1_r0
 G  dy_v35_L1_r1
 G  dy_v35_L1_r2
 G  dy_v35_L2_r0
 G  o_v36_c7_r0
 G  o_v36_c7_r1
 G  o_v36_c7_r2
 G  o_v36_c7_r3
 G  o_v36_c7_r4
 G  o_v36_c7_r5
 G  o_v36_c7_r6
 G  o_v36_c9_r0
 G  dy_v36_L1_r0
 G  dy_v36_L1_r1
 G  dy_v36_L1_r2
 G  dy_v36_L2_r0
 G  o_v37_c7_r0
 G  o_v37_c7_r1
 G  o_v37_c7_r2
 G  o_v37_c7_r3
 G  o_v37_c9_r0
 G  dy_v37_L1_r0
 G  dy_v37_L1_r1
 G  dy_v37_L1_r2
 G  dy_v37_L2_r0
 G  o_v38_c7_r0
 G  o_v38_c9_r0
 G  dy_v38_L1_r0
 G  dy_v38_L1_r1
 G  dy_v38_L1_r2
 G  dy_v38_L2_r0
 G  o_v39_c7_r0
 G  o_v39_c9_r0
 G  dy_v39_L1_r0
 G  dy_v39_L1_r1
 G  dy_v39_L1_r2
 G  dy_v39_L2_r0
 G  o_v40_c7_r0
 G  o_v40_c9_r0
 G  dy_v40_L1_r0
 G  dy_v40_L1_r1
 G  dy_v40_L1_r2
 G  dy_v40_L2_r0
 G  o_v41_c7_r0
 G  o_v41_c9_r0
 G  dy_v41_L1_r0
 G  dy_v41_L1_r1
 G  dy_v41_L1_r2
 G  dy_v41_L2_r0
 G  o_v42_c7_r0
 G  o_v42_c9_r0
 G  dy_v42_L1_r0
 G  dy_v42_L1_r1
 G  dy_v42_L1_r2
 G  dy_v42_L2_r0
 G  o_v43_c7_r0
 G  o_v43_c9_r0
 G  dy_v43_L1_r0
 G  dy_v43_L1_r1
 G  dy_v43_L1_r2
 G  dy_v43_L2_r0
 G  o_v44_c7_r0
 G  o_v44_c9_r0
 G  dy_v44_L1_r0
 G  dy_v44_L1_r1
 G  dy_v44_L1_r2
 G  dy_v44_L2_r0
 G  o_v45_c7_r0
 G  o_v45_c9_r0
 G  dy_v45_L1_r0
 G  dy_v45_L1_r1
 G  dy_v45_L1_r2
 G  dy_v45_L2_r0
 G  o_v46_c7_r0
 G  o_v46_c9_r0
 G  dy_v46_L1_r0
 G  dy_v46_L1_r1
 G  dy_v46_L2_r0
 G  o_v47_c3_r0
 G  o_v47_c5_r0
 G  o_v47_c5_r1
 G  o_v47_c7_r0
 G  o_v47_c7_r1
 G  o_v47_c9_r0
 G  o_v48_c3_r0
 G  o_v48_c5_r0
 G  o_v48_c5_r1
 G  o_v48_c7_r0
 G  o_v48_c7_r1
 G  o_v48_c9_r0
 G  o_v49_c3_r0
 G  o_v49_c5_r0
 G  o_v49_c5_r1
 G  o_v49_c7_r0
 G  o_v49_c7_r1
 G  o_v49_c9_r0
 G  o_v50_c3_r0
 G  o_v50_c3_r1
 G  o_v50_c5_r0
 G  o_v50_c5_r1
 G  o_v50_c7_r0
 G  o_v50_c7_r1
 G  o_v50_c9_r0
 G  o_v50_c9_r1
 G  o_v50_c11_r0
 G  o_v50_c11_r1
 G  o_v51_c3_r0
 G  o_v51_c5_r0
 G  o_v51_c5_r1
 G  o_v51_c7_r0
 G  o_v51_c7_r1
 G  o_v51_c9_r0
 G  o_v52_c3_r0
 G  o_v52_c5_r0
 G  o_v52_c5_r1
 G  o_v52_c7_r0
 G  o_v52_c7_r1
 G  o_v52_c9_r0
 G  o_v53_c3_r0
 G  o_v53_c5_r0
 G  o_v53_c5_r1
 G  o_v53_c7_r0
 G  o_v53_c7_r1
 G  o_v53_c9_r0
 G  o_v54_c3_r0
 G  o_v54_c3_r1
 G  o_v54_c5_r0
 G  o_v54_c5_r1
 G  o_v54_c7_r0
 G  o_v54_c7_r1
 G  o_v54_c9_r0
 G  o_v54_c9_r1
 G  o_v54_c11_r0
 G  o_v54_c11_r1
 G  o_v55_c3_r0
 G  o_v55_c5_r0
 G  o_v55_c5_r1
 G  o_v55_c7_r0
 G  o_v55_c7_r1
 G  o_v55_c9_r0
 G  o_v56_c3_r0
 G  o_v56_c5_r0
 G  o_v56_c5_r1
 G  o_v56_c7_r0
 G  o_v56_c7_r1
 G  o_v56_c9_r0
 G  o_v57_c3_r0
 G  o_v57_c5_r0
 G  o_v57_c5_r1
 G  o_v57_c7_r0
 G  o_v57_c7_r1
 G  o_v57_c9_r0
 G  o_v58_c3_r0
 G  o_v58_c3_r1
 G  o_v58_c5_r0
 G  o_v58_c5_r1
 G  o_v58_c7_r0
 G  o_v58_c7_r1
 G  o_v58_c9_r0
 G  o_v58_c9_r1
 G  o_v58_c11_r0
 G  o_v58_c11_r1
 G  o_v59_c3_r0
 G  o_v59_c5_r0
 G  o_v59_c5_r1
 G  o_v59_c7_r0
 G  o_v59_c7_r1
 G  o_v59_c9_r0
 G  o_v60_c3_r0
 G  o_v60_c5_r0
 G  o_v60_c5_r1
 G  o_v60_c7_r0
 G  o_v60_c7_r1
 G  o_v60_c9_r0
 G  o_v61_c3_r0
 G  o_v61_c5_r0
 G  o_v61_c5_r1
 G  o_v61_c7_r0
 G  o_v61_c7_r1
 G  o_v61_c9_r0
 G  o_v62_c3_r0
 G  o_v62_c3_r1
 G  o_v62_c5_r0
 G  o_v62_c5_r1
 G  o_v62_c7_r0
 G  o_v62_c7_r1
 G  o_v62_c9_r0
 G  o_v62_c9_r1
 G  o_v62_c11_r0
 G  o_v62_c11_r1
 G  o_v63_c7_r0
 G  o_v63_c9_r0
 G  o_v63_c9_r1
 G  o_v63_c11_r0
 G  o_v64_c7_r0
 G  o_v64_c9_r0
 G  o_v64_c9_r1
 G  o_v64_c11_r0
 G  o_v66_c3_r0
 G  o_v66_c5_r0
 G  o_v66_c5_r1
 G  o_v66_c7_r0
 G  o_v66_c7_r1
 G  o_v66_c9_r0
 G  o_v67_c3_r0
 G  o_v67_c5_r0
 G  o_v67_c5_r1
 G  o_v67_c7_r0
 G  o_v67_c7_r1
 G  o_v67_c9_r0
 G  o_v68_c3_r0
 G  o_v68_c5_r0
 G  o_v68_c5_r1
 G  o_v68_c7_r0
 G  o_v68_c7_r1
 G  o_v68_c9_r0
 G  o_v69_c3_r0
 G  o_v69_c3_r1
 G  o_v69_c5_r0
 G  o_v69_c5_r1
 G  o_v69_c7_r0
 G  o_v69_c7_r1
 G  o_v69_c9_r0
 G  o_v69_c9_r1
 G  o_v69_c11_r0
 G  o_v69_c11_r1
 G  o_v70_c3_r0
 G  o_v70_c5_r0
 G  o_v70_c5_r1
 G  o_v70_c7_r0
 G  o_v70_c7_r1
 G  o_v70_c9_r0
 G  o_v71_c3_r0
 G  o_v71_c5_r0
 G  o_v71_c5_r1
 G  o_v71_c7_r0
 G  o_v71_c7_r1
 G  o_v71_c9_r0
 G  o_v72_c3_r0
 G  o_v72_c5_r0
 G  o_v72_c5_r1
 G  o_v72_c7_r0
 G  o_v72_c7_r1
 G  o_v72_c9_r0
 G  o_v73_c3_r0
 G  o_v73_c3_r1
 G  o_v73_c5_r0
 G  o_v73_c5_r1
 G  o_v73_c7_r0
 G  o_v73_c7_r1
 G  o_v73_c9_r0
 G  o_v73_c9_r1
 G  o_v73_c11_r0
 G  o_v73_c11_r1
 G  o_v74_c3_r0
 G  o_v74_c5_r0
 G  o_v74_c5_r1
 G  o_v74_c7_r0
 G  o_v74_c7_r1
 G  o_v74_c9_r0
 G  o_v75_c3_r0
 G  o_v75_c5_r0
 G  o_v75_c5_r1
 G  o_v75_c7_r0
 G  o_v75_c7_r1
 G  o_v75_c9_r0
 G  o_v76_c3_r0
 G  o_v76_c5_r0
 G  o_v76_c5_r1
 G  o_v76_c7_r0
 G  o_v76_c7_r1
 G  o_v76_c9_r0
 G  o_v77_c3_r0
 G  o_v77_c3_r1
 G  o_v77_c5_r0
 G  o_v77_c5_r1
 G  o_v77_c7_r0
 G  o_v77_c7_r1
 G  o_v77_c9_r0
 G  o_v77_c9_r1
 G  o_v77_c11_r0
 G  o_v77_c11_r1
 G  o_v78_c3_r0
 G  o_v78_c5_r0
 G  o_v78_c5_r1
 G  o_v78_c7_r0
 G  o_v78_c7_r1
 G  o_v78_c9_r0
 G  o_v79_c3_r0
 G  o_v79_c5_r0
 G  o_v79_c5_r1
 G  o_v79_c7_r0
 G  o_v79_c7_r1
 G  o_v79_c9_r0
 G  o_v80_c3_r0
 G  o_v80_c5_r0
 G  o_v80_c5_r1
 G  o_v80_c7_r0
 G  o_v80_c7_r1
 G  o_v80_c9_r0
 G  o_v81_c3_r0
 G  o_v81_c3_r1
 G  o_v81_c5_r0
 G  o_v81_c5_r1
 G  o_v81_c7_r0
 G  o_v81_c7_r1
 G  o_v81_c9_r0
 G  o_v81_c9_r1
 G  o_v81_c11_r0
 G  o_v81_c11_r1
 G  o_v82_c7_r0
 G  o_v82_c9_r0
 G  o_v82_c9_r1
 G  o_v82_c11_r0
 G  o_v83_c7_r0
 G  o_v83_c9_r0
 G  o_v83_c9_r1
 G  o_v83_c11_r0
 G  o_v85_c3_r0
 G  o_v85_c5_r0
 G  o_v85_c5_r1
 G  o_v85_c7_r0
 G  o_v85_c7_r1
 G  o_v85_c9_r0
 G  o_v86_c3_r0
 G  o_v86_c5_r0
 G  o_v86_c5_r1
 G  o_v86_c7_r0
 G  o_v86_c7_r1
 G  o_v86_c9_r0
 G  o_v87_c3_r0
 G  o_v87_c5_r0
 G  o_v87_c5_r1
 G  o_v87_c7_r0
 G  o_v87_c7_r1
 G  o_v87_c9_r0
 G  o_v88_c3_r0
 G  o_v88_c3_r1
 G  o_v88_c5_r0
 G  o_v88_c5_r1
 G  o_v88_c7_r0
 G  o_v88_c7_r1
 G  o_v88_c9_r0
 G  o_v88_c9_r1
 G  o_v88_c11_r0
 G  o_v88_c11_r1
 G  o_v89_c3_r0
 G  o_v89_c5_r0
 G  o_v89_c5_r1
 G  o_v89_c7_r0
 G  o_v89_c7_r1
 G  o_v89_c9_r0
 G  o_v90_c3_r0
 G  o_v90_c5_r0
 G  o_v90_c5_r1
 G  o_v90_c7_r0
 G  o_v90_c7_r1
 G  o_v90_c9_r0
 G  o_v91_c3_r0
 G  o_v91_c5_r0
 G  o_v91_c5_r1
 G  o_v91_c7_r0
 G  o_v91_c7_r1
 G  o_v91_c9_r0
 G  o_v92_c3_r0
 G  o_v92_c3_r1
 G  o_v92_c5_r0
 G  o_v92_c5_r1
 G  o_v92_c7_r0
 G  o_v92_c7_r1
 G  o_v92_c9_r0
 G  o_v92_c9_r1
 G  o_v92_c11_r0
 G  o_v92_c11_r1
 G  o_v93_c3_r0
 G  o_v93_c5_r0
 G  o_v93_c5_r1
 G  o_v93_c7_r0
 G  o_v93_c7_r1
 G  o_v93_c9_r0
 G  o_v94_c3_r0
 G  o_v94_c5_r0
 G  o_v94_c5_r1
 G  o_v94_c7_r0
 G  o_v94_c7_r1
 G  o_v94_c9_r0
 G  o_v95_c3_r0
 G  o_v95_c5_r0
 G  o_v95_c5_r1
 G  o_v95_c7_r0
 G  o_v95_c7_r1
 G  o_v95_c9_r0
 G  o_v96_c3_r0
 G  o_v96_c3_r1
 G  o_v96_c5_r0
 G  o_v96_c5_r1
 G  o_v96_c7_r0
 G  o_v96_c7_r1
 G  o_v96_c9_r0
 G  o_v96_c9_r1
 G  o_v96_c11_r0
 G  o_v96_c11_r1
 G  o_v97_c3_r0
 G  o_v97_c5_r0
 G  o_v97_c5_r1
 G  o_v97_c7_r0
 G  o_v97_c7_r1
 G  o_v97_c9_r0
 G  o_v98_c3_r0
 G  o_v98_c5_r0
 G  o_v98_c5_r1
 G  o_v98_c7_r0
 G  o_v98_c7_r1
 G  o_v98_c9_r0
 G  o_v99_c3_r0
 G  o_v99_c5_r0
 G  o_v99_c5_r1
 G  o_v99_c7_r0
 G  o_v99_c7_r1
 G  o_v99_c9_r0
 G  o_v100_c3_r0
 G  o_v100_c3_r1
 G  o_v100_c5_r0
 G  o_v100_c5_r1
 G  o_v100_c7_r0
 G  o_v100_c7_r1
 G  o_v100_c9_r0
 G  o_v100_c9_r1
 G  o_v100_c11_r0
 G  o_v100_c11_r1
 G  o_v101_c7_r0
 G  o_v101_c9_r0
 G  o_v101_c9_r1
 G  o_v101_c11_r0
 G  o_v102_c7_r0
 G  o_v102_c9_r0
 G  o_v102_c9_r1
 G  o_v102_c11_r0
 G  o_v104_c3_r0
 G  o_v104_c5_r0
 G  o_v104_c5_r1
 G  o_v104_c7_r0
 G  o_v104_c7_r1
 G  o_v104_c9_r0
 G  o_v105_c3_r0
 G  o_v105_c5_r0
 G  o_v105_c5_r1
 G  o_v105_c7_r0
 G  o_v105_c7_r1
 G  o_v105_c9_r0
 G  o_v106_c3_r0
 G  o_v106_c5_r0
 G  o_v106_c5_r1
 G  o_v106_c7_r0
 G  o_v106_c7_r1
 G  o_v106_c9_r0
 G  o_v107_c3_r0
 G  o_v107_c3_r1
 G  o_v107_c5_r0
 G  o_v107_c5_r1
 G  o_v107_c7_r0
 G  o_v107_c7_r1
 G  o_v107_c9_r0
 G  o_v107_c9_r1
 G  o_v107_c11_r0
 G  o_v107_c11_r1
 G  o_v108_c3_r0
 G  o_v108_c5_r0
 G  o_v108_c5_r1
 G  o_v108_c7_r0
 G  o_v108_c7_r1
 G  o_v108_c9_r0
 G  o_v109_c3_r0
 G  o_v109_c5_r0
 G  o_v109_c5_r1
 G  o_v109_c7_r0
 G  o_v109_c7_r1
 G  o_v109_c9_r0
 G  o_v110_c3_r0
 G  o_v110_c5_r0
 G  o_v110_c5_r1
 G  o_v110_c7_r0
 G  o_v110_c7_r1
 G  o_v110_c9_r0
 G  o_v111_c3_r0
 G  o_v111_c3_r1
 G  o_v111_c5_r0
 G  o_v111_c5_r1
 G  o_v111_c7_r0
 G  o_v111_c7_r1
 G  o_v111_c9_r0
 G  o_v111_c9_r1
 G  o_v111_c11_r0
 G  o_v111_c11_r1
 G  o_v112_c3_r0
 G  o_v112_c5_r0
 G  o_v112_c5_r1
 G  o_v112_c7_r0
 G  o_v112_c7_r1
 G  o_v112_c9_r0
 G  o_v113_c3_r0
 G  o_v113_c5_r0
 G  o_v113_c5_r1
 G  o_v113_c7_r0
 G  o_v113_c7_r1
 G  o_v113_c9_r0
 G  o_v114_c3_r0
 G  o_v114_c5_r0
 G  o_v114_c5_r1
 G  o_v114_c7_r0
 G  o_v114_c7_r1
 G  o_v114_c9_r0
 G  o_v115_c3_r0
 G  o_v115_c3_r1
 G  o_v115_c5_r0
 G  o_v115_c5_r1
 G  o_v115_c7_r0
 G  o_v115_c7_r1
 G  o_v115_c9_r0
 G  o_v115_c9_r1
 G  o_v115_c11_r0
 G  o_v115_c11_r1
 G  o_v116_c3_r0
 G  o_v116_c5_r0
 G  o_v116_c5_r1
 G  o_v116_c7_r0
 G  o_v116_c7_r1
 G  o_v116_c9_r0
 G  o_v117_c3_r0
 G  o_v117_c5_r0
 G  o_v117_c5_r1
 G  o_v117_c7_r0
 G  o_v117_c7_r1
 G  o_v117_c9_r0
 G  o_v118_c3_r0
 G  o_v118_c5_r0
 G  o_v118_c5_r1
 G  o_v118_c7_r0
 G  o_v118_c7_r1
 G  o_v118_c9_r0
 G  o_v119_c3_r0
 G  o_v119_c3_r1
 G  o_v119_c5_r0
 G  o_v119_c5_r1
 G  o_v119_c7_r0
 G  o_v119_c7_r1
 G  o_v119_c9_r0
 G  o_v119_c9_r1
 G  o_v119_c11_r0
 G  o_v119_c11_r1
 G  o_v120_c7_r0
 G  o_v120_c9_r0
 G  o_v120_c9_r1
 G  o_v120_c11_r0
 G  o_v121_c7_r0
 G  o_v121_c9_r0
 G  o_v121_c9_r1
 G  o_v121_c11_r0
 G  o_v123_c3_r0
 G  o_v123_c5_r0
 G  o_v123_c5_r1
 G  o_v123_c7_r0
 G  o_v123_c7_r1
 G  o_v123_c9_r0
 G  o_v123_c9_r1
 G  o_v123_c11_r0
 G  o_v124_c3_r0
 G  o_v124_c5_r0
 G  o_v124_c5_r1
 G  o_v124_c7_r0
 G  o_v124_c7_r1
 G  o_v124_c9_r0
 G  o_v124_c9_r1
 G  o_v124_c11_r0
 G  o_v125_c3_r0
 G  o_v125_c5_r0
 G  o_v125_c5_r1
 G  o_v125_c7_r0
 G  o_v125_c7_r1
 G  o_v125_c9_r0
 G  o_v125_c9_r1
 G  o_v125_c11_r0
 G  pt_v26_L0_r0
 G  pt_v26_L1_r0
 G  pt_v26_L2_r0
 L  occ_c1
 L  occ_c3
 L  occ_c5
 L  occ_c7
 L  occ_c9
 L  occ_c11
 L  heads_L0
 L  heads_L1
 L  heads_L2
COLUMNS
    x_g0_p0 cum_g0_p0 -1 assign_g0 1
    x_g0_p0 coloc_g0_g1_L0 1 dy_v5_L0_r0 -1
    x_g0_p0 dy_v6_L0_r0 -1 heads_L0 5
    x_g0_p4 cum_g0_p4 -1 assign_g0 1
    x_g0_p4 coloc_g0_g1_L1 1 dy_v5_L1_r0 -1
    x_g0_p4 dy_v6_L1_r0 -1 heads_L1 5
    x_g0_p8 assign_g0 1 coloc_g0_g1_L2 1
    x_g0_p8 dy_v0_L2_r0 -1 dy_v5_L2_r0 -1
    x_g0_p8 dy_v6_L2_r0 -1 heads_L2 5
    z_g0_p0 cum_g0_p0 1 cum_g0_p4 -1
    z_g0_p0 prec_g1_g0_t2 -1 prec_g2_g0_t2 -1
    z_g0_p0 prec_g3_g0_t2 -1 o_v5_c3_r0 1
    z_g0_p0 o_v5_c5_r0 1 dy_v5_L0_r1 -1
    z_g0_p0 o_v6_c3_r0 1 o_v6_c5_r0 1
    z_g0_p0 dy_v6_L0_r1 -1 dy_v6_L0_r2 -1
    z_g0_p0 dy_v6_L0_r3 -1 occ_c1 3
    z_g0_p0 occ_c3 2 occ_c5 -1
    z_g0_p4 cum_g0_p4 1 prec_g1_g0_t6 -1
    z_g0_p4 prec_g2_g0_t6 -1 prec_g3_g0_t6 -1
    z_g0_p4 o_v5_c7_r0 1 o_v5_c9_r0 1
    z_g0_p4 dy_v5_L1_r1 -1 o_v6_c7_r0 1
    z_g0_p4 o_v6_c9_r0 1 occ_c5 3
    z_g0_p4 occ_c7 2 occ_c9 -1
    x_g1_p2 cum_g1_p2 -1 assign_g1 1
    x_g1_p2 coloc_g0_g1_L0 -1 coloc_g1_g2_L0 1
    x_g1_p6 cum_g1_p6 -1 assign_g1 1
    x_g1_p6 coloc_g0_g1_L1 -1 coloc_g1_g2_L1 1
    x_g1_p10 assign_g1 1 coloc_g0_g1_L2 -1
    x_g1_p10 coloc_g1_g2_L2 1
    z_g1_p2 cum_g1_p2 1 cum_g1_p6 -1
    z_g1_p2 prec_g1_g0_t2 1 occ_c3 1
    z_g1_p2 occ_c7 -1
    z_g1_p6 cum_g1_p6 1 prec_g1_g0_t6 1
    z_g1_p6 occ_c7 1 occ_c11 -1
    x_g2_p2 cum_g2_p2 -1 assign_g2 1
    x_g2_p2 coloc_g1_g2_L0 -1 coloc_g2_g3_L0 1
    x_g2_p6 cum_g2_p6 -1 assign_g2 1
    x_g2_p6 coloc_g1_g2_L1 -1 coloc_g2_g3_L1 1
    x_g2_p10 assign_g2 1 coloc_g1_g2_L2 -1
    x_g2_p10 coloc_g2_g3_L2 1
    z_g2_p2 cum_g2_p2 1 cum_g2_p6 -1
    z_g2_p2 prec_g2_g0_t2 1 occ_c3 1
    z_g2_p2 occ_c7 -1
    z_g2_p6 cum_g2_p6 1 prec_g2_g0_t6 1
    z_g2_p6 occ_c7 1 occ_c11 -1
    x_g3_p2 cum_g3_p2 -1 assign_g3 1
    x_g3_p2 coloc_g2_g3_L0 -1
    x_g3_p6 cum_g3_p6 -1 assign_g3 1
    x_g3_p6 coloc_g2_g3_L1 -1
    x_g3_p10 assign_g3 1 coloc_g2_g3_L2 -1
    z_g3_p2 cum_g3_p2 1 cum_g3_p6 -1
    z_g3_p2 prec_g3_g0_t2 1 occ_c3 1
    z_g3_p2 occ_c7 -1
    z_g3_p6 cum_g3_p6 1 prec_g3_g0_t6 1
    z_g3_p6 occ_c7 1 occ_c11 -1
    x_g4_p0 cum_g4_p0 -1 assign_g4 1
    x_g4_p0 coloc_g4_g5_L0 1 heads_L0 2
    x_g4_p4 cum_g4_p4 -1 assign_g4 1
    x_g4_p4 coloc_g4_g5_L1 1 heads_L1 2
    x_g4_p8 assign_g4 1 coloc_g4_g5_L2 1
    x_g4_p8 dy_v0_L2_r1 -1 dy_v4_L2_r0 -1
    x_g4_p8 heads_L2 2
    z_g4_p0 cum_g4_p0 1 cum_g4_p4 -1
    z_g4_p0 prec_g5_g4_t2 -1 occ_c1 1
    z_g4_p0 occ_c3 1
    z_g4_p4 cum_g4_p4 1 prec_g5_g4_t6 -1
    z_g4_p4 occ_c5 1 occ_c7 1
    x_g5_p2 cum_g5_p2 -1 assign_g5 1
    x_g5_p2 coloc_g4_g5_L0 -1
    x_g5_p6 cum_g5_p6 -1 assign_g5 1
    x_g5_p6 coloc_g4_g5_L1 -1
    x_g5_p10 assign_g5 1 coloc_g4_g5_L2 -1
    z_g5_p2 cum_g5_p2 1 cum_g5_p6 -1
    z_g5_p2 prec_g5_g4_t2 1 occ_c3 1
    z_g5_p2 occ_c7 -1
    z_g5_p6 cum_g5_p6 1 prec_g5_g4_t6 1
    z_g5_p6 occ_c7 1 occ_c11 -1
    x_g6_p2 cum_g6_p2 -1 assign_g6 1
    x_g6_p6 assign_g6 1
    z_g6_p2 cum_g6_p2 1 prec_g8_g6_t3 -1
    z_g6_p2 prec_g8_g6_t5 -1 o_v20_c3_r0 -1
    z_g6_p2 o_v20_c5_r0 -1 o_v20_c5_r1 -1
    z_g6_p2 o_v20_c7_r0 -1
    x_g7_p2 cum_g7_p2 -1 assign_g7 1
    x_g7_p6 assign_g7 1
    z_g7_p2 cum_g7_p2 1 prec_g8_g7_t3 -1
    z_g7_p2 prec_g8_g7_t5 -1 o_v21_c3_r0 -1
    z_g7_p2 o_v21_c5_r0 -1 o_v21_c5_r1 -1
    z_g7_p2 o_v21_c7_r0 -1
    x_g8_p3 cum_g8_p3 -1 assign_g8 1
    x_g8_p5 cum_g8_p5 -1 assign_g8 1
    x_g8_p5 heads_L1 4
    x_g8_p7 assign_g8 1
    z_g8_p3 cum_g8_p3 1 cum_g8_p5 -1
    z_g8_p3 prec_g8_g6_t3 1 prec_g8_g7_t3 1
    z_g8_p3 prec_g110_g8_t4 -1 prec_g111_g8_t4 -1
    z_g8_p3 prec_g112_g8_t4 -1 prec_g113_g8_t4 -1
    z_g8_p3 prec_g114_g8_t4 -1 prec_g115_g8_t4 -1
    z_g8_p3 prec_g116_g8_t4 -1 prec_g117_g8_t4 -1
    z_g8_p3 prec_g118_g8_t4 -1 prec_g119_g8_t4 -1
    z_g8_p3 prec_g120_g8_t4 -1 prec_g121_g8_t4 -1
    z_g8_p3 prec_g122_g8_t4 -1 prec_g123_g8_t4 -1
    z_g8_p3 prec_g124_g8_t4 -1 prec_g125_g8_t4 -1
    z_g8_p3 o_v20_c3_r0 1 o_v20_c5_r0 1
    z_g8_p3 o_v21_c3_r0 1 o_v21_c5_r0 1
    z_g8_p3 o_v22_c3_r0 -1 o_v22_c3_r1 -1
    z_g8_p3 o_v22_c3_r2 -1 o_v22_c3_r3 -1
    z_g8_p3 o_v22_c3_r4 -1 o_v22_c3_r5 -1
    z_g8_p3 o_v22_c3_r6 -1 o_v22_c3_r7 -1
    z_g8_p3 o_v22_c3_r8 -1 o_v22_c3_r9 -1
    z_g8_p3 o_v22_c3_r10 -1 o_v22_c3_r11 -1
    z_g8_p3 o_v22_c3_r12 -1 o_v22_c3_r13 -1
    z_g8_p3 o_v22_c3_r14 -1 o_v22_c3_r15 -1
    z_g8_p5 cum_g8_p5 1 prec_g8_g6_t5 1
    z_g8_p5 prec_g8_g7_t5 1 o_v20_c5_r1 1
    z_g8_p5 o_v20_c7_r0 1 o_v21_c5_r1 1
    z_g8_p5 o_v21_c7_r0 1 o_v22_c5_r0 -1
    z_g8_p5 o_v22_c5_r1 -1 o_v22_c5_r2 -1
    z_g8_p5 o_v22_c5_r3 -1 o_v22_c5_r4 -1
    z_g8_p5 o_v22_c5_r5 -1 o_v22_c5_r6 -1
    z_g8_p5 o_v22_c5_r7 -1 o_v22_c5_r8 -1
    z_g8_p5 o_v22_c5_r9 -1 o_v22_c5_r10 -1
    z_g8_p5 o_v22_c5_r11 -1 o_v22_c5_r12 -1
    z_g8_p5 o_v22_c5_r13 -1 o_v22_c5_r14 -1
    z_g8_p5 o_v22_c5_r15 -1
    x_g9_p2 assign_g9 1
    x_g10_p2 assign_g10 1
    x_g11_p3 assign_g11 1
    x_g12_p0 cum_g12_p0 -1 assign_g12 1
    x_g12_p0 dy_v5_L0_r1 -1 pt_v26_L0_r0 1
    x_g12_p0 heads_L0 2
    x_g12_p4 cum_g12_p4 -1 assign_g12 1
    x_g12_p4 dy_v5_L1_r1 -1 pt_v26_L1_r0 1
    x_g12_p4 heads_L1 2
    x_g12_p8 assign_g12 1 dy_v0_L2_r2 -1
    x_g12_p8 dy_v5_L2_r1 -1 pt_v26_L2_r0 1
    x_g12_p8 heads_L2 2
    z_g12_p0 cum_g12_p0 1 cum_g12_p4 -1
    z_g12_p0 prec_g13_g12_t1 -1 prec_g13_g12_t3 -1
    z_g12_p0 o_v5_c3_r1 1 o_v5_c5_r1 1
    z_g12_p0 dy_v5_L0_r0 -1 o_v26_c1_r0 -1
    z_g12_p0 o_v26_c3_r0 -1 o_v26_c3_r1 -1
    z_g12_p0 o_v26_c5_r0 -1
    z_g12_p4 cum_g12_p4 1 prec_g13_g12_t5 -1
    z_g12_p4 prec_g13_g12_t7 -1 o_v5_c7_r1 1
    z_g12_p4 o_v5_c9_r1 1 dy_v5_L1_r0 -1
    z_g12_p4 o_v26_c5_r1 -1 o_v26_c7_r0 -1
    z_g12_p4 o_v26_c7_r1 -1 o_v26_c9_r0 -1
    x_g13_p1 cum_g13_p1 -1 assign_g13 1
    x_g13_p1 pt_v26_L0_r0 -1 heads_L0 2
    x_g13_p3 cum_g13_p3 -1 assign_g13 1
    x_g13_p5 cum_g13_p5 -1 assign_g13 1
    x_g13_p5 pt_v26_L1_r0 -1 heads_L1 2
    x_g13_p7 cum_g13_p7 -1 assign_g13 1
    x_g13_p9 cum_g13_p9 -1 assign_g13 1
    x_g13_p9 pt_v26_L2_r0 -1 heads_L2 2
    x_g13_p11 assign_g13 1
    z_g13_p1 cum_g13_p1 1 cum_g13_p3 -1
    z_g13_p1 prec_g13_g12_t1 1 o_v26_c1_r0 1
    z_g13_p1 o_v26_c3_r0 1 occ_c1 1
    z_g13_p3 cum_g13_p3 1 cum_g13_p5 -1
    z_g13_p3 prec_g13_g12_t3 1 o_v26_c3_r1 1
    z_g13_p3 o_v26_c5_r0 1 occ_c3 1
    z_g13_p5 cum_g13_p5 1 cum_g13_p7 -1
    z_g13_p5 prec_g13_g12_t5 1 o_v26_c5_r1 1
    z_g13_p5 o_v26_c7_r0 1 occ_c5 1
    z_g13_p7 cum_g13_p7 1 cum_g13_p9 -1
    z_g13_p7 prec_g13_g12_t7 1 o_v26_c7_r1 1
    z_g13_p7 o_v26_c9_r0 1 occ_c7 1
    z_g13_p9 cum_g13_p9 1 o_v26_c9_r1 1
    z_g13_p9 o_v26_c11_r0 1 occ_c9 1
    x_g14_p0 assign_g14 1 dy_v6_L0_r1 -1
    x_g14_p0 heads_L0 2
    x_g15_p0 assign_g15 1 dy_v6_L0_r2 -1
    x_g15_p0 heads_L0 2
    x_g16_p0 assign_g16 1 dy_v6_L0_r3 -1
    x_g16_p0 heads_L0 2
    x_g17_p0 assign_g17 1 heads_L0 2
    x_g18_p0 assign_g18 1 heads_L0 2
    x_g19_p0 assign_g19 1 heads_L0 2
    x_g20_p0 assign_g20 1 heads_L0 2
    x_g21_p0 assign_g21 1 heads_L0 2
    x_g22_p0 assign_g22 1 heads_L0 2
    x_g23_p0 assign_g23 1 heads_L0 2
    x_g24_p0 assign_g24 1 heads_L0 2
    x_g25_p0 assign_g25 1 heads_L0 2
    x_g26_p0 assign_g26 1 heads_L0 2
    x_g27_p0 assign_g27 1 heads_L0 2
    x_g28_p0 assign_g28 1 heads_L0 2
    x_g29_p0 assign_g29 1 heads_L0 2
    x_g30_p2 cum_g30_p2 -1 assign_g30 1
    x_g30_p6 assign_g30 1
    z_g30_p2 cum_g30_p2 1 prec_g33_g30_t3 -1
    z_g30_p2 prec_g33_g30_t5 -1 o_v28_c7_r0 1
    z_g30_p2 dy_v28_L1_r0 -1 dy_v28_L1_r1 -1
    z_g30_p2 o_v47_c3_r0 -1 o_v47_c5_r0 -1
    z_g30_p2 o_v47_c5_r1 -1 o_v47_c7_r0 -1
    x_g31_p2 cum_g31_p2 -1 assign_g31 1
    x_g31_p6 assign_g31 1
    z_g31_p2 cum_g31_p2 1 prec_g33_g31_t3 -1
    z_g31_p2 prec_g33_g31_t5 -1 o_v28_c7_r1 1
    z_g31_p2 dy_v28_L1_r0 -1 dy_v28_L1_r1 -1
    z_g31_p2 o_v48_c3_r0 -1 o_v48_c5_r0 -1
    z_g31_p2 o_v48_c5_r1 -1 o_v48_c7_r0 -1
    x_g32_p2 cum_g32_p2 -1 assign_g32 1
    x_g32_p6 assign_g32 1
    z_g32_p2 cum_g32_p2 1 prec_g33_g32_t3 -1
    z_g32_p2 prec_g33_g32_t5 -1 o_v28_c7_r2 1
    z_g32_p2 dy_v28_L1_r0 -1 dy_v28_L1_r1 -1
    z_g32_p2 o_v49_c3_r0 -1 o_v49_c5_r0 -1
    z_g32_p2 o_v49_c5_r1 -1 o_v49_c7_r0 -1
    x_g33_p3 cum_g33_p3 -1 assign_g33 1
    x_g33_p5 cum_g33_p5 -1 assign_g33 1
    x_g33_p5 heads_L1 6
    x_g33_p7 cum_g33_p7 -1 assign_g33 1
    x_g33_p9 assign_g33 1 heads_L2 6
    z_g33_p3 cum_g33_p3 1 cum_g33_p5 -1
    z_g33_p3 prec_g33_g30_t3 1 prec_g33_g31_t3 1
    z_g33_p3 prec_g33_g32_t3 1 o_v47_c3_r0 1
    z_g33_p3 o_v47_c5_r0 1 o_v48_c3_r0 1
    z_g33_p3 o_v48_c5_r0 1 o_v49_c3_r0 1
    z_g33_p3 o_v49_c5_r0 1 o_v50_c3_r0 -1
    z_g33_p3 o_v50_c3_r1 -1
    z_g33_p5 cum_g33_p5 1 cum_g33_p7 -1
    z_g33_p5 prec_g33_g30_t5 1 prec_g33_g31_t5 1
    z_g33_p5 prec_g33_g32_t5 1 prec_g46_g33_t6 -1
    z_g33_p5 prec_g47_g33_t6 -1 o_v47_c5_r1 1
    z_g33_p5 o_v47_c7_r0 1 o_v48_c5_r1 1
    z_g33_p5 o_v48_c7_r0 1 o_v49_c5_r1 1
    z_g33_p5 o_v49_c7_r0 1 o_v50_c5_r0 -1
    z_g33_p5 o_v50_c5_r1 -1
    z_g33_p7 cum_g33_p7 1 o_v47_c7_r1 1
    z_g33_p7 o_v47_c9_r0 1 o_v48_c7_r1 1
    z_g33_p7 o_v48_c9_r0 1 o_v49_c7_r1 1
    z_g33_p7 o_v49_c9_r0 1 o_v50_c7_r0 -1
    z_g33_p7 o_v50_c7_r1 -1
    x_g34_p2 cum_g34_p2 -1 assign_g34 1
    x_g34_p6 assign_g34 1
    z_g34_p2 cum_g34_p2 1 prec_g37_g34_t3 -1
    z_g34_p2 prec_g37_g34_t5 -1 o_v30_c7_r0 1
    z_g34_p2 dy_v30_L1_r0 -1 dy_v30_L1_r1 -1
    z_g34_p2 dy_v30_L1_r2 -1 o_v51_c3_r0 -1
    z_g34_p2 o_v51_c5_r0 -1 o_v51_c5_r1 -1
    z_g34_p2 o_v51_c7_r0 -1
    x_g35_p2 cum_g35_p2 -1 assign_g35 1
    x_g35_p6 assign_g35 1
    z_g35_p2 cum_g35_p2 1 prec_g37_g35_t3 -1
    z_g35_p2 prec_g37_g35_t5 -1 o_v30_c7_r1 1
    z_g35_p2 dy_v30_L1_r0 -1 dy_v30_L1_r1 -1
    z_g35_p2 dy_v30_L1_r2 -1 o_v52_c3_r0 -1
    z_g35_p2 o_v52_c5_r0 -1 o_v52_c5_r1 -1
    z_g35_p2 o_v52_c7_r0 -1
    x_g36_p2 cum_g36_p2 -1 assign_g36 1
    x_g36_p6 assign_g36 1
    z_g36_p2 cum_g36_p2 1 prec_g37_g36_t3 -1
    z_g36_p2 prec_g37_g36_t5 -1 o_v30_c7_r2 1
    z_g36_p2 dy_v30_L1_r0 -1 dy_v30_L1_r1 -1
    z_g36_p2 dy_v30_L1_r2 -1 o_v53_c3_r0 -1
    z_g36_p2 o_v53_c5_r0 -1 o_v53_c5_r1 -1
    z_g36_p2 o_v53_c7_r0 -1
    x_g37_p3 cum_g37_p3 -1 assign_g37 1
    x_g37_p5 cum_g37_p5 -1 assign_g37 1
    x_g37_p5 heads_L1 6
    x_g37_p7 cum_g37_p7 -1 assign_g37 1
    x_g37_p9 assign_g37 1 heads_L2 6
    z_g37_p3 cum_g37_p3 1 cum_g37_p5 -1
    z_g37_p3 prec_g37_g34_t3 1 prec_g37_g35_t3 1
    z_g37_p3 prec_g37_g36_t3 1 o_v51_c3_r0 1
    z_g37_p3 o_v51_c5_r0 1 o_v52_c3_r0 1
    z_g37_p3 o_v52_c5_r0 1 o_v53_c3_r0 1
    z_g37_p3 o_v53_c5_r0 1 o_v54_c3_r0 -1
    z_g37_p3 o_v54_c3_r1 -1
    z_g37_p5 cum_g37_p5 1 cum_g37_p7 -1
    z_g37_p5 prec_g37_g34_t5 1 prec_g37_g35_t5 1
    z_g37_p5 prec_g37_g36_t5 1 prec_g46_g37_t6 -1
    z_g37_p5 prec_g47_g37_t6 -1 o_v51_c5_r1 1
    z_g37_p5 o_v51_c7_r0 1 o_v52_c5_r1 1
    z_g37_p5 o_v52_c7_r0 1 o_v53_c5_r1 1
    z_g37_p5 o_v53_c7_r0 1 o_v54_c5_r0 -1
    z_g37_p5 o_v54_c5_r1 -1
    z_g37_p7 cum_g37_p7 1 o_v51_c7_r1 1
    z_g37_p7 o_v51_c9_r0 1 o_v52_c7_r1 1
    z_g37_p7 o_v52_c9_r0 1 o_v53_c7_r1 1
    z_g37_p7 o_v53_c9_r0 1 o_v54_c7_r0 -1
    z_g37_p7 o_v54_c7_r1 -1
    x_g38_p2 cum_g38_p2 -1 assign_g38 1
    x_g38_p6 assign_g38 1
    z_g38_p2 cum_g38_p2 1 prec_g41_g38_t3 -1
    z_g38_p2 prec_g41_g38_t5 -1 o_v32_c7_r0 1
    z_g38_p2 dy_v32_L1_r0 -1 dy_v32_L1_r1 -1
    z_g38_p2 dy_v32_L1_r2 -1 o_v55_c3_r0 -1
    z_g38_p2 o_v55_c5_r0 -1 o_v55_c5_r1 -1
    z_g38_p2 o_v55_c7_r0 -1
    x_g39_p2 cum_g39_p2 -1 assign_g39 1
    x_g39_p6 assign_g39 1
    z_g39_p2 cum_g39_p2 1 prec_g41_g39_t3 -1
    z_g39_p2 prec_g41_g39_t5 -1 o_v32_c7_r1 1
    z_g39_p2 dy_v32_L1_r0 -1 dy_v32_L1_r1 -1
    z_g39_p2 dy_v32_L1_r2 -1 o_v56_c3_r0 -1
    z_g39_p2 o_v56_c5_r0 -1 o_v56_c5_r1 -1
    z_g39_p2 o_v56_c7_r0 -1
    x_g40_p2 cum_g40_p2 -1 assign_g40 1
    x_g40_p6 assign_g40 1
    z_g40_p2 cum_g40_p2 1 prec_g41_g40_t3 -1
    z_g40_p2 prec_g41_g40_t5 -1 o_v32_c7_r2 1
    z_g40_p2 dy_v32_L1_r0 -1 dy_v32_L1_r1 -1
    z_g40_p2 dy_v32_L1_r2 -1 o_v57_c3_r0 -1
    z_g40_p2 o_v57_c5_r0 -1 o_v57_c5_r1 -1
    z_g40_p2 o_v57_c7_r0 -1
    x_g41_p3 cum_g41_p3 -1 assign_g41 1
    x_g41_p5 cum_g41_p5 -1 assign_g41 1
    x_g41_p5 heads_L1 6
    x_g41_p7 cum_g41_p7 -1 assign_g41 1
    x_g41_p9 assign_g41 1 heads_L2 6
    z_g41_p3 cum_g41_p3 1 cum_g41_p5 -1
    z_g41_p3 prec_g41_g38_t3 1 prec_g41_g39_t3 1
    z_g41_p3 prec_g41_g40_t3 1 o_v55_c3_r0 1
    z_g41_p3 o_v55_c5_r0 1 o_v56_c3_r0 1
    z_g41_p3 o_v56_c5_r0 1 o_v57_c3_r0 1
    z_g41_p3 o_v57_c5_r0 1 o_v58_c3_r0 -1
    z_g41_p3 o_v58_c3_r1 -1
    z_g41_p5 cum_g41_p5 1 cum_g41_p7 -1
    z_g41_p5 prec_g41_g38_t5 1 prec_g41_g39_t5 1
    z_g41_p5 prec_g41_g40_t5 1 prec_g46_g41_t6 -1
    z_g41_p5 prec_g47_g41_t6 -1 o_v55_c5_r1 1
    z_g41_p5 o_v55_c7_r0 1 o_v56_c5_r1 1
    z_g41_p5 o_v56_c7_r0 1 o_v57_c5_r1 1
    z_g41_p5 o_v57_c7_r0 1 o_v58_c5_r0 -1
    z_g41_p5 o_v58_c5_r1 -1
    z_g41_p7 cum_g41_p7 1 o_v55_c7_r1 1
    z_g41_p7 o_v55_c9_r0 1 o_v56_c7_r1 1
    z_g41_p7 o_v56_c9_r0 1 o_v57_c7_r1 1
    z_g41_p7 o_v57_c9_r0 1 o_v58_c7_r0 -1
    z_g41_p7 o_v58_c7_r1 -1
    x_g42_p2 cum_g42_p2 -1 assign_g42 1
    x_g42_p6 assign_g42 1
    z_g42_p2 cum_g42_p2 1 prec_g45_g42_t3 -1
    z_g42_p2 prec_g45_g42_t5 -1 o_v34_c7_r0 1
    z_g42_p2 dy_v34_L1_r0 -1 dy_v34_L1_r1 -1
    z_g42_p2 dy_v34_L1_r2 -1 o_v59_c3_r0 -1
    z_g42_p2 o_v59_c5_r0 -1 o_v59_c5_r1 -1
    z_g42_p2 o_v59_c7_r0 -1
    x_g43_p2 cum_g43_p2 -1 assign_g43 1
    x_g43_p6 assign_g43 1
    z_g43_p2 cum_g43_p2 1 prec_g45_g43_t3 -1
    z_g43_p2 prec_g45_g43_t5 -1 o_v34_c7_r1 1
    z_g43_p2 dy_v34_L1_r0 -1 dy_v34_L1_r1 -1
    z_g43_p2 dy_v34_L1_r2 -1 o_v60_c3_r0 -1
    z_g43_p2 o_v60_c5_r0 -1 o_v60_c5_r1 -1
    z_g43_p2 o_v60_c7_r0 -1
    x_g44_p2 cum_g44_p2 -1 assign_g44 1
    x_g44_p6 assign_g44 1
    z_g44_p2 cum_g44_p2 1 prec_g45_g44_t3 -1
    z_g44_p2 prec_g45_g44_t5 -1 o_v34_c7_r2 1
    z_g44_p2 dy_v34_L1_r0 -1 dy_v34_L1_r1 -1
    z_g44_p2 dy_v34_L1_r2 -1 o_v61_c3_r0 -1
    z_g44_p2 o_v61_c5_r0 -1 o_v61_c5_r1 -1
    z_g44_p2 o_v61_c7_r0 -1
    x_g45_p3 cum_g45_p3 -1 assign_g45 1
    x_g45_p5 cum_g45_p5 -1 assign_g45 1
    x_g45_p5 heads_L1 6
    x_g45_p7 cum_g45_p7 -1 assign_g45 1
    x_g45_p9 assign_g45 1 heads_L2 6
    z_g45_p3 cum_g45_p3 1 cum_g45_p5 -1
    z_g45_p3 prec_g45_g42_t3 1 prec_g45_g43_t3 1
    z_g45_p3 prec_g45_g44_t3 1 o_v59_c3_r0 1
    z_g45_p3 o_v59_c5_r0 1 o_v60_c3_r0 1
    z_g45_p3 o_v60_c5_r0 1 o_v61_c3_r0 1
    z_g45_p3 o_v61_c5_r0 1 o_v62_c3_r0 -1
    z_g45_p3 o_v62_c3_r1 -1
    z_g45_p5 cum_g45_p5 1 cum_g45_p7 -1
    z_g45_p5 prec_g45_g42_t5 1 prec_g45_g43_t5 1
    z_g45_p5 prec_g45_g44_t5 1 prec_g46_g45_t6 -1
    z_g45_p5 prec_g47_g45_t6 -1 o_v59_c5_r1 1
    z_g45_p5 o_v59_c7_r0 1 o_v60_c5_r1 1
    z_g45_p5 o_v60_c7_r0 1 o_v61_c5_r1 1
    z_g45_p5 o_v61_c7_r0 1 o_v62_c5_r0 -1
    z_g45_p5 o_v62_c5_r1 -1
    z_g45_p7 cum_g45_p7 1 o_v59_c7_r1 1
    z_g45_p7 o_v59_c9_r0 1 o_v60_c7_r1 1
    z_g45_p7 o_v60_c9_r0 1 o_v61_c7_r1 1
    z_g45_p7 o_v61_c9_r0 1 o_v62_c7_r0 -1
    z_g45_p7 o_v62_c7_r1 -1
    x_g46_p6 cum_g46_p6 -1 assign_g46 1
    x_g46_p10 assign_g46 1
    z_g46_p6 cum_g46_p6 1 prec_g46_g33_t6 1
    z_g46_p6 prec_g46_g37_t6 1 prec_g46_g41_t6 1
    z_g46_p6 prec_g46_g45_t6 1 prec_g48_g46_t7 -1
    z_g46_p6 prec_g48_g46_t9 -1 o_v0_c11_r0 1
    z_g46_p6 dy_v0_L2_r0 -1 dy_v0_L2_r1 -1
    z_g46_p6 dy_v0_L2_r2 -1 dy_v0_L2_r3 -1
    z_g46_p6 dy_v0_L2_r4 -1 dy_v0_L2_r5 -1
    z_g46_p6 dy_v0_L2_r6 -1 dy_v0_L2_r7 -1
    z_g46_p6 dy_v0_L2_r8 -1 dy_v0_L2_r9 -1
    z_g46_p6 dy_v0_L2_r10 -1 dy_v0_L2_r11 -1
    z_g46_p6 dy_v0_L2_r12 -1 dy_v0_L2_r13 -1
    z_g46_p6 dy_v0_L2_r14 -1 dy_v0_L2_r15 -1
    z_g46_p6 dy_v0_L2_r16 -1 dy_v0_L2_r17 -1
    z_g46_p6 dy_v0_L2_r18 -1 dy_v0_L2_r19 -1
    z_g46_p6 dy_v0_L2_r20 -1 dy_v0_L2_r21 -1
    z_g46_p6 dy_v0_L2_r22 -1 dy_v0_L2_r23 -1
    z_g46_p6 dy_v0_L2_r24 -1 dy_v0_L2_r25 -1
    z_g46_p6 dy_v0_L2_r26 -1 dy_v0_L2_r27 -1
    z_g46_p6 dy_v0_L2_r28 -1 dy_v0_L2_r29 -1
    z_g46_p6 dy_v0_L2_r30 -1 dy_v0_L2_r31 -1
    z_g46_p6 dy_v0_L2_r32 -1 dy_v0_L2_r33 -1
    z_g46_p6 o_v50_c9_r0 1 o_v50_c11_r0 1
    z_g46_p6 o_v54_c9_r0 1 o_v54_c11_r0 1
    z_g46_p6 o_v58_c9_r0 1 o_v58_c11_r0 1
    z_g46_p6 o_v62_c9_r0 1 o_v62_c11_r0 1
    z_g46_p6 o_v63_c7_r0 -1 o_v63_c9_r0 -1
    z_g46_p6 o_v63_c9_r1 -1 o_v63_c11_r0 -1
    x_g47_p6 cum_g47_p6 -1 assign_g47 1
    x_g47_p10 assign_g47 1
    z_g47_p6 cum_g47_p6 1 prec_g47_g33_t6 1
    z_g47_p6 prec_g47_g37_t6 1 prec_g47_g41_t6 1
    z_g47_p6 prec_g47_g45_t6 1 prec_g48_g47_t7 -1
    z_g47_p6 prec_g48_g47_t9 -1 o_v0_c11_r1 1
    z_g47_p6 dy_v0_L2_r0 -1 dy_v0_L2_r1 -1
    z_g47_p6 dy_v0_L2_r2 -1 dy_v0_L2_r3 -1
    z_g47_p6 dy_v0_L2_r4 -1 dy_v0_L2_r5 -1
    z_g47_p6 dy_v0_L2_r6 -1 dy_v0_L2_r7 -1
    z_g47_p6 dy_v0_L2_r8 -1 dy_v0_L2_r9 -1
    z_g47_p6 dy_v0_L2_r10 -1 dy_v0_L2_r11 -1
    z_g47_p6 dy_v0_L2_r12 -1 dy_v0_L2_r13 -1
    z_g47_p6 dy_v0_L2_r14 -1 dy_v0_L2_r15 -1
    z_g47_p6 dy_v0_L2_r16 -1 dy_v0_L2_r17 -1
    z_g47_p6 dy_v0_L2_r18 -1 dy_v0_L2_r19 -1
    z_g47_p6 dy_v0_L2_r20 -1 dy_v0_L2_r21 -1
    z_g47_p6 dy_v0_L2_r22 -1 dy_v0_L2_r23 -1
    z_g47_p6 dy_v0_L2_r24 -1 dy_v0_L2_r25 -1
    z_g47_p6 dy_v0_L2_r26 -1 dy_v0_L2_r27 -1
    z_g47_p6 dy_v0_L2_r28 -1 dy_v0_L2_r29 -1
    z_g47_p6 dy_v0_L2_r30 -1 dy_v0_L2_r31 -1
    z_g47_p6 dy_v0_L2_r32 -1 dy_v0_L2_r33 -1
    z_g47_p6 o_v50_c9_r1 1 o_v50_c11_r1 1
    z_g47_p6 o_v54_c9_r1 1 o_v54_c11_r1 1
    z_g47_p6 o_v58_c9_r1 1 o_v58_c11_r1 1
    z_g47_p6 o_v62_c9_r1 1 o_v62_c11_r1 1
    z_g47_p6 o_v64_c7_r0 -1 o_v64_c9_r0 -1
    z_g47_p6 o_v64_c9_r1 -1 o_v64_c11_r0 -1
    x_g48_p7 cum_g48_p7 -1 assign_g48 1
    x_g48_p9 cum_g48_p9 -1 assign_g48 1
    x_g48_p9 heads_L2 4
    x_g48_p11 assign_g48 1
    z_g48_p7 cum_g48_p7 1 cum_g48_p9 -1
    z_g48_p7 prec_g48_g46_t7 1 prec_g48_g47_t7 1
    z_g48_p7 o_v63_c7_r0 1 o_v63_c9_r0 1
    z_g48_p7 o_v64_c7_r0 1 o_v64_c9_r0 1
    z_g48_p7 occ_c7 1
    z_g48_p9 cum_g48_p9 1 prec_g48_g46_t9 1
    z_g48_p9 prec_g48_g47_t9 1 o_v63_c9_r1 1
    z_g48_p9 o_v63_c11_r0 1 o_v64_c9_r1 1
    z_g48_p9 o_v64_c11_r0 1 occ_c9 1
    x_g49_p2 cum_g49_p2 -1 assign_g49 1
    x_g49_p6 assign_g49 1
    z_g49_p2 cum_g49_p2 1 prec_g52_g49_t3 -1
    z_g49_p2 prec_g52_g49_t5 -1 o_v30_c7_r3 1
    z_g49_p2 dy_v30_L1_r0 -1 dy_v30_L1_r1 -1
    z_g49_p2 dy_v30_L1_r2 -1 o_v66_c3_r0 -1
    z_g49_p2 o_v66_c5_r0 -1 o_v66_c5_r1 -1
    z_g49_p2 o_v66_c7_r0 -1
    x_g50_p2 cum_g50_p2 -1 assign_g50 1
    x_g50_p6 assign_g50 1
    z_g50_p2 cum_g50_p2 1 prec_g52_g50_t3 -1
    z_g50_p2 prec_g52_g50_t5 -1 o_v30_c7_r4 1
    z_g50_p2 dy_v30_L1_r0 -1 dy_v30_L1_r1 -1
    z_g50_p2 dy_v30_L1_r2 -1 o_v67_c3_r0 -1
    z_g50_p2 o_v67_c5_r0 -1 o_v67_c5_r1 -1
    z_g50_p2 o_v67_c7_r0 -1
    x_g51_p2 cum_g51_p2 -1 assign_g51 1
    x_g51_p6 assign_g51 1
    z_g51_p2 cum_g51_p2 1 prec_g52_g51_t3 -1
    z_g51_p2 prec_g52_g51_t5 -1 o_v30_c7_r5 1
    z_g51_p2 dy_v30_L1_r0 -1 dy_v30_L1_r1 -1
    z_g51_p2 dy_v30_L1_r2 -1 o_v68_c3_r0 -1
    z_g51_p2 o_v68_c5_r0 -1 o_v68_c5_r1 -1
    z_g51_p2 o_v68_c7_r0 -1
    x_g52_p3 cum_g52_p3 -1 assign_g52 1
    x_g52_p5 cum_g52_p5 -1 assign_g52 1
    x_g52_p5 heads_L1 6
    x_g52_p7 cum_g52_p7 -1 assign_g52 1
    x_g52_p9 assign_g52 1 heads_L2 6
    z_g52_p3 cum_g52_p3 1 cum_g52_p5 -1
    z_g52_p3 prec_g52_g49_t3 1 prec_g52_g50_t3 1
    z_g52_p3 prec_g52_g51_t3 1 o_v66_c3_r0 1
    z_g52_p3 o_v66_c5_r0 1 o_v67_c3_r0 1
    z_g52_p3 o_v67_c5_r0 1 o_v68_c3_r0 1
    z_g52_p3 o_v68_c5_r0 1 o_v69_c3_r0 -1
    z_g52_p3 o_v69_c3_r1 -1
    z_g52_p5 cum_g52_p5 1 cum_g52_p7 -1
    z_g52_p5 prec_g52_g49_t5 1 prec_g52_g50_t5 1
    z_g52_p5 prec_g52_g51_t5 1 prec_g65_g52_t6 -1
    z_g52_p5 prec_g66_g52_t6 -1 o_v66_c5_r1 1
    z_g52_p5 o_v66_c7_r0 1 o_v67_c5_r1 1
    z_g52_p5 o_v67_c7_r0 1 o_v68_c5_r1 1
    z_g52_p5 o_v68_c7_r0 1 o_v69_c5_r0 -1
    z_g52_p5 o_v69_c5_r1 -1
    z_g52_p7 cum_g52_p7 1 o_v66_c7_r1 1
    z_g52_p7 o_v66_c9_r0 1 o_v67_c7_r1 1
    z_g52_p7 o_v67_c9_r0 1 o_v68_c7_r1 1
    z_g52_p7 o_v68_c9_r0 1 o_v69_c7_r0 -1
    z_g52_p7 o_v69_c7_r1 -1
    x_g53_p2 cum_g53_p2 -1 assign_g53 1
    x_g53_p6 assign_g53 1
    z_g53_p2 cum_g53_p2 1 prec_g56_g53_t3 -1
    z_g53_p2 prec_g56_g53_t5 -1 o_v32_c7_r3 1
    z_g53_p2 dy_v32_L1_r0 -1 dy_v32_L1_r1 -1
    z_g53_p2 dy_v32_L1_r2 -1 o_v70_c3_r0 -1
    z_g53_p2 o_v70_c5_r0 -1 o_v70_c5_r1 -1
    z_g53_p2 o_v70_c7_r0 -1
    x_g54_p2 cum_g54_p2 -1 assign_g54 1
    x_g54_p6 assign_g54 1
    z_g54_p2 cum_g54_p2 1 prec_g56_g54_t3 -1
    z_g54_p2 prec_g56_g54_t5 -1 o_v32_c7_r4 1
    z_g54_p2 dy_v32_L1_r0 -1 dy_v32_L1_r1 -1
    z_g54_p2 dy_v32_L1_r2 -1 o_v71_c3_r0 -1
    z_g54_p2 o_v71_c5_r0 -1 o_v71_c5_r1 -1
    z_g54_p2 o_v71_c7_r0 -1
    x_g55_p2 cum_g55_p2 -1 assign_g55 1
    x_g55_p6 assign_g55 1
    z_g55_p2 cum_g55_p2 1 prec_g56_g55_t3 -1
    z_g55_p2 prec_g56_g55_t5 -1 o_v32_c7_r5 1
    z_g55_p2 dy_v32_L1_r0 -1 dy_v32_L1_r1 -1
    z_g55_p2 dy_v32_L1_r2 -1 o_v72_c3_r0 -1
    z_g55_p2 o_v72_c5_r0 -1 o_v72_c5_r1 -1
    z_g55_p2 o_v72_c7_r0 -1
    x_g56_p3 cum_g56_p3 -1 assign_g56 1
    x_g56_p5 cum_g56_p5 -1 assign_g56 1
    x_g56_p5 heads_L1 6
    x_g56_p7 cum_g56_p7 -1 assign_g56 1
    x_g56_p9 assign_g56 1 heads_L2 6
    z_g56_p3 cum_g56_p3 1 cum_g56_p5 -1
    z_g56_p3 prec_g56_g53_t3 1 prec_g56_g54_t3 1
    z_g56_p3 prec_g56_g55_t3 1 o_v70_c3_r0 1
    z_g56_p3 o_v70_c5_r0 1 o_v71_c3_r0 1
    z_g56_p3 o_v71_c5_r0 1 o_v72_c3_r0 1
    z_g56_p3 o_v72_c5_r0 1 o_v73_c3_r0 -1
    z_g56_p3 o_v73_c3_r1 -1
    z_g56_p5 cum_g56_p5 1 cum_g56_p7 -1
    z_g56_p5 prec_g56_g53_t5 1 prec_g56_g54_t5 1
    z_g56_p5 prec_g56_g55_t5 1 prec_g65_g56_t6 -1
    z_g56_p5 prec_g66_g56_t6 -1 o_v70_c5_r1 1
    z_g56_p5 o_v70_c7_r0 1 o_v71_c5_r1 1
    z_g56_p5 o_v71_c7_r0 1 o_v72_c5_r1 1
    z_g56_p5 o_v72_c7_r0 1 o_v73_c5_r0 -1
    z_g56_p5 o_v73_c5_r1 -1
    z_g56_p7 cum_g56_p7 1 o_v70_c7_r1 1
    z_g56_p7 o_v70_c9_r0 1 o_v71_c7_r1 1
    z_g56_p7 o_v71_c9_r0 1 o_v72_c7_r1 1
    z_g56_p7 o_v72_c9_r0 1 o_v73_c7_r0 -1
    z_g56_p7 o_v73_c7_r1 -1
    x_g57_p2 cum_g57_p2 -1 assign_g57 1
    x_g57_p6 assign_g57 1
    z_g57_p2 cum_g57_p2 1 prec_g60_g57_t3 -1
    z_g57_p2 prec_g60_g57_t5 -1 o_v34_c7_r3 1
    z_g57_p2 dy_v34_L1_r0 -1 dy_v34_L1_r1 -1
    z_g57_p2 dy_v34_L1_r2 -1 o_v74_c3_r0 -1
    z_g57_p2 o_v74_c5_r0 -1 o_v74_c5_r1 -1
    z_g57_p2 o_v74_c7_r0 -1
    x_g58_p2 cum_g58_p2 -1 assign_g58 1
    x_g58_p6 assign_g58 1
    z_g58_p2 cum_g58_p2 1 prec_g60_g58_t3 -1
    z_g58_p2 prec_g60_g58_t5 -1 o_v34_c7_r4 1
    z_g58_p2 dy_v34_L1_r0 -1 dy_v34_L1_r1 -1
    z_g58_p2 dy_v34_L1_r2 -1 o_v75_c3_r0 -1
    z_g58_p2 o_v75_c5_r0 -1 o_v75_c5_r1 -1
    z_g58_p2 o_v75_c7_r0 -1
    x_g59_p2 cum_g59_p2 -1 assign_g59 1
    x_g59_p6 assign_g59 1
    z_g59_p2 cum_g59_p2 1 prec_g60_g59_t3 -1
    z_g59_p2 prec_g60_g59_t5 -1 o_v34_c7_r5 1
    z_g59_p2 dy_v34_L1_r0 -1 dy_v34_L1_r1 -1
    z_g59_p2 dy_v34_L1_r2 -1 o_v76_c3_r0 -1
    z_g59_p2 o_v76_c5_r0 -1 o_v76_c5_r1 -1
    z_g59_p2 o_v76_c7_r0 -1
    x_g60_p3 cum_g60_p3 -1 assign_g60 1
    x_g60_p5 cum_g60_p5 -1 assign_g60 1
    x_g60_p5 heads_L1 6
    x_g60_p7 cum_g60_p7 -1 assign_g60 1
    x_g60_p9 assign_g60 1 heads_L2 6
    z_g60_p3 cum_g60_p3 1 cum_g60_p5 -1
    z_g60_p3 prec_g60_g57_t3 1 prec_g60_g58_t3 1
    z_g60_p3 prec_g60_g59_t3 1 o_v74_c3_r0 1
    z_g60_p3 o_v74_c5_r0 1 o_v75_c3_r0 1
    z_g60_p3 o_v75_c5_r0 1 o_v76_c3_r0 1
    z_g60_p3 o_v76_c5_r0 1 o_v77_c3_r0 -1
    z_g60_p3 o_v77_c3_r1 -1
    z_g60_p5 cum_g60_p5 1 cum_g60_p7 -1
    z_g60_p5 prec_g60_g57_t5 1 prec_g60_g58_t5 1
    z_g60_p5 prec_g60_g59_t5 1 prec_g65_g60_t6 -1
    z_g60_p5 prec_g66_g60_t6 -1 o_v74_c5_r1 1
    z_g60_p5 o_v74_c7_r0 1 o_v75_c5_r1 1
    z_g60_p5 o_v75_c7_r0 1 o_v76_c5_r1 1
    z_g60_p5 o_v76_c7_r0 1 o_v77_c5_r0 -1
    z_g60_p5 o_v77_c5_r1 -1
    z_g60_p7 cum_g60_p7 1 o_v74_c7_r1 1
    z_g60_p7 o_v74_c9_r0 1 o_v75_c7_r1 1
    z_g60_p7 o_v75_c9_r0 1 o_v76_c7_r1 1
    z_g60_p7 o_v76_c9_r0 1 o_v77_c7_r0 -1
    z_g60_p7 o_v77_c7_r1 -1
    x_g61_p2 cum_g61_p2 -1 assign_g61 1
    x_g61_p6 assign_g61 1
    z_g61_p2 cum_g61_p2 1 prec_g64_g61_t3 -1
    z_g61_p2 prec_g64_g61_t5 -1 o_v35_c7_r0 1
    z_g61_p2 dy_v35_L1_r0 -1 dy_v35_L1_r1 -1
    z_g61_p2 dy_v35_L1_r2 -1 o_v78_c3_r0 -1
    z_g61_p2 o_v78_c5_r0 -1 o_v78_c5_r1 -1
    z_g61_p2 o_v78_c7_r0 -1
    x_g62_p2 cum_g62_p2 -1 assign_g62 1
    x_g62_p6 assign_g62 1
    z_g62_p2 cum_g62_p2 1 prec_g64_g62_t3 -1
    z_g62_p2 prec_g64_g62_t5 -1 o_v35_c7_r1 1
    z_g62_p2 dy_v35_L1_r0 -1 dy_v35_L1_r1 -1
    z_g62_p2 dy_v35_L1_r2 -1 o_v79_c3_r0 -1
    z_g62_p2 o_v79_c5_r0 -1 o_v79_c5_r1 -1
    z_g62_p2 o_v79_c7_r0 -1
    x_g63_p2 cum_g63_p2 -1 assign_g63 1
    x_g63_p6 assign_g63 1
    z_g63_p2 cum_g63_p2 1 prec_g64_g63_t3 -1
    z_g63_p2 prec_g64_g63_t5 -1 o_v35_c7_r2 1
    z_g63_p2 dy_v35_L1_r0 -1 dy_v35_L1_r1 -1
    z_g63_p2 dy_v35_L1_r2 -1 o_v80_c3_r0 -1
    z_g63_p2 o_v80_c5_r0 -1 o_v80_c5_r1 -1
    z_g63_p2 o_v80_c7_r0 -1
    x_g64_p3 cum_g64_p3 -1 assign_g64 1
    x_g64_p5 cum_g64_p5 -1 assign_g64 1
    x_g64_p5 heads_L1 6
    x_g64_p7 cum_g64_p7 -1 assign_g64 1
    x_g64_p9 assign_g64 1 heads_L2 6
    z_g64_p3 cum_g64_p3 1 cum_g64_p5 -1
    z_g64_p3 prec_g64_g61_t3 1 prec_g64_g62_t3 1
    z_g64_p3 prec_g64_g63_t3 1 o_v78_c3_r0 1
    z_g64_p3 o_v78_c5_r0 1 o_v79_c3_r0 1
    z_g64_p3 o_v79_c5_r0 1 o_v80_c3_r0 1
    z_g64_p3 o_v80_c5_r0 1 o_v81_c3_r0 -1
    z_g64_p3 o_v81_c3_r1 -1
    z_g64_p5 cum_g64_p5 1 cum_g64_p7 -1
    z_g64_p5 prec_g64_g61_t5 1 prec_g64_g62_t5 1
    z_g64_p5 prec_g64_g63_t5 1 prec_g65_g64_t6 -1
    z_g64_p5 prec_g66_g64_t6 -1 o_v78_c5_r1 1
    z_g64_p5 o_v78_c7_r0 1 o_v79_c5_r1 1
    z_g64_p5 o_v79_c7_r0 1 o_v80_c5_r1 1
    z_g64_p5 o_v80_c7_r0 1 o_v81_c5_r0 -1
    z_g64_p5 o_v81_c5_r1 -1
    z_g64_p7 cum_g64_p7 1 o_v78_c7_r1 1
    z_g64_p7 o_v78_c9_r0 1 o_v79_c7_r1 1
    z_g64_p7 o_v79_c9_r0 1 o_v80_c7_r1 1
    z_g64_p7 o_v80_c9_r0 1 o_v81_c7_r0 -1
    z_g64_p7 o_v81_c7_r1 -1
    x_g65_p6 cum_g65_p6 -1 assign_g65 1
    x_g65_p10 assign_g65 1
    z_g65_p6 cum_g65_p6 1 prec_g65_g52_t6 1
    z_g65_p6 prec_g65_g56_t6 1 prec_g65_g60_t6 1
    z_g65_p6 prec_g65_g64_t6 1 prec_g67_g65_t7 -1
    z_g65_p6 prec_g67_g65_t9 -1 o_v0_c11_r2 1
    z_g65_p6 dy_v0_L2_r0 -1 dy_v0_L2_r1 -1
    z_g65_p6 dy_v0_L2_r2 -1 dy_v0_L2_r3 -1
    z_g65_p6 dy_v0_L2_r4 -1 dy_v0_L2_r5 -1
    z_g65_p6 dy_v0_L2_r6 -1 dy_v0_L2_r7 -1
    z_g65_p6 dy_v0_L2_r8 -1 dy_v0_L2_r9 -1
    z_g65_p6 dy_v0_L2_r10 -1 dy_v0_L2_r11 -1
    z_g65_p6 dy_v0_L2_r12 -1 dy_v0_L2_r13 -1
    z_g65_p6 dy_v0_L2_r14 -1 dy_v0_L2_r15 -1
    z_g65_p6 dy_v0_L2_r16 -1 dy_v0_L2_r17 -1
    z_g65_p6 dy_v0_L2_r18 -1 dy_v0_L2_r19 -1
    z_g65_p6 dy_v0_L2_r20 -1 dy_v0_L2_r21 -1
    z_g65_p6 dy_v0_L2_r22 -1 dy_v0_L2_r23 -1
    z_g65_p6 dy_v0_L2_r24 -1 dy_v0_L2_r25 -1
    z_g65_p6 dy_v0_L2_r26 -1 dy_v0_L2_r27 -1
    z_g65_p6 dy_v0_L2_r28 -1 dy_v0_L2_r29 -1
    z_g65_p6 dy_v0_L2_r30 -1 dy_v0_L2_r31 -1
    z_g65_p6 dy_v0_L2_r32 -1 dy_v0_L2_r33 -1
    z_g65_p6 o_v69_c9_r0 1 o_v69_c11_r0 1
    z_g65_p6 o_v73_c9_r0 1 o_v73_c11_r0 1
    z_g65_p6 o_v77_c9_r0 1 o_v77_c11_r0 1
    z_g65_p6 o_v81_c9_r0 1 o_v81_c11_r0 1
    z_g65_p6 o_v82_c7_r0 -1 o_v82_c9_r0 -1
    z_g65_p6 o_v82_c9_r1 -1 o_v82_c11_r0 -1
    x_g66_p6 cum_g66_p6 -1 assign_g66 1
    x_g66_p10 assign_g66 1
    z_g66_p6 cum_g66_p6 1 prec_g66_g52_t6 1
    z_g66_p6 prec_g66_g56_t6 1 prec_g66_g60_t6 1
    z_g66_p6 prec_g66_g64_t6 1 prec_g67_g66_t7 -1
    z_g66_p6 prec_g67_g66_t9 -1 o_v0_c11_r3 1
    z_g66_p6 dy_v0_L2_r0 -1 dy_v0_L2_r1 -1
    z_g66_p6 dy_v0_L2_r2 -1 dy_v0_L2_r3 -1
    z_g66_p6 dy_v0_L2_r4 -1 dy_v0_L2_r5 -1
    z_g66_p6 dy_v0_L2_r6 -1 dy_v0_L2_r7 -1
    z_g66_p6 dy_v0_L2_r8 -1 dy_v0_L2_r9 -1
    z_g66_p6 dy_v0_L2_r10 -1 dy_v0_L2_r11 -1
    z_g66_p6 dy_v0_L2_r12 -1 dy_v0_L2_r13 -1
    z_g66_p6 dy_v0_L2_r14 -1 dy_v0_L2_r15 -1
    z_g66_p6 dy_v0_L2_r16 -1 dy_v0_L2_r17 -1
    z_g66_p6 dy_v0_L2_r18 -1 dy_v0_L2_r19 -1
    z_g66_p6 dy_v0_L2_r20 -1 dy_v0_L2_r21 -1
    z_g66_p6 dy_v0_L2_r22 -1 dy_v0_L2_r23 -1
    z_g66_p6 dy_v0_L2_r24 -1 dy_v0_L2_r25 -1
    z_g66_p6 dy_v0_L2_r26 -1 dy_v0_L2_r27 -1
    z_g66_p6 dy_v0_L2_r28 -1 dy_v0_L2_r29 -1
    z_g66_p6 dy_v0_L2_r30 -1 dy_v0_L2_r31 -1
    z_g66_p6 dy_v0_L2_r32 -1 dy_v0_L2_r33 -1
    z_g66_p6 o_v69_c9_r1 1 o_v69_c11_r1 1
    z_g66_p6 o_v73_c9_r1 1 o_v73_c11_r1 1
    z_g66_p6 o_v77_c9_r1 1 o_v77_c11_r1 1
    z_g66_p6 o_v81_c9_r1 1 o_v81_c11_r1 1
    z_g66_p6 o_v83_c7_r0 -1 o_v83_c9_r0 -1
    z_g66_p6 o_v83_c9_r1 -1 o_v83_c11_r0 -1
    x_g67_p7 cum_g67_p7 -1 assign_g67 1
    x_g67_p9 cum_g67_p9 -1 assign_g67 1
    x_g67_p9 heads_L2 4
    x_g67_p11 assign_g67 1
    z_g67_p7 cum_g67_p7 1 cum_g67_p9 -1
    z_g67_p7 prec_g67_g65_t7 1 prec_g67_g66_t7 1
    z_g67_p7 o_v82_c7_r0 1 o_v82_c9_r0 1
    z_g67_p7 o_v83_c7_r0 1 o_v83_c9_r0 1
    z_g67_p7 occ_c7 1
    z_g67_p9 cum_g67_p9 1 prec_g67_g65_t9 1
    z_g67_p9 prec_g67_g66_t9 1 o_v82_c9_r1 1
    z_g67_p9 o_v82_c11_r0 1 o_v83_c9_r1 1
    z_g67_p9 o_v83_c11_r0 1 occ_c9 1
    x_g68_p2 cum_g68_p2 -1 assign_g68 1
    x_g68_p6 assign_g68 1
    z_g68_p2 cum_g68_p2 1 prec_g71_g68_t3 -1
    z_g68_p2 prec_g71_g68_t5 -1 o_v32_c7_r6 1
    z_g68_p2 dy_v32_L1_r0 -1 dy_v32_L1_r1 -1
    z_g68_p2 dy_v32_L1_r2 -1 o_v85_c3_r0 -1
    z_g68_p2 o_v85_c5_r0 -1 o_v85_c5_r1 -1
    z_g68_p2 o_v85_c7_r0 -1
    x_g69_p2 cum_g69_p2 -1 assign_g69 1
    x_g69_p6 assign_g69 1
    z_g69_p2 cum_g69_p2 1 prec_g71_g69_t3 -1
    z_g69_p2 prec_g71_g69_t5 -1 o_v32_c7_r7 1
    z_g69_p2 dy_v32_L1_r0 -1 dy_v32_L1_r1 -1
    z_g69_p2 dy_v32_L1_r2 -1 o_v86_c3_r0 -1
    z_g69_p2 o_v86_c5_r0 -1 o_v86_c5_r1 -1
    z_g69_p2 o_v86_c7_r0 -1
    x_g70_p2 cum_g70_p2 -1 assign_g70 1
    x_g70_p6 assign_g70 1
    z_g70_p2 cum_g70_p2 1 prec_g71_g70_t3 -1
    z_g70_p2 prec_g71_g70_t5 -1 o_v32_c7_r8 1
    z_g70_p2 dy_v32_L1_r0 -1 dy_v32_L1_r1 -1
    z_g70_p2 dy_v32_L1_r2 -1 o_v87_c3_r0 -1
    z_g70_p2 o_v87_c5_r0 -1 o_v87_c5_r1 -1
    z_g70_p2 o_v87_c7_r0 -1
    x_g71_p3 cum_g71_p3 -1 assign_g71 1
    x_g71_p5 cum_g71_p5 -1 assign_g71 1
    x_g71_p5 heads_L1 6
    x_g71_p7 cum_g71_p7 -1 assign_g71 1
    x_g71_p9 assign_g71 1 heads_L2 6
    z_g71_p3 cum_g71_p3 1 cum_g71_p5 -1
    z_g71_p3 prec_g71_g68_t3 1 prec_g71_g69_t3 1
    z_g71_p3 prec_g71_g70_t3 1 o_v85_c3_r0 1
    z_g71_p3 o_v85_c5_r0 1 o_v86_c3_r0 1
    z_g71_p3 o_v86_c5_r0 1 o_v87_c3_r0 1
    z_g71_p3 o_v87_c5_r0 1 o_v88_c3_r0 -1
    z_g71_p3 o_v88_c3_r1 -1
    z_g71_p5 cum_g71_p5 1 cum_g71_p7 -1
    z_g71_p5 prec_g71_g68_t5 1 prec_g71_g69_t5 1
    z_g71_p5 prec_g71_g70_t5 1 prec_g84_g71_t6 -1
    z_g71_p5 prec_g85_g71_t6 -1 o_v85_c5_r1 1
    z_g71_p5 o_v85_c7_r0 1 o_v86_c5_r1 1
    z_g71_p5 o_v86_c7_r0 1 o_v87_c5_r1 1
    z_g71_p5 o_v87_c7_r0 1 o_v88_c5_r0 -1
    z_g71_p5 o_v88_c5_r1 -1
    z_g71_p7 cum_g71_p7 1 o_v85_c7_r1 1
    z_g71_p7 o_v85_c9_r0 1 o_v86_c7_r1 1
    z_g71_p7 o_v86_c9_r0 1 o_v87_c7_r1 1
    z_g71_p7 o_v87_c9_r0 1 o_v88_c7_r0 -1
    z_g71_p7 o_v88_c7_r1 -1
    x_g72_p2 cum_g72_p2 -1 assign_g72 1
    x_g72_p6 assign_g72 1
    z_g72_p2 cum_g72_p2 1 prec_g75_g72_t3 -1
    z_g72_p2 prec_g75_g72_t5 -1 o_v34_c7_r6 1
    z_g72_p2 dy_v34_L1_r0 -1 dy_v34_L1_r1 -1
    z_g72_p2 dy_v34_L1_r2 -1 o_v89_c3_r0 -1
    z_g72_p2 o_v89_c5_r0 -1 o_v89_c5_r1 -1
    z_g72_p2 o_v89_c7_r0 -1
    x_g73_p2 cum_g73_p2 -1 assign_g73 1
    x_g73_p6 assign_g73 1
    z_g73_p2 cum_g73_p2 1 prec_g75_g73_t3 -1
    z_g73_p2 prec_g75_g73_t5 -1 o_v34_c7_r7 1
    z_g73_p2 dy_v34_L1_r0 -1 dy_v34_L1_r1 -1
    z_g73_p2 dy_v34_L1_r2 -1 o_v90_c3_r0 -1
    z_g73_p2 o_v90_c5_r0 -1 o_v90_c5_r1 -1
    z_g73_p2 o_v90_c7_r0 -1
    x_g74_p2 cum_g74_p2 -1 assign_g74 1
    x_g74_p6 assign_g74 1
    z_g74_p2 cum_g74_p2 1 prec_g75_g74_t3 -1
    z_g74_p2 prec_g75_g74_t5 -1 o_v34_c7_r8 1
    z_g74_p2 dy_v34_L1_r0 -1 dy_v34_L1_r1 -1
    z_g74_p2 dy_v34_L1_r2 -1 o_v91_c3_r0 -1
    z_g74_p2 o_v91_c5_r0 -1 o_v91_c5_r1 -1
    z_g74_p2 o_v91_c7_r0 -1
    x_g75_p3 cum_g75_p3 -1 assign_g75 1
    x_g75_p5 cum_g75_p5 -1 assign_g75 1
    x_g75_p5 heads_L1 6
    x_g75_p7 cum_g75_p7 -1 assign_g75 1
    x_g75_p9 assign_g75 1 heads_L2 6
    z_g75_p3 cum_g75_p3 1 cum_g75_p5 -1
    z_g75_p3 prec_g75_g72_t3 1 prec_g75_g73_t3 1
    z_g75_p3 prec_g75_g74_t3 1 o_v89_c3_r0 1
    z_g75_p3 o_v89_c5_r0 1 o_v90_c3_r0 1
    z_g75_p3 o_v90_c5_r0 1 o_v91_c3_r0 1
    z_g75_p3 o_v91_c5_r0 1 o_v92_c3_r0 -1
    z_g75_p3 o_v92_c3_r1 -1
    z_g75_p5 cum_g75_p5 1 cum_g75_p7 -1
    z_g75_p5 prec_g75_g72_t5 1 prec_g75_g73_t5 1
    z_g75_p5 prec_g75_g74_t5 1 prec_g84_g75_t6 -1
    z_g75_p5 prec_g85_g75_t6 -1 o_v89_c5_r1 1
    z_g75_p5 o_v89_c7_r0 1 o_v90_c5_r1 1
    z_g75_p5 o_v90_c7_r0 1 o_v91_c5_r1 1
    z_g75_p5 o_v91_c7_r0 1 o_v92_c5_r0 -1
    z_g75_p5 o_v92_c5_r1 -1
    z_g75_p7 cum_g75_p7 1 o_v89_c7_r1 1
    z_g75_p7 o_v89_c9_r0 1 o_v90_c7_r1 1
    z_g75_p7 o_v90_c9_r0 1 o_v91_c7_r1 1
    z_g75_p7 o_v91_c9_r0 1 o_v92_c7_r0 -1
    z_g75_p7 o_v92_c7_r1 -1
    x_g76_p2 cum_g76_p2 -1 assign_g76 1
    x_g76_p6 assign_g76 1
    z_g76_p2 cum_g76_p2 1 prec_g79_g76_t3 -1
    z_g76_p2 prec_g79_g76_t5 -1 o_v35_c7_r3 1
    z_g76_p2 dy_v35_L1_r0 -1 dy_v35_L1_r1 -1
    z_g76_p2 dy_v35_L1_r2 -1 o_v93_c3_r0 -1
    z_g76_p2 o_v93_c5_r0 -1 o_v93_c5_r1 -1
    z_g76_p2 o_v93_c7_r0 -1
    x_g77_p2 cum_g77_p2 -1 assign_g77 1
    x_g77_p6 assign_g77 1
    z_g77_p2 cum_g77_p2 1 prec_g79_g77_t3 -1
    z_g77_p2 prec_g79_g77_t5 -1 o_v35_c7_r4 1
    z_g77_p2 dy_v35_L1_r0 -1 dy_v35_L1_r1 -1
    z_g77_p2 dy_v35_L1_r2 -1 o_v94_c3_r0 -1
    z_g77_p2 o_v94_c5_r0 -1 o_v94_c5_r1 -1
    z_g77_p2 o_v94_c7_r0 -1
    x_g78_p2 cum_g78_p2 -1 assign_g78 1
    x_g78_p6 assign_g78 1
    z_g78_p2 cum_g78_p2 1 prec_g79_g78_t3 -1
    z_g78_p2 prec_g79_g78_t5 -1 o_v35_c7_r5 1
    z_g78_p2 dy_v35_L1_r0 -1 dy_v35_L1_r1 -1
    z_g78_p2 dy_v35_L1_r2 -1 o_v95_c3_r0 -1
    z_g78_p2 o_v95_c5_r0 -1 o_v95_c5_r1 -1
    z_g78_p2 o_v95_c7_r0 -1
    x_g79_p3 cum_g79_p3 -1 assign_g79 1
    x_g79_p5 cum_g79_p5 -1 assign_g79 1
    x_g79_p5 heads_L1 6
    x_g79_p7 cum_g79_p7 -1 assign_g79 1
    x_g79_p9 assign_g79 1 heads_L2 6
    z_g79_p3 cum_g79_p3 1 cum_g79_p5 -1
    z_g79_p3 prec_g79_g76_t3 1 prec_g79_g77_t3 1
    z_g79_p3 prec_g79_g78_t3 1 o_v93_c3_r0 1
    z_g79_p3 o_v93_c5_r0 1 o_v94_c3_r0 1
    z_g79_p3 o_v94_c5_r0 1 o_v95_c3_r0 1
    z_g79_p3 o_v95_c5_r0 1 o_v96_c3_r0 -1
    z_g79_p3 o_v96_c3_r1 -1
    z_g79_p5 cum_g79_p5 1 cum_g79_p7 -1
    z_g79_p5 prec_g79_g76_t5 1 prec_g79_g77_t5 1
    z_g79_p5 prec_g79_g78_t5 1 prec_g84_g79_t6 -1
    z_g79_p5 prec_g85_g79_t6 -1 o_v93_c5_r1 1
    z_g79_p5 o_v93_c7_r0 1 o_v94_c5_r1 1
    z_g79_p5 o_v94_c7_r0 1 o_v95_c5_r1 1
    z_g79_p5 o_v95_c7_r0 1 o_v96_c5_r0 -1
    z_g79_p5 o_v96_c5_r1 -1
    z_g79_p7 cum_g79_p7 1 o_v93_c7_r1 1
    z_g79_p7 o_v93_c9_r0 1 o_v94_c7_r1 1
    z_g79_p7 o_v94_c9_r0 1 o_v95_c7_r1 1
    z_g79_p7 o_v95_c9_r0 1 o_v96_c7_r0 -1
    z_g79_p7 o_v96_c7_r1 -1
    x_g80_p2 cum_g80_p2 -1 assign_g80 1
    x_g80_p6 assign_g80 1
    z_g80_p2 cum_g80_p2 1 prec_g83_g80_t3 -1
    z_g80_p2 prec_g83_g80_t5 -1 o_v36_c7_r0 1
    z_g80_p2 dy_v36_L1_r0 -1 dy_v36_L1_r1 -1
    z_g80_p2 dy_v36_L1_r2 -1 o_v97_c3_r0 -1
    z_g80_p2 o_v97_c5_r0 -1 o_v97_c5_r1 -1
    z_g80_p2 o_v97_c7_r0 -1
    x_g81_p2 cum_g81_p2 -1 assign_g81 1
    x_g81_p6 assign_g81 1
    z_g81_p2 cum_g81_p2 1 prec_g83_g81_t3 -1
    z_g81_p2 prec_g83_g81_t5 -1 o_v36_c7_r1 1
    z_g81_p2 dy_v36_L1_r0 -1 dy_v36_L1_r1 -1
    z_g81_p2 dy_v36_L1_r2 -1 o_v98_c3_r0 -1
    z_g81_p2 o_v98_c5_r0 -1 o_v98_c5_r1 -1
    z_g81_p2 o_v98_c7_r0 -1
    x_g82_p2 cum_g82_p2 -1 assign_g82 1
    x_g82_p6 assign_g82 1
    z_g82_p2 cum_g82_p2 1 prec_g83_g82_t3 -1
    z_g82_p2 prec_g83_g82_t5 -1 o_v36_c7_r2 1
    z_g82_p2 dy_v36_L1_r0 -1 dy_v36_L1_r1 -1
    z_g82_p2 dy_v36_L1_r2 -1 o_v99_c3_r0 -1
    z_g82_p2 o_v99_c5_r0 -1 o_v99_c5_r1 -1
    z_g82_p2 o_v99_c7_r0 -1
    x_g83_p3 cum_g83_p3 -1 assign_g83 1
    x_g83_p5 cum_g83_p5 -1 assign_g83 1
    x_g83_p5 heads_L1 6
    x_g83_p7 cum_g83_p7 -1 assign_g83 1
    x_g83_p9 assign_g83 1 heads_L2 6
    z_g83_p3 cum_g83_p3 1 cum_g83_p5 -1
    z_g83_p3 prec_g83_g80_t3 1 prec_g83_g81_t3 1
    z_g83_p3 prec_g83_g82_t3 1 o_v97_c3_r0 1
    z_g83_p3 o_v97_c5_r0 1 o_v98_c3_r0 1
    z_g83_p3 o_v98_c5_r0 1 o_v99_c3_r0 1
    z_g83_p3 o_v99_c5_r0 1 o_v100_c3_r0 -1
    z_g83_p3 o_v100_c3_r1 -1
    z_g83_p5 cum_g83_p5 1 cum_g83_p7 -1
    z_g83_p5 prec_g83_g80_t5 1 prec_g83_g81_t5 1
    z_g83_p5 prec_g83_g82_t5 1 prec_g84_g83_t6 -1
    z_g83_p5 prec_g85_g83_t6 -1 o_v97_c5_r1 1
    z_g83_p5 o_v97_c7_r0 1 o_v98_c5_r1 1
    z_g83_p5 o_v98_c7_r0 1 o_v99_c5_r1 1
    z_g83_p5 o_v99_c7_r0 1 o_v100_c5_r0 -1
    z_g83_p5 o_v100_c5_r1 -1
    z_g83_p7 cum_g83_p7 1 o_v97_c7_r1 1
    z_g83_p7 o_v97_c9_r0 1 o_v98_c7_r1 1
    z_g83_p7 o_v98_c9_r0 1 o_v99_c7_r1 1
    z_g83_p7 o_v99_c9_r0 1 o_v100_c7_r0 -1
    z_g83_p7 o_v100_c7_r1 -1
    x_g84_p6 cum_g84_p6 -1 assign_g84 1
    x_g84_p10 assign_g84 1
    z_g84_p6 cum_g84_p6 1 prec_g84_g71_t6 1
    z_g84_p6 prec_g84_g75_t6 1 prec_g84_g79_t6 1
    z_g84_p6 prec_g84_g83_t6 1 prec_g86_g84_t7 -1
    z_g84_p6 prec_g86_g84_t9 -1 o_v0_c11_r4 1
    z_g84_p6 dy_v0_L2_r0 -1 dy_v0_L2_r1 -1
    z_g84_p6 dy_v0_L2_r2 -1 dy_v0_L2_r3 -1
    z_g84_p6 dy_v0_L2_r4 -1 dy_v0_L2_r5 -1
    z_g84_p6 dy_v0_L2_r6 -1 dy_v0_L2_r7 -1
    z_g84_p6 dy_v0_L2_r8 -1 dy_v0_L2_r9 -1
    z_g84_p6 dy_v0_L2_r10 -1 dy_v0_L2_r11 -1
    z_g84_p6 dy_v0_L2_r12 -1 dy_v0_L2_r13 -1
    z_g84_p6 dy_v0_L2_r14 -1 dy_v0_L2_r15 -1
    z_g84_p6 dy_v0_L2_r16 -1 dy_v0_L2_r17 -1
    z_g84_p6 dy_v0_L2_r18 -1 dy_v0_L2_r19 -1
    z_g84_p6 dy_v0_L2_r20 -1 dy_v0_L2_r21 -1
    z_g84_p6 dy_v0_L2_r22 -1 dy_v0_L2_r23 -1
    z_g84_p6 dy_v0_L2_r24 -1 dy_v0_L2_r25 -1
    z_g84_p6 dy_v0_L2_r26 -1 dy_v0_L2_r27 -1
    z_g84_p6 dy_v0_L2_r28 -1 dy_v0_L2_r29 -1
    z_g84_p6 dy_v0_L2_r30 -1 dy_v0_L2_r31 -1
    z_g84_p6 dy_v0_L2_r32 -1 dy_v0_L2_r33 -1
    z_g84_p6 o_v88_c9_r0 1 o_v88_c11_r0 1
    z_g84_p6 o_v92_c9_r0 1 o_v92_c11_r0 1
    z_g84_p6 o_v96_c9_r0 1 o_v96_c11_r0 1
    z_g84_p6 o_v100_c9_r0 1 o_v100_c11_r0 1
    z_g84_p6 o_v101_c7_r0 -1 o_v101_c9_r0 -1
    z_g84_p6 o_v101_c9_r1 -1 o_v101_c11_r0 -1
    x_g85_p6 cum_g85_p6 -1 assign_g85 1
    x_g85_p10 assign_g85 1
    z_g85_p6 cum_g85_p6 1 prec_g85_g71_t6 1
    z_g85_p6 prec_g85_g75_t6 1 prec_g85_g79_t6 1
    z_g85_p6 prec_g85_g83_t6 1 prec_g86_g85_t7 -1
    z_g85_p6 prec_g86_g85_t9 -1 o_v0_c11_r5 1
    z_g85_p6 dy_v0_L2_r0 -1 dy_v0_L2_r1 -1
    z_g85_p6 dy_v0_L2_r2 -1 dy_v0_L2_r3 -1
    z_g85_p6 dy_v0_L2_r4 -1 dy_v0_L2_r5 -1
    z_g85_p6 dy_v0_L2_r6 -1 dy_v0_L2_r7 -1
    z_g85_p6 dy_v0_L2_r8 -1 dy_v0_L2_r9 -1
    z_g85_p6 dy_v0_L2_r10 -1 dy_v0_L2_r11 -1
    z_g85_p6 dy_v0_L2_r12 -1 dy_v0_L2_r13 -1
    z_g85_p6 dy_v0_L2_r14 -1 dy_v0_L2_r15 -1
    z_g85_p6 dy_v0_L2_r16 -1 dy_v0_L2_r17 -1
    z_g85_p6 dy_v0_L2_r18 -1 dy_v0_L2_r19 -1
    z_g85_p6 dy_v0_L2_r20 -1 dy_v0_L2_r21 -1
    z_g85_p6 dy_v0_L2_r22 -1 dy_v0_L2_r23 -1
    z_g85_p6 dy_v0_L2_r24 -1 dy_v0_L2_r25 -1
    z_g85_p6 dy_v0_L2_r26 -1 dy_v0_L2_r27 -1
    z_g85_p6 dy_v0_L2_r28 -1 dy_v0_L2_r29 -1
    z_g85_p6 dy_v0_L2_r30 -1 dy_v0_L2_r31 -1
    z_g85_p6 dy_v0_L2_r32 -1 dy_v0_L2_r33 -1
    z_g85_p6 o_v88_c9_r1 1 o_v88_c11_r1 1
    z_g85_p6 o_v92_c9_r1 1 o_v92_c11_r1 1
    z_g85_p6 o_v96_c9_r1 1 o_v96_c11_r1 1
    z_g85_p6 o_v100_c9_r1 1 o_v100_c11_r1 1
    z_g85_p6 o_v102_c7_r0 -1 o_v102_c9_r0 -1
    z_g85_p6 o_v102_c9_r1 -1 o_v102_c11_r0 -1
    x_g86_p7 cum_g86_p7 -1 assign_g86 1
    x_g86_p9 cum_g86_p9 -1 assign_g86 1
    x_g86_p9 heads_L2 4
    x_g86_p11 assign_g86 1
    z_g86_p7 cum_g86_p7 1 cum_g86_p9 -1
    z_g86_p7 prec_g86_g84_t7 1 prec_g86_g85_t7 1
    z_g86_p7 o_v101_c7_r0 1 o_v101_c9_r0 1
    z_g86_p7 o_v102_c7_r0 1 o_v102_c9_r0 1
    z_g86_p7 occ_c7 1
    z_g86_p9 cum_g86_p9 1 prec_g86_g84_t9 1
    z_g86_p9 prec_g86_g85_t9 1 o_v101_c9_r1 1
    z_g86_p9 o_v101_c11_r0 1 o_v102_c9_r1 1
    z_g86_p9 o_v102_c11_r0 1 occ_c9 1
    x_g87_p2 cum_g87_p2 -1 assign_g87 1
    x_g87_p6 assign_g87 1
    z_g87_p2 cum_g87_p2 1 prec_g90_g87_t3 -1
    z_g87_p2 prec_g90_g87_t5 -1 o_v34_c7_r9 1
    z_g87_p2 dy_v34_L1_r0 -1 dy_v34_L1_r1 -1
    z_g87_p2 dy_v34_L1_r2 -1 o_v104_c3_r0 -1
    z_g87_p2 o_v104_c5_r0 -1 o_v104_c5_r1 -1
    z_g87_p2 o_v104_c7_r0 -1
    x_g88_p2 cum_g88_p2 -1 assign_g88 1
    x_g88_p6 assign_g88 1
    z_g88_p2 cum_g88_p2 1 prec_g90_g88_t3 -1
    z_g88_p2 prec_g90_g88_t5 -1 o_v34_c7_r10 1
    z_g88_p2 dy_v34_L1_r0 -1 dy_v34_L1_r1 -1
    z_g88_p2 dy_v34_L1_r2 -1 o_v105_c3_r0 -1
    z_g88_p2 o_v105_c5_r0 -1 o_v105_c5_r1 -1
    z_g88_p2 o_v105_c7_r0 -1
    x_g89_p2 cum_g89_p2 -1 assign_g89 1
    x_g89_p6 assign_g89 1
    z_g89_p2 cum_g89_p2 1 prec_g90_g89_t3 -1
    z_g89_p2 prec_g90_g89_t5 -1 o_v34_c7_r11 1
    z_g89_p2 dy_v34_L1_r0 -1 dy_v34_L1_r1 -1
    z_g89_p2 dy_v34_L1_r2 -1 o_v106_c3_r0 -1
    z_g89_p2 o_v106_c5_r0 -1 o_v106_c5_r1 -1
    z_g89_p2 o_v106_c7_r0 -1
    x_g90_p3 cum_g90_p3 -1 assign_g90 1
    x_g90_p5 cum_g90_p5 -1 assign_g90 1
    x_g90_p5 heads_L1 6
    x_g90_p7 cum_g90_p7 -1 assign_g90 1
    x_g90_p9 assign_g90 1 heads_L2 6
    z_g90_p3 cum_g90_p3 1 cum_g90_p5 -1
    z_g90_p3 prec_g90_g87_t3 1 prec_g90_g88_t3 1
    z_g90_p3 prec_g90_g89_t3 1 o_v104_c3_r0 1
    z_g90_p3 o_v104_c5_r0 1 o_v105_c3_r0 1
    z_g90_p3 o_v105_c5_r0 1 o_v106_c3_r0 1
    z_g90_p3 o_v106_c5_r0 1 o_v107_c3_r0 -1
    z_g90_p3 o_v107_c3_r1 -1
    z_g90_p5 cum_g90_p5 1 cum_g90_p7 -1
    z_g90_p5 prec_g90_g87_t5 1 prec_g90_g88_t5 1
    z_g90_p5 prec_g90_g89_t5 1 prec_g103_g90_t6 -1
    z_g90_p5 prec_g104_g90_t6 -1 o_v104_c5_r1 1
    z_g90_p5 o_v104_c7_r0 1 o_v105_c5_r1 1
    z_g90_p5 o_v105_c7_r0 1 o_v106_c5_r1 1
    z_g90_p5 o_v106_c7_r0 1 o_v107_c5_r0 -1
    z_g90_p5 o_v107_c5_r1 -1
    z_g90_p7 cum_g90_p7 1 o_v104_c7_r1 1
    z_g90_p7 o_v104_c9_r0 1 o_v105_c7_r1 1
    z_g90_p7 o_v105_c9_r0 1 o_v106_c7_r1 1
    z_g90_p7 o_v106_c9_r0 1 o_v107_c7_r0 -1
    z_g90_p7 o_v107_c7_r1 -1
    x_g91_p2 cum_g91_p2 -1 assign_g91 1
    x_g91_p6 assign_g91 1
    z_g91_p2 cum_g91_p2 1 prec_g94_g91_t3 -1
    z_g91_p2 prec_g94_g91_t5 -1 o_v35_c7_r6 1
    z_g91_p2 dy_v35_L1_r0 -1 dy_v35_L1_r1 -1
    z_g91_p2 dy_v35_L1_r2 -1 o_v108_c3_r0 -1
    z_g91_p2 o_v108_c5_r0 -1 o_v108_c5_r1 -1
    z_g91_p2 o_v108_c7_r0 -1
    x_g92_p2 cum_g92_p2 -1 assign_g92 1
    x_g92_p6 assign_g92 1
    z_g92_p2 cum_g92_p2 1 prec_g94_g92_t3 -1
    z_g92_p2 prec_g94_g92_t5 -1 o_v35_c7_r7 1
    z_g92_p2 dy_v35_L1_r0 -1 dy_v35_L1_r1 -1
    z_g92_p2 dy_v35_L1_r2 -1 o_v109_c3_r0 -1
    z_g92_p2 o_v109_c5_r0 -1 o_v109_c5_r1 -1
    z_g92_p2 o_v109_c7_r0 -1
    x_g93_p2 cum_g93_p2 -1 assign_g93 1
    x_g93_p6 assign_g93 1
    z_g93_p2 cum_g93_p2 1 prec_g94_g93_t3 -1
    z_g93_p2 prec_g94_g93_t5 -1 o_v35_c7_r8 1
    z_g93_p2 dy_v35_L1_r0 -1 dy_v35_L1_r1 -1
    z_g93_p2 dy_v35_L1_r2 -1 o_v110_c3_r0 -1
    z_g93_p2 o_v110_c5_r0 -1 o_v110_c5_r1 -1
    z_g93_p2 o_v110_c7_r0 -1
    x_g94_p3 cum_g94_p3 -1 assign_g94 1
    x_g94_p5 cum_g94_p5 -1 assign_g94 1
    x_g94_p5 heads_L1 6
    x_g94_p7 cum_g94_p7 -1 assign_g94 1
    x_g94_p9 assign_g94 1 heads_L2 6
    z_g94_p3 cum_g94_p3 1 cum_g94_p5 -1
    z_g94_p3 prec_g94_g91_t3 1 prec_g94_g92_t3 1
    z_g94_p3 prec_g94_g93_t3 1 o_v108_c3_r0 1
    z_g94_p3 o_v108_c5_r0 1 o_v109_c3_r0 1
    z_g94_p3 o_v109_c5_r0 1 o_v110_c3_r0 1
    z_g94_p3 o_v110_c5_r0 1 o_v111_c3_r0 -1
    z_g94_p3 o_v111_c3_r1 -1
    z_g94_p5 cum_g94_p5 1 cum_g94_p7 -1
    z_g94_p5 prec_g94_g91_t5 1 prec_g94_g92_t5 1
    z_g94_p5 prec_g94_g93_t5 1 prec_g103_g94_t6 -1
    z_g94_p5 prec_g104_g94_t6 -1 o_v108_c5_r1 1
    z_g94_p5 o_v108_c7_r0 1 o_v109_c5_r1 1
    z_g94_p5 o_v109_c7_r0 1 o_v110_c5_r1 1
    z_g94_p5 o_v110_c7_r0 1 o_v111_c5_r0 -1
    z_g94_p5 o_v111_c5_r1 -1
    z_g94_p7 cum_g94_p7 1 o_v108_c7_r1 1
    z_g94_p7 o_v108_c9_r0 1 o_v109_c7_r1 1
    z_g94_p7 o_v109_c9_r0 1 o_v110_c7_r1 1
    z_g94_p7 o_v110_c9_r0 1 o_v111_c7_r0 -1
    z_g94_p7 o_v111_c7_r1 -1
    x_g95_p2 cum_g95_p2 -1 assign_g95 1
    x_g95_p6 assign_g95 1
    z_g95_p2 cum_g95_p2 1 prec_g98_g95_t3 -1
    z_g95_p2 prec_g98_g95_t5 -1 o_v36_c7_r3 1
    z_g95_p2 dy_v36_L1_r0 -1 dy_v36_L1_r1 -1
    z_g95_p2 dy_v36_L1_r2 -1 o_v112_c3_r0 -1
    z_g95_p2 o_v112_c5_r0 -1 o_v112_c5_r1 -1
    z_g95_p2 o_v112_c7_r0 -1
    x_g96_p2 cum_g96_p2 -1 assign_g96 1
    x_g96_p6 assign_g96 1
    z_g96_p2 cum_g96_p2 1 prec_g98_g96_t3 -1
    z_g96_p2 prec_g98_g96_t5 -1 o_v36_c7_r4 1
    z_g96_p2 dy_v36_L1_r0 -1 dy_v36_L1_r1 -1
    z_g96_p2 dy_v36_L1_r2 -1 o_v113_c3_r0 -1
    z_g96_p2 o_v113_c5_r0 -1 o_v113_c5_r1 -1
    z_g96_p2 o_v113_c7_r0 -1
    x_g97_p2 cum_g97_p2 -1 assign_g97 1
    x_g97_p6 assign_g97 1
    z_g97_p2 cum_g97_p2 1 prec_g98_g97_t3 -1
    z_g97_p2 prec_g98_g97_t5 -1 o_v36_c7_r5 1
    z_g97_p2 dy_v36_L1_r0 -1 dy_v36_L1_r1 -1
    z_g97_p2 dy_v36_L1_r2 -1 o_v114_c3_r0 -1
    z_g97_p2 o_v114_c5_r0 -1 o_v114_c5_r1 -1
    z_g97_p2 o_v114_c7_r0 -1
    x_g98_p3 cum_g98_p3 -1 assign_g98 1
    x_g98_p5 cum_g98_p5 -1 assign_g98 1
    x_g98_p5 heads_L1 6
    x_g98_p7 cum_g98_p7 -1 assign_g98 1
    x_g98_p9 assign_g98 1 heads_L2 6
    z_g98_p3 cum_g98_p3 1 cum_g98_p5 -1
    z_g98_p3 prec_g98_g95_t3 1 prec_g98_g96_t3 1
    z_g98_p3 prec_g98_g97_t3 1 o_v112_c3_r0 1
    z_g98_p3 o_v112_c5_r0 1 o_v113_c3_r0 1
    z_g98_p3 o_v113_c5_r0 1 o_v114_c3_r0 1
    z_g98_p3 o_v114_c5_r0 1 o_v115_c3_r0 -1
    z_g98_p3 o_v115_c3_r1 -1
    z_g98_p5 cum_g98_p5 1 cum_g98_p7 -1
    z_g98_p5 prec_g98_g95_t5 1 prec_g98_g96_t5 1
    z_g98_p5 prec_g98_g97_t5 1 prec_g103_g98_t6 -1
    z_g98_p5 prec_g104_g98_t6 -1 o_v112_c5_r1 1
    z_g98_p5 o_v112_c7_r0 1 o_v113_c5_r1 1
    z_g98_p5 o_v113_c7_r0 1 o_v114_c5_r1 1
    z_g98_p5 o_v114_c7_r0 1 o_v115_c5_r0 -1
    z_g98_p5 o_v115_c5_r1 -1
    z_g98_p7 cum_g98_p7 1 o_v112_c7_r1 1
    z_g98_p7 o_v112_c9_r0 1 o_v113_c7_r1 1
    z_g98_p7 o_v113_c9_r0 1 o_v114_c7_r1 1
    z_g98_p7 o_v114_c9_r0 1 o_v115_c7_r0 -1
    z_g98_p7 o_v115_c7_r1 -1
    x_g99_p2 cum_g99_p2 -1 assign_g99 1
    x_g99_p6 assign_g99 1
    z_g99_p2 cum_g99_p2 1 prec_g102_g99_t3 -1
    z_g99_p2 prec_g102_g99_t5 -1 o_v37_c7_r0 1
    z_g99_p2 dy_v37_L1_r0 -1 dy_v37_L1_r1 -1
    z_g99_p2 dy_v37_L1_r2 -1 o_v116_c3_r0 -1
    z_g99_p2 o_v116_c5_r0 -1 o_v116_c5_r1 -1
    z_g99_p2 o_v116_c7_r0 -1
    x_g100_p2 cum_g100_p2 -1 assign_g100 1
    x_g100_p6 assign_g100 1
    z_g100_p2 cum_g100_p2 1 prec_g102_g100_t3 -1
    z_g100_p2 prec_g102_g100_t5 -1 o_v37_c7_r1 1
    z_g100_p2 dy_v37_L1_r0 -1 dy_v37_L1_r1 -1
    z_g100_p2 dy_v37_L1_r2 -1 o_v117_c3_r0 -1
    z_g100_p2 o_v117_c5_r0 -1 o_v117_c5_r1 -1
    z_g100_p2 o_v117_c7_r0 -1
    x_g101_p2 cum_g101_p2 -1 assign_g101 1
    x_g101_p6 assign_g101 1
    z_g101_p2 cum_g101_p2 1 prec_g102_g101_t3 -1
    z_g101_p2 prec_g102_g101_t5 -1 o_v37_c7_r2 1
    z_g101_p2 dy_v37_L1_r0 -1 dy_v37_L1_r1 -1
    z_g101_p2 dy_v37_L1_r2 -1 o_v118_c3_r0 -1
    z_g101_p2 o_v118_c5_r0 -1 o_v118_c5_r1 -1
    z_g101_p2 o_v118_c7_r0 -1
    x_g102_p3 cum_g102_p3 -1 assign_g102 1
    x_g102_p5 cum_g102_p5 -1 assign_g102 1
    x_g102_p5 heads_L1 6
    x_g102_p7 cum_g102_p7 -1 assign_g102 1
    x_g102_p9 assign_g102 1 heads_L2 6
    z_g102_p3 cum_g102_p3 1 cum_g102_p5 -1
    z_g102_p3 prec_g102_g99_t3 1 prec_g102_g100_t3 1
    z_g102_p3 prec_g102_g101_t3 1 o_v116_c3_r0 1
    z_g102_p3 o_v116_c5_r0 1 o_v117_c3_r0 1
    z_g102_p3 o_v117_c5_r0 1 o_v118_c3_r0 1
    z_g102_p3 o_v118_c5_r0 1 o_v119_c3_r0 -1
    z_g102_p3 o_v119_c3_r1 -1
    z_g102_p5 cum_g102_p5 1 cum_g102_p7 -1
    z_g102_p5 prec_g102_g99_t5 1 prec_g102_g100_t5 1
    z_g102_p5 prec_g102_g101_t5 1 prec_g103_g102_t6 -1
    z_g102_p5 prec_g104_g102_t6 -1 o_v116_c5_r1 1
    z_g102_p5 o_v116_c7_r0 1 o_v117_c5_r1 1
    z_g102_p5 o_v117_c7_r0 1 o_v118_c5_r1 1
    z_g102_p5 o_v118_c7_r0 1 o_v119_c5_r0 -1
    z_g102_p5 o_v119_c5_r1 -1
    z_g102_p7 cum_g102_p7 1 o_v116_c7_r1 1
    z_g102_p7 o_v116_c9_r0 1 o_v117_c7_r1 1
    z_g102_p7 o_v117_c9_r0 1 o_v118_c7_r1 1
    z_g102_p7 o_v118_c9_r0 1 o_v119_c7_r0 -1
    z_g102_p7 o_v119_c7_r1 -1
    x_g103_p6 cum_g103_p6 -1 assign_g103 1
    x_g103_p10 assign_g103 1
    z_g103_p6 cum_g103_p6 1 prec_g103_g90_t6 1
    z_g103_p6 prec_g103_g94_t6 1 prec_g103_g98_t6 1
    z_g103_p6 prec_g103_g102_t6 1 prec_g105_g103_t7 -1
    z_g103_p6 prec_g105_g103_t9 -1 o_v0_c11_r6 1
    z_g103_p6 dy_v0_L2_r0 -1 dy_v0_L2_r1 -1
    z_g103_p6 dy_v0_L2_r2 -1 dy_v0_L2_r3 -1
    z_g103_p6 dy_v0_L2_r4 -1 dy_v0_L2_r5 -1
    z_g103_p6 dy_v0_L2_r6 -1 dy_v0_L2_r7 -1
    z_g103_p6 dy_v0_L2_r8 -1 dy_v0_L2_r9 -1
    z_g103_p6 dy_v0_L2_r10 -1 dy_v0_L2_r11 -1
    z_g103_p6 dy_v0_L2_r12 -1 dy_v0_L2_r13 -1
    z_g103_p6 dy_v0_L2_r14 -1 dy_v0_L2_r15 -1
    z_g103_p6 dy_v0_L2_r16 -1 dy_v0_L2_r17 -1
    z_g103_p6 dy_v0_L2_r18 -1 dy_v0_L2_r19 -1
    z_g103_p6 dy_v0_L2_r20 -1 dy_v0_L2_r21 -1
    z_g103_p6 dy_v0_L2_r22 -1 dy_v0_L2_r23 -1
    z_g103_p6 dy_v0_L2_r24 -1 dy_v0_L2_r25 -1
    z_g103_p6 dy_v0_L2_r26 -1 dy_v0_L2_r27 -1
    z_g103_p6 dy_v0_L2_r28 -1 dy_v0_L2_r29 -1
    z_g103_p6 dy_v0_L2_r30 -1 dy_v0_L2_r31 -1
    z_g103_p6 dy_v0_L2_r32 -1 dy_v0_L2_r33 -1
    z_g103_p6 o_v107_c9_r0 1 o_v107_c11_r0 1
    z_g103_p6 o_v111_c9_r0 1 o_v111_c11_r0 1
    z_g103_p6 o_v115_c9_r0 1 o_v115_c11_r0 1
    z_g103_p6 o_v119_c9_r0 1 o_v119_c11_r0 1
    z_g103_p6 o_v120_c7_r0 -1 o_v120_c9_r0 -1
    z_g103_p6 o_v120_c9_r1 -1 o_v120_c11_r0 -1
    x_g104_p6 cum_g104_p6 -1 assign_g104 1
    x_g104_p10 assign_g104 1
    z_g104_p6 cum_g104_p6 1 prec_g104_g90_t6 1
    z_g104_p6 prec_g104_g94_t6 1 prec_g104_g98_t6 1
    z_g104_p6 prec_g104_g102_t6 1 prec_g105_g104_t7 -1
    z_g104_p6 prec_g105_g104_t9 -1 o_v0_c11_r7 1
    z_g104_p6 dy_v0_L2_r0 -1 dy_v0_L2_r1 -1
    z_g104_p6 dy_v0_L2_r2 -1 dy_v0_L2_r3 -1
    z_g104_p6 dy_v0_L2_r4 -1 dy_v0_L2_r5 -1
    z_g104_p6 dy_v0_L2_r6 -1 dy_v0_L2_r7 -1
    z_g104_p6 dy_v0_L2_r8 -1 dy_v0_L2_r9 -1
    z_g104_p6 dy_v0_L2_r10 -1 dy_v0_L2_r11 -1
    z_g104_p6 dy_v0_L2_r12 -1 dy_v0_L2_r13 -1
    z_g104_p6 dy_v0_L2_r14 -1 dy_v0_L2_r15 -1
    z_g104_p6 dy_v0_L2_r16 -1 dy_v0_L2_r17 -1
    z_g104_p6 dy_v0_L2_r18 -1 dy_v0_L2_r19 -1
    z_g104_p6 dy_v0_L2_r20 -1 dy_v0_L2_r21 -1
    z_g104_p6 dy_v0_L2_r22 -1 dy_v0_L2_r23 -1
    z_g104_p6 dy_v0_L2_r24 -1 dy_v0_L2_r25 -1
    z_g104_p6 dy_v0_L2_r26 -1 dy_v0_L2_r27 -1
    z_g104_p6 dy_v0_L2_r28 -1 dy_v0_L2_r29 -1
    z_g104_p6 dy_v0_L2_r30 -1 dy_v0_L2_r31 -1
    z_g104_p6 dy_v0_L2_r32 -1 dy_v0_L2_r33 -1
    z_g104_p6 o_v107_c9_r1 1 o_v107_c11_r1 1
    z_g104_p6 o_v111_c9_r1 1 o_v111_c11_r1 1
    z_g104_p6 o_v115_c9_r1 1 o_v115_c11_r1 1
    z_g104_p6 o_v119_c9_r1 1 o_v119_c11_r1 1
    z_g104_p6 o_v121_c7_r0 -1 o_v121_c9_r0 -1
    z_g104_p6 o_v121_c9_r1 -1 o_v121_c11_r0 -1
    x_g105_p7 cum_g105_p7 -1 assign_g105 1
    x_g105_p9 cum_g105_p9 -1 assign_g105 1
    x_g105_p9 heads_L2 4
    x_g105_p11 assign_g105 1
    z_g105_p7 cum_g105_p7 1 cum_g105_p9 -1
    z_g105_p7 prec_g105_g103_t7 1 prec_g105_g104_t7 1
    z_g105_p7 o_v120_c7_r0 1 o_v120_c9_r0 1
    z_g105_p7 o_v121_c7_r0 1 o_v121_c9_r0 1
    z_g105_p7 occ_c7 1
    z_g105_p9 cum_g105_p9 1 prec_g105_g103_t9 1
    z_g105_p9 prec_g105_g104_t9 1 o_v120_c9_r1 1
    z_g105_p9 o_v120_c11_r0 1 o_v121_c9_r1 1
    z_g105_p9 o_v121_c11_r0 1 occ_c9 1
    x_g106_p2 cum_g106_p2 -1 assign_g106 1
    x_g106_p6 cum_g106_p6 -1 assign_g106 1
    x_g106_p10 assign_g106 1
    z_g106_p2 cum_g106_p2 1 cum_g106_p6 -1
    z_g106_p2 prec_g109_g106_t3 -1 prec_g109_g106_t5 -1
    z_g106_p2 o_v28_c7_r3 1 dy_v28_L1_r0 -1
    z_g106_p2 dy_v28_L1_r1 -1 o_v123_c3_r0 -1
    z_g106_p2 o_v123_c5_r0 -1 o_v123_c5_r1 -1
    z_g106_p2 o_v123_c7_r0 -1 occ_c5 -1
    z_g106_p2 occ_c7 -1
    z_g106_p6 cum_g106_p6 1 prec_g109_g106_t7 -1
    z_g106_p6 prec_g109_g106_t9 -1 o_v0_c11_r8 1
    z_g106_p6 dy_v0_L2_r0 -1 dy_v0_L2_r1 -1
    z_g106_p6 dy_v0_L2_r2 -1 dy_v0_L2_r3 -1
    z_g106_p6 dy_v0_L2_r4 -1 dy_v0_L2_r5 -1
    z_g106_p6 dy_v0_L2_r6 -1 dy_v0_L2_r7 -1
    z_g106_p6 dy_v0_L2_r8 -1 dy_v0_L2_r9 -1
    z_g106_p6 dy_v0_L2_r10 -1 dy_v0_L2_r11 -1
    z_g106_p6 dy_v0_L2_r12 -1 dy_v0_L2_r13 -1
    z_g106_p6 dy_v0_L2_r14 -1 dy_v0_L2_r15 -1
    z_g106_p6 dy_v0_L2_r16 -1 dy_v0_L2_r17 -1
    z_g106_p6 dy_v0_L2_r18 -1 dy_v0_L2_r19 -1
    z_g106_p6 dy_v0_L2_r20 -1 dy_v0_L2_r21 -1
    z_g106_p6 dy_v0_L2_r22 -1 dy_v0_L2_r23 -1
    z_g106_p6 dy_v0_L2_r24 -1 dy_v0_L2_r25 -1
    z_g106_p6 dy_v0_L2_r26 -1 dy_v0_L2_r27 -1
    z_g106_p6 dy_v0_L2_r28 -1 dy_v0_L2_r29 -1
    z_g106_p6 dy_v0_L2_r30 -1 dy_v0_L2_r31 -1
    z_g106_p6 dy_v0_L2_r32 -1 dy_v0_L2_r33 -1
    z_g106_p6 o_v28_c9_r0 1 o_v28_c11_r0 1
    z_g106_p6 dy_v28_L2_r0 -1 o_v123_c7_r1 -1
    z_g106_p6 o_v123_c9_r0 -1 o_v123_c9_r1 -1
    z_g106_p6 o_v123_c11_r0 -1 occ_c9 -1
    z_g106_p6 occ_c11 -1
    x_g107_p2 cum_g107_p2 -1 assign_g107 1
    x_g107_p6 cum_g107_p6 -1 assign_g107 1
    x_g107_p10 assign_g107 1
    z_g107_p2 cum_g107_p2 1 cum_g107_p6 -1
    z_g107_p2 prec_g109_g107_t3 -1 prec_g109_g107_t5 -1
    z_g107_p2 o_v30_c7_r6 1 dy_v30_L1_r0 -1
    z_g107_p2 dy_v30_L1_r1 -1 dy_v30_L1_r2 -1
    z_g107_p2 o_v124_c3_r0 -1 o_v124_c5_r0 -1
    z_g107_p2 o_v124_c5_r1 -1 o_v124_c7_r0 -1
    z_g107_p2 occ_c5 -1 occ_c7 -1
    z_g107_p6 cum_g107_p6 1 prec_g109_g107_t7 -1
    z_g107_p6 prec_g109_g107_t9 -1 o_v0_c11_r9 1
    z_g107_p6 dy_v0_L2_r0 -1 dy_v0_L2_r1 -1
    z_g107_p6 dy_v0_L2_r2 -1 dy_v0_L2_r3 -1
    z_g107_p6 dy_v0_L2_r4 -1 dy_v0_L2_r5 -1
    z_g107_p6 dy_v0_L2_r6 -1 dy_v0_L2_r7 -1
    z_g107_p6 dy_v0_L2_r8 -1 dy_v0_L2_r9 -1
    z_g107_p6 dy_v0_L2_r10 -1 dy_v0_L2_r11 -1
    z_g107_p6 dy_v0_L2_r12 -1 dy_v0_L2_r13 -1
    z_g107_p6 dy_v0_L2_r14 -1 dy_v0_L2_r15 -1
    z_g107_p6 dy_v0_L2_r16 -1 dy_v0_L2_r17 -1
    z_g107_p6 dy_v0_L2_r18 -1 dy_v0_L2_r19 -1
    z_g107_p6 dy_v0_L2_r20 -1 dy_v0_L2_r21 -1
    z_g107_p6 dy_v0_L2_r22 -1 dy_v0_L2_r23 -1
    z_g107_p6 dy_v0_L2_r24 -1 dy_v0_L2_r25 -1
    z_g107_p6 dy_v0_L2_r26 -1 dy_v0_L2_r27 -1
    z_g107_p6 dy_v0_L2_r28 -1 dy_v0_L2_r29 -1
    z_g107_p6 dy_v0_L2_r30 -1 dy_v0_L2_r31 -1
    z_g107_p6 dy_v0_L2_r32 -1 dy_v0_L2_r33 -1
    z_g107_p6 o_v30_c9_r0 1 o_v30_c11_r0 1
    z_g107_p6 dy_v30_L2_r0 -1 o_v124_c7_r1 -1
    z_g107_p6 o_v124_c9_r0 -1 o_v124_c9_r1 -1
    z_g107_p6 o_v124_c11_r0 -1 occ_c9 -1
    z_g107_p6 occ_c11 -1
    x_g108_p2 cum_g108_p2 -1 assign_g108 1
    x_g108_p6 cum_g108_p6 -1 assign_g108 1
    x_g108_p10 assign_g108 1
    z_g108_p2 cum_g108_p2 1 cum_g108_p6 -1
    z_g108_p2 prec_g109_g108_t3 -1 prec_g109_g108_t5 -1
    z_g108_p2 o_v32_c7_r9 1 dy_v32_L1_r0 -1
    z_g108_p2 dy_v32_L1_r1 -1 dy_v32_L1_r2 -1
    z_g108_p2 o_v125_c3_r0 -1 o_v125_c5_r0 -1
    z_g108_p2 o_v125_c5_r1 -1 o_v125_c7_r0 -1
    z_g108_p2 occ_c5 -1 occ_c7 -1
    z_g108_p6 cum_g108_p6 1 prec_g109_g108_t7 -1
    z_g108_p6 prec_g109_g108_t9 -1 o_v0_c11_r10 1
    z_g108_p6 dy_v0_L2_r0 -1 dy_v0_L2_r1 -1
    z_g108_p6 dy_v0_L2_r2 -1 dy_v0_L2_r3 -1
    z_g108_p6 dy_v0_L2_r4 -1 dy_v0_L2_r5 -1
    z_g108_p6 dy_v0_L2_r6 -1 dy_v0_L2_r7 -1
    z_g108_p6 dy_v0_L2_r8 -1 dy_v0_L2_r9 -1
    z_g108_p6 dy_v0_L2_r10 -1 dy_v0_L2_r11 -1
    z_g108_p6 dy_v0_L2_r12 -1 dy_v0_L2_r13 -1
    z_g108_p6 dy_v0_L2_r14 -1 dy_v0_L2_r15 -1
    z_g108_p6 dy_v0_L2_r16 -1 dy_v0_L2_r17 -1
    z_g108_p6 dy_v0_L2_r18 -1 dy_v0_L2_r19 -1
    z_g108_p6 dy_v0_L2_r20 -1 dy_v0_L2_r21 -1
    z_g108_p6 dy_v0_L2_r22 -1 dy_v0_L2_r23 -1
    z_g108_p6 dy_v0_L2_r24 -1 dy_v0_L2_r25 -1
    z_g108_p6 dy_v0_L2_r26 -1 dy_v0_L2_r27 -1
    z_g108_p6 dy_v0_L2_r28 -1 dy_v0_L2_r29 -1
    z_g108_p6 dy_v0_L2_r30 -1 dy_v0_L2_r31 -1
    z_g108_p6 dy_v0_L2_r32 -1 dy_v0_L2_r33 -1
    z_g108_p6 o_v32_c9_r0 1 o_v32_c11_r0 1
    z_g108_p6 dy_v32_L2_r0 -1 o_v125_c7_r1 -1
    z_g108_p6 o_v125_c9_r0 -1 o_v125_c9_r1 -1
    z_g108_p6 o_v125_c11_r0 -1 occ_c9 -1
    z_g108_p6 occ_c11 -1
    x_g109_p3 cum_g109_p3 -1 assign_g109 1
    x_g109_p5 cum_g109_p5 -1 assign_g109 1
    x_g109_p5 heads_L1 6
    x_g109_p7 cum_g109_p7 -1 assign_g109 1
    x_g109_p9 cum_g109_p9 -1 assign_g109 1
    x_g109_p9 heads_L2 6
    x_g109_p11 assign_g109 1
    z_g109_p3 cum_g109_p3 1 cum_g109_p5 -1
    z_g109_p3 prec_g109_g106_t3 1 prec_g109_g107_t3 1
    z_g109_p3 prec_g109_g108_t3 1 o_v123_c3_r0 1
    z_g109_p3 o_v123_c5_r0 1 o_v124_c3_r0 1
    z_g109_p3 o_v124_c5_r0 1 o_v125_c3_r0 1
    z_g109_p3 o_v125_c5_r0 1 occ_c3 1
    z_g109_p5 cum_g109_p5 1 cum_g109_p7 -1
    z_g109_p5 prec_g109_g106_t5 1 prec_g109_g107_t5 1
    z_g109_p5 prec_g109_g108_t5 1 o_v123_c5_r1 1
    z_g109_p5 o_v123_c7_r0 1 o_v124_c5_r1 1
    z_g109_p5 o_v124_c7_r0 1 o_v125_c5_r1 1
    z_g109_p5 o_v125_c7_r0 1 occ_c5 1
    z_g109_p7 cum_g109_p7 1 cum_g109_p9 -1
    z_g109_p7 prec_g109_g106_t7 1 prec_g109_g107_t7 1
    z_g109_p7 prec_g109_g108_t7 1 o_v123_c7_r1 1
    z_g109_p7 o_v123_c9_r0 1 o_v124_c7_r1 1
    z_g109_p7 o_v124_c9_r0 1 o_v125_c7_r1 1
    z_g109_p7 o_v125_c9_r0 1 occ_c7 1
    z_g109_p9 cum_g109_p9 1 prec_g109_g106_t9 1
    z_g109_p9 prec_g109_g107_t9 1 prec_g109_g108_t9 1
    z_g109_p9 o_v123_c9_r1 1 o_v123_c11_r0 1
    z_g109_p9 o_v124_c9_r1 1 o_v124_c11_r0 1
    z_g109_p9 o_v125_c9_r1 1 o_v125_c11_r0 1
    z_g109_p9 occ_c9 1
    x_g110_p4 cum_g110_p4 -1 assign_g110 1
    x_g110_p4 dy_v22_L1_r0 -1 dy_v28_L1_r0 -1
    x_g110_p4 heads_L1 2
    x_g110_p8 assign_g110 1 dy_v0_L2_r3 -1
    x_g110_p8 dy_v4_L2_r1 -1 dy_v22_L2_r0 -1
    x_g110_p8 dy_v28_L2_r0 -1 heads_L2 2
    z_g110_p4 cum_g110_p4 1 prec_g110_g8_t4 1
    z_g110_p4 o_v22_c7_r0 1 o_v22_c9_r0 1
    z_g110_p4 dy_v22_L1_r1 -1 dy_v22_L1_r2 -1
    z_g110_p4 dy_v22_L1_r3 -1 dy_v22_L1_r4 -1
    z_g110_p4 dy_v22_L1_r5 -1 dy_v22_L1_r6 -1
    z_g110_p4 dy_v22_L1_r7 -1 dy_v22_L1_r8 -1
    z_g110_p4 dy_v22_L1_r9 -1 dy_v22_L1_r10 -1
    z_g110_p4 dy_v22_L1_r11 -1 dy_v22_L1_r12 -1
    z_g110_p4 dy_v22_L1_r13 -1 dy_v22_L1_r14 -1
    z_g110_p4 dy_v22_L1_r15 -1 o_v28_c7_r4 1
    z_g110_p4 o_v28_c9_r1 1 dy_v28_L1_r1 -1
    z_g110_p4 occ_c5 1 occ_c7 1
    x_g111_p4 cum_g111_p4 -1 assign_g111 1
    x_g111_p4 dy_v22_L1_r1 -1 dy_v30_L1_r0 -1
    x_g111_p4 heads_L1 2
    x_g111_p8 assign_g111 1 dy_v0_L2_r4 -1
    x_g111_p8 dy_v4_L2_r2 -1 dy_v22_L2_r1 -1
    x_g111_p8 dy_v30_L2_r0 -1 heads_L2 2
    z_g111_p4 cum_g111_p4 1 prec_g111_g8_t4 1
    z_g111_p4 o_v22_c7_r1 1 o_v22_c9_r1 1
    z_g111_p4 dy_v22_L1_r0 -1 dy_v22_L1_r2 -1
    z_g111_p4 dy_v22_L1_r3 -1 dy_v22_L1_r4 -1
    z_g111_p4 dy_v22_L1_r5 -1 dy_v22_L1_r6 -1
    z_g111_p4 dy_v22_L1_r7 -1 dy_v22_L1_r8 -1
    z_g111_p4 dy_v22_L1_r9 -1 dy_v22_L1_r10 -1
    z_g111_p4 dy_v22_L1_r11 -1 dy_v22_L1_r12 -1
    z_g111_p4 dy_v22_L1_r13 -1 dy_v22_L1_r14 -1
    z_g111_p4 dy_v22_L1_r15 -1 o_v30_c7_r7 1
    z_g111_p4 o_v30_c9_r1 1 dy_v30_L1_r1 -1
    z_g111_p4 dy_v30_L1_r2 -1 occ_c5 1
    z_g111_p4 occ_c7 1
    x_g112_p4 cum_g112_p4 -1 assign_g112 1
    x_g112_p4 dy_v22_L1_r2 -1 dy_v32_L1_r0 -1
    x_g112_p4 heads_L1 2
    x_g112_p8 assign_g112 1 dy_v0_L2_r5 -1
    x_g112_p8 dy_v4_L2_r3 -1 dy_v22_L2_r2 -1
    x_g112_p8 dy_v32_L2_r0 -1 heads_L2 2
    z_g112_p4 cum_g112_p4 1 prec_g112_g8_t4 1
    z_g112_p4 o_v22_c7_r2 1 o_v22_c9_r2 1
    z_g112_p4 dy_v22_L1_r0 -1 dy_v22_L1_r1 -1
    z_g112_p4 dy_v22_L1_r3 -1 dy_v22_L1_r4 -1
    z_g112_p4 dy_v22_L1_r5 -1 dy_v22_L1_r6 -1
    z_g112_p4 dy_v22_L1_r7 -1 dy_v22_L1_r8 -1
    z_g112_p4 dy_v22_L1_r9 -1 dy_v22_L1_r10 -1
    z_g112_p4 dy_v22_L1_r11 -1 dy_v22_L1_r12 -1
    z_g112_p4 dy_v22_L1_r13 -1 dy_v22_L1_r14 -1
    z_g112_p4 dy_v22_L1_r15 -1 o_v32_c7_r10 1
    z_g112_p4 o_v32_c9_r1 1 dy_v32_L1_r1 -1
    z_g112_p4 dy_v32_L1_r2 -1 occ_c5 1
    z_g112_p4 occ_c7 1
    x_g113_p4 cum_g113_p4 -1 assign_g113 1
    x_g113_p4 dy_v22_L1_r3 -1 dy_v34_L1_r0 -1
    x_g113_p4 heads_L1 2
    x_g113_p8 assign_g113 1 dy_v0_L2_r6 -1
    x_g113_p8 dy_v4_L2_r4 -1 dy_v22_L2_r3 -1
    x_g113_p8 dy_v34_L2_r0 -1 heads_L2 2
    z_g113_p4 cum_g113_p4 1 prec_g113_g8_t4 1
    z_g113_p4 o_v22_c7_r3 1 o_v22_c9_r3 1
    z_g113_p4 dy_v22_L1_r0 -1 dy_v22_L1_r1 -1
    z_g113_p4 dy_v22_L1_r2 -1 dy_v22_L1_r4 -1
    z_g113_p4 dy_v22_L1_r5 -1 dy_v22_L1_r6 -1
    z_g113_p4 dy_v22_L1_r7 -1 dy_v22_L1_r8 -1
    z_g113_p4 dy_v22_L1_r9 -1 dy_v22_L1_r10 -1
    z_g113_p4 dy_v22_L1_r11 -1 dy_v22_L1_r12 -1
    z_g113_p4 dy_v22_L1_r13 -1 dy_v22_L1_r14 -1
    z_g113_p4 dy_v22_L1_r15 -1 o_v34_c7_r12 1
    z_g113_p4 o_v34_c9_r0 1 dy_v34_L1_r1 -1
    z_g113_p4 dy_v34_L1_r2 -1 occ_c5 1
    z_g113_p4 occ_c7 1
    x_g114_p4 cum_g114_p4 -1 assign_g114 1
    x_g114_p4 dy_v22_L1_r4 -1 dy_v35_L1_r0 -1
    x_g114_p4 heads_L1 2
    x_g114_p8 assign_g114 1 dy_v0_L2_r7 -1
    x_g114_p8 dy_v4_L2_r5 -1 dy_v22_L2_r4 -1
    x_g114_p8 dy_v35_L2_r0 -1 heads_L2 2
    z_g114_p4 cum_g114_p4 1 prec_g114_g8_t4 1
    z_g114_p4 o_v22_c7_r4 1 o_v22_c9_r4 1
    z_g114_p4 dy_v22_L1_r0 -1 dy_v22_L1_r1 -1
    z_g114_p4 dy_v22_L1_r2 -1 dy_v22_L1_r3 -1
    z_g114_p4 dy_v22_L1_r5 -1 dy_v22_L1_r6 -1
    z_g114_p4 dy_v22_L1_r7 -1 dy_v22_L1_r8 -1
    z_g114_p4 dy_v22_L1_r9 -1 dy_v22_L1_r10 -1
    z_g114_p4 dy_v22_L1_r11 -1 dy_v22_L1_r12 -1
    z_g114_p4 dy_v22_L1_r13 -1 dy_v22_L1_r14 -1
    z_g114_p4 dy_v22_L1_r15 -1 o_v35_c7_r9 1
    z_g114_p4 o_v35_c9_r0 1 dy_v35_L1_r1 -1
    z_g114_p4 dy_v35_L1_r2 -1 occ_c5 1
    z_g114_p4 occ_c7 1
    x_g115_p4 cum_g115_p4 -1 assign_g115 1
    x_g115_p4 dy_v22_L1_r5 -1 dy_v36_L1_r0 -1
    x_g115_p4 heads_L1 2
    x_g115_p8 assign_g115 1 dy_v0_L2_r8 -1
    x_g115_p8 dy_v4_L2_r6 -1 dy_v22_L2_r5 -1
    x_g115_p8 dy_v36_L2_r0 -1 heads_L2 2
    z_g115_p4 cum_g115_p4 1 prec_g115_g8_t4 1
    z_g115_p4 o_v22_c7_r5 1 o_v22_c9_r5 1
    z_g115_p4 dy_v22_L1_r0 -1 dy_v22_L1_r1 -1
    z_g115_p4 dy_v22_L1_r2 -1 dy_v22_L1_r3 -1
    z_g115_p4 dy_v22_L1_r4 -1 dy_v22_L1_r6 -1
    z_g115_p4 dy_v22_L1_r7 -1 dy_v22_L1_r8 -1
    z_g115_p4 dy_v22_L1_r9 -1 dy_v22_L1_r10 -1
    z_g115_p4 dy_v22_L1_r11 -1 dy_v22_L1_r12 -1
    z_g115_p4 dy_v22_L1_r13 -1 dy_v22_L1_r14 -1
    z_g115_p4 dy_v22_L1_r15 -1 o_v36_c7_r6 1
    z_g115_p4 o_v36_c9_r0 1 dy_v36_L1_r1 -1
    z_g115_p4 dy_v36_L1_r2 -1 occ_c5 1
    z_g115_p4 occ_c7 1
    x_g116_p4 cum_g116_p4 -1 assign_g116 1
    x_g116_p4 dy_v22_L1_r6 -1 dy_v37_L1_r0 -1
    x_g116_p4 heads_L1 2
    x_g116_p8 assign_g116 1 dy_v0_L2_r9 -1
    x_g116_p8 dy_v4_L2_r7 -1 dy_v22_L2_r6 -1
    x_g116_p8 dy_v37_L2_r0 -1 heads_L2 2
    z_g116_p4 cum_g116_p4 1 prec_g116_g8_t4 1
    z_g116_p4 o_v22_c7_r6 1 o_v22_c9_r6 1
    z_g116_p4 dy_v22_L1_r0 -1 dy_v22_L1_r1 -1
    z_g116_p4 dy_v22_L1_r2 -1 dy_v22_L1_r3 -1
    z_g116_p4 dy_v22_L1_r4 -1 dy_v22_L1_r5 -1
    z_g116_p4 dy_v22_L1_r7 -1 dy_v22_L1_r8 -1
    z_g116_p4 dy_v22_L1_r9 -1 dy_v22_L1_r10 -1
    z_g116_p4 dy_v22_L1_r11 -1 dy_v22_L1_r12 -1
    z_g116_p4 dy_v22_L1_r13 -1 dy_v22_L1_r14 -1
    z_g116_p4 dy_v22_L1_r15 -1 o_v37_c7_r3 1
    z_g116_p4 o_v37_c9_r0 1 dy_v37_L1_r1 -1
    z_g116_p4 dy_v37_L1_r2 -1 occ_c5 1
    z_g116_p4 occ_c7 1
    x_g117_p4 cum_g117_p4 -1 assign_g117 1
    x_g117_p4 dy_v22_L1_r7 -1 dy_v38_L1_r0 -1
    x_g117_p4 heads_L1 2
    x_g117_p8 assign_g117 1 dy_v0_L2_r10 -1
    x_g117_p8 dy_v4_L2_r8 -1 dy_v22_L2_r7 -1
    x_g117_p8 dy_v38_L2_r0 -1 heads_L2 2
    z_g117_p4 cum_g117_p4 1 prec_g117_g8_t4 1
    z_g117_p4 o_v22_c7_r7 1 o_v22_c9_r7 1
    z_g117_p4 dy_v22_L1_r0 -1 dy_v22_L1_r1 -1
    z_g117_p4 dy_v22_L1_r2 -1 dy_v22_L1_r3 -1
    z_g117_p4 dy_v22_L1_r4 -1 dy_v22_L1_r5 -1
    z_g117_p4 dy_v22_L1_r6 -1 dy_v22_L1_r8 -1
    z_g117_p4 dy_v22_L1_r9 -1 dy_v22_L1_r10 -1
    z_g117_p4 dy_v22_L1_r11 -1 dy_v22_L1_r12 -1
    z_g117_p4 dy_v22_L1_r13 -1 dy_v22_L1_r14 -1
    z_g117_p4 dy_v22_L1_r15 -1 o_v38_c7_r0 1
    z_g117_p4 o_v38_c9_r0 1 dy_v38_L1_r1 -1
    z_g117_p4 dy_v38_L1_r2 -1 occ_c5 1
    z_g117_p4 occ_c7 1
    x_g118_p4 cum_g118_p4 -1 assign_g118 1
    x_g118_p4 dy_v22_L1_r8 -1 dy_v39_L1_r0 -1
    x_g118_p4 heads_L1 2
    x_g118_p8 assign_g118 1 dy_v0_L2_r11 -1
    x_g118_p8 dy_v4_L2_r9 -1 dy_v22_L2_r8 -1
    x_g118_p8 dy_v39_L2_r0 -1 heads_L2 2
    z_g118_p4 cum_g118_p4 1 prec_g118_g8_t4 1
    z_g118_p4 o_v22_c7_r8 1 o_v22_c9_r8 1
    z_g118_p4 dy_v22_L1_r0 -1 dy_v22_L1_r1 -1
    z_g118_p4 dy_v22_L1_r2 -1 dy_v22_L1_r3 -1
    z_g118_p4 dy_v22_L1_r4 -1 dy_v22_L1_r5 -1
    z_g118_p4 dy_v22_L1_r6 -1 dy_v22_L1_r7 -1
    z_g118_p4 dy_v22_L1_r9 -1 dy_v22_L1_r10 -1
    z_g118_p4 dy_v22_L1_r11 -1 dy_v22_L1_r12 -1
    z_g118_p4 dy_v22_L1_r13 -1 dy_v22_L1_r14 -1
    z_g118_p4 dy_v22_L1_r15 -1 o_v39_c7_r0 1
    z_g118_p4 o_v39_c9_r0 1 dy_v39_L1_r1 -1
    z_g118_p4 dy_v39_L1_r2 -1 occ_c5 1
    z_g118_p4 occ_c7 1
    x_g119_p4 cum_g119_p4 -1 assign_g119 1
    x_g119_p4 dy_v22_L1_r9 -1 dy_v40_L1_r0 -1
    x_g119_p4 heads_L1 2
    x_g119_p8 assign_g119 1 dy_v0_L2_r12 -1
    x_g119_p8 dy_v4_L2_r10 -1 dy_v22_L2_r9 -1
    x_g119_p8 dy_v40_L2_r0 -1 heads_L2 2
    z_g119_p4 cum_g119_p4 1 prec_g119_g8_t4 1
    z_g119_p4 o_v22_c7_r9 1 o_v22_c9_r9 1
    z_g119_p4 dy_v22_L1_r0 -1 dy_v22_L1_r1 -1
    z_g119_p4 dy_v22_L1_r2 -1 dy_v22_L1_r3 -1
    z_g119_p4 dy_v22_L1_r4 -1 dy_v22_L1_r5 -1
    z_g119_p4 dy_v22_L1_r6 -1 dy_v22_L1_r7 -1
    z_g119_p4 dy_v22_L1_r8 -1 dy_v22_L1_r10 -1
    z_g119_p4 dy_v22_L1_r11 -1 dy_v22_L1_r12 -1
    z_g119_p4 dy_v22_L1_r13 -1 dy_v22_L1_r14 -1
    z_g119_p4 dy_v22_L1_r15 -1 o_v40_c7_r0 1
    z_g119_p4 o_v40_c9_r0 1 dy_v40_L1_r1 -1
    z_g119_p4 dy_v40_L1_r2 -1 occ_c5 1
    z_g119_p4 occ_c7 1
    x_g120_p4 cum_g120_p4 -1 assign_g120 1
    x_g120_p4 dy_v22_L1_r10 -1 dy_v41_L1_r0 -1
    x_g120_p4 heads_L1 2
    x_g120_p8 assign_g120 1 dy_v0_L2_r13 -1
    x_g120_p8 dy_v4_L2_r11 -1 dy_v22_L2_r10 -1
    x_g120_p8 dy_v41_L2_r0 -1 heads_L2 2
    z_g120_p4 cum_g120_p4 1 prec_g120_g8_t4 1
    z_g120_p4 o_v22_c7_r10 1 o_v22_c9_r10 1
    z_g120_p4 dy_v22_L1_r0 -1 dy_v22_L1_r1 -1
    z_g120_p4 dy_v22_L1_r2 -1 dy_v22_L1_r3 -1
    z_g120_p4 dy_v22_L1_r4 -1 dy_v22_L1_r5 -1
    z_g120_p4 dy_v22_L1_r6 -1 dy_v22_L1_r7 -1
    z_g120_p4 dy_v22_L1_r8 -1 dy_v22_L1_r9 -1
    z_g120_p4 dy_v22_L1_r11 -1 dy_v22_L1_r12 -1
    z_g120_p4 dy_v22_L1_r13 -1 dy_v22_L1_r14 -1
    z_g120_p4 dy_v22_L1_r15 -1 o_v41_c7_r0 1
    z_g120_p4 o_v41_c9_r0 1 dy_v41_L1_r1 -1
    z_g120_p4 dy_v41_L1_r2 -1 occ_c5 1
    z_g120_p4 occ_c7 1
    x_g121_p4 cum_g121_p4 -1 assign_g121 1
    x_g121_p4 dy_v22_L1_r11 -1 dy_v42_L1_r0 -1
    x_g121_p4 heads_L1 2
    x_g121_p8 assign_g121 1 dy_v0_L2_r14 -1
    x_g121_p8 dy_v4_L2_r12 -1 dy_v22_L2_r11 -1
    x_g121_p8 dy_v42_L2_r0 -1 heads_L2 2
    z_g121_p4 cum_g121_p4 1 prec_g121_g8_t4 1
    z_g121_p4 o_v22_c7_r11 1 o_v22_c9_r11 1
    z_g121_p4 dy_v22_L1_r0 -1 dy_v22_L1_r1 -1
    z_g121_p4 dy_v22_L1_r2 -1 dy_v22_L1_r3 -1
    z_g121_p4 dy_v22_L1_r4 -1 dy_v22_L1_r5 -1
    z_g121_p4 dy_v22_L1_r6 -1 dy_v22_L1_r7 -1
    z_g121_p4 dy_v22_L1_r8 -1 dy_v22_L1_r9 -1
    z_g121_p4 dy_v22_L1_r10 -1 dy_v22_L1_r12 -1
    z_g121_p4 dy_v22_L1_r13 -1 dy_v22_L1_r14 -1
    z_g121_p4 dy_v22_L1_r15 -1 o_v42_c7_r0 1
    z_g121_p4 o_v42_c9_r0 1 dy_v42_L1_r1 -1
    z_g121_p4 dy_v42_L1_r2 -1 occ_c5 1
    z_g121_p4 occ_c7 1
    x_g122_p4 cum_g122_p4 -1 assign_g122 1
    x_g122_p4 dy_v22_L1_r12 -1 dy_v43_L1_r0 -1
    x_g122_p4 heads_L1 2
    x_g122_p8 assign_g122 1 dy_v0_L2_r15 -1
    x_g122_p8 dy_v4_L2_r13 -1 dy_v22_L2_r12 -1
    x_g122_p8 dy_v43_L2_r0 -1 heads_L2 2
    z_g122_p4 cum_g122_p4 1 prec_g122_g8_t4 1
    z_g122_p4 o_v22_c7_r12 1 o_v22_c9_r12 1
    z_g122_p4 dy_v22_L1_r0 -1 dy_v22_L1_r1 -1
    z_g122_p4 dy_v22_L1_r2 -1 dy_v22_L1_r3 -1
    z_g122_p4 dy_v22_L1_r4 -1 dy_v22_L1_r5 -1
    z_g122_p4 dy_v22_L1_r6 -1 dy_v22_L1_r7 -1
    z_g122_p4 dy_v22_L1_r8 -1 dy_v22_L1_r9 -1
    z_g122_p4 dy_v22_L1_r10 -1 dy_v22_L1_r11 -1
    z_g122_p4 dy_v22_L1_r13 -1 dy_v22_L1_r14 -1
    z_g122_p4 dy_v22_L1_r15 -1 o_v43_c7_r0 1
    z_g122_p4 o_v43_c9_r0 1 dy_v43_L1_r1 -1
    z_g122_p4 dy_v43_L1_r2 -1 occ_c5 1
    z_g122_p4 occ_c7 1
    x_g123_p4 cum_g123_p4 -1 assign_g123 1
    x_g123_p4 dy_v22_L1_r13 -1 dy_v44_L1_r0 -1
    x_g123_p4 heads_L1 2
    x_g123_p8 assign_g123 1 dy_v0_L2_r16 -1
    x_g123_p8 dy_v4_L2_r14 -1 dy_v22_L2_r13 -1
    x_g123_p8 dy_v44_L2_r0 -1 heads_L2 2
    z_g123_p4 cum_g123_p4 1 prec_g123_g8_t4 1
    z_g123_p4 o_v22_c7_r13 1 o_v22_c9_r13 1
    z_g123_p4 dy_v22_L1_r0 -1 dy_v22_L1_r1 -1
    z_g123_p4 dy_v22_L1_r2 -1 dy_v22_L1_r3 -1
    z_g123_p4 dy_v22_L1_r4 -1 dy_v22_L1_r5 -1
    z_g123_p4 dy_v22_L1_r6 -1 dy_v22_L1_r7 -1
    z_g123_p4 dy_v22_L1_r8 -1 dy_v22_L1_r9 -1
    z_g123_p4 dy_v22_L1_r10 -1 dy_v22_L1_r11 -1
    z_g123_p4 dy_v22_L1_r12 -1 dy_v22_L1_r14 -1
    z_g123_p4 dy_v22_L1_r15 -1 o_v44_c7_r0 1
    z_g123_p4 o_v44_c9_r0 1 dy_v44_L1_r1 -1
    z_g123_p4 dy_v44_L1_r2 -1 occ_c5 1
    z_g123_p4 occ_c7 1
    x_g124_p4 cum_g124_p4 -1 assign_g124 1
    x_g124_p4 dy_v22_L1_r14 -1 dy_v45_L1_r0 -1
    x_g124_p4 heads_L1 2
    x_g124_p8 assign_g124 1 dy_v0_L2_r17 -1
    x_g124_p8 dy_v4_L2_r15 -1 dy_v22_L2_r14 -1
    x_g124_p8 dy_v45_L2_r0 -1 heads_L2 2
    z_g124_p4 cum_g124_p4 1 prec_g124_g8_t4 1
    z_g124_p4 o_v22_c7_r14 1 o_v22_c9_r14 1
    z_g124_p4 dy_v22_L1_r0 -1 dy_v22_L1_r1 -1
    z_g124_p4 dy_v22_L1_r2 -1 dy_v22_L1_r3 -1
    z_g124_p4 dy_v22_L1_r4 -1 dy_v22_L1_r5 -1
    z_g124_p4 dy_v22_L1_r6 -1 dy_v22_L1_r7 -1
    z_g124_p4 dy_v22_L1_r8 -1 dy_v22_L1_r9 -1
    z_g124_p4 dy_v22_L1_r10 -1 dy_v22_L1_r11 -1
    z_g124_p4 dy_v22_L1_r12 -1 dy_v22_L1_r13 -1
    z_g124_p4 dy_v22_L1_r15 -1 o_v45_c7_r0 1
    z_g124_p4 o_v45_c9_r0 1 dy_v45_L1_r1 -1
    z_g124_p4 dy_v45_L1_r2 -1 occ_c5 1
    z_g124_p4 occ_c7 1
    x_g125_p4 cum_g125_p4 -1 assign_g125 1
    x_g125_p4 dy_v22_L1_r15 -1 dy_v46_L1_r0 -1
    x_g125_p4 heads_L1 2
    x_g125_p8 assign_g125 1 dy_v0_L2_r18 -1
    x_g125_p8 dy_v4_L2_r16 -1 dy_v22_L2_r15 -1
    x_g125_p8 dy_v46_L2_r0 -1 heads_L2 2
    z_g125_p4 cum_g125_p4 1 prec_g125_g8_t4 1
    z_g125_p4 o_v22_c7_r15 1 o_v22_c9_r15 1
    z_g125_p4 dy_v22_L1_r0 -1 dy_v22_L1_r1 -1
    z_g125_p4 dy_v22_L1_r2 -1 dy_v22_L1_r3 -1
    z_g125_p4 dy_v22_L1_r4 -1 dy_v22_L1_r5 -1
    z_g125_p4 dy_v22_L1_r6 -1 dy_v22_L1_r7 -1
    z_g125_p4 dy_v22_L1_r8 -1 dy_v22_L1_r9 -1
    z_g125_p4 dy_v22_L1_r10 -1 dy_v22_L1_r11 -1
    z_g125_p4 dy_v22_L1_r12 -1 dy_v22_L1_r13 -1
    z_g125_p4 dy_v22_L1_r14 -1 o_v46_c7_r0 1
    z_g125_p4 o_v46_c9_r0 1 dy_v46_L1_r1 -1
    z_g125_p4 occ_c5 1 occ_c7 1
    x_g126_p4 assign_g126 1 dy_v8_L1_r0 -1
    x_g126_p4 dy_v9_L1_r0 -1 dy_v10_L1_r0 -1
    x_g126_p4 dy_v11_L1_r0 -1 dy_v25_L1_r0 -1
    x_g126_p4 dy_v28_L1_r1 -1 dy_v30_L1_r1 -1
    x_g126_p4 heads_L1 2
    x_g127_p8 assign_g127 1 dy_v0_L2_r19 -1
    x_g127_p8 dy_v4_L2_r17 -1 heads_L2 3
    x_g128_p10 assign_g128 1
    x_g129_p4 assign_g129 1 dy_v8_L1_r1 -1
    x_g129_p4 dy_v9_L1_r1 -1 dy_v10_L1_r1 -1
    x_g129_p4 dy_v11_L1_r1 -1 dy_v25_L1_r1 -1
    x_g129_p4 dy_v30_L1_r2 -1 dy_v32_L1_r1 -1
    x_g129_p4 heads_L1 2
    x_g130_p8 assign_g130 1 dy_v0_L2_r20 -1
    x_g130_p8 dy_v4_L2_r18 -1 heads_L2 3
    x_g131_p10 assign_g131 1
    x_g132_p4 assign_g132 1 dy_v8_L1_r2 -1
    x_g132_p4 dy_v9_L1_r2 -1 dy_v10_L1_r2 -1
    x_g132_p4 dy_v11_L1_r2 -1 dy_v25_L1_r2 -1
    x_g132_p4 dy_v32_L1_r2 -1 dy_v34_L1_r1 -1
    x_g132_p4 heads_L1 2
    x_g133_p8 assign_g133 1 dy_v0_L2_r21 -1
    x_g133_p8 dy_v4_L2_r19 -1 heads_L2 3
    x_g134_p10 assign_g134 1
    x_g135_p4 assign_g135 1 dy_v8_L1_r3 -1
    x_g135_p4 dy_v9_L1_r3 -1 dy_v10_L1_r3 -1
    x_g135_p4 dy_v11_L1_r3 -1 dy_v25_L1_r3 -1
    x_g135_p4 dy_v34_L1_r2 -1 dy_v35_L1_r1 -1
    x_g135_p4 heads_L1 2
    x_g136_p8 assign_g136 1 dy_v0_L2_r22 -1
    x_g136_p8 dy_v4_L2_r20 -1 heads_L2 3
    x_g137_p10 assign_g137 1
    x_g138_p4 assign_g138 1 dy_v8_L1_r4 -1
    x_g138_p4 dy_v9_L1_r4 -1 dy_v10_L1_r4 -1
    x_g138_p4 dy_v11_L1_r4 -1 dy_v25_L1_r4 -1
    x_g138_p4 dy_v35_L1_r2 -1 dy_v36_L1_r1 -1
    x_g138_p4 heads_L1 2
    x_g139_p8 assign_g139 1 dy_v0_L2_r23 -1
    x_g139_p8 dy_v4_L2_r21 -1 heads_L2 3
    x_g140_p10 assign_g140 1
    x_g141_p4 assign_g141 1 dy_v8_L1_r5 -1
    x_g141_p4 dy_v9_L1_r5 -1 dy_v10_L1_r5 -1
    x_g141_p4 dy_v11_L1_r5 -1 dy_v25_L1_r5 -1
    x_g141_p4 dy_v36_L1_r2 -1 dy_v37_L1_r1 -1
    x_g141_p4 heads_L1 2
    x_g142_p8 assign_g142 1 dy_v0_L2_r24 -1
    x_g142_p8 dy_v4_L2_r22 -1 heads_L2 3
    x_g143_p10 assign_g143 1
    x_g144_p4 assign_g144 1 dy_v8_L1_r6 -1
    x_g144_p4 dy_v9_L1_r6 -1 dy_v10_L1_r6 -1
    x_g144_p4 dy_v11_L1_r6 -1 dy_v25_L1_r6 -1
    x_g144_p4 dy_v37_L1_r2 -1 dy_v38_L1_r1 -1
    x_g144_p4 heads_L1 2
    x_g145_p8 assign_g145 1 dy_v0_L2_r25 -1
    x_g145_p8 dy_v4_L2_r23 -1 heads_L2 3
    x_g146_p10 assign_g146 1
    x_g147_p4 assign_g147 1 dy_v8_L1_r7 -1
    x_g147_p4 dy_v9_L1_r7 -1 dy_v10_L1_r7 -1
    x_g147_p4 dy_v11_L1_r7 -1 dy_v25_L1_r7 -1
    x_g147_p4 dy_v38_L1_r2 -1 dy_v39_L1_r1 -1
    x_g147_p4 heads_L1 2
    x_g148_p8 assign_g148 1 dy_v0_L2_r26 -1
    x_g148_p8 dy_v4_L2_r24 -1 heads_L2 3
    x_g149_p10 assign_g149 1
    x_g150_p4 assign_g150 1 dy_v8_L1_r8 -1
    x_g150_p4 dy_v9_L1_r8 -1 dy_v10_L1_r8 -1
    x_g150_p4 dy_v11_L1_r8 -1 dy_v25_L1_r8 -1
    x_g150_p4 dy_v39_L1_r2 -1 dy_v40_L1_r1 -1
    x_g150_p4 heads_L1 2
    x_g151_p8 assign_g151 1 dy_v0_L2_r27 -1
    x_g151_p8 dy_v4_L2_r25 -1 heads_L2 3
    x_g152_p10 assign_g152 1
    x_g153_p4 assign_g153 1 dy_v8_L1_r9 -1
    x_g153_p4 dy_v9_L1_r9 -1 dy_v10_L1_r9 -1
    x_g153_p4 dy_v11_L1_r9 -1 dy_v25_L1_r9 -1
    x_g153_p4 dy_v40_L1_r2 -1 dy_v41_L1_r1 -1
    x_g153_p4 heads_L1 2
    x_g154_p8 assign_g154 1 dy_v0_L2_r28 -1
    x_g154_p8 dy_v4_L2_r26 -1 heads_L2 3
    x_g155_p10 assign_g155 1
    x_g156_p4 assign_g156 1 dy_v8_L1_r10 -1
    x_g156_p4 dy_v9_L1_r10 -1 dy_v10_L1_r10 -1
    x_g156_p4 dy_v11_L1_r10 -1 dy_v25_L1_r10 -1
    x_g156_p4 dy_v41_L1_r2 -1 dy_v42_L1_r1 -1
    x_g156_p4 heads_L1 2
    x_g157_p8 assign_g157 1 dy_v0_L2_r29 -1
    x_g157_p8 dy_v4_L2_r27 -1 heads_L2 3
    x_g158_p10 assign_g158 1
    x_g159_p4 assign_g159 1 dy_v8_L1_r11 -1
    x_g159_p4 dy_v9_L1_r11 -1 dy_v10_L1_r11 -1
    x_g159_p4 dy_v11_L1_r11 -1 dy_v25_L1_r11 -1
    x_g159_p4 dy_v42_L1_r2 -1 dy_v43_L1_r1 -1
    x_g159_p4 heads_L1 2
    x_g160_p8 assign_g160 1 dy_v0_L2_r30 -1
    x_g160_p8 dy_v4_L2_r28 -1 heads_L2 3
    x_g161_p10 assign_g161 1
    x_g162_p4 assign_g162 1 dy_v8_L1_r12 -1
    x_g162_p4 dy_v9_L1_r12 -1 dy_v10_L1_r12 -1
    x_g162_p4 dy_v11_L1_r12 -1 dy_v25_L1_r12 -1
    x_g162_p4 dy_v43_L1_r2 -1 dy_v44_L1_r1 -1
    x_g162_p4 heads_L1 2
    x_g163_p8 assign_g163 1 dy_v0_L2_r31 -1
    x_g163_p8 dy_v4_L2_r29 -1 heads_L2 3
    x_g164_p10 assign_g164 1
    x_g165_p4 assign_g165 1 dy_v8_L1_r13 -1
    x_g165_p4 dy_v9_L1_r13 -1 dy_v10_L1_r13 -1
    x_g165_p4 dy_v11_L1_r13 -1 dy_v25_L1_r13 -1
    x_g165_p4 dy_v44_L1_r2 -1 dy_v45_L1_r1 -1
    x_g165_p4 heads_L1 2
    x_g166_p8 assign_g166 1 dy_v0_L2_r32 -1
    x_g166_p8 dy_v4_L2_r30 -1 heads_L2 3
    x_g167_p10 assign_g167 1
    x_g168_p4 assign_g168 1 dy_v8_L1_r14 -1
    x_g168_p4 dy_v9_L1_r14 -1 dy_v10_L1_r14 -1
    x_g168_p4 dy_v11_L1_r14 -1 dy_v25_L1_r14 -1
    x_g168_p4 dy_v45_L1_r2 -1 dy_v46_L1_r1 -1
    x_g168_p4 heads_L1 2
    x_g169_p8 assign_g169 1 dy_v0_L2_r33 -1
    x_g169_p8 dy_v4_L2_r31 -1 heads_L2 3
    x_g170_p10 assign_g170 1
    d_half OBJROW 2 occ_c1 -2
    d_half occ_c3 -2 occ_c5 -2
    d_half occ_c7 -2 occ_c9 -2
    d_half occ_c11 -2 heads_L0 -2
    d_half heads_L1 -2 heads_L2 -2
    o_v0_c11 o_v0_c11_r0 1 o_v0_c11_r1 1
    o_v0_c11 o_v0_c11_r2 1 o_v0_c11_r3 1
    o_v0_c11 o_v0_c11_r4 1 o_v0_c11_r5 1
    o_v0_c11 o_v0_c11_r6 1 o_v0_c11_r7 1
    o_v0_c11 o_v0_c11_r8 1 o_v0_c11_r9 1
    o_v0_c11 o_v0_c11_r10 1 occ_c11 1
    dy_v0_L2 dy_v0_L2_r0 1 dy_v0_L2_r1 1
    dy_v0_L2 dy_v0_L2_r2 1 dy_v0_L2_r3 1
    dy_v0_L2 dy_v0_L2_r4 1 dy_v0_L2_r5 1
    dy_v0_L2 dy_v0_L2_r6 1 dy_v0_L2_r7 1
    dy_v0_L2 dy_v0_L2_r8 1 dy_v0_L2_r9 1
    dy_v0_L2 dy_v0_L2_r10 1 dy_v0_L2_r11 1
    dy_v0_L2 dy_v0_L2_r12 1 dy_v0_L2_r13 1
    dy_v0_L2 dy_v0_L2_r14 1 dy_v0_L2_r15 1
    dy_v0_L2 dy_v0_L2_r16 1 dy_v0_L2_r17 1
    dy_v0_L2 dy_v0_L2_r18 1 dy_v0_L2_r19 1
    dy_v0_L2 dy_v0_L2_r20 1 dy_v0_L2_r21 1
    dy_v0_L2 dy_v0_L2_r22 1 dy_v0_L2_r23 1
    dy_v0_L2 dy_v0_L2_r24 1 dy_v0_L2_r25 1
    dy_v0_L2 dy_v0_L2_r26 1 dy_v0_L2_r27 1
    dy_v0_L2 dy_v0_L2_r28 1 dy_v0_L2_r29 1
    dy_v0_L2 dy_v0_L2_r30 1 dy_v0_L2_r31 1
    dy_v0_L2 dy_v0_L2_r32 1 dy_v0_L2_r33 1
    dy_v0_L2 heads_L2 1
    dy_v4_L2 dy_v4_L2_r0 1 dy_v4_L2_r1 1
    dy_v4_L2 dy_v4_L2_r2 1 dy_v4_L2_r3 1
    dy_v4_L2 dy_v4_L2_r4 1 dy_v4_L2_r5 1
    dy_v4_L2 dy_v4_L2_r6 1 dy_v4_L2_r7 1
    dy_v4_L2 dy_v4_L2_r8 1 dy_v4_L2_r9 1
    dy_v4_L2 dy_v4_L2_r10 1 dy_v4_L2_r11 1
    dy_v4_L2 dy_v4_L2_r12 1 dy_v4_L2_r13 1
    dy_v4_L2 dy_v4_L2_r14 1 dy_v4_L2_r15 1
    dy_v4_L2 dy_v4_L2_r16 1 dy_v4_L2_r17 1
    dy_v4_L2 dy_v4_L2_r18 1 dy_v4_L2_r19 1
    dy_v4_L2 dy_v4_L2_r20 1 dy_v4_L2_r21 1
    dy_v4_L2 dy_v4_L2_r22 1 dy_v4_L2_r23 1
    dy_v4_L2 dy_v4_L2_r24 1 dy_v4_L2_r25 1
    dy_v4_L2 dy_v4_L2_r26 1 dy_v4_L2_r27 1
    dy_v4_L2 dy_v4_L2_r28 1 dy_v4_L2_r29 1
    dy_v4_L2 dy_v4_L2_r30 1 dy_v4_L2_r31 1
    dy_v4_L2 heads_L2 1
    o_v5_c3 o_v5_c3_r0 1 o_v5_c3_r1 1
    o_v5_c3 occ_c3 1
    o_v5_c5 o_v5_c5_r0 1 o_v5_c5_r1 1
    o_v5_c5 occ_c5 1
    o_v5_c7 o_v5_c7_r0 1 o_v5_c7_r1 1
    o_v5_c7 occ_c7 1
    o_v5_c9 o_v5_c9_r0 1 o_v5_c9_r1 1
    o_v5_c9 occ_c9 1
    dy_v5_L0 dy_v5_L0_r0 1 dy_v5_L0_r1 1
    dy_v5_L0 heads_L0 1
    dy_v5_L1 dy_v5_L1_r0 1 dy_v5_L1_r1 1
    dy_v5_L1 heads_L1 1
    dy_v5_L2 dy_v5_L2_r0 1 dy_v5_L2_r1 1
    dy_v5_L2 heads_L2 1
    o_v6_c3 o_v6_c3_r0 1 occ_c3 1
    o_v6_c5 o_v6_c5_r0 1 occ_c5 1
    o_v6_c7 o_v6_c7_r0 1 occ_c7 1
    o_v6_c9 o_v6_c9_r0 1 occ_c9 1
    dy_v6_L0 dy_v6_L0_r0 1 dy_v6_L0_r1 1
    dy_v6_L0 dy_v6_L0_r2 1 dy_v6_L0_r3 1
    dy_v6_L0 heads_L0 1
    dy_v6_L1 dy_v6_L1_r0 1 heads_L1 1
    dy_v6_L2 dy_v6_L2_r0 1 heads_L2 1
    dy_v8_L1 dy_v8_L1_r0 1 dy_v8_L1_r1 1
    dy_v8_L1 dy_v8_L1_r2 1 dy_v8_L1_r3 1
    dy_v8_L1 dy_v8_L1_r4 1 dy_v8_L1_r5 1
    dy_v8_L1 dy_v8_L1_r6 1 dy_v8_L1_r7 1
    dy_v8_L1 dy_v8_L1_r8 1 dy_v8_L1_r9 1
    dy_v8_L1 dy_v8_L1_r10 1 dy_v8_L1_r11 1
    dy_v8_L1 dy_v8_L1_r12 1 dy_v8_L1_r13 1
    dy_v8_L1 dy_v8_L1_r14 1 heads_L1 1
    dy_v9_L1 dy_v9_L1_r0 1 dy_v9_L1_r1 1
    dy_v9_L1 dy_v9_L1_r2 1 dy_v9_L1_r3 1
    dy_v9_L1 dy_v9_L1_r4 1 dy_v9_L1_r5 1
    dy_v9_L1 dy_v9_L1_r6 1 dy_v9_L1_r7 1
    dy_v9_L1 dy_v9_L1_r8 1 dy_v9_L1_r9 1
    dy_v9_L1 dy_v9_L1_r10 1 dy_v9_L1_r11 1
    dy_v9_L1 dy_v9_L1_r12 1 dy_v9_L1_r13 1
    dy_v9_L1 dy_v9_L1_r14 1 heads_L1 1
    dy_v10_L1 dy_v10_L1_r0 1 dy_v10_L1_r1 1
    dy_v10_L1 dy_v10_L1_r2 1 dy_v10_L1_r3 1
    dy_v10_L1 dy_v10_L1_r4 1 dy_v10_L1_r5 1
    dy_v10_L1 dy_v10_L1_r6 1 dy_v10_L1_r7 1
    dy_v10_L1 dy_v10_L1_r8 1 dy_v10_L1_r9 1
    dy_v10_L1 dy_v10_L1_r10 1 dy_v10_L1_r11 1
    dy_v10_L1 dy_v10_L1_r12 1 dy_v10_L1_r13 1
    dy_v10_L1 dy_v10_L1_r14 1 heads_L1 1
    dy_v11_L1 dy_v11_L1_r0 1 dy_v11_L1_r1 1
    dy_v11_L1 dy_v11_L1_r2 1 dy_v11_L1_r3 1
    dy_v11_L1 dy_v11_L1_r4 1 dy_v11_L1_r5 1
    dy_v11_L1 dy_v11_L1_r6 1 dy_v11_L1_r7 1
    dy_v11_L1 dy_v11_L1_r8 1 dy_v11_L1_r9 1
    dy_v11_L1 dy_v11_L1_r10 1 dy_v11_L1_r11 1
    dy_v11_L1 dy_v11_L1_r12 1 dy_v11_L1_r13 1
    dy_v11_L1 dy_v11_L1_r14 1 heads_L1 1
    o_v20_c3 o_v20_c3_r0 1 occ_c3 1
    o_v20_c5 o_v20_c5_r0 1 o_v20_c5_r1 1
    o_v20_c5 occ_c5 1
    o_v20_c7 o_v20_c7_r0 1 occ_c7 1
    o_v21_c3 o_v21_c3_r0 1 occ_c3 1
    o_v21_c5 o_v21_c5_r0 1 o_v21_c5_r1 1
    o_v21_c5 occ_c5 1
    o_v21_c7 o_v21_c7_r0 1 occ_c7 1
    o_v22_c3 o_v22_c3_r0 1 o_v22_c3_r1 1
    o_v22_c3 o_v22_c3_r2 1 o_v22_c3_r3 1
    o_v22_c3 o_v22_c3_r4 1 o_v22_c3_r5 1
    o_v22_c3 o_v22_c3_r6 1 o_v22_c3_r7 1
    o_v22_c3 o_v22_c3_r8 1 o_v22_c3_r9 1
    o_v22_c3 o_v22_c3_r10 1 o_v22_c3_r11 1
    o_v22_c3 o_v22_c3_r12 1 o_v22_c3_r13 1
    o_v22_c3 o_v22_c3_r14 1 o_v22_c3_r15 1
    o_v22_c3 occ_c3 1
    o_v22_c5 o_v22_c5_r0 1 o_v22_c5_r1 1
    o_v22_c5 o_v22_c5_r2 1 o_v22_c5_r3 1
    o_v22_c5 o_v22_c5_r4 1 o_v22_c5_r5 1
    o_v22_c5 o_v22_c5_r6 1 o_v22_c5_r7 1
    o_v22_c5 o_v22_c5_r8 1 o_v22_c5_r9 1
    o_v22_c5 o_v22_c5_r10 1 o_v22_c5_r11 1
    o_v22_c5 o_v22_c5_r12 1 o_v22_c5_r13 1
    o_v22_c5 o_v22_c5_r14 1 o_v22_c5_r15 1
    o_v22_c5 occ_c5 1
    o_v22_c7 o_v22_c7_r0 1 o_v22_c7_r1 1
    o_v22_c7 o_v22_c7_r2 1 o_v22_c7_r3 1
    o_v22_c7 o_v22_c7_r4 1 o_v22_c7_r5 1
    o_v22_c7 o_v22_c7_r6 1 o_v22_c7_r7 1
    o_v22_c7 o_v22_c7_r8 1 o_v22_c7_r9 1
    o_v22_c7 o_v22_c7_r10 1 o_v22_c7_r11 1
    o_v22_c7 o_v22_c7_r12 1 o_v22_c7_r13 1
    o_v22_c7 o_v22_c7_r14 1 o_v22_c7_r15 1
    o_v22_c7 occ_c7 1
    o_v22_c9 o_v22_c9_r0 1 o_v22_c9_r1 1
    o_v22_c9 o_v22_c9_r2 1 o_v22_c9_r3 1
    o_v22_c9 o_v22_c9_r4 1 o_v22_c9_r5 1
    o_v22_c9 o_v22_c9_r6 1 o_v22_c9_r7 1
    o_v22_c9 o_v22_c9_r8 1 o_v22_c9_r9 1
    o_v22_c9 o_v22_c9_r10 1 o_v22_c9_r11 1
    o_v22_c9 o_v22_c9_r12 1 o_v22_c9_r13 1
    o_v22_c9 o_v22_c9_r14 1 o_v22_c9_r15 1
    o_v22_c9 occ_c9 1
    dy_v22_L1 dy_v22_L1_r0 1 dy_v22_L1_r1 1
    dy_v22_L1 dy_v22_L1_r2 1 dy_v22_L1_r3 1
    dy_v22_L1 dy_v22_L1_r4 1 dy_v22_L1_r5 1
    dy_v22_L1 dy_v22_L1_r6 1 dy_v22_L1_r7 1
    dy_v22_L1 dy_v22_L1_r8 1 dy_v22_L1_r9 1
    dy_v22_L1 dy_v22_L1_r10 1 dy_v22_L1_r11 1
    dy_v22_L1 dy_v22_L1_r12 1 dy_v22_L1_r13 1
    dy_v22_L1 dy_v22_L1_r14 1 dy_v22_L1_r15 1
    dy_v22_L1 heads_L1 1
    dy_v22_L2 dy_v22_L2_r0 1 dy_v22_L2_r1 1
    dy_v22_L2 dy_v22_L2_r2 1 dy_v22_L2_r3 1
    dy_v22_L2 dy_v22_L2_r4 1 dy_v22_L2_r5 1
    dy_v22_L2 dy_v22_L2_r6 1 dy_v22_L2_r7 1
    dy_v22_L2 dy_v22_L2_r8 1 dy_v22_L2_r9 1
    dy_v22_L2 dy_v22_L2_r10 1 dy_v22_L2_r11 1
    dy_v22_L2 dy_v22_L2_r12 1 dy_v22_L2_r13 1
    dy_v22_L2 dy_v22_L2_r14 1 dy_v22_L2_r15 1
    dy_v22_L2 heads_L2 1
    dy_v25_L1 dy_v25_L1_r0 1 dy_v25_L1_r1 1
    dy_v25_L1 dy_v25_L1_r2 1 dy_v25_L1_r3 1
    dy_v25_L1 dy_v25_L1_r4 1 dy_v25_L1_r5 1
    dy_v25_L1 dy_v25_L1_r6 1 dy_v25_L1_r7 1
    dy_v25_L1 dy_v25_L1_r8 1 dy_v25_L1_r9 1
    dy_v25_L1 dy_v25_L1_r10 1 dy_v25_L1_r11 1
    dy_v25_L1 dy_v25_L1_r12 1 dy_v25_L1_r13 1
    dy_v25_L1 dy_v25_L1_r14 1 heads_L1 1
    o_v26_c1 o_v26_c1_r0 1 occ_c1 1
    o_v26_c3 o_v26_c3_r0 1 o_v26_c3_r1 1
    o_v26_c3 occ_c3 1
    o_v26_c5 o_v26_c5_r0 1 o_v26_c5_r1 1
    o_v26_c5 occ_c5 1
    o_v26_c7 o_v26_c7_r0 1 o_v26_c7_r1 1
    o_v26_c7 occ_c7 1
    o_v26_c9 o_v26_c9_r0 1 o_v26_c9_r1 1
    o_v26_c9 occ_c9 1
    o_v26_c11 o_v26_c11_r0 1 occ_c11 1
    o_v28_c7 o_v28_c7_r0 1 o_v28_c7_r1 1
    o_v28_c7 o_v28_c7_r2 1 o_v28_c7_r3 1
    o_v28_c7 o_v28_c7_r4 1 occ_c7 1
    o_v28_c9 o_v28_c9_r0 1 o_v28_c9_r1 1
    o_v28_c9 occ_c9 1
    o_v28_c11 o_v28_c11_r0 1 occ_c11 1
    dy_v28_L1 dy_v28_L1_r0 1 dy_v28_L1_r1 1
    dy_v28_L1 heads_L1 1
    dy_v28_L2 dy_v28_L2_r0 1 heads_L2 1
    o_v30_c7 o_v30_c7_r0 1 o_v30_c7_r1 1
    o_v30_c7 o_v30_c7_r2 1 o_v30_c7_r3 1
    o_v30_c7 o_v30_c7_r4 1 o_v30_c7_r5 1
    o_v30_c7 o_v30_c7_r6 1 o_v30_c7_r7 1
    o_v30_c7 occ_c7 1
    o_v30_c9 o_v30_c9_r0 1 o_v30_c9_r1 1
    o_v30_c9 occ_c9 1
    o_v30_c11 o_v30_c11_r0 1 occ_c11 1
    dy_v30_L1 dy_v30_L1_r0 1 dy_v30_L1_r1 1
    dy_v30_L1 dy_v30_L1_r2 1 heads_L1 1
    dy_v30_L2 dy_v30_L2_r0 1 heads_L2 1
    o_v32_c7 o_v32_c7_r0 1 o_v32_c7_r1 1
    o_v32_c7 o_v32_c7_r2 1 o_v32_c7_r3 1
    o_v32_c7 o_v32_c7_r4 1 o_v32_c7_r5 1
    o_v32_c7 o_v32_c7_r6 1 o_v32_c7_r7 1
    o_v32_c7 o_v32_c7_r8 1 o_v32_c7_r9 1
    o_v32_c7 o_v32_c7_r10 1 occ_c7 1
    o_v32_c9 o_v32_c9_r0 1 o_v32_c9_r1 1
    o_v32_c9 occ_c9 1
    o_v32_c11 o_v32_c11_r0 1 occ_c11 1
    dy_v32_L1 dy_v32_L1_r0 1 dy_v32_L1_r1 1
    dy_v32_L1 dy_v32_L1_r2 1 heads_L1 1
    dy_v32_L2 dy_v32_L2_r0 1 heads_L2 1
    o_v34_c7 o_v34_c7_r0 1 o_v34_c7_r1 1
    o_v34_c7 o_v34_c7_r2 1 o_v34_c7_r3 1
    o_v34_c7 o_v34_c7_r4 1 o_v34_c7_r5 1
    o_v34_c7 o_v34_c7_r6 1 o_v34_c7_r7 1
    o_v34_c7 o_v34_c7_r8 1 o_v34_c7_r9 1
    o_v34_c7 o_v34_c7_r10 1 o_v34_c7_r11 1
    o_v34_c7 o_v34_c7_r12 1 occ_c7 1
    o_v34_c9 o_v34_c9_r0 1 occ_c9 1
    dy_v34_L1 dy_v34_L1_r0 1 dy_v34_L1_r1 1
    dy_v34_L1 dy_v34_L1_r2 1 heads_L1 1
    dy_v34_L2 dy_v34_L2_r0 1 heads_L2 1
    o_v35_c7 o_v35_c7_r0 1 o_v35_c7_r1 1
    o_v35_c7 o_v35_c7_r2 1 o_v35_c7_r3 1
    o_v35_c7 o_v35_c7_r4 1 o_v35_c7_r5 1
    o_v35_c7 o_v35_c7_r6 1 o_v35_c7_r7 1
    o_v35_c7 o_v35_c7_r8 1 o_v35_c7_r9 1
    o_v35_c7 occ_c7 1
    o_v35_c9 o_v35_c9_r0 1 occ_c9 1
    dy_v35_L1 dy_v35_L1_r0 1 dy_v35_L1_r1 1
    dy_v35_L1 dy_v35_L1_r2 1 heads_L1 1
    dy_v35_L2 dy_v35_L2_r0 1 heads_L2 1
    o_v36_c7 o_v36_c7_r0 1 o_v36_c7_r1 1
    o_v36_c7 o_v36_c7_r2 1 o_v36_c7_r3 1
    o_v36_c7 o_v36_c7_r4 1 o_v36_c7_r5 1
    o_v36_c7 o_v36_c7_r6 1 occ_c7 1
    o_v36_c9 o_v36_c9_r0 1 occ_c9 1
    dy_v36_L1 dy_v36_L1_r0 1 dy_v36_L1_r1 1
    dy_v36_L1 dy_v36_L1_r2 1 heads_L1 1
    dy_v36_L2 dy_v36_L2_r0 1 heads_L2 1
    o_v37_c7 o_v37_c7_r0 1 o_v37_c7_r1 1
    o_v37_c7 o_v37_c7_r2 1 o_v37_c7_r3 1
    o_v37_c7 occ_c7 1
    o_v37_c9 o_v37_c9_r0 1 occ_c9 1
    dy_v37_L1 dy_v37_L1_r0 1 dy_v37_L1_r1 1
    dy_v37_L1 dy_v37_L1_r2 1 heads_L1 1
    dy_v37_L2 dy_v37_L2_r0 1 heads_L2 1
    o_v38_c7 o_v38_c7_r0 1 occ_c7 1
    o_v38_c9 o_v38_c9_r0 1 occ_c9 1
    dy_v38_L1 dy_v38_L1_r0 1 dy_v38_L1_r1 1
    dy_v38_L1 dy_v38_L1_r2 1 heads_L1 1
    dy_v38_L2 dy_v38_L2_r0 1 heads_L2 1
    o_v39_c7 o_v39_c7_r0 1 occ_c7 1
    o_v39_c9 o_v39_c9_r0 1 occ_c9 1
    dy_v39_L1 dy_v39_L1_r0 1 dy_v39_L1_r1 1
    dy_v39_L1 dy_v39_L1_r2 1 heads_L1 1
    dy_v39_L2 dy_v39_L2_r0 1 heads_L2 1
    o_v40_c7 o_v40_c7_r0 1 occ_c7 1
    o_v40_c9 o_v40_c9_r0 1 occ_c9 1
    dy_v40_L1 dy_v40_L1_r0 1 dy_v40_L1_r1 1
    dy_v40_L1 dy_v40_L1_r2 1 heads_L1 1
    dy_v40_L2 dy_v40_L2_r0 1 heads_L2 1
    o_v41_c7 o_v41_c7_r0 1 occ_c7 1
    o_v41_c9 o_v41_c9_r0 1 occ_c9 1
    dy_v41_L1 dy_v41_L1_r0 1 dy_v41_L1_r1 1
    dy_v41_L1 dy_v41_L1_r2 1 heads_L1 1
    dy_v41_L2 dy_v41_L2_r0 1 heads_L2 1
    o_v42_c7 o_v42_c7_r0 1 occ_c7 1
    o_v42_c9 o_v42_c9_r0 1 occ_c9 1
    dy_v42_L1 dy_v42_L1_r0 1 dy_v42_L1_r1 1
    dy_v42_L1 dy_v42_L1_r2 1 heads_L1 1
    dy_v42_L2 dy_v42_L2_r0 1 heads_L2 1
    o_v43_c7 o_v43_c7_r0 1 occ_c7 1
    o_v43_c9 o_v43_c9_r0 1 occ_c9 1
    dy_v43_L1 dy_v43_L1_r0 1 dy_v43_L1_r1 1
    dy_v43_L1 dy_v43_L1_r2 1 heads_L1 1
    dy_v43_L2 dy_v43_L2_r0 1 heads_L2 1
    o_v44_c7 o_v44_c7_r0 1 occ_c7 1
    o_v44_c9 o_v44_c9_r0 1 occ_c9 1
    dy_v44_L1 dy_v44_L1_r0 1 dy_v44_L1_r1 1
    dy_v44_L1 dy_v44_L1_r2 1 heads_L1 1
    dy_v44_L2 dy_v44_L2_r0 1 heads_L2 1
    o_v45_c7 o_v45_c7_r0 1 occ_c7 1
    o_v45_c9 o_v45_c9_r0 1 occ_c9 1
    dy_v45_L1 dy_v45_L1_r0 1 dy_v45_L1_r1 1
    dy_v45_L1 dy_v45_L1_r2 1 heads_L1 1
    dy_v45_L2 dy_v45_L2_r0 1 heads_L2 1
    o_v46_c7 o_v46_c7_r0 1 occ_c7 1
    o_v46_c9 o_v46_c9_r0 1 occ_c9 1
    dy_v46_L1 dy_v46_L1_r0 1 dy_v46_L1_r1 1
    dy_v46_L1 heads_L1 1
    dy_v46_L2 dy_v46_L2_r0 1 heads_L2 1
    o_v47_c3 o_v47_c3_r0 1 occ_c3 1
    o_v47_c5 o_v47_c5_r0 1 o_v47_c5_r1 1
    o_v47_c5 occ_c5 1
    o_v47_c7 o_v47_c7_r0 1 o_v47_c7_r1 1
    o_v47_c7 occ_c7 1
    o_v47_c9 o_v47_c9_r0 1 occ_c9 1
    o_v48_c3 o_v48_c3_r0 1 occ_c3 1
    o_v48_c5 o_v48_c5_r0 1 o_v48_c5_r1 1
    o_v48_c5 occ_c5 1
    o_v48_c7 o_v48_c7_r0 1 o_v48_c7_r1 1
    o_v48_c7 occ_c7 1
    o_v48_c9 o_v48_c9_r0 1 occ_c9 1
    o_v49_c3 o_v49_c3_r0 1 occ_c3 1
    o_v49_c5 o_v49_c5_r0 1 o_v49_c5_r1 1
    o_v49_c5 occ_c5 1
    o_v49_c7 o_v49_c7_r0 1 o_v49_c7_r1 1
    o_v49_c7 occ_c7 1
    o_v49_c9 o_v49_c9_r0 1 occ_c9 1
    o_v50_c3 o_v50_c3_r0 1 o_v50_c3_r1 1
    o_v50_c3 occ_c3 1
    o_v50_c5 o_v50_c5_r0 1 o_v50_c5_r1 1
    o_v50_c5 occ_c5 1
    o_v50_c7 o_v50_c7_r0 1 o_v50_c7_r1 1
    o_v50_c7 occ_c7 1
    o_v50_c9 o_v50_c9_r0 1 o_v50_c9_r1 1
    o_v50_c9 occ_c9 1
    o_v50_c11 o_v50_c11_r0 1 o_v50_c11_r1 1
    o_v50_c11 occ_c11 1
    o_v51_c3 o_v51_c3_r0 1 occ_c3 1
    o_v51_c5 o_v51_c5_r0 1 o_v51_c5_r1 1
    o_v51_c5 occ_c5 1
    o_v51_c7 o_v51_c7_r0 1 o_v51_c7_r1 1
    o_v51_c7 occ_c7 1
    o_v51_c9 o_v51_c9_r0 1 occ_c9 1
    o_v52_c3 o_v52_c3_r0 1 occ_c3 1
    o_v52_c5 o_v52_c5_r0 1 o_v52_c5_r1 1
    o_v52_c5 occ_c5 1
    o_v52_c7 o_v52_c7_r0 1 o_v52_c7_r1 1
    o_v52_c7 occ_c7 1
    o_v52_c9 o_v52_c9_r0 1 occ_c9 1
    o_v53_c3 o_v53_c3_r0 1 occ_c3 1
    o_v53_c5 o_v53_c5_r0 1 o_v53_c5_r1 1
    o_v53_c5 occ_c5 1
    o_v53_c7 o_v53_c7_r0 1 o_v53_c7_r1 1
    o_v53_c7 occ_c7 1
    o_v53_c9 o_v53_c9_r0 1 occ_c9 1
    o_v54_c3 o_v54_c3_r0 1 o_v54_c3_r1 1
    o_v54_c3 occ_c3 1
    o_v54_c5 o_v54_c5_r0 1 o_v54_c5_r1 1
    o_v54_c5 occ_c5 1
    o_v54_c7 o_v54_c7_r0 1 o_v54_c7_r1 1
    o_v54_c7 occ_c7 1
    o_v54_c9 o_v54_c9_r0 1 o_v54_c9_r1 1
    o_v54_c9 occ_c9 1
    o_v54_c11 o_v54_c11_r0 1 o_v54_c11_r1 1
    o_v54_c11 occ_c11 1
    o_v55_c3 o_v55_c3_r0 1 occ_c3 1
    o_v55_c5 o_v55_c5_r0 1 o_v55_c5_r1 1
    o_v55_c5 occ_c5 1
    o_v55_c7 o_v55_c7_r0 1 o_v55_c7_r1 1
    o_v55_c7 occ_c7 1
    o_v55_c9 o_v55_c9_r0 1 occ_c9 1
    o_v56_c3 o_v56_c3_r0 1 occ_c3 1
    o_v56_c5 o_v56_c5_r0 1 o_v56_c5_r1 1
    o_v56_c5 occ_c5 1
    o_v56_c7 o_v56_c7_r0 1 o_v56_c7_r1 1
    o_v56_c7 occ_c7 1
    o_v56_c9 o_v56_c9_r0 1 occ_c9 1
    o_v57_c3 o_v57_c3_r0 1 occ_c3 1
    o_v57_c5 o_v57_c5_r0 1 o_v57_c5_r1 1
    o_v57_c5 occ_c5 1
    o_v57_c7 o_v57_c7_r0 1 o_v57_c7_r1 1
    o_v57_c7 occ_c7 1
    o_v57_c9 o_v57_c9_r0 1 occ_c9 1
    o_v58_c3 o_v58_c3_r0 1 o_v58_c3_r1 1
    o_v58_c3 occ_c3 1
    o_v58_c5 o_v58_c5_r0 1 o_v58_c5_r1 1
    o_v58_c5 occ_c5 1
    o_v58_c7 o_v58_c7_r0 1 o_v58_c7_r1 1
    o_v58_c7 occ_c7 1
    o_v58_c9 o_v58_c9_r0 1 o_v58_c9_r1 1
    o_v58_c9 occ_c9 1
    o_v58_c11 o_v58_c11_r0 1 o_v58_c11_r1 1
    o_v58_c11 occ_c11 1
    o_v59_c3 o_v59_c3_r0 1 occ_c3 1
    o_v59_c5 o_v59_c5_r0 1 o_v59_c5_r1 1
    o_v59_c5 occ_c5 1
    o_v59_c7 o_v59_c7_r0 1 o_v59_c7_r1 1
    o_v59_c7 occ_c7 1
    o_v59_c9 o_v59_c9_r0 1 occ_c9 1
    o_v60_c3 o_v60_c3_r0 1 occ_c3 1
    o_v60_c5 o_v60_c5_r0 1 o_v60_c5_r1 1
    o_v60_c5 occ_c5 1
    o_v60_c7 o_v60_c7_r0 1 o_v60_c7_r1 1
    o_v60_c7 occ_c7 1
    o_v60_c9 o_v60_c9_r0 1 occ_c9 1
    o_v61_c3 o_v61_c3_r0 1 occ_c3 1
    o_v61_c5 o_v61_c5_r0 1 o_v61_c5_r1 1
    o_v61_c5 occ_c5 1
    o_v61_c7 o_v61_c7_r0 1 o_v61_c7_r1 1
    o_v61_c7 occ_c7 1
    o_v61_c9 o_v61_c9_r0 1 occ_c9 1
    o_v62_c3 o_v62_c3_r0 1 o_v62_c3_r1 1
    o_v62_c3 occ_c3 1
    o_v62_c5 o_v62_c5_r0 1 o_v62_c5_r1 1
    o_v62_c5 occ_c5 1
    o_v62_c7 o_v62_c7_r0 1 o_v62_c7_r1 1
    o_v62_c7 occ_c7 1
    o_v62_c9 o_v62_c9_r0 1 o_v62_c9_r1 1
    o_v62_c9 occ_c9 1
    o_v62_c11 o_v62_c11_r0 1 o_v62_c11_r1 1
    o_v62_c11 occ_c11 1
    o_v63_c7 o_v63_c7_r0 1 occ_c7 1
    o_v63_c9 o_v63_c9_r0 1 o_v63_c9_r1 1
    o_v63_c9 occ_c9 1
    o_v63_c11 o_v63_c11_r0 1 occ_c11 1
    o_v64_c7 o_v64_c7_r0 1 occ_c7 1
    o_v64_c9 o_v64_c9_r0 1 o_v64_c9_r1 1
    o_v64_c9 occ_c9 1
    o_v64_c11 o_v64_c11_r0 1 occ_c11 1
    o_v66_c3 o_v66_c3_r0 1 occ_c3 1
    o_v66_c5 o_v66_c5_r0 1 o_v66_c5_r1 1
    o_v66_c5 occ_c5 1
    o_v66_c7 o_v66_c7_r0 1 o_v66_c7_r1 1
    o_v66_c7 occ_c7 1
    o_v66_c9 o_v66_c9_r0 1 occ_c9 1
    o_v67_c3 o_v67_c3_r0 1 occ_c3 1
    o_v67_c5 o_v67_c5_r0 1 o_v67_c5_r1 1
    o_v67_c5 occ_c5 1
    o_v67_c7 o_v67_c7_r0 1 o_v67_c7_r1 1
    o_v67_c7 occ_c7 1
    o_v67_c9 o_v67_c9_r0 1 occ_c9 1
    o_v68_c3 o_v68_c3_r0 1 occ_c3 1
    o_v68_c5 o_v68_c5_r0 1 o_v68_c5_r1 1
    o_v68_c5 occ_c5 1
    o_v68_c7 o_v68_c7_r0 1 o_v68_c7_r1 1
    o_v68_c7 occ_c7 1
    o_v68_c9 o_v68_c9_r0 1 occ_c9 1
    o_v69_c3 o_v69_c3_r0 1 o_v69_c3_r1 1
    o_v69_c3 occ_c3 1
    o_v69_c5 o_v69_c5_r0 1 o_v69_c5_r1 1
    o_v69_c5 occ_c5 1
    o_v69_c7 o_v69_c7_r0 1 o_v69_c7_r1 1
    o_v69_c7 occ_c7 1
    o_v69_c9 o_v69_c9_r0 1 o_v69_c9_r1 1
    o_v69_c9 occ_c9 1
    o_v69_c11 o_v69_c11_r0 1 o_v69_c11_r1 1
    o_v69_c11 occ_c11 1
    o_v70_c3 o_v70_c3_r0 1 occ_c3 1
    o_v70_c5 o_v70_c5_r0 1 o_v70_c5_r1 1
    o_v70_c5 occ_c5 1
    o_v70_c7 o_v70_c7_r0 1 o_v70_c7_r1 1
    o_v70_c7 occ_c7 1
    o_v70_c9 o_v70_c9_r0 1 occ_c9 1
    o_v71_c3 o_v71_c3_r0 1 occ_c3 1
    o_v71_c5 o_v71_c5_r0 1 o_v71_c5_r1 1
    o_v71_c5 occ_c5 1
    o_v71_c7 o_v71_c7_r0 1 o_v71_c7_r1 1
    o_v71_c7 occ_c7 1
    o_v71_c9 o_v71_c9_r0 1 occ_c9 1
    o_v72_c3 o_v72_c3_r0 1 occ_c3 1
    o_v72_c5 o_v72_c5_r0 1 o_v72_c5_r1 1
    o_v72_c5 occ_c5 1
    o_v72_c7 o_v72_c7_r0 1 o_v72_c7_r1 1
    o_v72_c7 occ_c7 1
    o_v72_c9 o_v72_c9_r0 1 occ_c9 1
    o_v73_c3 o_v73_c3_r0 1 o_v73_c3_r1 1
    o_v73_c3 occ_c3 1
    o_v73_c5 o_v73_c5_r0 1 o_v73_c5_r1 1
    o_v73_c5 occ_c5 1
    o_v73_c7 o_v73_c7_r0 1 o_v73_c7_r1 1
    o_v73_c7 occ_c7 1
    o_v73_c9 o_v73_c9_r0 1 o_v73_c9_r1 1
    o_v73_c9 occ_c9 1
    o_v73_c11 o_v73_c11_r0 1 o_v73_c11_r1 1
    o_v73_c11 occ_c11 1
    o_v74_c3 o_v74_c3_r0 1 occ_c3 1
    o_v74_c5 o_v74_c5_r0 1 o_v74_c5_r1 1
    o_v74_c5 occ_c5 1
    o_v74_c7 o_v74_c7_r0 1 o_v74_c7_r1 1
    o_v74_c7 occ_c7 1
    o_v74_c9 o_v74_c9_r0 1 occ_c9 1
    o_v75_c3 o_v75_c3_r0 1 occ_c3 1
    o_v75_c5 o_v75_c5_r0 1 o_v75_c5_r1 1
    o_v75_c5 occ_c5 1
    o_v75_c7 o_v75_c7_r0 1 o_v75_c7_r1 1
    o_v75_c7 occ_c7 1
    o_v75_c9 o_v75_c9_r0 1 occ_c9 1
    o_v76_c3 o_v76_c3_r0 1 occ_c3 1
    o_v76_c5 o_v76_c5_r0 1 o_v76_c5_r1 1
    o_v76_c5 occ_c5 1
    o_v76_c7 o_v76_c7_r0 1 o_v76_c7_r1 1
    o_v76_c7 occ_c7 1
    o_v76_c9 o_v76_c9_r0 1 occ_c9 1
    o_v77_c3 o_v77_c3_r0 1 o_v77_c3_r1 1
    o_v77_c3 occ_c3 1
    o_v77_c5 o_v77_c5_r0 1 o_v77_c5_r1 1
    o_v77_c5 occ_c5 1
    o_v77_c7 o_v77_c7_r0 1 o_v77_c7_r1 1
    o_v77_c7 occ_c7 1
    o_v77_c9 o_v77_c9_r0 1 o_v77_c9_r1 1
    o_v77_c9 occ_c9 1
    o_v77_c11 o_v77_c11_r0 1 o_v77_c11_r1 1
    o_v77_c11 occ_c11 1
    o_v78_c3 o_v78_c3_r0 1 occ_c3 1
    o_v78_c5 o_v78_c5_r0 1 o_v78_c5_r1 1
    o_v78_c5 occ_c5 1
    o_v78_c7 o_v78_c7_r0 1 o_v78_c7_r1 1
    o_v78_c7 occ_c7 1
    o_v78_c9 o_v78_c9_r0 1 occ_c9 1
    o_v79_c3 o_v79_c3_r0 1 occ_c3 1
    o_v79_c5 o_v79_c5_r0 1 o_v79_c5_r1 1
    o_v79_c5 occ_c5 1
    o_v79_c7 o_v79_c7_r0 1 o_v79_c7_r1 1
    o_v79_c7 occ_c7 1
    o_v79_c9 o_v79_c9_r0 1 occ_c9 1
    o_v80_c3 o_v80_c3_r0 1 occ_c3 1
    o_v80_c5 o_v80_c5_r0 1 o_v80_c5_r1 1
    o_v80_c5 occ_c5 1
    o_v80_c7 o_v80_c7_r0 1 o_v80_c7_r1 1
    o_v80_c7 occ_c7 1
    o_v80_c9 o_v80_c9_r0 1 occ_c9 1
    o_v81_c3 o_v81_c3_r0 1 o_v81_c3_r1 1
    o_v81_c3 occ_c3 1
    o_v81_c5 o_v81_c5_r0 1 o_v81_c5_r1 1
    o_v81_c5 occ_c5 1
    o_v81_c7 o_v81_c7_r0 1 o_v81_c7_r1 1
    o_v81_c7 occ_c7 1
    o_v81_c9 o_v81_c9_r0 1 o_v81_c9_r1 1
    o_v81_c9 occ_c9 1
    o_v81_c11 o_v81_c11_r0 1 o_v81_c11_r1 1
    o_v81_c11 occ_c11 1
    o_v82_c7 o_v82_c7_r0 1 occ_c7 1
    o_v82_c9 o_v82_c9_r0 1 o_v82_c9_r1 1
    o_v82_c9 occ_c9 1
    o_v82_c11 o_v82_c11_r0 1 occ_c11 1
    o_v83_c7 o_v83_c7_r0 1 occ_c7 1
    o_v83_c9 o_v83_c9_r0 1 o_v83_c9_r1 1
    o_v83_c9 occ_c9 1
    o_v83_c11 o_v83_c11_r0 1 occ_c11 1
    o_v85_c3 o_v85_c3_r0 1 occ_c3 1
    o_v85_c5 o_v85_c5_r0 1 o_v85_c5_r1 1
    o_v85_c5 occ_c5 1
    o_v85_c7 o_v85_c7_r0 1 o_v85_c7_r1 1
    o_v85_c7 occ_c7 1
    o_v85_c9 o_v85_c9_r0 1 occ_c9 1
    o_v86_c3 o_v86_c3_r0 1 occ_c3 1
    o_v86_c5 o_v86_c5_r0 1 o_v86_c5_r1 1
    o_v86_c5 occ_c5 1
    o_v86_c7 o_v86_c7_r0 1 o_v86_c7_r1 1
    o_v86_c7 occ_c7 1
    o_v86_c9 o_v86_c9_r0 1 occ_c9 1
    o_v87_c3 o_v87_c3_r0 1 occ_c3 1
    o_v87_c5 o_v87_c5_r0 1 o_v87_c5_r1 1
    o_v87_c5 occ_c5 1
    o_v87_c7 o_v87_c7_r0 1 o_v87_c7_r1 1
    o_v87_c7 occ_c7 1
    o_v87_c9 o_v87_c9_r0 1 occ_c9 1
    o_v88_c3 o_v88_c3_r0 1 o_v88_c3_r1 1
    o_v88_c3 occ_c3 1
    o_v88_c5 o_v88_c5_r0 1 o_v88_c5_r1 1
    o_v88_c5 occ_c5 1
    o_v88_c7 o_v88_c7_r0 1 o_v88_c7_r1 1
    o_v88_c7 occ_c7 1
    o_v88_c9 o_v88_c9_r0 1 o_v88_c9_r1 1
    o_v88_c9 occ_c9 1
    o_v88_c11 o_v88_c11_r0 1 o_v88_c11_r1 1
    o_v88_c11 occ_c11 1
    o_v89_c3 o_v89_c3_r0 1 occ_c3 1
    o_v89_c5 o_v89_c5_r0 1 o_v89_c5_r1 1
    o_v89_c5 occ_c5 1
    o_v89_c7 o_v89_c7_r0 1 o_v89_c7_r1 1
    o_v89_c7 occ_c7 1
    o_v89_c9 o_v89_c9_r0 1 occ_c9 1
    o_v90_c3 o_v90_c3_r0 1 occ_c3 1
    o_v90_c5 o_v90_c5_r0 1 o_v90_c5_r1 1
    o_v90_c5 occ_c5 1
    o_v90_c7 o_v90_c7_r0 1 o_v90_c7_r1 1
    o_v90_c7 occ_c7 1
    o_v90_c9 o_v90_c9_r0 1 occ_c9 1
    o_v91_c3 o_v91_c3_r0 1 occ_c3 1
    o_v91_c5 o_v91_c5_r0 1 o_v91_c5_r1 1
    o_v91_c5 occ_c5 1
    o_v91_c7 o_v91_c7_r0 1 o_v91_c7_r1 1
    o_v91_c7 occ_c7 1
    o_v91_c9 o_v91_c9_r0 1 occ_c9 1
    o_v92_c3 o_v92_c3_r0 1 o_v92_c3_r1 1
    o_v92_c3 occ_c3 1
    o_v92_c5 o_v92_c5_r0 1 o_v92_c5_r1 1
    o_v92_c5 occ_c5 1
    o_v92_c7 o_v92_c7_r0 1 o_v92_c7_r1 1
    o_v92_c7 occ_c7 1
    o_v92_c9 o_v92_c9_r0 1 o_v92_c9_r1 1
    o_v92_c9 occ_c9 1
    o_v92_c11 o_v92_c11_r0 1 o_v92_c11_r1 1
    o_v92_c11 occ_c11 1
    o_v93_c3 o_v93_c3_r0 1 occ_c3 1
    o_v93_c5 o_v93_c5_r0 1 o_v93_c5_r1 1
    o_v93_c5 occ_c5 1
    o_v93_c7 o_v93_c7_r0 1 o_v93_c7_r1 1
    o_v93_c7 occ_c7 1
    o_v93_c9 o_v93_c9_r0 1 occ_c9 1
    o_v94_c3 o_v94_c3_r0 1 occ_c3 1
    o_v94_c5 o_v94_c5_r0 1 o_v94_c5_r1 1
    o_v94_c5 occ_c5 1
    o_v94_c7 o_v94_c7_r0 1 o_v94_c7_r1 1
    o_v94_c7 occ_c7 1
    o_v94_c9 o_v94_c9_r0 1 occ_c9 1
    o_v95_c3 o_v95_c3_r0 1 occ_c3 1
    o_v95_c5 o_v95_c5_r0 1 o_v95_c5_r1 1
    o_v95_c5 occ_c5 1
    o_v95_c7 o_v95_c7_r0 1 o_v95_c7_r1 1
    o_v95_c7 occ_c7 1
    o_v95_c9 o_v95_c9_r0 1 occ_c9 1
    o_v96_c3 o_v96_c3_r0 1 o_v96_c3_r1 1
    o_v96_c3 occ_c3 1
    o_v96_c5 o_v96_c5_r0 1 o_v96_c5_r1 1
    o_v96_c5 occ_c5 1
    o_v96_c7 o_v96_c7_r0 1 o_v96_c7_r1 1
    o_v96_c7 occ_c7 1
    o_v96_c9 o_v96_c9_r0 1 o_v96_c9_r1 1
    o_v96_c9 occ_c9 1
    o_v96_c11 o_v96_c11_r0 1 o_v96_c11_r1 1
    o_v96_c11 occ_c11 1
    o_v97_c3 o_v97_c3_r0 1 occ_c3 1
    o_v97_c5 o_v97_c5_r0 1 o_v97_c5_r1 1
    o_v97_c5 occ_c5 1
    o_v97_c7 o_v97_c7_r0 1 o_v97_c7_r1 1
    o_v97_c7 occ_c7 1
    o_v97_c9 o_v97_c9_r0 1 occ_c9 1
    o_v98_c3 o_v98_c3_r0 1 occ_c3 1
    o_v98_c5 o_v98_c5_r0 1 o_v98_c5_r1 1
    o_v98_c5 occ_c5 1
    o_v98_c7 o_v98_c7_r0 1 o_v98_c7_r1 1
    o_v98_c7 occ_c7 1
    o_v98_c9 o_v98_c9_r0 1 occ_c9 1
    o_v99_c3 o_v99_c3_r0 1 occ_c3 1
    o_v99_c5 o_v99_c5_r0 1 o_v99_c5_r1 1
    o_v99_c5 occ_c5 1
    o_v99_c7 o_v99_c7_r0 1 o_v99_c7_r1 1
    o_v99_c7 occ_c7 1
    o_v99_c9 o_v99_c9_r0 1 occ_c9 1
    o_v100_c3 o_v100_c3_r0 1 o_v100_c3_r1 1
    o_v100_c3 occ_c3 1
    o_v100_c5 o_v100_c5_r0 1 o_v100_c5_r1 1
    o_v100_c5 occ_c5 1
    o_v100_c7 o_v100_c7_r0 1 o_v100_c7_r1 1
    o_v100_c7 occ_c7 1
    o_v100_c9 o_v100_c9_r0 1 o_v100_c9_r1 1
    o_v100_c9 occ_c9 1
    o_v100_c11 o_v100_c11_r0 1 o_v100_c11_r1 1
    o_v100_c11 occ_c11 1
    o_v101_c7 o_v101_c7_r0 1 occ_c7 1
    o_v101_c9 o_v101_c9_r0 1 o_v101_c9_r1 1
    o_v101_c9 occ_c9 1
    o_v101_c11 o_v101_c11_r0 1 occ_c11 1
    o_v102_c7 o_v102_c7_r0 1 occ_c7 1
    o_v102_c9 o_v102_c9_r0 1 o_v102_c9_r1 1
    o_v102_c9 occ_c9 1
    o_v102_c11 o_v102_c11_r0 1 occ_c11 1
    o_v104_c3 o_v104_c3_r0 1 occ_c3 1
    o_v104_c5 o_v104_c5_r0 1 o_v104_c5_r1 1
    o_v104_c5 occ_c5 1
    o_v104_c7 o_v104_c7_r0 1 o_v104_c7_r1 1
    o_v104_c7 occ_c7 1
    o_v104_c9 o_v104_c9_r0 1 occ_c9 1
    o_v105_c3 o_v105_c3_r0 1 occ_c3 1
    o_v105_c5 o_v105_c5_r0 1 o_v105_c5_r1 1
    o_v105_c5 occ_c5 1
    o_v105_c7 o_v105_c7_r0 1 o_v105_c7_r1 1
    o_v105_c7 occ_c7 1
    o_v105_c9 o_v105_c9_r0 1 occ_c9 1
    o_v106_c3 o_v106_c3_r0 1 occ_c3 1
    o_v106_c5 o_v106_c5_r0 1 o_v106_c5_r1 1
    o_v106_c5 occ_c5 1
    o_v106_c7 o_v106_c7_r0 1 o_v106_c7_r1 1
    o_v106_c7 occ_c7 1
    o_v106_c9 o_v106_c9_r0 1 occ_c9 1
    o_v107_c3 o_v107_c3_r0 1 o_v107_c3_r1 1
    o_v107_c3 occ_c3 1
    o_v107_c5 o_v107_c5_r0 1 o_v107_c5_r1 1
    o_v107_c5 occ_c5 1
    o_v107_c7 o_v107_c7_r0 1 o_v107_c7_r1 1
    o_v107_c7 occ_c7 1
    o_v107_c9 o_v107_c9_r0 1 o_v107_c9_r1 1
    o_v107_c9 occ_c9 1
    o_v107_c11 o_v107_c11_r0 1 o_v107_c11_r1 1
    o_v107_c11 occ_c11 1
    o_v108_c3 o_v108_c3_r0 1 occ_c3 1
    o_v108_c5 o_v108_c5_r0 1 o_v108_c5_r1 1
    o_v108_c5 occ_c5 1
    o_v108_c7 o_v108_c7_r0 1 o_v108_c7_r1 1
    o_v108_c7 occ_c7 1
    o_v108_c9 o_v108_c9_r0 1 occ_c9 1
    o_v109_c3 o_v109_c3_r0 1 occ_c3 1
    o_v109_c5 o_v109_c5_r0 1 o_v109_c5_r1 1
    o_v109_c5 occ_c5 1
    o_v109_c7 o_v109_c7_r0 1 o_v109_c7_r1 1
    o_v109_c7 occ_c7 1
    o_v109_c9 o_v109_c9_r0 1 occ_c9 1
    o_v110_c3 o_v110_c3_r0 1 occ_c3 1
    o_v110_c5 o_v110_c5_r0 1 o_v110_c5_r1 1
    o_v110_c5 occ_c5 1
    o_v110_c7 o_v110_c7_r0 1 o_v110_c7_r1 1
    o_v110_c7 occ_c7 1
    o_v110_c9 o_v110_c9_r0 1 occ_c9 1
    o_v111_c3 o_v111_c3_r0 1 o_v111_c3_r1 1
    o_v111_c3 occ_c3 1
    o_v111_c5 o_v111_c5_r0 1 o_v111_c5_r1 1
    o_v111_c5 occ_c5 1
    o_v111_c7 o_v111_c7_r0 1 o_v111_c7_r1 1
    o_v111_c7 occ_c7 1
    o_v111_c9 o_v111_c9_r0 1 o_v111_c9_r1 1
    o_v111_c9 occ_c9 1
    o_v111_c11 o_v111_c11_r0 1 o_v111_c11_r1 1
    o_v111_c11 occ_c11 1
    o_v112_c3 o_v112_c3_r0 1 occ_c3 1
    o_v112_c5 o_v112_c5_r0 1 o_v112_c5_r1 1
    o_v112_c5 occ_c5 1
    o_v112_c7 o_v112_c7_r0 1 o_v112_c7_r1 1
    o_v112_c7 occ_c7 1
    o_v112_c9 o_v112_c9_r0 1 occ_c9 1
    o_v113_c3 o_v113_c3_r0 1 occ_c3 1
    o_v113_c5 o_v113_c5_r0 1 o_v113_c5_r1 1
    o_v113_c5 occ_c5 1
    o_v113_c7 o_v113_c7_r0 1 o_v113_c7_r1 1
    o_v113_c7 occ_c7 1
    o_v113_c9 o_v113_c9_r0 1 occ_c9 1
    o_v114_c3 o_v114_c3_r0 1 occ_c3 1
    o_v114_c5 o_v114_c5_r0 1 o_v114_c5_r1 1
    o_v114_c5 occ_c5 1
    o_v114_c7 o_v114_c7_r0 1 o_v114_c7_r1 1
    o_v114_c7 occ_c7 1
    o_v114_c9 o_v114_c9_r0 1 occ_c9 1
    o_v115_c3 o_v115_c3_r0 1 o_v115_c3_r1 1
    o_v115_c3 occ_c3 1
    o_v115_c5 o_v115_c5_r0 1 o_v115_c5_r1 1
    o_v115_c5 occ_c5 1
    o_v115_c7 o_v115_c7_r0 1 o_v115_c7_r1 1
    o_v115_c7 occ_c7 1
    o_v115_c9 o_v115_c9_r0 1 o_v115_c9_r1 1
    o_v115_c9 occ_c9 1
    o_v115_c11 o_v115_c11_r0 1 o_v115_c11_r1 1
    o_v115_c11 occ_c11 1
    o_v116_c3 o_v116_c3_r0 1 occ_c3 1
    o_v116_c5 o_v116_c5_r0 1 o_v116_c5_r1 1
    o_v116_c5 occ_c5 1
    o_v116_c7 o_v116_c7_r0 1 o_v116_c7_r1 1
    o_v116_c7 occ_c7 1
    o_v116_c9 o_v116_c9_r0 1 occ_c9 1
    o_v117_c3 o_v117_c3_r0 1 occ_c3 1
    o_v117_c5 o_v117_c5_r0 1 o_v117_c5_r1 1
    o_v117_c5 occ_c5 1
    o_v117_c7 o_v117_c7_r0 1 o_v117_c7_r1 1
    o_v117_c7 occ_c7 1
    o_v117_c9 o_v117_c9_r0 1 occ_c9 1
    o_v118_c3 o_v118_c3_r0 1 occ_c3 1
    o_v118_c5 o_v118_c5_r0 1 o_v118_c5_r1 1
    o_v118_c5 occ_c5 1
    o_v118_c7 o_v118_c7_r0 1 o_v118_c7_r1 1
    o_v118_c7 occ_c7 1
    o_v118_c9 o_v118_c9_r0 1 occ_c9 1
    o_v119_c3 o_v119_c3_r0 1 o_v119_c3_r1 1
    o_v119_c3 occ_c3 1
    o_v119_c5 o_v119_c5_r0 1 o_v119_c5_r1 1
    o_v119_c5 occ_c5 1
    o_v119_c7 o_v119_c7_r0 1 o_v119_c7_r1 1
    o_v119_c7 occ_c7 1
    o_v119_c9 o_v119_c9_r0 1 o_v119_c9_r1 1
    o_v119_c9 occ_c9 1
    o_v119_c11 o_v119_c11_r0 1 o_v119_c11_r1 1
    o_v119_c11 occ_c11 1
    o_v120_c7 o_v120_c7_r0 1 occ_c7 1
    o_v120_c9 o_v120_c9_r0 1 o_v120_c9_r1 1
    o_v120_c9 occ_c9 1
    o_v120_c11 o_v120_c11_r0 1 occ_c11 1
    o_v121_c7 o_v121_c7_r0 1 occ_c7 1
    o_v121_c9 o_v121_c9_r0 1 o_v121_c9_r1 1
    o_v121_c9 occ_c9 1
    o_v121_c11 o_v121_c11_r0 1 occ_c11 1
    o_v123_c3 o_v123_c3_r0 1 occ_c3 1
    o_v123_c5 o_v123_c5_r0 1 o_v123_c5_r1 1
    o_v123_c5 occ_c5 1
    o_v123_c7 o_v123_c7_r0 1 o_v123_c7_r1 1
    o_v123_c7 occ_c7 1
    o_v123_c9 o_v123_c9_r0 1 o_v123_c9_r1 1
    o_v123_c9 occ_c9 1
    o_v123_c11 o_v123_c11_r0 1 occ_c11 1
    o_v124_c3 o_v124_c3_r0 1 occ_c3 1
    o_v124_c5 o_v124_c5_r0 1 o_v124_c5_r1 1
    o_v124_c5 occ_c5 1
    o_v124_c7 o_v124_c7_r0 1 o_v124_c7_r1 1
    o_v124_c7 occ_c7 1
    o_v124_c9 o_v124_c9_r0 1 o_v124_c9_r1 1
    o_v124_c9 occ_c9 1
    o_v124_c11 o_v124_c11_r0 1 occ_c11 1
    o_v125_c3 o_v125_c3_r0 1 occ_c3 1
    o_v125_c5 o_v125_c5_r0 1 o_v125_c5_r1 1
    o_v125_c5 occ_c5 1
    o_v125_c7 o_v125_c7_r0 1 o_v125_c7_r1 1
    o_v125_c7 occ_c7 1
    o_v125_c9 o_v125_c9_r0 1 o_v125_c9_r1 1
    o_v125_c9 occ_c9 1
    o_v125_c11 o_v125_c11_r0 1 occ_c11 1
    pt_v26_L0 pt_v26_L0_r0 1 heads_L0 1
    pt_v26_L1 pt_v26_L1_r0 1 heads_L1 1
    pt_v26_L2 pt_v26_L2_r0 1 heads_L2 1
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
    RHS assign_g170 1 o_v0_c11_r0 1
    RHS o_v0_c11_r1 1 o_v0_c11_r2 1
    RHS o_v0_c11_r3 1 o_v0_c11_r4 1
    RHS o_v0_c11_r5 1 o_v0_c11_r6 1
    RHS o_v0_c11_r7 1 o_v0_c11_r8 1
    RHS o_v0_c11_r9 1 o_v0_c11_r10 1
    RHS dy_v0_L2_r0 -11 dy_v0_L2_r1 -11
    RHS dy_v0_L2_r2 -11 dy_v0_L2_r3 -11
    RHS dy_v0_L2_r4 -11 dy_v0_L2_r5 -11
    RHS dy_v0_L2_r6 -11 dy_v0_L2_r7 -11
    RHS dy_v0_L2_r8 -11 dy_v0_L2_r9 -11
    RHS dy_v0_L2_r10 -11 dy_v0_L2_r11 -11
    RHS dy_v0_L2_r12 -11 dy_v0_L2_r13 -11
    RHS dy_v0_L2_r14 -11 dy_v0_L2_r15 -11
    RHS dy_v0_L2_r16 -11 dy_v0_L2_r17 -11
    RHS dy_v0_L2_r18 -11 dy_v0_L2_r19 -11
    RHS dy_v0_L2_r20 -11 dy_v0_L2_r21 -11
    RHS dy_v0_L2_r22 -11 dy_v0_L2_r23 -11
    RHS dy_v0_L2_r24 -11 dy_v0_L2_r25 -11
    RHS dy_v0_L2_r26 -11 dy_v0_L2_r27 -11
    RHS dy_v0_L2_r28 -11 dy_v0_L2_r29 -11
    RHS dy_v0_L2_r30 -11 dy_v0_L2_r31 -11
    RHS dy_v0_L2_r32 -11 dy_v0_L2_r33 -11
    RHS o_v5_c3_r0 1 o_v5_c3_r1 1
    RHS o_v5_c5_r0 1 o_v5_c5_r1 1
    RHS o_v5_c7_r0 1 o_v5_c7_r1 1
    RHS o_v5_c9_r0 1 o_v5_c9_r1 1
    RHS dy_v5_L0_r0 -1 dy_v5_L0_r1 -1
    RHS dy_v5_L1_r0 -1 dy_v5_L1_r1 -1
    RHS o_v6_c3_r0 1 o_v6_c5_r0 1
    RHS o_v6_c7_r0 1 o_v6_c9_r0 1
    RHS dy_v6_L0_r1 -1 dy_v6_L0_r2 -1
    RHS dy_v6_L0_r3 -1 o_v22_c7_r0 1
    RHS o_v22_c7_r1 1 o_v22_c7_r2 1
    RHS o_v22_c7_r3 1 o_v22_c7_r4 1
    RHS o_v22_c7_r5 1 o_v22_c7_r6 1
    RHS o_v22_c7_r7 1 o_v22_c7_r8 1
    RHS o_v22_c7_r9 1 o_v22_c7_r10 1
    RHS o_v22_c7_r11 1 o_v22_c7_r12 1
    RHS o_v22_c7_r13 1 o_v22_c7_r14 1
    RHS o_v22_c7_r15 1 o_v22_c9_r0 1
    RHS o_v22_c9_r1 1 o_v22_c9_r2 1
    RHS o_v22_c9_r3 1 o_v22_c9_r4 1
    RHS o_v22_c9_r5 1 o_v22_c9_r6 1
    RHS o_v22_c9_r7 1 o_v22_c9_r8 1
    RHS o_v22_c9_r9 1 o_v22_c9_r10 1
    RHS o_v22_c9_r11 1 o_v22_c9_r12 1
    RHS o_v22_c9_r13 1 o_v22_c9_r14 1
    RHS o_v22_c9_r15 1 dy_v22_L1_r0 -15
    RHS dy_v22_L1_r1 -15 dy_v22_L1_r2 -15
    RHS dy_v22_L1_r3 -15 dy_v22_L1_r4 -15
    RHS dy_v22_L1_r5 -15 dy_v22_L1_r6 -15
    RHS dy_v22_L1_r7 -15 dy_v22_L1_r8 -15
    RHS dy_v22_L1_r9 -15 dy_v22_L1_r10 -15
    RHS dy_v22_L1_r11 -15 dy_v22_L1_r12 -15
    RHS dy_v22_L1_r13 -15 dy_v22_L1_r14 -15
    RHS dy_v22_L1_r15 -15 o_v26_c9_r1 1
    RHS o_v26_c11_r0 1 o_v28_c7_r0 1
    RHS o_v28_c7_r1 1 o_v28_c7_r2 1
    RHS o_v28_c7_r3 1 o_v28_c7_r4 1
    RHS o_v28_c9_r0 1 o_v28_c9_r1 1
    RHS o_v28_c11_r0 1 dy_v28_L1_r0 -4
    RHS dy_v28_L1_r1 -5 dy_v28_L2_r0 -1
    RHS o_v30_c7_r0 1 o_v30_c7_r1 1
    RHS o_v30_c7_r2 1 o_v30_c7_r3 1
    RHS o_v30_c7_r4 1 o_v30_c7_r5 1
    RHS o_v30_c7_r6 1 o_v30_c7_r7 1
    RHS o_v30_c9_r0 1 o_v30_c9_r1 1
    RHS o_v30_c11_r0 1 dy_v30_L1_r0 -7
    RHS dy_v30_L1_r1 -8 dy_v30_L1_r2 -8
    RHS dy_v30_L2_r0 -1 o_v32_c7_r0 1
    RHS o_v32_c7_r1 1 o_v32_c7_r2 1
    RHS o_v32_c7_r3 1 o_v32_c7_r4 1
    RHS o_v32_c7_r5 1 o_v32_c7_r6 1
    RHS o_v32_c7_r7 1 o_v32_c7_r8 1
    RHS o_v32_c7_r9 1 o_v32_c7_r10 1
    RHS o_v32_c9_r0 1 o_v32_c9_r1 1
    RHS o_v32_c11_r0 1 dy_v32_L1_r0 -10
    RHS dy_v32_L1_r1 -11 dy_v32_L1_r2 -11
    RHS dy_v32_L2_r0 -1 o_v34_c7_r0 1
    RHS o_v34_c7_r1 1 o_v34_c7_r2 1
    RHS o_v34_c7_r3 1 o_v34_c7_r4 1
    RHS o_v34_c7_r5 1 o_v34_c7_r6 1
    RHS o_v34_c7_r7 1 o_v34_c7_r8 1
    RHS o_v34_c7_r9 1 o_v34_c7_r10 1
    RHS o_v34_c7_r11 1 o_v34_c7_r12 1
    RHS o_v34_c9_r0 1 dy_v34_L1_r0 -12
    RHS dy_v34_L1_r1 -13 dy_v34_L1_r2 -13
    RHS o_v35_c7_r0 1 o_v35_c7_r1 1
    RHS o_v35_c7_r2 1 o_v35_c7_r3 1
    RHS o_v35_c7_r4 1 o_v35_c7_r5 1
    RHS o_v35_c7_r6 1 o_v35_c7_r7 1
    RHS o_v35_c7_r8 1 o_v35_c7_r9 1
    RHS o_v35_c9_r0 1 dy_v35_L1_r0 -9
    RHS dy_v35_L1_r1 -10 dy_v35_L1_r2 -10
    RHS o_v36_c7_r0 1 o_v36_c7_r1 1
    RHS o_v36_c7_r2 1 o_v36_c7_r3 1
    RHS o_v36_c7_r4 1 o_v36_c7_r5 1
    RHS o_v36_c7_r6 1 o_v36_c9_r0 1
    RHS dy_v36_L1_r0 -6 dy_v36_L1_r1 -7
    RHS dy_v36_L1_r2 -7 o_v37_c7_r0 1
    RHS o_v37_c7_r1 1 o_v37_c7_r2 1
    RHS o_v37_c7_r3 1 o_v37_c9_r0 1
    RHS dy_v37_L1_r0 -3 dy_v37_L1_r1 -4
    RHS dy_v37_L1_r2 -4 o_v38_c7_r0 1
    RHS o_v38_c9_r0 1 dy_v38_L1_r1 -1
    RHS dy_v38_L1_r2 -1 o_v39_c7_r0 1
    RHS o_v39_c9_r0 1 dy_v39_L1_r1 -1
    RHS dy_v39_L1_r2 -1 o_v40_c7_r0 1
    RHS o_v40_c9_r0 1 dy_v40_L1_r1 -1
    RHS dy_v40_L1_r2 -1 o_v41_c7_r0 1
    RHS o_v41_c9_r0 1 dy_v41_L1_r1 -1
    RHS dy_v41_L1_r2 -1 o_v42_c7_r0 1
    RHS o_v42_c9_r0 1 dy_v42_L1_r1 -1
    RHS dy_v42_L1_r2 -1 o_v43_c7_r0 1
    RHS o_v43_c9_r0 1 dy_v43_L1_r1 -1
    RHS dy_v43_L1_r2 -1 o_v44_c7_r0 1
    RHS o_v44_c9_r0 1 dy_v44_L1_r1 -1
    RHS dy_v44_L1_r2 -1 o_v45_c7_r0 1
    RHS o_v45_c9_r0 1 dy_v45_L1_r1 -1
    RHS dy_v45_L1_r2 -1 o_v46_c7_r0 1
    RHS o_v46_c9_r0 1 dy_v46_L1_r1 -1
    RHS o_v47_c7_r1 1 o_v47_c9_r0 1
    RHS o_v48_c7_r1 1 o_v48_c9_r0 1
    RHS o_v49_c7_r1 1 o_v49_c9_r0 1
    RHS o_v50_c9_r0 1 o_v50_c9_r1 1
    RHS o_v50_c11_r0 1 o_v50_c11_r1 1
    RHS o_v51_c7_r1 1 o_v51_c9_r0 1
    RHS o_v52_c7_r1 1 o_v52_c9_r0 1
    RHS o_v53_c7_r1 1 o_v53_c9_r0 1
    RHS o_v54_c9_r0 1 o_v54_c9_r1 1
    RHS o_v54_c11_r0 1 o_v54_c11_r1 1
    RHS o_v55_c7_r1 1 o_v55_c9_r0 1
    RHS o_v56_c7_r1 1 o_v56_c9_r0 1
    RHS o_v57_c7_r1 1 o_v57_c9_r0 1
    RHS o_v58_c9_r0 1 o_v58_c9_r1 1
    RHS o_v58_c11_r0 1 o_v58_c11_r1 1
    RHS o_v59_c7_r1 1 o_v59_c9_r0 1
    RHS o_v60_c7_r1 1 o_v60_c9_r0 1
    RHS o_v61_c7_r1 1 o_v61_c9_r0 1
    RHS o_v62_c9_r0 1 o_v62_c9_r1 1
    RHS o_v62_c11_r0 1 o_v62_c11_r1 1
    RHS o_v66_c7_r1 1 o_v66_c9_r0 1
    RHS o_v67_c7_r1 1 o_v67_c9_r0 1
    RHS o_v68_c7_r1 1 o_v68_c9_r0 1
    RHS o_v69_c9_r0 1 o_v69_c9_r1 1
    RHS o_v69_c11_r0 1 o_v69_c11_r1 1
    RHS o_v70_c7_r1 1 o_v70_c9_r0 1
    RHS o_v71_c7_r1 1 o_v71_c9_r0 1
    RHS o_v72_c7_r1 1 o_v72_c9_r0 1
    RHS o_v73_c9_r0 1 o_v73_c9_r1 1
    RHS o_v73_c11_r0 1 o_v73_c11_r1 1
    RHS o_v74_c7_r1 1 o_v74_c9_r0 1
    RHS o_v75_c7_r1 1 o_v75_c9_r0 1
    RHS o_v76_c7_r1 1 o_v76_c9_r0 1
    RHS o_v77_c9_r0 1 o_v77_c9_r1 1
    RHS o_v77_c11_r0 1 o_v77_c11_r1 1
    RHS o_v78_c7_r1 1 o_v78_c9_r0 1
    RHS o_v79_c7_r1 1 o_v79_c9_r0 1
    RHS o_v80_c7_r1 1 o_v80_c9_r0 1
    RHS o_v81_c9_r0 1 o_v81_c9_r1 1
    RHS o_v81_c11_r0 1 o_v81_c11_r1 1
    RHS o_v85_c7_r1 1 o_v85_c9_r0 1
    RHS o_v86_c7_r1 1 o_v86_c9_r0 1
    RHS o_v87_c7_r1 1 o_v87_c9_r0 1
    RHS o_v88_c9_r0 1 o_v88_c9_r1 1
    RHS o_v88_c11_r0 1 o_v88_c11_r1 1
    RHS o_v89_c7_r1 1 o_v89_c9_r0 1
    RHS o_v90_c7_r1 1 o_v90_c9_r0 1
    RHS o_v91_c7_r1 1 o_v91_c9_r0 1
    RHS o_v92_c9_r0 1 o_v92_c9_r1 1
    RHS o_v92_c11_r0 1 o_v92_c11_r1 1
    RHS o_v93_c7_r1 1 o_v93_c9_r0 1
    RHS o_v94_c7_r1 1 o_v94_c9_r0 1
    RHS o_v95_c7_r1 1 o_v95_c9_r0 1
    RHS o_v96_c9_r0 1 o_v96_c9_r1 1
    RHS o_v96_c11_r0 1 o_v96_c11_r1 1
    RHS o_v97_c7_r1 1 o_v97_c9_r0 1
    RHS o_v98_c7_r1 1 o_v98_c9_r0 1
    RHS o_v99_c7_r1 1 o_v99_c9_r0 1
    RHS o_v100_c9_r0 1 o_v100_c9_r1 1
    RHS o_v100_c11_r0 1 o_v100_c11_r1 1
    RHS o_v104_c7_r1 1 o_v104_c9_r0 1
    RHS o_v105_c7_r1 1 o_v105_c9_r0 1
    RHS o_v106_c7_r1 1 o_v106_c9_r0 1
    RHS o_v107_c9_r0 1 o_v107_c9_r1 1
    RHS o_v107_c11_r0 1 o_v107_c11_r1 1
    RHS o_v108_c7_r1 1 o_v108_c9_r0 1
    RHS o_v109_c7_r1 1 o_v109_c9_r0 1
    RHS o_v110_c7_r1 1 o_v110_c9_r0 1
    RHS o_v111_c9_r0 1 o_v111_c9_r1 1
    RHS o_v111_c11_r0 1 o_v111_c11_r1 1
    RHS o_v112_c7_r1 1 o_v112_c9_r0 1
    RHS o_v113_c7_r1 1 o_v113_c9_r0 1
    RHS o_v114_c7_r1 1 o_v114_c9_r0 1
    RHS o_v115_c9_r0 1 o_v115_c9_r1 1
    RHS o_v115_c11_r0 1 o_v115_c11_r1 1
    RHS o_v116_c7_r1 1 o_v116_c9_r0 1
    RHS o_v117_c7_r1 1 o_v117_c9_r0 1
    RHS o_v118_c7_r1 1 o_v118_c9_r0 1
    RHS o_v119_c9_r0 1 o_v119_c9_r1 1
    RHS o_v119_c11_r0 1 o_v119_c11_r1 1
    RHS occ_c1 -31 occ_c3 -30
    RHS occ_c5 -60 occ_c7 -39
    RHS occ_c9 -74 occ_c11 -81
BOUNDS
 BV BOUND x_g0_p0 1
 BV BOUND x_g0_p4 1
 BV BOUND x_g0_p8 1
 UP BOUND z_g0_p0 1
 UP BOUND z_g0_p4 1
 BV BOUND x_g1_p2 1
 BV BOUND x_g1_p6 1
 BV BOUND x_g1_p10 1
 UP BOUND z_g1_p2 1
 UP BOUND z_g1_p6 1
 BV BOUND x_g2_p2 1
 BV BOUND x_g2_p6 1
 BV BOUND x_g2_p10 1
 UP BOUND z_g2_p2 1
 UP BOUND z_g2_p6 1
 BV BOUND x_g3_p2 1
 BV BOUND x_g3_p6 1
 BV BOUND x_g3_p10 1
 UP BOUND z_g3_p2 1
 UP BOUND z_g3_p6 1
 BV BOUND x_g4_p0 1
 BV BOUND x_g4_p4 1
 BV BOUND x_g4_p8 1
 UP BOUND z_g4_p0 1
 UP BOUND z_g4_p4 1
 BV BOUND x_g5_p2 1
 BV BOUND x_g5_p6 1
 BV BOUND x_g5_p10 1
 UP BOUND z_g5_p2 1
 UP BOUND z_g5_p6 1
 BV BOUND x_g6_p2 1
 BV BOUND x_g6_p6 1
 UP BOUND z_g6_p2 1
 BV BOUND x_g7_p2 1
 BV BOUND x_g7_p6 1
 UP BOUND z_g7_p2 1
 BV BOUND x_g8_p3 1
 BV BOUND x_g8_p5 1
 BV BOUND x_g8_p7 1
 UP BOUND z_g8_p3 1
 UP BOUND z_g8_p5 1
 BV BOUND x_g9_p2 1
 BV BOUND x_g10_p2 1
 BV BOUND x_g11_p3 1
 BV BOUND x_g12_p0 1
 BV BOUND x_g12_p4 1
 BV BOUND x_g12_p8 1
 UP BOUND z_g12_p0 1
 UP BOUND z_g12_p4 1
 BV BOUND x_g13_p1 1
 BV BOUND x_g13_p3 1
 BV BOUND x_g13_p5 1
 BV BOUND x_g13_p7 1
 BV BOUND x_g13_p9 1
 BV BOUND x_g13_p11 1
 UP BOUND z_g13_p1 1
 UP BOUND z_g13_p3 1
 UP BOUND z_g13_p5 1
 UP BOUND z_g13_p7 1
 UP BOUND z_g13_p9 1
 BV BOUND x_g14_p0 1
 BV BOUND x_g15_p0 1
 BV BOUND x_g16_p0 1
 BV BOUND x_g17_p0 1
 BV BOUND x_g18_p0 1
 BV BOUND x_g19_p0 1
 BV BOUND x_g20_p0 1
 BV BOUND x_g21_p0 1
 BV BOUND x_g22_p0 1
 BV BOUND x_g23_p0 1
 BV BOUND x_g24_p0 1
 BV BOUND x_g25_p0 1
 BV BOUND x_g26_p0 1
 BV BOUND x_g27_p0 1
 BV BOUND x_g28_p0 1
 BV BOUND x_g29_p0 1
 BV BOUND x_g30_p2 1
 BV BOUND x_g30_p6 1
 UP BOUND z_g30_p2 1
 BV BOUND x_g31_p2 1
 BV BOUND x_g31_p6 1
 UP BOUND z_g31_p2 1
 BV BOUND x_g32_p2 1
 BV BOUND x_g32_p6 1
 UP BOUND z_g32_p2 1
 BV BOUND x_g33_p3 1
 BV BOUND x_g33_p5 1
 BV BOUND x_g33_p7 1
 BV BOUND x_g33_p9 1
 UP BOUND z_g33_p3 1
 UP BOUND z_g33_p5 1
 UP BOUND z_g33_p7 1
 BV BOUND x_g34_p2 1
 BV BOUND x_g34_p6 1
 UP BOUND z_g34_p2 1
 BV BOUND x_g35_p2 1
 BV BOUND x_g35_p6 1
 UP BOUND z_g35_p2 1
 BV BOUND x_g36_p2 1
 BV BOUND x_g36_p6 1
 UP BOUND z_g36_p2 1
 BV BOUND x_g37_p3 1
 BV BOUND x_g37_p5 1
 BV BOUND x_g37_p7 1
 BV BOUND x_g37_p9 1
 UP BOUND z_g37_p3 1
 UP BOUND z_g37_p5 1
 UP BOUND z_g37_p7 1
 BV BOUND x_g38_p2 1
 BV BOUND x_g38_p6 1
 UP BOUND z_g38_p2 1
 BV BOUND x_g39_p2 1
 BV BOUND x_g39_p6 1
 UP BOUND z_g39_p2 1
 BV BOUND x_g40_p2 1
 BV BOUND x_g40_p6 1
 UP BOUND z_g40_p2 1
 BV BOUND x_g41_p3 1
 BV BOUND x_g41_p5 1
 BV BOUND x_g41_p7 1
 BV BOUND x_g41_p9 1
 UP BOUND z_g41_p3 1
 UP BOUND z_g41_p5 1
 UP BOUND z_g41_p7 1
 BV BOUND x_g42_p2 1
 BV BOUND x_g42_p6 1
 UP BOUND z_g42_p2 1
 BV BOUND x_g43_p2 1
 BV BOUND x_g43_p6 1
 UP BOUND z_g43_p2 1
 BV BOUND x_g44_p2 1
 BV BOUND x_g44_p6 1
 UP BOUND z_g44_p2 1
 BV BOUND x_g45_p3 1
 BV BOUND x_g45_p5 1
 BV BOUND x_g45_p7 1
 BV BOUND x_g45_p9 1
 UP BOUND z_g45_p3 1
 UP BOUND z_g45_p5 1
 UP BOUND z_g45_p7 1
 BV BOUND x_g46_p6 1
 BV BOUND x_g46_p10 1
 UP BOUND z_g46_p6 1
 BV BOUND x_g47_p6 1
 BV BOUND x_g47_p10 1
 UP BOUND z_g47_p6 1
 BV BOUND x_g48_p7 1
 BV BOUND x_g48_p9 1
 BV BOUND x_g48_p11 1
 UP BOUND z_g48_p7 1
 UP BOUND z_g48_p9 1
 BV BOUND x_g49_p2 1
 BV BOUND x_g49_p6 1
 UP BOUND z_g49_p2 1
 BV BOUND x_g50_p2 1
 BV BOUND x_g50_p6 1
 UP BOUND z_g50_p2 1
 BV BOUND x_g51_p2 1
 BV BOUND x_g51_p6 1
 UP BOUND z_g51_p2 1
 BV BOUND x_g52_p3 1
 BV BOUND x_g52_p5 1
 BV BOUND x_g52_p7 1
 BV BOUND x_g52_p9 1
 UP BOUND z_g52_p3 1
 UP BOUND z_g52_p5 1
 UP BOUND z_g52_p7 1
 BV BOUND x_g53_p2 1
 BV BOUND x_g53_p6 1
 UP BOUND z_g53_p2 1
 BV BOUND x_g54_p2 1
 BV BOUND x_g54_p6 1
 UP BOUND z_g54_p2 1
 BV BOUND x_g55_p2 1
 BV BOUND x_g55_p6 1
 UP BOUND z_g55_p2 1
 BV BOUND x_g56_p3 1
 BV BOUND x_g56_p5 1
 BV BOUND x_g56_p7 1
 BV BOUND x_g56_p9 1
 UP BOUND z_g56_p3 1
 UP BOUND z_g56_p5 1
 UP BOUND z_g56_p7 1
 BV BOUND x_g57_p2 1
 BV BOUND x_g57_p6 1
 UP BOUND z_g57_p2 1
 BV BOUND x_g58_p2 1
 BV BOUND x_g58_p6 1
 UP BOUND z_g58_p2 1
 BV BOUND x_g59_p2 1
 BV BOUND x_g59_p6 1
 UP BOUND z_g59_p2 1
 BV BOUND x_g60_p3 1
 BV BOUND x_g60_p5 1
 BV BOUND x_g60_p7 1
 BV BOUND x_g60_p9 1
 UP BOUND z_g60_p3 1
 UP BOUND z_g60_p5 1
 UP BOUND z_g60_p7 1
 BV BOUND x_g61_p2 1
 BV BOUND x_g61_p6 1
 UP BOUND z_g61_p2 1
 BV BOUND x_g62_p2 1
 BV BOUND x_g62_p6 1
 UP BOUND z_g62_p2 1
 BV BOUND x_g63_p2 1
 BV BOUND x_g63_p6 1
 UP BOUND z_g63_p2 1
 BV BOUND x_g64_p3 1
 BV BOUND x_g64_p5 1
 BV BOUND x_g64_p7 1
 BV BOUND x_g64_p9 1
 UP BOUND z_g64_p3 1
 UP BOUND z_g64_p5 1
 UP BOUND z_g64_p7 1
 BV BOUND x_g65_p6 1
 BV BOUND x_g65_p10 1
 UP BOUND z_g65_p6 1
 BV BOUND x_g66_p6 1
 BV BOUND x_g66_p10 1
 UP BOUND z_g66_p6 1
 BV BOUND x_g67_p7 1
 BV BOUND x_g67_p9 1
 BV BOUND x_g67_p11 1
 UP BOUND z_g67_p7 1
 UP BOUND z_g67_p9 1
 BV BOUND x_g68_p2 1
 BV BOUND x_g68_p6 1
 UP BOUND z_g68_p2 1
 BV BOUND x_g69_p2 1
 BV BOUND x_g69_p6 1
 UP BOUND z_g69_p2 1
 BV BOUND x_g70_p2 1
 BV BOUND x_g70_p6 1
 UP BOUND z_g70_p2 1
 BV BOUND x_g71_p3 1
 BV BOUND x_g71_p5 1
 BV BOUND x_g71_p7 1
 BV BOUND x_g71_p9 1
 UP BOUND z_g71_p3 1
 UP BOUND z_g71_p5 1
 UP BOUND z_g71_p7 1
 BV BOUND x_g72_p2 1
 BV BOUND x_g72_p6 1
 UP BOUND z_g72_p2 1
 BV BOUND x_g73_p2 1
 BV BOUND x_g73_p6 1
 UP BOUND z_g73_p2 1
 BV BOUND x_g74_p2 1
 BV BOUND x_g74_p6 1
 UP BOUND z_g74_p2 1
 BV BOUND x_g75_p3 1
 BV BOUND x_g75_p5 1
 BV BOUND x_g75_p7 1
 BV BOUND x_g75_p9 1
 UP BOUND z_g75_p3 1
 UP BOUND z_g75_p5 1
 UP BOUND z_g75_p7 1
 BV BOUND x_g76_p2 1
 BV BOUND x_g76_p6 1
 UP BOUND z_g76_p2 1
 BV BOUND x_g77_p2 1
 BV BOUND x_g77_p6 1
 UP BOUND z_g77_p2 1
 BV BOUND x_g78_p2 1
 BV BOUND x_g78_p6 1
 UP BOUND z_g78_p2 1
 BV BOUND x_g79_p3 1
 BV BOUND x_g79_p5 1
 BV BOUND x_g79_p7 1
 BV BOUND x_g79_p9 1
 UP BOUND z_g79_p3 1
 UP BOUND z_g79_p5 1
 UP BOUND z_g79_p7 1
 BV BOUND x_g80_p2 1
 BV BOUND x_g80_p6 1
 UP BOUND z_g80_p2 1
 BV BOUND x_g81_p2 1
 BV BOUND x_g81_p6 1
 UP BOUND z_g81_p2 1
 BV BOUND x_g82_p2 1
 BV BOUND x_g82_p6 1
 UP BOUND z_g82_p2 1
 BV BOUND x_g83_p3 1
 BV BOUND x_g83_p5 1
 BV BOUND x_g83_p7 1
 BV BOUND x_g83_p9 1
 UP BOUND z_g83_p3 1
 UP BOUND z_g83_p5 1
 UP BOUND z_g83_p7 1
 BV BOUND x_g84_p6 1
 BV BOUND x_g84_p10 1
 UP BOUND z_g84_p6 1
 BV BOUND x_g85_p6 1
 BV BOUND x_g85_p10 1
 UP BOUND z_g85_p6 1
 BV BOUND x_g86_p7 1
 BV BOUND x_g86_p9 1
 BV BOUND x_g86_p11 1
 UP BOUND z_g86_p7 1
 UP BOUND z_g86_p9 1
 BV BOUND x_g87_p2 1
 BV BOUND x_g87_p6 1
 UP BOUND z_g87_p2 1
 BV BOUND x_g88_p2 1
 BV BOUND x_g88_p6 1
 UP BOUND z_g88_p2 1
 BV BOUND x_g89_p2 1
 BV BOUND x_g89_p6 1
 UP BOUND z_g89_p2 1
 BV BOUND x_g90_p3 1
 BV BOUND x_g90_p5 1
 BV BOUND x_g90_p7 1
 BV BOUND x_g90_p9 1
 UP BOUND z_g90_p3 1
 UP BOUND z_g90_p5 1
 UP BOUND z_g90_p7 1
 BV BOUND x_g91_p2 1
 BV BOUND x_g91_p6 1
 UP BOUND z_g91_p2 1
 BV BOUND x_g92_p2 1
 BV BOUND x_g92_p6 1
 UP BOUND z_g92_p2 1
 BV BOUND x_g93_p2 1
 BV BOUND x_g93_p6 1
 UP BOUND z_g93_p2 1
 BV BOUND x_g94_p3 1
 BV BOUND x_g94_p5 1
 BV BOUND x_g94_p7 1
 BV BOUND x_g94_p9 1
 UP BOUND z_g94_p3 1
 UP BOUND z_g94_p5 1
 UP BOUND z_g94_p7 1
 BV BOUND x_g95_p2 1
 BV BOUND x_g95_p6 1
 UP BOUND z_g95_p2 1
 BV BOUND x_g96_p2 1
 BV BOUND x_g96_p6 1
 UP BOUND z_g96_p2 1
 BV BOUND x_g97_p2 1
 BV BOUND x_g97_p6 1
 UP BOUND z_g97_p2 1
 BV BOUND x_g98_p3 1
 BV BOUND x_g98_p5 1
 BV BOUND x_g98_p7 1
 BV BOUND x_g98_p9 1
 UP BOUND z_g98_p3 1
 UP BOUND z_g98_p5 1
 UP BOUND z_g98_p7 1
 BV BOUND x_g99_p2 1
 BV BOUND x_g99_p6 1
 UP BOUND z_g99_p2 1
 BV BOUND x_g100_p2 1
 BV BOUND x_g100_p6 1
 UP BOUND z_g100_p2 1
 BV BOUND x_g101_p2 1
 BV BOUND x_g101_p6 1
 UP BOUND z_g101_p2 1
 BV BOUND x_g102_p3 1
 BV BOUND x_g102_p5 1
 BV BOUND x_g102_p7 1
 BV BOUND x_g102_p9 1
 UP BOUND z_g102_p3 1
 UP BOUND z_g102_p5 1
 UP BOUND z_g102_p7 1
 BV BOUND x_g103_p6 1
 BV BOUND x_g103_p10 1
 UP BOUND z_g103_p6 1
 BV BOUND x_g104_p6 1
 BV BOUND x_g104_p10 1
 UP BOUND z_g104_p6 1
 BV BOUND x_g105_p7 1
 BV BOUND x_g105_p9 1
 BV BOUND x_g105_p11 1
 UP BOUND z_g105_p7 1
 UP BOUND z_g105_p9 1
 BV BOUND x_g106_p2 1
 BV BOUND x_g106_p6 1
 BV BOUND x_g106_p10 1
 UP BOUND z_g106_p2 1
 UP BOUND z_g106_p6 1
 BV BOUND x_g107_p2 1
 BV BOUND x_g107_p6 1
 BV BOUND x_g107_p10 1
 UP BOUND z_g107_p2 1
 UP BOUND z_g107_p6 1
 BV BOUND x_g108_p2 1
 BV BOUND x_g108_p6 1
 BV BOUND x_g108_p10 1
 UP BOUND z_g108_p2 1
 UP BOUND z_g108_p6 1
 BV BOUND x_g109_p3 1
 BV BOUND x_g109_p5 1
 BV BOUND x_g109_p7 1
 BV BOUND x_g109_p9 1
 BV BOUND x_g109_p11 1
 UP BOUND z_g109_p3 1
 UP BOUND z_g109_p5 1
 UP BOUND z_g109_p7 1
 UP BOUND z_g109_p9 1
 BV BOUND x_g110_p4 1
 BV BOUND x_g110_p8 1
 UP BOUND z_g110_p4 1
 BV BOUND x_g111_p4 1
 BV BOUND x_g111_p8 1
 UP BOUND z_g111_p4 1
 BV BOUND x_g112_p4 1
 BV BOUND x_g112_p8 1
 UP BOUND z_g112_p4 1
 BV BOUND x_g113_p4 1
 BV BOUND x_g113_p8 1
 UP BOUND z_g113_p4 1
 BV BOUND x_g114_p4 1
 BV BOUND x_g114_p8 1
 UP BOUND z_g114_p4 1
 BV BOUND x_g115_p4 1
 BV BOUND x_g115_p8 1
 UP BOUND z_g115_p4 1
 BV BOUND x_g116_p4 1
 BV BOUND x_g116_p8 1
 UP BOUND z_g116_p4 1
 BV BOUND x_g117_p4 1
 BV BOUND x_g117_p8 1
 UP BOUND z_g117_p4 1
 BV BOUND x_g118_p4 1
 BV BOUND x_g118_p8 1
 UP BOUND z_g118_p4 1
 BV BOUND x_g119_p4 1
 BV BOUND x_g119_p8 1
 UP BOUND z_g119_p4 1
 BV BOUND x_g120_p4 1
 BV BOUND x_g120_p8 1
 UP BOUND z_g120_p4 1
 BV BOUND x_g121_p4 1
 BV BOUND x_g121_p8 1
 UP BOUND z_g121_p4 1
 BV BOUND x_g122_p4 1
 BV BOUND x_g122_p8 1
 UP BOUND z_g122_p4 1
 BV BOUND x_g123_p4 1
 BV BOUND x_g123_p8 1
 UP BOUND z_g123_p4 1
 BV BOUND x_g124_p4 1
 BV BOUND x_g124_p8 1
 UP BOUND z_g124_p4 1
 BV BOUND x_g125_p4 1
 BV BOUND x_g125_p8 1
 UP BOUND z_g125_p4 1
 BV BOUND x_g126_p4 1
 BV BOUND x_g127_p8 1
 BV BOUND x_g128_p10 1
 BV BOUND x_g129_p4 1
 BV BOUND x_g130_p8 1
 BV BOUND x_g131_p10 1
 BV BOUND x_g132_p4 1
 BV BOUND x_g133_p8 1
 BV BOUND x_g134_p10 1
 BV BOUND x_g135_p4 1
 BV BOUND x_g136_p8 1
 BV BOUND x_g137_p10 1
 BV BOUND x_g138_p4 1
 BV BOUND x_g139_p8 1
 BV BOUND x_g140_p10 1
 BV BOUND x_g141_p4 1
 BV BOUND x_g142_p8 1
 BV BOUND x_g143_p10 1
 BV BOUND x_g144_p4 1
 BV BOUND x_g145_p8 1
 BV BOUND x_g146_p10 1
 BV BOUND x_g147_p4 1
 BV BOUND x_g148_p8 1
 BV BOUND x_g149_p10 1
 BV BOUND x_g150_p4 1
 BV BOUND x_g151_p8 1
 BV BOUND x_g152_p10 1
 BV BOUND x_g153_p4 1
 BV BOUND x_g154_p8 1
 BV BOUND x_g155_p10 1
 BV BOUND x_g156_p4 1
 BV BOUND x_g157_p8 1
 BV BOUND x_g158_p10 1
 BV BOUND x_g159_p4 1
 BV BOUND x_g160_p8 1
 BV BOUND x_g161_p10 1
 BV BOUND x_g162_p4 1
 BV BOUND x_g163_p8 1
 BV BOUND x_g164_p10 1
 BV BOUND x_g165_p4 1
 BV BOUND x_g166_p8 1
 BV BOUND x_g167_p10 1
 BV BOUND x_g168_p4 1
 BV BOUND x_g169_p8 1
 BV BOUND x_g170_p10 1
 LO BOUND d_half 37
 UI BOUND d_half 48
 UP BOUND o_v0_c11 1
 UP BOUND dy_v0_L2 1
 UP BOUND dy_v4_L2 1
 UP BOUND o_v5_c3 1
 UP BOUND o_v5_c5 1
 UP BOUND o_v5_c7 1
 UP BOUND o_v5_c9 1
 UP BOUND dy_v5_L0 1
 UP BOUND dy_v5_L1 1
 UP BOUND dy_v5_L2 1
 UP BOUND o_v6_c3 1
 UP BOUND o_v6_c5 1
 UP BOUND o_v6_c7 1
 UP BOUND o_v6_c9 1
 UP BOUND dy_v6_L0 1
 UP BOUND dy_v6_L1 1
 UP BOUND dy_v6_L2 1
 UP BOUND dy_v8_L1 1
 UP BOUND dy_v9_L1 1
 UP BOUND dy_v10_L1 1
 UP BOUND dy_v11_L1 1
 UP BOUND o_v20_c3 1
 UP BOUND o_v20_c5 1
 UP BOUND o_v20_c7 1
 UP BOUND o_v21_c3 1
 UP BOUND o_v21_c5 1
 UP BOUND o_v21_c7 1
 UP BOUND o_v22_c3 1
 UP BOUND o_v22_c5 1
 UP BOUND o_v22_c7 1
 UP BOUND o_v22_c9 1
 UP BOUND dy_v22_L1 1
 UP BOUND dy_v22_L2 1
 UP BOUND dy_v25_L1 1
 UP BOUND o_v26_c1 1
 UP BOUND o_v26_c3 1
 UP BOUND o_v26_c5 1
 UP BOUND o_v26_c7 1
 UP BOUND o_v26_c9 1
 UP BOUND o_v26_c11 1
 UP BOUND o_v28_c7 1
 UP BOUND o_v28_c9 1
 UP BOUND o_v28_c11 1
 UP BOUND dy_v28_L1 1
 UP BOUND dy_v28_L2 1
 UP BOUND o_v30_c7 1
 UP BOUND o_v30_c9 1
 UP BOUND o_v30_c11 1
 UP BOUND dy_v30_L1 1
 UP BOUND dy_v30_L2 1
 UP BOUND o_v32_c7 1
 UP BOUND o_v32_c9 1
 UP BOUND o_v32_c11 1
 UP BOUND dy_v32_L1 1
 UP BOUND dy_v32_L2 1
 UP BOUND o_v34_c7 1
 UP BOUND o_v34_c9 1
 UP BOUND dy_v34_L1 1
 UP BOUND dy_v34_L2 1
 UP BOUND o_v35_c7 1
 UP BOUND o_v35_c9 1
 UP BOUND dy_v35_L1 1
 UP BOUND dy_v35_L2 1
 UP BOUND o_v36_c7 1
 UP BOUND o_v36_c9 1
 UP BOUND dy_v36_L1 1
 UP BOUND dy_v36_L2 1
 UP BOUND o_v37_c7 1
 UP BOUND o_v37_c9 1
 UP BOUND dy_v37_L1 1
 UP BOUND dy_v37_L2 1
 UP BOUND o_v38_c7 1
 UP BOUND o_v38_c9 1
 UP BOUND dy_v38_L1 1
 UP BOUND dy_v38_L2 1
 UP BOUND o_v39_c7 1
 UP BOUND o_v39_c9 1
 UP BOUND dy_v39_L1 1
 UP BOUND dy_v39_L2 1
 UP BOUND o_v40_c7 1
 UP BOUND o_v40_c9 1
 UP BOUND dy_v40_L1 1
 UP BOUND dy_v40_L2 1
 UP BOUND o_v41_c7 1
 UP BOUND o_v41_c9 1
 UP BOUND dy_v41_L1 1
 UP BOUND dy_v41_L2 1
 UP BOUND o_v42_c7 1
 UP BOUND o_v42_c9 1
 UP BOUND dy_v42_L1 1
 UP BOUND dy_v42_L2 1
 UP BOUND o_v43_c7 1
 UP BOUND o_v43_c9 1
 UP BOUND dy_v43_L1 1
 UP BOUND dy_v43_L2 1
 UP BOUND o_v44_c7 1
 UP BOUND o_v44_c9 1
 UP BOUND dy_v44_L1 1
 UP BOUND dy_v44_L2 1
 UP BOUND o_v45_c7 1
 UP BOUND o_v45_c9 1
 UP BOUND dy_v45_L1 1
 UP BOUND dy_v45_L2 1
 UP BOUND o_v46_c7 1
 UP BOUND o_v46_c9 1
 UP BOUND dy_v46_L1 1
 UP BOUND dy_v46_L2 1
 UP BOUND o_v47_c3 1
 UP BOUND o_v47_c5 1
 UP BOUND o_v47_c7 1
 UP BOUND o_v47_c9 1
 UP BOUND o_v48_c3 1
 UP BOUND o_v48_c5 1
 UP BOUND o_v48_c7 1
 UP BOUND o_v48_c9 1
 UP BOUND o_v49_c3 1
 UP BOUND o_v49_c5 1
 UP BOUND o_v49_c7 1
 UP BOUND o_v49_c9 1
 UP BOUND o_v50_c3 1
 UP BOUND o_v50_c5 1
 UP BOUND o_v50_c7 1
 UP BOUND o_v50_c9 1
 UP BOUND o_v50_c11 1
 UP BOUND o_v51_c3 1
 UP BOUND o_v51_c5 1
 UP BOUND o_v51_c7 1
 UP BOUND o_v51_c9 1
 UP BOUND o_v52_c3 1
 UP BOUND o_v52_c5 1
 UP BOUND o_v52_c7 1
 UP BOUND o_v52_c9 1
 UP BOUND o_v53_c3 1
 UP BOUND o_v53_c5 1
 UP BOUND o_v53_c7 1
 UP BOUND o_v53_c9 1
 UP BOUND o_v54_c3 1
 UP BOUND o_v54_c5 1
 UP BOUND o_v54_c7 1
 UP BOUND o_v54_c9 1
 UP BOUND o_v54_c11 1
 UP BOUND o_v55_c3 1
 UP BOUND o_v55_c5 1
 UP BOUND o_v55_c7 1
 UP BOUND o_v55_c9 1
 UP BOUND o_v56_c3 1
 UP BOUND o_v56_c5 1
 UP BOUND o_v56_c7 1
 UP BOUND o_v56_c9 1
 UP BOUND o_v57_c3 1
 UP BOUND o_v57_c5 1
 UP BOUND o_v57_c7 1
 UP BOUND o_v57_c9 1
 UP BOUND o_v58_c3 1
 UP BOUND o_v58_c5 1
 UP BOUND o_v58_c7 1
 UP BOUND o_v58_c9 1
 UP BOUND o_v58_c11 1
 UP BOUND o_v59_c3 1
 UP BOUND o_v59_c5 1
 UP BOUND o_v59_c7 1
 UP BOUND o_v59_c9 1
 UP BOUND o_v60_c3 1
 UP BOUND o_v60_c5 1
 UP BOUND o_v60_c7 1
 UP BOUND o_v60_c9 1
 UP BOUND o_v61_c3 1
 UP BOUND o_v61_c5 1
 UP BOUND o_v61_c7 1
 UP BOUND o_v61_c9 1
 UP BOUND o_v62_c3 1
 UP BOUND o_v62_c5 1
 UP BOUND o_v62_c7 1
 UP BOUND o_v62_c9 1
 UP BOUND o_v62_c11 1
 UP BOUND o_v63_c7 1
 UP BOUND o_v63_c9 1
 UP BOUND o_v63_c11 1
 UP BOUND o_v64_c7 1
 UP BOUND o_v64_c9 1
 UP BOUND o_v64_c11 1
 UP BOUND o_v66_c3 1
 UP BOUND o_v66_c5 1
 UP BOUND o_v66_c7 1
 UP BOUND o_v66_c9 1
 UP BOUND o_v67_c3 1
 UP BOUND o_v67_c5 1
 UP BOUND o_v67_c7 1
 UP BOUND o_v67_c9 1
 UP BOUND o_v68_c3 1
 UP BOUND o_v68_c5 1
 UP BOUND o_v68_c7 1
 UP BOUND o_v68_c9 1
 UP BOUND o_v69_c3 1
 UP BOUND o_v69_c5 1
 UP BOUND o_v69_c7 1
 UP BOUND o_v69_c9 1
 UP BOUND o_v69_c11 1
 UP BOUND o_v70_c3 1
 UP BOUND o_v70_c5 1
 UP BOUND o_v70_c7 1
 UP BOUND o_v70_c9 1
 UP BOUND o_v71_c3 1
 UP BOUND o_v71_c5 1
 UP BOUND o_v71_c7 1
 UP BOUND o_v71_c9 1
 UP BOUND o_v72_c3 1
 UP BOUND o_v72_c5 1
 UP BOUND o_v72_c7 1
 UP BOUND o_v72_c9 1
 UP BOUND o_v73_c3 1
 UP BOUND o_v73_c5 1
 UP BOUND o_v73_c7 1
 UP BOUND o_v73_c9 1
 UP BOUND o_v73_c11 1
 UP BOUND o_v74_c3 1
 UP BOUND o_v74_c5 1
 UP BOUND o_v74_c7 1
 UP BOUND o_v74_c9 1
 UP BOUND o_v75_c3 1
 UP BOUND o_v75_c5 1
 UP BOUND o_v75_c7 1
 UP BOUND o_v75_c9 1
 UP BOUND o_v76_c3 1
 UP BOUND o_v76_c5 1
 UP BOUND o_v76_c7 1
 UP BOUND o_v76_c9 1
 UP BOUND o_v77_c3 1
 UP BOUND o_v77_c5 1
 UP BOUND o_v77_c7 1
 UP BOUND o_v77_c9 1
 UP BOUND o_v77_c11 1
 UP BOUND o_v78_c3 1
 UP BOUND o_v78_c5 1
 UP BOUND o_v78_c7 1
 UP BOUND o_v78_c9 1
 UP BOUND o_v79_c3 1
 UP BOUND o_v79_c5 1
 UP BOUND o_v79_c7 1
 UP BOUND o_v79_c9 1
 UP BOUND o_v80_c3 1
 UP BOUND o_v80_c5 1
 UP BOUND o_v80_c7 1
 UP BOUND o_v80_c9 1
 UP BOUND o_v81_c3 1
 UP BOUND o_v81_c5 1
 UP BOUND o_v81_c7 1
 UP BOUND o_v81_c9 1
 UP BOUND o_v81_c11 1
 UP BOUND o_v82_c7 1
 UP BOUND o_v82_c9 1
 UP BOUND o_v82_c11 1
 UP BOUND o_v83_c7 1
 UP BOUND o_v83_c9 1
 UP BOUND o_v83_c11 1
 UP BOUND o_v85_c3 1
 UP BOUND o_v85_c5 1
 UP BOUND o_v85_c7 1
 UP BOUND o_v85_c9 1
 UP BOUND o_v86_c3 1
 UP BOUND o_v86_c5 1
 UP BOUND o_v86_c7 1
 UP BOUND o_v86_c9 1
 UP BOUND o_v87_c3 1
 UP BOUND o_v87_c5 1
 UP BOUND o_v87_c7 1
 UP BOUND o_v87_c9 1
 UP BOUND o_v88_c3 1
 UP BOUND o_v88_c5 1
 UP BOUND o_v88_c7 1
 UP BOUND o_v88_c9 1
 UP BOUND o_v88_c11 1
 UP BOUND o_v89_c3 1
 UP BOUND o_v89_c5 1
 UP BOUND o_v89_c7 1
 UP BOUND o_v89_c9 1
 UP BOUND o_v90_c3 1
 UP BOUND o_v90_c5 1
 UP BOUND o_v90_c7 1
 UP BOUND o_v90_c9 1
 UP BOUND o_v91_c3 1
 UP BOUND o_v91_c5 1
 UP BOUND o_v91_c7 1
 UP BOUND o_v91_c9 1
 UP BOUND o_v92_c3 1
 UP BOUND o_v92_c5 1
 UP BOUND o_v92_c7 1
 UP BOUND o_v92_c9 1
 UP BOUND o_v92_c11 1
 UP BOUND o_v93_c3 1
 UP BOUND o_v93_c5 1
 UP BOUND o_v93_c7 1
 UP BOUND o_v93_c9 1
 UP BOUND o_v94_c3 1
 UP BOUND o_v94_c5 1
 UP BOUND o_v94_c7 1
 UP BOUND o_v94_c9 1
 UP BOUND o_v95_c3 1
 UP BOUND o_v95_c5 1
 UP BOUND o_v95_c7 1
 UP BOUND o_v95_c9 1
 UP BOUND o_v96_c3 1
 UP BOUND o_v96_c5 1
 UP BOUND o_v96_c7 1
 UP BOUND o_v96_c9 1
 UP BOUND o_v96_c11 1
 UP BOUND o_v97_c3 1
 UP BOUND o_v97_c5 1
 UP BOUND o_v97_c7 1
 UP BOUND o_v97_c9 1
 UP BOUND o_v98_c3 1
 UP BOUND o_v98_c5 1
 UP BOUND o_v98_c7 1
 UP BOUND o_v98_c9 1
 UP BOUND o_v99_c3 1
 UP BOUND o_v99_c5 1
 UP BOUND o_v99_c7 1
 UP BOUND o_v99_c9 1
 UP BOUND o_v100_c3 1
 UP BOUND o_v100_c5 1
 UP BOUND o_v100_c7 1
 UP BOUND o_v100_c9 1
 UP BOUND o_v100_c11 1
 UP BOUND o_v101_c7 1
 UP BOUND o_v101_c9 1
 UP BOUND o_v101_c11 1
 UP BOUND o_v102_c7 1
 UP BOUND o_v102_c9 1
 UP BOUND o_v102_c11 1
 UP BOUND o_v104_c3 1
 UP BOUND o_v104_c5 1
 UP BOUND o_v104_c7 1
 UP BOUND o_v104_c9 1
 UP BOUND o_v105_c3 1
 UP BOUND o_v105_c5 1
 UP BOUND o_v105_c7 1
 UP BOUND o_v105_c9 1
 UP BOUND o_v106_c3 1
 UP BOUND o_v106_c5 1
 UP BOUND o_v106_c7 1
 UP BOUND o_v106_c9 1
 UP BOUND o_v107_c3 1
 UP BOUND o_v107_c5 1
 UP BOUND o_v107_c7 1
 UP BOUND o_v107_c9 1
 UP BOUND o_v107_c11 1
 UP BOUND o_v108_c3 1
 UP BOUND o_v108_c5 1
 UP BOUND o_v108_c7 1
 UP BOUND o_v108_c9 1
 UP BOUND o_v109_c3 1
 UP BOUND o_v109_c5 1
 UP BOUND o_v109_c7 1
 UP BOUND o_v109_c9 1
 UP BOUND o_v110_c3 1
 UP BOUND o_v110_c5 1
 UP BOUND o_v110_c7 1
 UP BOUND o_v110_c9 1
 UP BOUND o_v111_c3 1
 UP BOUND o_v111_c5 1
 UP BOUND o_v111_c7 1
 UP BOUND o_v111_c9 1
 UP BOUND o_v111_c11 1
 UP BOUND o_v112_c3 1
 UP BOUND o_v112_c5 1
 UP BOUND o_v112_c7 1
 UP BOUND o_v112_c9 1
 UP BOUND o_v113_c3 1
 UP BOUND o_v113_c5 1
 UP BOUND o_v113_c7 1
 UP BOUND o_v113_c9 1
 UP BOUND o_v114_c3 1
 UP BOUND o_v114_c5 1
 UP BOUND o_v114_c7 1
 UP BOUND o_v114_c9 1
 UP BOUND o_v115_c3 1
 UP BOUND o_v115_c5 1
 UP BOUND o_v115_c7 1
 UP BOUND o_v115_c9 1
 UP BOUND o_v115_c11 1
 UP BOUND o_v116_c3 1
 UP BOUND o_v116_c5 1
 UP BOUND o_v116_c7 1
 UP BOUND o_v116_c9 1
 UP BOUND o_v117_c3 1
 UP BOUND o_v117_c5 1
 UP BOUND o_v117_c7 1
 UP BOUND o_v117_c9 1
 UP BOUND o_v118_c3 1
 UP BOUND o_v118_c5 1
 UP BOUND o_v118_c7 1
 UP BOUND o_v118_c9 1
 UP BOUND o_v119_c3 1
 UP BOUND o_v119_c5 1
 UP BOUND o_v119_c7 1
 UP BOUND o_v119_c9 1
 UP BOUND o_v119_c11 1
 UP BOUND o_v120_c7 1
 UP BOUND o_v120_c9 1
 UP BOUND o_v120_c11 1
 UP BOUND o_v121_c7 1
 UP BOUND o_v121_c9 1
 UP BOUND o_v121_c11 1
 UP BOUND o_v123_c3 1
 UP BOUND o_v123_c5 1
 UP BOUND o_v123_c7 1
 UP BOUND o_v123_c9 1
 UP BOUND o_v123_c11 1
 UP BOUND o_v124_c3 1
 UP BOUND o_v124_c5 1
 UP BOUND o_v124_c7 1
 UP BOUND o_v124_c9 1
 UP BOUND o_v124_c11 1
 UP BOUND o_v125_c3 1
 UP BOUND o_v125_c5 1
 UP BOUND o_v125_c7 1
 UP BOUND o_v125_c9 1
 UP BOUND o_v125_c11 1
 UP BOUND pt_v26_L0 1
 UP BOUND pt_v26_L1 1
 UP BOUND pt_v26_L2 1
ENDATA
