NAME          slotproo  FREE
ROWS
 N  OBJROW
 E  cum_g4_p3
 E  cum_g7_p7
 E  cum_g10_p11
 E  cum_g13_p15
 E  cum_g14_p0
 E  cum_g17_p7
 E  cum_g20_p11
 E  cum_g23_p15
 E  cum_g26_p19
 E  cum_g27_p0
 E  cum_g27_p4
 E  cum_g30_p11
 E  cum_g33_p15
 E  cum_g36_p19
 E  cum_g39_p23
 E  cum_g40_p0
 E  cum_g40_p4
 E  cum_g40_p8
 E  cum_g43_p15
 E  cum_g46_p19
 E  cum_g49_p23
 E  cum_g52_p27
 E  cum_g53_p0
 E  cum_g53_p4
 E  cum_g53_p8
 E  cum_g53_p12
 E  cum_g56_p19
 E  cum_g59_p23
 E  cum_g62_p27
 E  cum_g65_p31
 E  cum_g66_p0
 E  cum_g66_p4
 E  cum_g66_p8
 E  cum_g66_p12
 E  cum_g66_p16
 E  cum_g69_p23
 E  cum_g72_p27
 E  cum_g75_p31
 E  cum_g78_p35
 E  cum_g79_p0
 E  cum_g79_p4
 E  cum_g79_p8
 E  cum_g79_p12
 E  cum_g79_p16
 E  cum_g79_p20
 E  cum_g82_p27
 E  cum_g85_p31
 E  cum_g88_p35
 E  cum_g91_p39
 E  cum_g92_p0
 E  cum_g92_p4
 E  cum_g92_p8
 E  cum_g92_p12
 E  cum_g92_p16
 E  cum_g92_p20
 E  cum_g92_p24
 E  cum_g95_p31
 E  cum_g98_p35
 E  cum_g101_p39
 E  cum_g104_p43
 E  cum_g105_p0
 E  cum_g105_p4
 E  cum_g105_p8
 E  cum_g105_p12
 E  cum_g105_p16
 E  cum_g105_p20
 E  cum_g105_p24
 E  cum_g105_p28
 E  cum_g108_p35
 E  cum_g111_p39
 E  cum_g114_p43
 E  cum_g117_p47
 E  cum_g118_p0
 E  cum_g118_p4
 E  cum_g118_p8
 E  cum_g118_p12
 E  cum_g118_p16
 E  cum_g118_p20
 E  cum_g118_p24
 E  cum_g118_p28
 E  cum_g118_p32
 E  cum_g121_p39
 E  cum_g124_p43
 E  cum_g127_p47
 E  cum_g130_p51
 E  cum_g131_p0
 E  cum_g131_p4
 E  cum_g131_p8
 E  cum_g131_p12
 E  cum_g131_p16
 E  cum_g131_p20
 E  cum_g131_p24
 E  cum_g131_p28
 E  cum_g131_p32
 E  cum_g131_p36
 E  cum_g134_p43
 E  cum_g137_p47
 E  cum_g140_p51
 E  cum_g143_p55
 E  cum_g144_p0
 E  cum_g144_p4
 E  cum_g144_p8
 E  cum_g144_p12
 E  cum_g144_p16
 E  cum_g144_p20
 E  cum_g144_p24
 E  cum_g144_p28
 E  cum_g144_p32
 E  cum_g144_p36
 E  cum_g144_p40
 E  cum_g147_p47
 E  cum_g150_p51
 E  cum_g153_p55
 E  cum_g156_p59
 E  cum_g157_p0
 E  cum_g157_p4
 E  cum_g157_p8
 E  cum_g157_p12
 E  cum_g157_p16
 E  cum_g157_p20
 E  cum_g157_p24
 E  cum_g157_p28
 E  cum_g157_p32
 E  cum_g157_p36
 E  cum_g157_p40
 E  cum_g157_p44
 E  cum_g160_p51
 E  cum_g163_p55
 E  cum_g166_p59
 E  cum_g169_p63
 E  cum_g170_p0
 E  cum_g170_p4
 E  cum_g170_p8
 E  cum_g170_p12
 E  cum_g170_p16
 E  cum_g170_p20
 E  cum_g170_p24
 E  cum_g170_p28
 E  cum_g170_p32
 E  cum_g170_p36
 E  cum_g170_p40
 E  cum_g170_p44
 E  cum_g170_p48
 E  cum_g173_p55
 E  cum_g176_p59
 E  cum_g179_p63
 E  cum_g182_p67
 E  cum_g183_p0
 E  cum_g183_p4
 E  cum_g183_p8
 E  cum_g183_p12
 E  cum_g183_p16
 E  cum_g183_p20
 E  cum_g183_p24
 E  cum_g183_p28
 E  cum_g183_p32
 E  cum_g183_p36
 E  cum_g183_p40
 E  cum_g183_p44
 E  cum_g183_p48
 E  cum_g183_p52
 E  cum_g186_p59
 E  cum_g189_p63
 E  cum_g192_p67
 E  cum_g195_p71
 E  cum_g196_p0
 E  cum_g196_p4
 E  cum_g196_p8
 E  cum_g196_p12
 E  cum_g196_p16
 E  cum_g196_p20
 E  cum_g196_p24
 E  cum_g196_p28
 E  cum_g196_p32
 E  cum_g196_p36
 E  cum_g196_p40
 E  cum_g196_p44
 E  cum_g196_p48
 E  cum_g196_p52
 E  cum_g196_p56
 E  cum_g196_p60
 E  cum_g196_p64
 E  cum_g196_p68
 E  cum_g197_p0
 E  cum_g197_p4
 E  cum_g197_p8
 E  cum_g197_p12
 E  cum_g197_p16
 E  cum_g197_p20
 E  cum_g197_p24
 E  cum_g197_p28
 E  cum_g197_p32
 E  cum_g197_p36
 E  cum_g197_p40
 E  cum_g197_p44
 E  cum_g197_p48
 E  cum_g197_p52
 E  cum_g197_p56
 E  cum_g197_p60
 E  cum_g197_p64
 E  cum_g197_p68
 E  cum_g198_p0
 E  cum_g198_p4
 E  cum_g198_p8
 E  cum_g198_p12
 E  cum_g198_p16
 E  cum_g198_p20
 E  cum_g198_p24
 E  cum_g198_p28
 E  cum_g198_p32
 E  cum_g198_p36
 E  cum_g198_p40
 E  cum_g198_p44
 E  cum_g198_p48
 E  cum_g198_p52
 E  cum_g198_p56
 E  cum_g198_p60
 E  cum_g198_p64
 E  cum_g198_p68
 E  cum_g199_p0
 E  cum_g199_p4
 E  cum_g199_p8
 E  cum_g199_p12
 E  cum_g199_p16
 E  cum_g199_p20
 E  cum_g199_p24
 E  cum_g199_p28
 E  cum_g199_p32
 E  cum_g199_p36
 E  cum_g199_p40
 E  cum_g199_p44
 E  cum_g199_p48
 E  cum_g199_p52
 E  cum_g199_p56
 E  cum_g199_p60
 E  cum_g199_p64
 E  cum_g199_p68
 E  cum_g200_p62
 E  cum_g200_p66
 E  cum_g200_p70
 E  cum_g201_p62
 E  cum_g201_p66
 E  cum_g201_p70
 E  cum_g202_p62
 E  cum_g202_p66
 E  cum_g202_p70
 E  cum_g203_p63
 E  cum_g203_p65
 E  cum_g203_p67
 E  cum_g203_p69
 E  cum_g203_p71
 E  cum_g203_p73
 E  cum_g203_p75
 E  cum_g204_p66
 E  cum_g204_p70
 E  cum_g205_p66
 E  cum_g205_p70
 E  cum_g206_p66
 E  cum_g206_p70
 E  cum_g207_p67
 E  cum_g207_p69
 E  cum_g207_p71
 E  cum_g207_p73
 E  cum_g207_p75
 E  cum_g208_p70
 E  cum_g209_p70
 E  cum_g210_p70
 E  cum_g211_p71
 E  cum_g211_p73
 E  cum_g211_p75
 E  cum_g215_p75
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
 E  assign_g201
 E  assign_g202
 E  assign_g203
 E  assign_g204
 E  assign_g205
 E  assign_g206
 E  assign_g207
 E  assign_g208
 E  assign_g209
 E  assign_g210
 E  assign_g211
 E  assign_g212
 E  assign_g213
 E  assign_g214
 E  assign_g215
 E  assign_g216
 E  assign_g217
 E  assign_g218
 L  prec_g200_g196_t62
 L  prec_g200_g196_t66
 L  prec_g200_g196_t70
 L  prec_g201_g196_t62
 L  prec_g201_g196_t66
 L  prec_g201_g196_t70
 L  prec_g202_g196_t62
 L  prec_g202_g196_t66
 L  prec_g202_g196_t70
 L  prec_g203_g200_t63
 L  prec_g203_g200_t65
 L  prec_g203_g200_t67
 L  prec_g203_g200_t69
 L  prec_g203_g200_t71
 L  prec_g203_g200_t73
 L  prec_g203_g201_t63
 L  prec_g203_g201_t65
 L  prec_g203_g201_t67
 L  prec_g203_g201_t69
 L  prec_g203_g201_t71
 L  prec_g203_g201_t73
 L  prec_g203_g202_t63
 L  prec_g203_g202_t65
 L  prec_g203_g202_t67
 L  prec_g203_g202_t69
 L  prec_g203_g202_t71
 L  prec_g203_g202_t73
 L  prec_g204_g197_t66
 L  prec_g204_g197_t70
 L  prec_g205_g197_t66
 L  prec_g205_g197_t70
 L  prec_g206_g197_t66
 L  prec_g206_g197_t70
 L  prec_g207_g204_t67
 L  prec_g207_g204_t69
 L  prec_g207_g204_t71
 L  prec_g207_g204_t73
 L  prec_g207_g205_t67
 L  prec_g207_g205_t69
 L  prec_g207_g205_t71
 L  prec_g207_g205_t73
 L  prec_g207_g206_t67
 L  prec_g207_g206_t69
 L  prec_g207_g206_t71
 L  prec_g207_g206_t73
 L  prec_g208_g198_t70
 L  prec_g209_g198_t70
 L  prec_g210_g198_t70
 L  prec_g211_g208_t71
 L  prec_g211_g208_t73
 L  prec_g211_g209_t71
 L  prec_g211_g209_t73
 L  prec_g211_g210_t71
 L  prec_g211_g210_t73
 G  o_v4_c3_r0
 G  o_v4_c3_r1
 G  o_v4_c3_r2
 G  o_v4_c3_r3
 G  o_v4_c3_r4
 G  o_v4_c3_r5
 G  o_v4_c3_r6
 G  o_v4_c3_r7
 G  o_v4_c3_r8
 G  o_v4_c3_r9
 G  o_v4_c3_r10
 G  o_v4_c3_r11
 G  o_v4_c3_r12
 G  o_v4_c3_r13
 G  o_v4_c5_r0
 G  o_v4_c5_r1
 G  o_v4_c5_r2
 G  o_v4_c5_r3
 G  o_v4_c5_r4
 G  o_v4_c5_r5
 G  o_v4_c5_r6
 G  o_v4_c5_r7
 G  o_v4_c5_r8
 G  o_v4_c5_r9
 G  o_v4_c5_r10
 G  o_v4_c5_r11
 G  o_v4_c5_r12
 G  o_v4_c5_r13
 G  o_v4_c7_r0
 G  o_v4_c7_r1
 G  o_v4_c7_r2
 G  o_v4_c7_r3
 G  o_v4_c7_r4
 G  o_v4_c7_r5
 G  o_v4_c7_r6
 G  o_v4_c7_r7
 G  o_v4_c7_r8
 G  o_v4_c7_r9
 G  o_v4_c7_r10
 G  o_v4_c7_r11
 G  o_v4_c7_r12
 G  o_v4_c9_r0
 G  o_v4_c9_r1
 G  o_v4_c9_r2
 G  o_v4_c9_r3
 G  o_v4_c9_r4
 G  o_v4_c9_r5
 G  o_v4_c9_r6
 G  o_v4_c9_r7
 G  o_v4_c9_r8
 G  o_v4_c9_r9
 G  o_v4_c9_r10
 G  o_v4_c9_r11
 G  o_v4_c9_r12
 G  o_v4_c11_r0
 G  o_v4_c11_r1
 G  o_v4_c11_r2
 G  o_v4_c11_r3
 G  o_v4_c11_r4
 G  o_v4_c11_r5
 G  o_v4_c11_r6
 G  o_v4_c11_r7
 G  o_v4_c11_r8
 G  o_v4_c11_r9
 G  o_v4_c11_r10
 G  o_v4_c11_r11
 G  o_v4_c13_r0
 G  o_v4_c13_r1
 G  o_v4_c13_r2
 G  o_v4_c13_r3
 G  o_v4_c13_r4
 G  o_v4_c13_r5
 G  o_v4_c13_r6
 G  o_v4_c13_r7
 G  o_v4_c13_r8
 G  o_v4_c13_r9
 G  o_v4_c13_r10
 G  o_v4_c13_r11
 G  o_v4_c15_r0
 G  o_v4_c15_r1
 G  o_v4_c15_r2
 G  o_v4_c15_r3
 G  o_v4_c15_r4
 G  o_v4_c15_r5
 G  o_v4_c15_r6
 G  o_v4_c15_r7
 G  o_v4_c15_r8
 G  o_v4_c15_r9
 G  o_v4_c15_r10
 G  o_v4_c17_r0
 G  o_v4_c17_r1
 G  o_v4_c17_r2
 G  o_v4_c17_r3
 G  o_v4_c17_r4
 G  o_v4_c17_r5
 G  o_v4_c17_r6
 G  o_v4_c17_r7
 G  o_v4_c17_r8
 G  o_v4_c17_r9
 G  o_v4_c17_r10
 G  o_v4_c19_r0
 G  o_v4_c19_r1
 G  o_v4_c19_r2
 G  o_v4_c19_r3
 G  o_v4_c19_r4
 G  o_v4_c19_r5
 G  o_v4_c19_r6
 G  o_v4_c19_r7
 G  o_v4_c19_r8
 G  o_v4_c19_r9
 G  o_v4_c21_r0
 G  o_v4_c21_r1
 G  o_v4_c21_r2
 G  o_v4_c21_r3
 G  o_v4_c21_r4
 G  o_v4_c21_r5
 G  o_v4_c21_r6
 G  o_v4_c21_r7
 G  o_v4_c21_r8
 G  o_v4_c21_r9
 G  o_v4_c23_r0
 G  o_v4_c23_r1
 G  o_v4_c23_r2
 G  o_v4_c23_r3
 G  o_v4_c23_r4
 G  o_v4_c23_r5
 G  o_v4_c23_r6
 G  o_v4_c23_r7
 G  o_v4_c23_r8
 G  o_v4_c25_r0
 G  o_v4_c25_r1
 G  o_v4_c25_r2
 G  o_v4_c25_r3
 G  o_v4_c25_r4
 G  o_v4_c25_r5
 G  o_v4_c25_r6
 G  o_v4_c25_r7
 G  o_v4_c25_r8
 G  o_v4_c27_r0
 G  o_v4_c27_r1
 G  o_v4_c27_r2
 G  o_v4_c27_r3
 G  o_v4_c27_r4
 G  o_v4_c27_r5
 G  o_v4_c27_r6
 G  o_v4_c27_r7
 G  o_v4_c29_r0
 G  o_v4_c29_r1
 G  o_v4_c29_r2
 G  o_v4_c29_r3
 G  o_v4_c29_r4
 G  o_v4_c29_r5
 G  o_v4_c29_r6
 G  o_v4_c29_r7
 G  o_v4_c31_r0
 G  o_v4_c31_r1
 G  o_v4_c31_r2
 G  o_v4_c31_r3
 G  o_v4_c31_r4
 G  o_v4_c31_r5
 G  o_v4_c31_r6
 G  o_v4_c33_r0
 G  o_v4_c33_r1
 G  o_v4_c33_r2
 G  o_v4_c33_r3
 G  o_v4_c33_r4
 G  o_v4_c33_r5
 G  o_v4_c33_r6
 G  o_v4_c35_r0
 G  o_v4_c35_r1
 G  o_v4_c35_r2
 G  o_v4_c35_r3
 G  o_v4_c35_r4
 G  o_v4_c35_r5
 G  o_v4_c37_r0
 G  o_v4_c37_r1
 G  o_v4_c37_r2
 G  o_v4_c37_r3
 G  o_v4_c37_r4
 G  o_v4_c37_r5
 G  o_v4_c39_r0
 G  o_v4_c39_r1
 G  o_v4_c39_r2
 G  o_v4_c39_r3
 G  o_v4_c39_r4
 G  o_v4_c41_r0
 G  o_v4_c41_r1
 G  o_v4_c41_r2
 G  o_v4_c41_r3
 G  o_v4_c41_r4
 G  o_v4_c43_r0
 G  o_v4_c43_r1
 G  o_v4_c43_r2
 G  o_v4_c43_r3
 G  o_v4_c45_r0
 G  o_v4_c45_r1
 G  o_v4_c45_r2
 G  o_v4_c45_r3
 G  o_v4_c47_r0
 G  o_v4_c47_r1
 G  o_v4_c47_r2
 G  o_v4_c49_r0
 G  o_v4_c49_r1
 G  o_v4_c49_r2
 G  o_v4_c51_r0
 G  o_v4_c51_r1
 G  o_v4_c53_r0
 G  o_v4_c53_r1
 G  o_v4_c55_r0
 G  o_v4_c57_r0
 G  dy_v4_L0_r0
 G  dy_v4_L0_r1
 G  dy_v4_L0_r2
 G  dy_v4_L0_r3
 G  dy_v4_L0_r4
 G  dy_v4_L0_r5
 G  dy_v4_L0_r6
 G  dy_v4_L0_r7
 G  dy_v4_L0_r8
 G  dy_v4_L0_r9
 G  dy_v4_L0_r10
 G  dy_v4_L0_r11
 G  dy_v4_L0_r12
 G  dy_v4_L0_r13
 G  dy_v4_L0_r14
 G  dy_v4_L0_r15
 G  dy_v4_L1_r0
 G  dy_v4_L1_r1
 G  dy_v4_L1_r2
 G  dy_v4_L1_r3
 G  dy_v4_L1_r4
 G  dy_v4_L1_r5
 G  dy_v4_L1_r6
 G  dy_v4_L1_r7
 G  dy_v4_L1_r8
 G  dy_v4_L1_r9
 G  dy_v4_L1_r10
 G  dy_v4_L1_r11
 G  dy_v4_L1_r12
 G  dy_v4_L1_r13
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
 G  dy_v4_L3_r0
 G  dy_v4_L3_r1
 G  dy_v4_L3_r2
 G  dy_v4_L3_r3
 G  dy_v4_L3_r4
 G  dy_v4_L3_r5
 G  dy_v4_L3_r6
 G  dy_v4_L3_r7
 G  dy_v4_L3_r8
 G  dy_v4_L3_r9
 G  dy_v4_L3_r10
 G  dy_v4_L3_r11
 G  dy_v4_L4_r0
 G  dy_v4_L4_r1
 G  dy_v4_L4_r2
 G  dy_v4_L4_r3
 G  dy_v4_L4_r4
 G  dy_v4_L4_r5
 G  dy_v4_L4_r6
 G  dy_v4_L4_r7
 G  dy_v4_L4_r8
 G  dy_v4_L4_r9
 G  dy_v4_L4_r10
 G  dy_v4_L5_r0
 G  dy_v4_L5_r1
 G  dy_v4_L5_r2
 G  dy_v4_L5_r3
 G  dy_v4_L5_r4
 G  dy_v4_L5_r5
 G  dy_v4_L5_r6
 G  dy_v4_L5_r7
 G  dy_v4_L5_r8
 G  dy_v4_L5_r9
 G  dy_v4_L6_r0
 G  dy_v4_L6_r1
 G  dy_v4_L6_r2
 G  dy_v4_L6_r3
 G  dy_v4_L6_r4
 G  dy_v4_L6_r5
 G  dy_v4_L6_r6
 G  dy_v4_L6_r7
 G  dy_v4_L6_r8
 G  dy_v4_L7_r0
 G  dy_v4_L7_r1
 G  dy_v4_L7_r2
 G  dy_v4_L7_r3
 G  dy_v4_L7_r4
 G  dy_v4_L7_r5
 G  dy_v4_L7_r6
 G  dy_v4_L7_r7
 G  dy_v4_L8_r0
 G  dy_v4_L8_r1
 G  dy_v4_L8_r2
 G  dy_v4_L8_r3
 G  dy_v4_L8_r4
 G  dy_v4_L8_r5
 G  dy_v4_L8_r6
 G  dy_v4_L9_r0
 G  dy_v4_L9_r1
 G  dy_v4_L9_r2
 G  dy_v4_L9_r3
 G  dy_v4_L9_r4
 G  dy_v4_L9_r5
 G  dy_v4_L10_r0
 G  dy_v4_L10_r1
 G  dy_v4_L10_r2
 G  dy_v4_L10_r3
 G  dy_v4_L10_r4
 G  dy_v4_L11_r0
 G  dy_v4_L11_r1
 G  dy_v4_L11_r2
 G  dy_v4_L11_r3
 G  dy_v4_L12_r0
 G  dy_v4_L12_r1
 G  dy_v4_L12_r2
 G  dy_v4_L13_r0
 G  dy_v4_L13_r1
 G  dy_v4_L14_r0
 G  o_v5_c3_r0
 G  o_v5_c3_r1
 G  o_v5_c3_r2
 G  o_v5_c3_r3
 G  o_v5_c5_r0
 G  o_v5_c5_r1
 G  o_v5_c5_r2
 G  o_v5_c5_r3
 G  o_v5_c7_r0
 G  o_v5_c7_r1
 G  o_v5_c7_r2
 G  o_v5_c7_r3
 G  o_v5_c9_r0
 G  o_v5_c9_r1
 G  o_v5_c9_r2
 G  o_v5_c9_r3
 G  o_v5_c11_r0
 G  o_v5_c11_r1
 G  o_v5_c11_r2
 G  o_v5_c11_r3
 G  o_v5_c13_r0
 G  o_v5_c13_r1
 G  o_v5_c13_r2
 G  o_v5_c13_r3
 G  o_v5_c15_r0
 G  o_v5_c15_r1
 G  o_v5_c15_r2
 G  o_v5_c15_r3
 G  o_v5_c17_r0
 G  o_v5_c17_r1
 G  o_v5_c17_r2
 G  o_v5_c17_r3
 G  o_v5_c19_r0
 G  o_v5_c19_r1
 G  o_v5_c19_r2
 G  o_v5_c19_r3
 G  o_v5_c21_r0
 G  o_v5_c21_r1
 G  o_v5_c21_r2
 G  o_v5_c21_r3
 G  o_v5_c23_r0
 G  o_v5_c23_r1
 G  o_v5_c23_r2
 G  o_v5_c23_r3
 G  o_v5_c25_r0
 G  o_v5_c25_r1
 G  o_v5_c25_r2
 G  o_v5_c25_r3
 G  o_v5_c27_r0
 G  o_v5_c27_r1
 G  o_v5_c27_r2
 G  o_v5_c27_r3
 G  o_v5_c29_r0
 G  o_v5_c29_r1
 G  o_v5_c29_r2
 G  o_v5_c29_r3
 G  o_v5_c31_r0
 G  o_v5_c31_r1
 G  o_v5_c31_r2
 G  o_v5_c31_r3
 G  o_v5_c33_r0
 G  o_v5_c33_r1
 G  o_v5_c33_r2
 G  o_v5_c33_r3
 G  o_v5_c35_r0
 G  o_v5_c35_r1
 G  o_v5_c35_r2
 G  o_v5_c35_r3
 G  o_v5_c37_r0
 G  o_v5_c37_r1
 G  o_v5_c37_r2
 G  o_v5_c37_r3
 G  o_v5_c39_r0
 G  o_v5_c39_r1
 G  o_v5_c39_r2
 G  o_v5_c39_r3
 G  o_v5_c41_r0
 G  o_v5_c41_r1
 G  o_v5_c41_r2
 G  o_v5_c41_r3
 G  o_v5_c43_r0
 G  o_v5_c43_r1
 G  o_v5_c43_r2
 G  o_v5_c43_r3
 G  o_v5_c45_r0
 G  o_v5_c45_r1
 G  o_v5_c45_r2
 G  o_v5_c45_r3
 G  o_v5_c47_r0
 G  o_v5_c47_r1
 G  o_v5_c47_r2
 G  o_v5_c47_r3
 G  o_v5_c49_r0
 G  o_v5_c49_r1
 G  o_v5_c49_r2
 G  o_v5_c49_r3
 G  o_v5_c51_r0
 G  o_v5_c51_r1
 G  o_v5_c51_r2
 G  o_v5_c51_r3
 G  o_v5_c53_r0
 G  o_v5_c53_r1
 G  o_v5_c53_r2
 G  o_v5_c53_r3
 G  o_v5_c55_r0
 G  o_v5_c55_r1
 G  o_v5_c55_r2
 G  o_v5_c55_r3
 G  o_v5_c57_r0
 G  o_v5_c57_r1
 G  o_v5_c57_r2
 G  o_v5_c57_r3
 G  o_v5_c59_r0
 G  o_v5_c59_r1
 G  o_v5_c59_r2
 G  o_v5_c59_r3
 G  o_v5_c61_r0
 G  o_v5_c61_r1
 G  o_v5_c61_r2
 G  o_v5_c61_r3
 G  o_v5_c63_r0
 G  o_v5_c63_r1
 G  o_v5_c63_r2
 G  o_v5_c63_r3
 G  o_v5_c65_r0
 G  o_v5_c65_r1
 G  o_v5_c65_r2
 G  o_v5_c65_r3
 G  o_v5_c67_r0
 G  o_v5_c67_r1
 G  o_v5_c67_r2
 G  o_v5_c67_r3
 G  o_v5_c69_r0
 G  o_v5_c69_r1
 G  o_v5_c69_r2
 G  o_v5_c69_r3
 G  o_v5_c71_r0
 G  o_v5_c71_r1
 G  o_v5_c71_r2
 G  o_v5_c71_r3
 G  o_v5_c73_r0
 G  o_v5_c73_r1
 G  o_v5_c73_r2
 G  o_v5_c73_r3
 G  dy_v5_L0_r0
 G  dy_v5_L0_r1
 G  dy_v5_L0_r2
 G  dy_v5_L0_r3
 G  dy_v5_L1_r0
 G  dy_v5_L1_r1
 G  dy_v5_L1_r2
 G  dy_v5_L1_r3
 G  dy_v5_L2_r0
 G  dy_v5_L2_r1
 G  dy_v5_L2_r2
 G  dy_v5_L2_r3
 G  dy_v5_L3_r0
 G  dy_v5_L3_r1
 G  dy_v5_L3_r2
 G  dy_v5_L3_r3
 G  dy_v5_L4_r0
 G  dy_v5_L4_r1
 G  dy_v5_L4_r2
 G  dy_v5_L4_r3
 G  dy_v5_L5_r0
 G  dy_v5_L5_r1
 G  dy_v5_L5_r2
 G  dy_v5_L5_r3
 G  dy_v5_L6_r0
 G  dy_v5_L6_r1
 G  dy_v5_L6_r2
 G  dy_v5_L6_r3
 G  dy_v5_L7_r0
 G  dy_v5_L7_r1
 G  dy_v5_L7_r2
 G  dy_v5_L7_r3
 G  dy_v5_L8_r0
 G  dy_v5_L8_r1
 G  dy_v5_L8_r2
 G  dy_v5_L8_r3
 G  dy_v5_L9_r0
 G  dy_v5_L9_r1
 G  dy_v5_L9_r2
 G  dy_v5_L9_r3
 G  dy_v5_L10_r0
 G  dy_v5_L10_r1
 G  dy_v5_L10_r2
 G  dy_v5_L10_r3
 G  dy_v5_L11_r0
 G  dy_v5_L11_r1
 G  dy_v5_L11_r2
 G  dy_v5_L11_r3
 G  dy_v5_L12_r0
 G  dy_v5_L12_r1
 G  dy_v5_L12_r2
 G  dy_v5_L12_r3
 G  dy_v5_L13_r0
 G  dy_v5_L13_r1
 G  dy_v5_L13_r2
 G  dy_v5_L13_r3
 G  dy_v5_L14_r0
 G  dy_v5_L14_r1
 G  dy_v5_L14_r2
 G  dy_v5_L14_r3
 G  dy_v5_L15_r0
 G  dy_v5_L15_r1
 G  dy_v5_L15_r2
 G  dy_v5_L15_r3
 G  dy_v5_L16_r0
 G  dy_v5_L16_r1
 G  dy_v5_L16_r2
 G  dy_v5_L16_r3
 G  dy_v5_L17_r0
 G  dy_v5_L17_r1
 G  dy_v5_L17_r2
 G  dy_v5_L17_r3
 G  dy_v5_L18_r0
 G  dy_v5_L18_r1
 G  dy_v5_L18_r2
 G  dy_v5_L18_r3
 G  o_v6_c17_r0
 G  o_v7_c5_r0
 G  o_v8_c3_r0
 G  o_v8_c5_r0
 G  o_v9_c3_r0
 G  o_v9_c5_r0
 G  o_v10_c3_r0
 G  o_v10_c3_r1
 G  o_v10_c9_r0
 G  o_v10_c9_r1
 G  dy_v10_L2_r0
 G  dy_v10_L2_r1
 G  o_v11_c7_r0
 G  o_v11_c9_r0
 G  o_v12_c7_r0
 G  o_v12_c9_r0
 G  o_v13_c7_r0
 G  o_v13_c7_r1
 G  o_v13_c13_r0
 G  o_v13_c13_r1
 G  dy_v13_L3_r0
 G  dy_v13_L3_r1
 G  o_v14_c11_r0
 G  o_v14_c13_r0
 G  o_v15_c11_r0
 G  o_v15_c13_r0
 G  o_v16_c11_r0
 G  o_v16_c11_r1
 G  o_v16_c17_r0
 G  o_v16_c17_r1
 G  dy_v16_L4_r0
 G  dy_v16_L4_r1
 G  o_v17_c15_r0
 G  o_v17_c17_r0
 G  o_v18_c15_r0
 G  o_v18_c17_r0
 G  o_v20_c9_r0
 G  o_v21_c7_r0
 G  o_v21_c9_r0
 G  o_v22_c7_r0
 G  o_v22_c9_r0
 G  o_v23_c7_r0
 G  o_v23_c7_r1
 G  o_v23_c13_r0
 G  o_v23_c13_r1
 G  dy_v23_L3_r0
 G  dy_v23_L3_r1
 G  o_v24_c11_r0
 G  o_v24_c13_r0
 G  o_v25_c11_r0
 G  o_v25_c13_r0
 G  o_v26_c11_r0
 G  o_v26_c11_r1
 G  o_v26_c17_r0
 G  o_v26_c17_r1
 G  dy_v26_L4_r0
 G  dy_v26_L4_r1
 G  o_v27_c15_r0
 G  o_v27_c17_r0
 G  o_v28_c15_r0
 G  o_v28_c17_r0
 G  o_v29_c15_r0
 G  o_v29_c15_r1
 G  o_v29_c21_r0
 G  o_v29_c21_r1
 G  dy_v29_L5_r0
 G  dy_v29_L5_r1
 G  o_v30_c19_r0
 G  o_v30_c21_r0
 G  o_v31_c19_r0
 G  o_v31_c21_r0
 G  o_v33_c13_r0
 G  o_v34_c11_r0
 G  o_v34_c13_r0
 G  o_v35_c11_r0
 G  o_v35_c13_r0
 G  o_v36_c11_r0
 G  o_v36_c11_r1
 G  o_v36_c17_r0
 G  o_v36_c17_r1
 G  dy_v36_L4_r0
 G  dy_v36_L4_r1
 G  o_v37_c15_r0
 G  o_v37_c17_r0
 G  o_v38_c15_r0
 G  o_v38_c17_r0
 G  o_v39_c15_r0
 G  o_v39_c15_r1
 G  o_v39_c21_r0
 G  o_v39_c21_r1
 G  dy_v39_L5_r0
 G  dy_v39_L5_r1
 G  o_v40_c19_r0
 G  o_v40_c21_r0
 G  o_v41_c19_r0
 G  o_v41_c21_r0
 G  o_v42_c19_r0
 G  o_v42_c19_r1
 G  o_v42_c25_r0
 G  o_v42_c25_r1
 G  dy_v42_L6_r0
 G  dy_v42_L6_r1
 G  o_v43_c23_r0
 G  o_v43_c25_r0
 G  o_v44_c23_r0
 G  o_v44_c25_r0
 G  o_v46_c17_r0
 G  o_v47_c15_r0
 G  o_v47_c17_r0
 G  o_v48_c15_r0
 G  o_v48_c17_r0
 G  o_v49_c15_r0
 G  o_v49_c15_r1
 G  o_v49_c21_r0
 G  o_v49_c21_r1
 G  dy_v49_L5_r0
 G  dy_v49_L5_r1
 G  o_v50_c19_r0
 G  o_v50_c21_r0
 G  o_v51_c19_r0
 G  o_v51_c21_r0
 G  o_v52_c19_r0
 G  o_v52_c19_r1
 G  o_v52_c25_r0
 G  o_v52_c25_r1
 G  dy_v52_L6_r0
 G  dy_v52_L6_r1
 G  o_v53_c23_r0
 G  o_v53_c25_r0
 G  o_v54_c23_r0
 G  o_v54_c25_r0
 G  o_v55_c23_r0
 G  o_v55_c23_r1
 G  o_v55_c29_r0
 G  o_v55_c29_r1
 G  dy_v55_L7_r0
 G  dy_v55_L7_r1
 G  o_v56_c27_r0
 G  o_v56_c29_r0
 G  o_v57_c27_r0
 G  o_v57_c29_r0
 G  o_v59_c21_r0
 G  o_v60_c19_r0
 G  o_v60_c21_r0
 G  o_v61_c19_r0
 G  o_v61_c21_r0
 G  o_v62_c19_r0
 G  o_v62_c19_r1
 G  o_v62_c25_r0
 G  o_v62_c25_r1
 G  dy_v62_L6_r0
 G  dy_v62_L6_r1
 G  o_v63_c23_r0
 G  o_v63_c25_r0
 G  o_v64_c23_r0
 G  o_v64_c25_r0
 G  o_v65_c23_r0
 G  o_v65_c23_r1
 G  o_v65_c29_r0
 G  o_v65_c29_r1
 G  dy_v65_L7_r0
 G  dy_v65_L7_r1
 G  o_v66_c27_r0
 G  o_v66_c29_r0
 G  o_v67_c27_r0
 G  o_v67_c29_r0
 G  o_v68_c27_r0
 G  o_v68_c27_r1
 G  o_v68_c33_r0
 G  o_v68_c33_r1
 G  dy_v68_L8_r0
 G  dy_v68_L8_r1
 G  o_v69_c31_r0
 G  o_v69_c33_r0
 G  o_v70_c31_r0
 G  o_v70_c33_r0
 G  o_v72_c25_r0
 G  o_v73_c23_r0
 G  o_v73_c25_r0
 G  o_v74_c23_r0
 G  o_v74_c25_r0
 G  o_v75_c23_r0
 G  o_v75_c23_r1
 G  o_v75_c29_r0
 G  o_v75_c29_r1
 G  dy_v75_L7_r0
 G  dy_v75_L7_r1
 G  o_v76_c27_r0
 G  o_v76_c29_r0
 G  o_v77_c27_r0
 G  o_v77_c29_r0
 G  o_v78_c27_r0
 G  o_v78_c27_r1
 G  o_v78_c33_r0
 G  o_v78_c33_r1
 G  dy_v78_L8_r0
 G  dy_v78_L8_r1
 G  o_v79_c31_r0
 G  o_v79_c33_r0
 G  o_v80_c31_r0
 G  o_v80_c33_r0
 G  o_v81_c31_r0
 G  o_v81_c31_r1
 G  o_v81_c37_r0
 G  o_v81_c37_r1
 G  dy_v81_L9_r0
 G  dy_v81_L9_r1
 G  o_v82_c35_r0
 G  o_v82_c37_r0
 G  o_v83_c35_r0
 G  o_v83_c37_r0
 G  o_v85_c29_r0
 G  o_v86_c27_r0
 G  o_v86_c29_r0
 G  o_v87_c27_r0
 G  o_v87_c29_r0
 G  o_v88_c27_r0
 G  o_v88_c27_r1
 G  o_v88_c33_r0
 G  o_v88_c33_r1
 G  dy_v88_L8_r0
 G  dy_v88_L8_r1
 G  o_v89_c31_r0
 G  o_v89_c33_r0
 G  o_v90_c31_r0
 G  o_v90_c33_r0
 G  o_v91_c31_r0
 G  o_v91_c31_r1
 G  o_v91_c37_r0
 G  o_v91_c37_r1
 G  dy_v91_L9_r0
 G  dy_v91_L9_r1
 G  o_v92_c35_r0
 G  o_v92_c37_r0
 G  o_v93_c35_r0
 G  o_v93_c37_r0
 G  o_v94_c35_r0
 G  o_v94_c35_r1
 G  o_v94_c41_r0
 G  o_v94_c41_r1
 G  dy_v94_L10_r0
 G  dy_v94_L10_r1
 G  o_v95_c39_r0
 G  o_v95_c41_r0
 G  o_v96_c39_r0
 G  o_v96_c41_r0
 G  o_v98_c33_r0
 G  o_v99_c31_r0
 G  o_v99_c33_r0
 G  o_v100_c31_r0
 G  o_v100_c33_r0
 G  o_v101_c31_r0
 G  o_v101_c31_r1
 G  o_v101_c37_r0
 G  o_v101_c37_r1
 G  dy_v101_L9_r0
 G  dy_v101_L9_r1
 G  o_v102_c35_r0
 G  o_v102_c37_r0
 G  o_v103_c35_r0
 G  o_v103_c37_r0
 G  o_v104_c35_r0
 G  o_v104_c35_r1
 G  o_v104_c41_r0
 G  o_v104_c41_r1
 G  dy_v104_L10_r0
 G  dy_v104_L10_r1
 G  o_v105_c39_r0
 G  o_v105_c41_r0
 G  o_v106_c39_r0
 G  o_v106_c41_r0
 G  o_v107_c39_r0
 G  o_v107_c39_r1
 G  o_v107_c45_r0
 G  o_v107_c45_r1
 G  dy_v107_L11_r0
 G  dy_v107_L11_r1
 G  o_v108_c43_r0
 G  o_v108_c45_r0
 G  o_v109_c43_r0
 G  o_v109_c45_r0
 G  o_v111_c37_r0
 G  o_v112_c35_r0
 G  o_v112_c37_r0
 G  o_v113_c35_r0
 G  o_v113_c37_r0
 G  o_v114_c35_r0
 G  o_v114_c35_r1
 G  o_v114_c41_r0
 G  o_v114_c41_r1
 G  dy_v114_L10_r0
 G  dy_v114_L10_r1
 G  o_v115_c39_r0
 G  o_v115_c41_r0
 G  o_v116_c39_r0
 G  o_v116_c41_r0
 G  o_v117_c39_r0
 G  o_v117_c39_r1
 G  o_v117_c45_r0
 G  o_v117_c45_r1
 G  dy_v117_L11_r0
 G  dy_v117_L11_r1
 G  o_v118_c43_r0
 G  o_v118_c45_r0
 G  o_v119_c43_r0
 G  o_v119_c45_r0
 G  o_v120_c43_r0
 G  o_v120_c43_r1
 G  o_v120_c49_r0
 G  o_v120_c49_r1
 G  dy_v120_L12_r0
 G  dy_v120_L12_r1
 G  o_v121_c47_r0
 G  o_v121_c49_r0
 G  o_v122_c47_r0
 G  o_v122_c49_r0
 G  o_v124_c41_r0
 G  o_v125_c39_r0
 G  o_v125_c41_r0
 G  o_v126_c39_r0
 G  o_v126_c41_r0
 G  o_v127_c39_r0
 G  o_v127_c39_r1
 G  o_v127_c45_r0
 G  o_v127_c45_r1
 G  dy_v127_L11_r0
 G  dy_v127_L11_r1
 G  o_v128_c43_r0
 G  o_v128_c45_r0
 G  o_v129_c43_r0
 G  o_v129_c45_r0
 G  o_v130_c43_r0
 G  o_v130_c43_r1
 G  o_v130_c49_r0
 G  o_v130_c49_r1
 G  dy_v130_L12_r0
 G  dy_v130_L12_r1
 G  o_v131_c47_r0
 G  o_v131_c49_r0
 G  o_v132_c47_r0
 G  o_v132_c49_r0
 G  o_v133_c47_r0
 G  o_v133_c47_r1
 G  o_v133_c53_r0
 G  o_v133_c53_r1
 G  dy_v133_L13_r0
 G  dy_v133_L13_r1
 G  o_v134_c51_r0
 G  o_v134_c53_r0
 G  o_v135_c51_r0
 G  o_v135_c53_r0
 G  o_v137_c45_r0
 G  o_v138_c43_r0
 G  o_v138_c45_r0
 G  o_v139_c43_r0
 G  o_v139_c45_r0
 G  o_v140_c43_r0
 G  o_v140_c43_r1
 G  o_v140_c49_r0
 G  o_v140_c49_r1
 G  dy_v140_L12_r0
 G  dy_v140_L12_r1
 G  o_v141_c47_r0
 G  o_v141_c49_r0
 G  o_v142_c47_r0
 G  o_v142_c49_r0
 G  o_v143_c47_r0
 G  o_v143_c47_r1
 G  o_v143_c53_r0
 G  o_v143_c53_r1
 G  dy_v143_L13_r0
 G  dy_v143_L13_r1
 G  o_v144_c51_r0
 G  o_v144_c53_r0
 G  o_v145_c51_r0
 G  o_v145_c53_r0
 G  o_v146_c51_r0
 G  o_v146_c51_r1
 G  o_v146_c57_r0
 G  o_v146_c57_r1
 G  dy_v146_L14_r0
 G  dy_v146_L14_r1
 G  o_v147_c55_r0
 G  o_v147_c57_r0
 G  o_v148_c55_r0
 G  o_v148_c57_r0
 G  o_v150_c49_r0
 G  o_v151_c47_r0
 G  o_v151_c49_r0
 G  o_v152_c47_r0
 G  o_v152_c49_r0
 G  o_v153_c47_r0
 G  o_v153_c47_r1
 G  o_v153_c53_r0
 G  o_v153_c53_r1
 G  dy_v153_L13_r0
 G  dy_v153_L13_r1
 G  o_v154_c51_r0
 G  o_v154_c53_r0
 G  o_v155_c51_r0
 G  o_v155_c53_r0
 G  o_v156_c51_r0
 G  o_v156_c51_r1
 G  o_v156_c57_r0
 G  o_v156_c57_r1
 G  dy_v156_L14_r0
 G  dy_v156_L14_r1
 G  o_v157_c55_r0
 G  o_v157_c57_r0
 G  o_v158_c55_r0
 G  o_v158_c57_r0
 G  o_v159_c55_r0
 G  o_v159_c55_r1
 G  o_v159_c61_r0
 G  o_v159_c61_r1
 G  dy_v159_L15_r0
 G  dy_v159_L15_r1
 G  o_v160_c59_r0
 G  o_v160_c61_r0
 G  o_v161_c59_r0
 G  o_v161_c61_r0
 G  o_v163_c53_r0
 G  o_v164_c51_r0
 G  o_v164_c53_r0
 G  o_v165_c51_r0
 G  o_v165_c53_r0
 G  o_v166_c51_r0
 G  o_v166_c51_r1
 G  o_v166_c57_r0
 G  o_v166_c57_r1
 G  dy_v166_L14_r0
 G  dy_v166_L14_r1
 G  o_v167_c55_r0
 G  o_v167_c57_r0
 G  o_v168_c55_r0
 G  o_v168_c57_r0
 G  o_v169_c55_r0
 G  o_v169_c55_r1
 G  o_v169_c61_r0
 G  o_v169_c61_r1
 G  dy_v169_L15_r0
 G  dy_v169_L15_r1
 G  o_v170_c59_r0
 G  o_v170_c61_r0
 G  o_v171_c59_r0
 G  o_v171_c61_r0
 G  o_v172_c59_r0
 G  o_v172_c59_r1
 G  o_v172_c65_r0
 G  o_v172_c65_r1
 G  dy_v172_L16_r0
 G  dy_v172_L16_r1
 G  o_v173_c63_r0
 G  o_v173_c65_r0
 G  o_v174_c63_r0
 G  o_v174_c65_r0
 G  o_v176_c57_r0
 G  o_v177_c55_r0
 G  o_v177_c57_r0
 G  o_v178_c55_r0
 G  o_v178_c57_r0
 G  o_v179_c55_r0
 G  o_v179_c55_r1
 G  o_v179_c61_r0
 G  o_v179_c61_r1
 G  dy_v179_L15_r0
 G  dy_v179_L15_r1
 G  o_v180_c59_r0
 G  o_v180_c61_r0
 G  o_v181_c59_r0
 G  o_v181_c61_r0
 G  o_v182_c59_r0
 G  o_v182_c59_r1
 G  o_v182_c65_r0
 G  o_v182_c65_r1
 G  dy_v182_L16_r0
 G  dy_v182_L16_r1
 G  o_v183_c63_r0
 G  o_v183_c65_r0
 G  o_v184_c63_r0
 G  o_v184_c65_r0
 G  o_v185_c63_r0
 G  o_v185_c63_r1
 G  o_v185_c69_r0
 G  o_v185_c69_r1
 G  dy_v185_L17_r0
 G  dy_v185_L17_r1
 G  o_v186_c67_r0
 G  o_v186_c69_r0
 G  o_v187_c67_r0
 G  o_v187_c69_r0
 G  o_v189_c61_r0
 G  o_v190_c59_r0
 G  o_v190_c61_r0
 G  o_v191_c59_r0
 G  o_v191_c61_r0
 G  o_v193_c63_r0
 G  o_v193_c65_r0
 G  o_v194_c63_r0
 G  o_v194_c65_r0
 G  o_v196_c67_r0
 G  o_v196_c69_r0
 G  o_v197_c67_r0
 G  o_v197_c69_r0
 G  o_v199_c71_r0
 G  o_v199_c73_r0
 G  o_v200_c71_r0
 G  o_v200_c73_r0
 G  o_v202_c1_r0
 G  o_v202_c1_r1
 G  o_v202_c1_r2
 G  o_v202_c3_r0
 G  o_v202_c3_r1
 G  o_v202_c3_r2
 G  o_v202_c5_r0
 G  o_v202_c5_r1
 G  o_v202_c5_r2
 G  o_v202_c7_r0
 G  o_v202_c7_r1
 G  o_v202_c7_r2
 G  o_v202_c9_r0
 G  o_v202_c9_r1
 G  o_v202_c9_r2
 G  o_v202_c11_r0
 G  o_v202_c11_r1
 G  o_v202_c11_r2
 G  o_v202_c13_r0
 G  o_v202_c13_r1
 G  o_v202_c13_r2
 G  o_v202_c15_r0
 G  o_v202_c15_r1
 G  o_v202_c15_r2
 G  o_v202_c17_r0
 G  o_v202_c17_r1
 G  o_v202_c17_r2
 G  o_v202_c19_r0
 G  o_v202_c19_r1
 G  o_v202_c19_r2
 G  o_v202_c21_r0
 G  o_v202_c21_r1
 G  o_v202_c21_r2
 G  o_v202_c23_r0
 G  o_v202_c23_r1
 G  o_v202_c23_r2
 G  o_v202_c25_r0
 G  o_v202_c25_r1
 G  o_v202_c25_r2
 G  o_v202_c27_r0
 G  o_v202_c27_r1
 G  o_v202_c27_r2
 G  o_v202_c29_r0
 G  o_v202_c29_r1
 G  o_v202_c29_r2
 G  o_v202_c31_r0
 G  o_v202_c31_r1
 G  o_v202_c31_r2
 G  o_v202_c33_r0
 G  o_v202_c33_r1
 G  o_v202_c33_r2
 G  o_v202_c35_r0
 G  o_v202_c35_r1
 G  o_v202_c35_r2
 G  o_v202_c37_r0
 G  o_v202_c37_r1
 G  o_v202_c37_r2
 G  o_v202_c39_r0
 G  o_v202_c39_r1
 G  o_v202_c39_r2
 G  o_v202_c41_r0
 G  o_v202_c41_r1
 G  o_v202_c41_r2
 G  o_v202_c43_r0
 G  o_v202_c43_r1
 G  o_v202_c43_r2
 G  o_v202_c45_r0
 G  o_v202_c45_r1
 G  o_v202_c45_r2
 G  o_v202_c47_r0
 G  o_v202_c47_r1
 G  o_v202_c47_r2
 G  o_v202_c49_r0
 G  o_v202_c49_r1
 G  o_v202_c49_r2
 G  o_v202_c51_r0
 G  o_v202_c51_r1
 G  o_v202_c51_r2
 G  o_v202_c53_r0
 G  o_v202_c53_r1
 G  o_v202_c53_r2
 G  o_v202_c55_r0
 G  o_v202_c55_r1
 G  o_v202_c55_r2
 G  o_v202_c57_r0
 G  o_v202_c57_r1
 G  o_v202_c57_r2
 G  o_v202_c59_r0
 G  o_v202_c59_r1
 G  o_v202_c59_r2
 G  o_v202_c61_r0
 G  o_v202_c61_r1
 G  o_v202_c61_r2
 G  o_v202_c63_r0
 G  o_v202_c63_r1
 G  o_v202_c63_r2
 G  o_v202_c65_r0
 G  o_v202_c65_r1
 G  o_v202_c65_r2
 G  o_v202_c67_r0
 G  o_v202_c67_r1
 G  o_v202_c67_r2
 G  o_v202_c69_r0
 G  o_v202_c69_r1
 G  o_v202_c69_r2
 G  o_v202_c71_r0
 G  o_v202_c71_r1
 G  o_v202_c71_r2
 G  o_v202_c73_r0
 G  o_v202_c73_r1
 G  o_v202_c73_r2
 G  o_v202_c75_r0
 G  o_v202_c75_r1
 G  o_v202_c75_r2
 G  o_v203_c1_r0
 G  o_v203_c1_r1
 G  o_v203_c1_r2
 G  o_v203_c3_r0
 G  o_v203_c3_r1
 G  o_v203_c3_r2
 G  o_v203_c5_r0
 G  o_v203_c5_r1
 G  o_v203_c5_r2
 G  o_v203_c7_r0
 G  o_v203_c7_r1
 G  o_v203_c7_r2
 G  o_v203_c9_r0
 G  o_v203_c9_r1
 G  o_v203_c9_r2
 G  o_v203_c11_r0
 G  o_v203_c11_r1
 G  o_v203_c11_r2
 G  o_v203_c13_r0
 G  o_v203_c13_r1
 G  o_v203_c13_r2
 G  o_v203_c15_r0
 G  o_v203_c15_r1
 G  o_v203_c15_r2
 G  o_v203_c17_r0
 G  o_v203_c17_r1
 G  o_v203_c17_r2
 G  o_v203_c19_r0
 G  o_v203_c19_r1
 G  o_v203_c19_r2
 G  o_v203_c21_r0
 G  o_v203_c21_r1
 G  o_v203_c21_r2
 G  o_v203_c23_r0
 G  o_v203_c23_r1
 G  o_v203_c23_r2
 G  o_v203_c25_r0
 G  o_v203_c25_r1
 G  o_v203_c25_r2
 G  o_v203_c27_r0
 G  o_v203_c27_r1
 G  o_v203_c27_r2
 G  o_v203_c29_r0
 G  o_v203_c29_r1
 G  o_v203_c29_r2
 G  o_v203_c31_r0
 G  o_v203_c31_r1
 G  o_v203_c31_r2
 G  o_v203_c33_r0
 G  o_v203_c33_r1
 G  o_v203_c33_r2
 G  o_v203_c35_r0
 G  o_v203_c35_r1
 G  o_v203_c35_r2
 G  o_v203_c37_r0
 G  o_v203_c37_r1
 G  o_v203_c37_r2
 G  o_v203_c39_r0
 G  o_v203_c39_r1
 G  o_v203_c39_r2
 G  o_v203_c41_r0
 G  o_v203_c41_r1
 G  o_v203_c41_r2
 G  o_v203_c43_r0
 G  o_v203_c43_r1
 G  o_v203_c43_r2
 G  o_v203_c45_r0
 G  o_v203_c45_r1
 G  o_v203_c45_r2
 G  o_v203_c47_r0
 G  o_v203_c47_r1
 G  o_v203_c47_r2
 G  o_v203_c49_r0
 G  o_v203_c49_r1
 G  o_v203_c49_r2
 G  o_v203_c51_r0
 G  o_v203_c51_r1
 G  o_v203_c51_r2
 G  o_v203_c53_r0
 G  o_v203_c53_r1
 G  o_v203_c53_r2
 G  o_v203_c55_r0
 G  o_v203_c55_r1
 G  o_v203_c55_r2
 G  o_v203_c57_r0
 G  o_v203_c57_r1
 G  o_v203_c57_r2
 G  o_v203_c59_r0
 G  o_v203_c59_r1
 G  o_v203_c59_r2
 G  o_v203_c61_r0
 G  o_v203_c61_r1
 G  o_v203_c61_r2
 G  o_v203_c63_r0
 G  o_v203_c63_r1
 G  o_v203_c63_r2
 G  o_v203_c65_r0
 G  o_v203_c65_r1
 G  o_v203_c65_r2
 G  o_v203_c67_r0
 G  o_v203_c67_r1
 G  o_v203_c67_r2
 G  o_v203_c69_r0
 G  o_v203_c69_r1
 G  o_v203_c69_r2
 G  o_v203_c71_r0
 G  o_v203_c71_r1
 G  o_v203_c71_r2
 G  o_v203_c73_r0
 G  o_v203_c73_r1
 G  o_v203_c73_r2
 G  o_v203_c75_r0
 G  o_v203_c75_r1
 G  o_v203_c75_r2
 G  o_v204_c1_r0
 G  o_v204_c1_r1
 G  o_v204_c1_r2
 G  o_v204_c3_r0
 G  o_v204_c3_r1
 G  o_v204_c3_r2
 G  o_v204_c5_r0
 G  o_v204_c5_r1
 G  o_v204_c5_r2
 G  o_v204_c7_r0
 G  o_v204_c7_r1
 G  o_v204_c7_r2
 G  o_v204_c9_r0
 G  o_v204_c9_r1
 G  o_v204_c9_r2
 G  o_v204_c11_r0
 G  o_v204_c11_r1
 G  o_v204_c11_r2
 G  o_v204_c13_r0
 G  o_v204_c13_r1
 G  o_v204_c13_r2
 G  o_v204_c15_r0
 G  o_v204_c15_r1
 G  o_v204_c15_r2
 G  o_v204_c17_r0
 G  o_v204_c17_r1
 G  o_v204_c17_r2
 G  o_v204_c19_r0
 G  o_v204_c19_r1
 G  o_v204_c19_r2
 G  o_v204_c21_r0
 G  o_v204_c21_r1
 G  o_v204_c21_r2
 G  o_v204_c23_r0
 G  o_v204_c23_r1
 G  o_v204_c23_r2
 G  o_v204_c25_r0
 G  o_v204_c25_r1
 G  o_v204_c25_r2
 G  o_v204_c27_r0
 G  o_v204_c27_r1
 G  o_v204_c27_r2
 G  o_v204_c29_r0
 G  o_v204_c29_r1
 G  o_v204_c29_r2
 G  o_v204_c31_r0
 G  o_v204_c31_r1
 G  o_v204_c31_r2
 G  o_v204_c33_r0
 G  o_v204_c33_r1
 G  o_v204_c33_r2
 G  o_v204_c35_r0
 G  o_v204_c35_r1
 G  o_v204_c35_r2
 G  o_v204_c37_r0
 G  o_v204_c37_r1
 G  o_v204_c37_r2
 G  o_v204_c39_r0
 G  o_v204_c39_r1
 G  o_v204_c39_r2
 G  o_v204_c41_r0
 G  o_v204_c41_r1
 G  o_v204_c41_r2
 G  o_v204_c43_r0
 G  o_v204_c43_r1
 G  o_v204_c43_r2
 G  o_v204_c45_r0
 G  o_v204_c45_r1
 G  o_v204_c45_r2
 G  o_v204_c47_r0
 G  o_v204_c47_r1
 G  o_v204_c47_r2
 G  o_v204_c49_r0
 G  o_v204_c49_r1
 G  o_v204_c49_r2
 G  o_v204_c51_r0
 G  o_v204_c51_r1
 G  o_v204_c51_r2
 G  o_v204_c53_r0
 G  o_v204_c53_r1
 G  o_v204_c53_r2
 G  o_v204_c55_r0
 G  o_v204_c55_r1
 G  o_v204_c55_r2
 G  o_v204_c57_r0
 G  o_v204_c57_r1
 G  o_v204_c57_r2
 G  o_v204_c59_r0
 G  o_v204_c59_r1
 G  o_v204_c59_r2
 G  o_v204_c61_r0
 G  o_v204_c61_r1
 G  o_v204_c61_r2
 G  o_v204_c63_r0
 G  o_v204_c63_r1
 G  o_v204_c63_r2
 G  o_v204_c65_r0
 G  o_v204_c65_r1
 G  o_v204_c65_r2
 G  o_v204_c67_r0
 G  o_v204_c67_r1
 G  o_v204_c67_r2
 G  o_v204_c69_r0
 G  o_v204_c69_r1
 G  o_v204_c69_r2
 G  o_v204_c71_r0
 G  o_v204_c71_r1
 G  o_v204_c71_r2
 G  o_v204_c73_r0
 G  o_v204_c73_r1
 G  o_v204_c73_r2
 G  o_v204_c75_r0
 G  o_v204_c75_r1
 G  o_v204_c75_r2
 G  o_v205_c1_r0
 G  o_v205_c1_r1
 G  o_v205_c1_r2
 G  o_v205_c3_r0
 G  o_v205_c3_r1
 G  o_v205_c3_r2
 G  o_v205_c5_r0
 G  o_v205_c5_r1
 G  o_v205_c5_r2
 G  o_v205_c7_r0
 G  o_v205_c7_r1
 G  o_v205_c7_r2
 G  o_v205_c9_r0
 G  o_v205_c9_r1
 G  o_v205_c9_r2
 G  o_v205_c11_r0
 G  o_v205_c11_r1
 G  o_v205_c11_r2
 G  o_v205_c13_r0
 G  o_v205_c13_r1
 G  o_v205_c13_r2
 G  o_v205_c15_r0
 G  o_v205_c15_r1
 G  o_v205_c15_r2
 G  o_v205_c17_r0
 G  o_v205_c17_r1
 G  o_v205_c17_r2
 G  o_v205_c19_r0
 G  o_v205_c19_r1
 G  o_v205_c19_r2
 G  o_v205_c21_r0
 G  o_v205_c21_r1
 G  o_v205_c21_r2
 G  o_v205_c23_r0
 G  o_v205_c23_r1
 G  o_v205_c23_r2
 G  o_v205_c25_r0
 G  o_v205_c25_r1
 G  o_v205_c25_r2
 G  o_v205_c27_r0
 G  o_v205_c27_r1
 G  o_v205_c27_r2
 G  o_v205_c29_r0
 G  o_v205_c29_r1
 G  o_v205_c29_r2
 G  o_v205_c31_r0
 G  o_v205_c31_r1
 G  o_v205_c31_r2
 G  o_v205_c33_r0
 G  o_v205_c33_r1
 G  o_v205_c33_r2
 G  o_v205_c35_r0
 G  o_v205_c35_r1
 G  o_v205_c35_r2
 G  o_v205_c37_r0
 G  o_v205_c37_r1
 G  o_v205_c37_r2
 G  o_v205_c39_r0
 G  o_v205_c39_r1
 G  o_v205_c39_r2
 G  o_v205_c41_r0
 G  o_v205_c41_r1
 G  o_v205_c41_r2
 G  o_v205_c43_r0
 G  o_v205_c43_r1
 G  o_v205_c43_r2
 G  o_v205_c45_r0
 G  o_v205_c45_r1
 G  o_v205_c45_r2
 G  o_v205_c47_r0
 G  o_v205_c47_r1
 G  o_v205_c47_r2
 G  o_v205_c49_r0
 G  o_v205_c49_r1
 G  o_v205_c49_r2
 G  o_v205_c51_r0
 G  o_v205_c51_r1
 G  o_v205_c51_r2
 G  o_v205_c53_r0
 G  o_v205_c53_r1
 G  o_v205_c53_r2
 G  o_v205_c55_r0
 G  o_v205_c55_r1
 G  o_v205_c55_r2
 G  o_v205_c57_r0
 G  o_v205_c57_r1
 G  o_v205_c57_r2
 G  o_v205_c59_r0
 G  o_v205_c59_r1
 G  o_v205_c59_r2
 G  o_v205_c61_r0
 G  o_v205_c61_r1
 G  o_v205_c61_r2
 G  o_v205_c63_r0
 G  o_v205_c63_r1
 G  o_v205_c63_r2
 G  o_v205_c65_r0
 G  o_v205_c65_r1
 G  o_v205_c65_r2
 G  o_v205_c67_r0
 G  o_v205_c67_r1
 G  o_v205_c67_r2
 G  o_v205_c69_r0
 G  o_v205_c69_r1
 G  o_v205_c69_r2
 G  o_v205_c71_r0
 G  o_v205_c71_r1
 G  o_v205_c71_r2
 G  o_v206_c63_r0
 G  o_v206_c65_r0
 G  o_v206_c65_r1
 G  o_v206_c67_r0
 G  o_v206_c67_r1
 G  o_v206_c69_r0
 G  o_v206_c69_r1
 G  o_v206_c71_r0
 G  o_v206_c71_r1
 G  o_v206_c73_r0
 G  o_v206_c73_r1
 G  o_v206_c75_r0
 G  o_v206_c75_r1
 G  o_v206_c77_r0
 G  o_v207_c63_r0
 G  o_v207_c65_r0
 G  o_v207_c65_r1
 G  o_v207_c67_r0
 G  o_v207_c67_r1
 G  o_v207_c69_r0
 G  o_v207_c69_r1
 G  o_v207_c71_r0
 G  o_v207_c71_r1
 G  o_v207_c73_r0
 G  o_v207_c73_r1
 G  o_v207_c75_r0
 G  o_v207_c75_r1
 G  o_v207_c77_r0
 G  o_v208_c63_r0
 G  o_v208_c65_r0
 G  o_v208_c65_r1
 G  o_v208_c67_r0
 G  o_v208_c67_r1
 G  o_v208_c69_r0
 G  o_v208_c69_r1
 G  o_v208_c71_r0
 G  o_v208_c71_r1
 G  o_v208_c73_r0
 G  o_v208_c73_r1
 G  o_v208_c75_r0
 G  o_v208_c75_r1
 G  o_v208_c77_r0
 G  o_v209_c63_r0
 G  o_v209_c63_r1
 G  o_v209_c65_r0
 G  o_v209_c65_r1
 G  o_v209_c67_r0
 G  o_v209_c67_r1
 G  o_v209_c69_r0
 G  o_v209_c69_r1
 G  o_v209_c71_r0
 G  o_v209_c71_r1
 G  o_v209_c73_r0
 G  o_v209_c73_r1
 G  o_v209_c75_r0
 G  o_v209_c75_r1
 G  o_v210_c67_r0
 G  o_v210_c69_r0
 G  o_v210_c69_r1
 G  o_v210_c71_r0
 G  o_v210_c71_r1
 G  o_v210_c73_r0
 G  o_v210_c73_r1
 G  o_v210_c75_r0
 G  o_v210_c75_r1
 G  o_v210_c77_r0
 G  o_v211_c67_r0
 G  o_v211_c69_r0
 G  o_v211_c69_r1
 G  o_v211_c71_r0
 G  o_v211_c71_r1
 G  o_v211_c73_r0
 G  o_v211_c73_r1
 G  o_v211_c75_r0
 G  o_v211_c75_r1
 G  o_v211_c77_r0
 G  o_v212_c67_r0
 G  o_v212_c69_r0
 G  o_v212_c69_r1
 G  o_v212_c71_r0
 G  o_v212_c71_r1
 G  o_v212_c73_r0
 G  o_v212_c73_r1
 G  o_v212_c75_r0
 G  o_v212_c75_r1
 G  o_v212_c77_r0
 G  o_v213_c67_r0
 G  o_v213_c67_r1
 G  o_v213_c69_r0
 G  o_v213_c69_r1
 G  o_v213_c71_r0
 G  o_v213_c71_r1
 G  o_v213_c73_r0
 G  o_v213_c73_r1
 G  o_v213_c75_r0
 G  o_v213_c75_r1
 G  o_v214_c71_r0
 G  o_v214_c73_r0
 G  o_v214_c73_r1
 G  o_v214_c75_r0
 G  o_v214_c75_r1
 G  o_v214_c77_r0
 G  o_v215_c71_r0
 G  o_v215_c73_r0
 G  o_v215_c73_r1
 G  o_v215_c75_r0
 G  o_v215_c75_r1
 G  o_v215_c77_r0
 G  o_v216_c71_r0
 G  o_v216_c73_r0
 G  o_v216_c73_r1
 G  o_v216_c75_r0
 G  o_v216_c75_r1
 G  o_v216_c77_r0
 G  o_v217_c71_r0
 G  o_v217_c71_r1
 G  o_v217_c73_r0
 G  o_v217_c73_r1
 G  o_v217_c75_r0
 G  o_v217_c75_r1
 G  o_v218_c75_r0
 G  o_v218_c77_r0
 G  o_v219_c75_r0
 G  o_v219_c77_r0
 G  o_v220_c75_r0
 G  o_v220_c77_r0
 G  o_v221_c75_r0
 G  o_v221_c75_r1
 G  pt_v10_L2_r0
 G  pt_v10_L2_r1
 G  pt_v13_L3_r0
 G  pt_v13_L3_r1
 G  pt_v16_L4_r0
 G  pt_v16_L4_r1
 G  pt_v23_L3_r0
 G  pt_v23_L3_r1
 G  pt_v26_L4_r0
 G  pt_v26_L4_r1
 G  pt_v29_L5_r0
 G  pt_v29_L5_r1
 G  pt_v36_L4_r0
 G  pt_v36_L4_r1
 G  pt_v39_L5_r0
 G  pt_v39_L5_r1
 G  pt_v42_L6_r0
 G  pt_v42_L6_r1
 G  pt_v49_L5_r0
 G  pt_v49_L5_r1
 G  pt_v52_L6_r0
 G  pt_v52_L6_r1
 G  pt_v55_L7_r0
 G  pt_v55_L7_r1
 G  pt_v62_L6_r0
 G  pt_v62_L6_r1
 G  pt_v65_L7_r0
 G  pt_v65_L7_r1
 G  pt_v68_L8_r0
 G  pt_v68_L8_r1
 G  pt_v75_L7_r0
 G  pt_v75_L7_r1
 G  pt_v78_L8_r0
 G  pt_v78_L8_r1
 G  pt_v81_L9_r0
 G  pt_v81_L9_r1
 G  pt_v88_L8_r0
 G  pt_v88_L8_r1
 G  pt_v91_L9_r0
 G  pt_v91_L9_r1
 G  pt_v94_L10_r0
 G  pt_v94_L10_r1
 G  pt_v101_L9_r0
 G  pt_v101_L9_r1
 G  pt_v104_L10_r0
 G  pt_v104_L10_r1
 G  pt_v107_L11_r0
 G  pt_v107_L11_r1
 G  pt_v114_L10_r0
 G  pt_v114_L10_r1
 G  pt_v117_L11_r0
 G  pt_v117_L11_r1
 G  pt_v120_L12_r0
 G  pt_v120_L12_r1
 G  pt_v127_L11_r0
 G  pt_v127_L11_r1
 G  pt_v130_L12_r0
 G  pt_v130_L12_r1
 G  pt_v133_L13_r0
 G  pt_v133_L13_r1
 G  pt_v140_L12_r0
 G  pt_v140_L12_r1
 G  pt_v143_L13_r0
 G  pt_v143_L13_r1
 G  pt_v146_L14_r0
 G  pt_v146_L14_r1
 G  pt_v153_L13_r0
 G  pt_v153_L13_r1
 G  pt_v156_L14_r0
 G  pt_v156_L14_r1
 G  pt_v159_L15_r0
 G  pt_v159_L15_r1
 G  pt_v166_L14_r0
 G  pt_v166_L14_r1
 G  pt_v169_L15_r0
 G  pt_v169_L15_r1
 G  pt_v172_L16_r0
 G  pt_v172_L16_r1
 G  pt_v179_L15_r0
 G  pt_v179_L15_r1
 G  pt_v182_L16_r0
 G  pt_v182_L16_r1
 G  pt_v185_L17_r0
 G  pt_v185_L17_r1
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
 L  occ_c37
 L  occ_c39
 L  occ_c41
 L  occ_c43
 L  occ_c45
 L  occ_c47
 L  occ_c49
 L  occ_c51
 L  occ_c53
 L  occ_c55
 L  occ_c57
 L  occ_c59
 L  occ_c61
 L  occ_c63
 L  occ_c65
 L  occ_c67
 L  occ_c69
 L  occ_c71
 L  occ_c73
 L  occ_c75
 L  occ_c77
 L  occ_c79
 L  heads_L0
 L  heads_L1
 L  heads_L2
 L  heads_L3
 L  heads_L4
 L  heads_L5
 L  heads_L6
 L  heads_L7
 L  heads_L8
 L  heads_L9
 L  heads_L10
 L  heads_L11
 L  heads_L12
 L  heads_L13
 L  heads_L14
 L  heads_L15
 L  heads_L16
 L  heads_L17
 L  heads_L18
 L  heads_L19
COLUMNS
    x_g0_p0 assign_g0 1 dy_v4_L0_r0 -1
    x_g0_p0 heads_L0 2
    x_g1_p0 assign_g1 1 dy_v4_L0_r1 -1
    x_g1_p0 heads_L0 2
    x_g2_p2 assign_g2 1
    x_g3_p2 assign_g3 1
    x_g4_p3 cum_g4_p3 -1 assign_g4 1
    x_g4_p5 assign_g4 1 heads_L1 7
    z_g4_p3 cum_g4_p3 1 o_v7_c5_r0 1
    z_g4_p3 o_v8_c3_r0 1 o_v8_c5_r0 1
    z_g4_p3 o_v9_c3_r0 1 o_v9_c5_r0 1
    z_g4_p3 o_v10_c3_r0 -1 o_v10_c3_r1 -1
    x_g5_p6 assign_g5 1
    x_g6_p6 assign_g6 1
    x_g7_p7 cum_g7_p7 -1 assign_g7 1
    x_g7_p9 assign_g7 1 dy_v10_L2_r0 -1
    x_g7_p9 pt_v10_L2_r0 -1 heads_L2 5
    z_g7_p7 cum_g7_p7 1 o_v10_c9_r0 1
    z_g7_p7 o_v11_c7_r0 1 o_v11_c9_r0 1
    z_g7_p7 o_v12_c7_r0 1 o_v12_c9_r0 1
    z_g7_p7 o_v13_c7_r0 -1 o_v13_c7_r1 -1
    x_g8_p10 assign_g8 1
    x_g9_p10 assign_g9 1
    x_g10_p11 cum_g10_p11 -1 assign_g10 1
    x_g10_p13 assign_g10 1 dy_v13_L3_r0 -1
    x_g10_p13 pt_v13_L3_r0 -1 heads_L3 5
    z_g10_p11 cum_g10_p11 1 o_v13_c13_r0 1
    z_g10_p11 o_v14_c11_r0 1 o_v14_c13_r0 1
    z_g10_p11 o_v15_c11_r0 1 o_v15_c13_r0 1
    z_g10_p11 o_v16_c11_r0 -1 o_v16_c11_r1 -1
    x_g11_p14 assign_g11 1
    x_g12_p14 assign_g12 1
    x_g13_p15 cum_g13_p15 -1 assign_g13 1
    x_g13_p17 assign_g13 1 dy_v16_L4_r0 -1
    x_g13_p17 pt_v16_L4_r0 -1 heads_L4 6
    z_g13_p15 cum_g13_p15 1 o_v6_c17_r0 1
    z_g13_p15 o_v16_c17_r0 1 o_v17_c15_r0 1
    z_g13_p15 o_v17_c17_r0 1 o_v18_c15_r0 1
    z_g13_p15 o_v18_c17_r0 1 occ_c15 1
    x_g14_p0 cum_g14_p0 -1 assign_g14 1
    x_g14_p0 dy_v4_L0_r2 -1 heads_L0 2
    x_g14_p4 assign_g14 1 dy_v4_L1_r0 -1
    x_g14_p4 heads_L1 2
    z_g14_p0 cum_g14_p0 1 o_v4_c3_r0 1
    z_g14_p0 o_v4_c5_r0 1 dy_v4_L0_r0 -1
    z_g14_p0 dy_v4_L0_r1 -1 dy_v4_L0_r3 -1
    z_g14_p0 dy_v4_L0_r4 -1 dy_v4_L0_r5 -1
    z_g14_p0 dy_v4_L0_r6 -1 dy_v4_L0_r7 -1
    z_g14_p0 dy_v4_L0_r8 -1 dy_v4_L0_r9 -1
    z_g14_p0 dy_v4_L0_r10 -1 dy_v4_L0_r11 -1
    z_g14_p0 dy_v4_L0_r12 -1 dy_v4_L0_r13 -1
    z_g14_p0 dy_v4_L0_r14 -1 dy_v4_L0_r15 -1
    z_g14_p0 occ_c1 1 occ_c3 1
    x_g15_p6 assign_g15 1
    x_g16_p6 assign_g16 1
    x_g17_p7 cum_g17_p7 -1 assign_g17 1
    x_g17_p9 assign_g17 1 dy_v10_L2_r1 -1
    x_g17_p9 pt_v10_L2_r1 -1 heads_L2 6
    z_g17_p7 cum_g17_p7 1 o_v10_c9_r1 1
    z_g17_p7 o_v20_c9_r0 1 o_v21_c7_r0 1
    z_g17_p7 o_v21_c9_r0 1 o_v22_c7_r0 1
    z_g17_p7 o_v22_c9_r0 1 o_v23_c7_r0 -1
    z_g17_p7 o_v23_c7_r1 -1
    x_g18_p10 assign_g18 1
    x_g19_p10 assign_g19 1
    x_g20_p11 cum_g20_p11 -1 assign_g20 1
    x_g20_p13 assign_g20 1 dy_v13_L3_r1 -1
    x_g20_p13 dy_v23_L3_r0 -1 pt_v13_L3_r1 -1
    x_g20_p13 pt_v23_L3_r0 -1 heads_L3 4
    z_g20_p11 cum_g20_p11 1 o_v13_c13_r1 1
    z_g20_p11 o_v23_c13_r0 1 o_v24_c11_r0 1
    z_g20_p11 o_v24_c13_r0 1 o_v25_c11_r0 1
    z_g20_p11 o_v25_c13_r0 1 o_v26_c11_r0 -1
    z_g20_p11 o_v26_c11_r1 -1
    x_g21_p14 assign_g21 1
    x_g22_p14 assign_g22 1
    x_g23_p15 cum_g23_p15 -1 assign_g23 1
    x_g23_p17 assign_g23 1 dy_v16_L4_r1 -1
    x_g23_p17 dy_v26_L4_r0 -1 pt_v16_L4_r1 -1
    x_g23_p17 pt_v26_L4_r0 -1 heads_L4 4
    z_g23_p15 cum_g23_p15 1 o_v16_c17_r1 1
    z_g23_p15 o_v26_c17_r0 1 o_v27_c15_r0 1
    z_g23_p15 o_v27_c17_r0 1 o_v28_c15_r0 1
    z_g23_p15 o_v28_c17_r0 1 o_v29_c15_r0 -1
    z_g23_p15 o_v29_c15_r1 -1
    x_g24_p18 assign_g24 1
    x_g25_p18 assign_g25 1
    x_g26_p19 cum_g26_p19 -1 assign_g26 1
    x_g26_p21 assign_g26 1 dy_v29_L5_r0 -1
    x_g26_p21 pt_v29_L5_r0 -1 heads_L5 6
    z_g26_p19 cum_g26_p19 1 o_v29_c21_r0 1
    z_g26_p19 o_v30_c19_r0 1 o_v30_c21_r0 1
    z_g26_p19 o_v31_c19_r0 1 o_v31_c21_r0 1
    z_g26_p19 occ_c19 1 occ_c21 -1
    x_g27_p0 cum_g27_p0 -1 assign_g27 1
    x_g27_p0 dy_v4_L0_r3 -1 heads_L0 2
    x_g27_p4 cum_g27_p4 -1 assign_g27 1
    x_g27_p4 dy_v4_L1_r1 -1 heads_L1 2
    x_g27_p8 assign_g27 1 dy_v4_L2_r0 -1
    x_g27_p8 heads_L2 2
    z_g27_p0 cum_g27_p0 1 cum_g27_p4 -1
    z_g27_p0 o_v4_c3_r1 1 o_v4_c5_r1 1
    z_g27_p0 dy_v4_L0_r0 -1 dy_v4_L0_r1 -1
    z_g27_p0 dy_v4_L0_r2 -1 dy_v4_L0_r4 -1
    z_g27_p0 dy_v4_L0_r5 -1 dy_v4_L0_r6 -1
    z_g27_p0 dy_v4_L0_r7 -1 dy_v4_L0_r8 -1
    z_g27_p0 dy_v4_L0_r9 -1 dy_v4_L0_r10 -1
    z_g27_p0 dy_v4_L0_r11 -1 dy_v4_L0_r12 -1
    z_g27_p0 dy_v4_L0_r13 -1 dy_v4_L0_r14 -1
    z_g27_p0 dy_v4_L0_r15 -1 occ_c1 1
    z_g27_p0 occ_c3 1
    z_g27_p4 cum_g27_p4 1 o_v4_c7_r0 1
    z_g27_p4 o_v4_c9_r0 1 dy_v4_L1_r0 -1
    z_g27_p4 dy_v4_L1_r2 -1 dy_v4_L1_r3 -1
    z_g27_p4 dy_v4_L1_r4 -1 dy_v4_L1_r5 -1
    z_g27_p4 dy_v4_L1_r6 -1 dy_v4_L1_r7 -1
    z_g27_p4 dy_v4_L1_r8 -1 dy_v4_L1_r9 -1
    z_g27_p4 dy_v4_L1_r10 -1 dy_v4_L1_r11 -1
    z_g27_p4 dy_v4_L1_r12 -1 dy_v4_L1_r13 -1
    z_g27_p4 occ_c5 1 occ_c7 1
    x_g28_p10 assign_g28 1
    x_g29_p10 assign_g29 1
    x_g30_p11 cum_g30_p11 -1 assign_g30 1
    x_g30_p13 assign_g30 1 dy_v23_L3_r1 -1
    x_g30_p13 pt_v23_L3_r1 -1 heads_L3 6
    z_g30_p11 cum_g30_p11 1 o_v23_c13_r1 1
    z_g30_p11 o_v33_c13_r0 1 o_v34_c11_r0 1
    z_g30_p11 o_v34_c13_r0 1 o_v35_c11_r0 1
    z_g30_p11 o_v35_c13_r0 1 o_v36_c11_r0 -1
    z_g30_p11 o_v36_c11_r1 -1
    x_g31_p14 assign_g31 1
    x_g32_p14 assign_g32 1
    x_g33_p15 cum_g33_p15 -1 assign_g33 1
    x_g33_p17 assign_g33 1 dy_v26_L4_r1 -1
    x_g33_p17 dy_v36_L4_r0 -1 pt_v26_L4_r1 -1
    x_g33_p17 pt_v36_L4_r0 -1 heads_L4 4
    z_g33_p15 cum_g33_p15 1 o_v26_c17_r1 1
    z_g33_p15 o_v36_c17_r0 1 o_v37_c15_r0 1
    z_g33_p15 o_v37_c17_r0 1 o_v38_c15_r0 1
    z_g33_p15 o_v38_c17_r0 1 o_v39_c15_r0 -1
    z_g33_p15 o_v39_c15_r1 -1
    x_g34_p18 assign_g34 1
    x_g35_p18 assign_g35 1
    x_g36_p19 cum_g36_p19 -1 assign_g36 1
    x_g36_p21 assign_g36 1 dy_v29_L5_r1 -1
    x_g36_p21 dy_v39_L5_r0 -1 pt_v29_L5_r1 -1
    x_g36_p21 pt_v39_L5_r0 -1 heads_L5 4
    z_g36_p19 cum_g36_p19 1 o_v29_c21_r1 1
    z_g36_p19 o_v39_c21_r0 1 o_v40_c19_r0 1
    z_g36_p19 o_v40_c21_r0 1 o_v41_c19_r0 1
    z_g36_p19 o_v41_c21_r0 1 o_v42_c19_r0 -1
    z_g36_p19 o_v42_c19_r1 -1
    x_g37_p22 assign_g37 1
    x_g38_p22 assign_g38 1
    x_g39_p23 cum_g39_p23 -1 assign_g39 1
    x_g39_p25 assign_g39 1 dy_v42_L6_r0 -1
    x_g39_p25 pt_v42_L6_r0 -1 heads_L6 6
    z_g39_p23 cum_g39_p23 1 o_v42_c25_r0 1
    z_g39_p23 o_v43_c23_r0 1 o_v43_c25_r0 1
    z_g39_p23 o_v44_c23_r0 1 o_v44_c25_r0 1
    z_g39_p23 occ_c23 1 occ_c25 -1
    x_g40_p0 cum_g40_p0 -1 assign_g40 1
    x_g40_p0 dy_v4_L0_r4 -1 heads_L0 2
    x_g40_p4 cum_g40_p4 -1 assign_g40 1
    x_g40_p4 dy_v4_L1_r2 -1 heads_L1 2
    x_g40_p8 cum_g40_p8 -1 assign_g40 1
    x_g40_p8 dy_v4_L2_r1 -1 heads_L2 2
    x_g40_p12 assign_g40 1 dy_v4_L3_r0 -1
    x_g40_p12 heads_L3 2
    z_g40_p0 cum_g40_p0 1 cum_g40_p4 -1
    z_g40_p0 o_v4_c3_r2 1 o_v4_c5_r2 1
    z_g40_p0 dy_v4_L0_r0 -1 dy_v4_L0_r1 -1
    z_g40_p0 dy_v4_L0_r2 -1 dy_v4_L0_r3 -1
    z_g40_p0 dy_v4_L0_r5 -1 dy_v4_L0_r6 -1
    z_g40_p0 dy_v4_L0_r7 -1 dy_v4_L0_r8 -1
    z_g40_p0 dy_v4_L0_r9 -1 dy_v4_L0_r10 -1
    z_g40_p0 dy_v4_L0_r11 -1 dy_v4_L0_r12 -1
    z_g40_p0 dy_v4_L0_r13 -1 dy_v4_L0_r14 -1
    z_g40_p0 dy_v4_L0_r15 -1 occ_c1 1
    z_g40_p0 occ_c3 1
    z_g40_p4 cum_g40_p4 1 cum_g40_p8 -1
    z_g40_p4 o_v4_c7_r1 1 o_v4_c9_r1 1
    z_g40_p4 dy_v4_L1_r0 -1 dy_v4_L1_r1 -1
    z_g40_p4 dy_v4_L1_r3 -1 dy_v4_L1_r4 -1
    z_g40_p4 dy_v4_L1_r5 -1 dy_v4_L1_r6 -1
    z_g40_p4 dy_v4_L1_r7 -1 dy_v4_L1_r8 -1
    z_g40_p4 dy_v4_L1_r9 -1 dy_v4_L1_r10 -1
    z_g40_p4 dy_v4_L1_r11 -1 dy_v4_L1_r12 -1
    z_g40_p4 dy_v4_L1_r13 -1 occ_c5 1
    z_g40_p4 occ_c7 1
    z_g40_p8 cum_g40_p8 1 o_v4_c11_r0 1
    z_g40_p8 o_v4_c13_r0 1 dy_v4_L2_r0 -1
    z_g40_p8 dy_v4_L2_r2 -1 dy_v4_L2_r3 -1
    z_g40_p8 dy_v4_L2_r4 -1 dy_v4_L2_r5 -1
    z_g40_p8 dy_v4_L2_r6 -1 dy_v4_L2_r7 -1
    z_g40_p8 dy_v4_L2_r8 -1 dy_v4_L2_r9 -1
    z_g40_p8 dy_v4_L2_r10 -1 dy_v4_L2_r11 -1
    z_g40_p8 dy_v4_L2_r12 -1 occ_c9 1
    z_g40_p8 occ_c11 1
    x_g41_p14 assign_g41 1
    x_g42_p14 assign_g42 1
    x_g43_p15 cum_g43_p15 -1 assign_g43 1
    x_g43_p17 assign_g43 1 dy_v36_L4_r1 -1
    x_g43_p17 pt_v36_L4_r1 -1 heads_L4 6
    z_g43_p15 cum_g43_p15 1 o_v36_c17_r1 1
    z_g43_p15 o_v46_c17_r0 1 o_v47_c15_r0 1
    z_g43_p15 o_v47_c17_r0 1 o_v48_c15_r0 1
    z_g43_p15 o_v48_c17_r0 1 o_v49_c15_r0 -1
    z_g43_p15 o_v49_c15_r1 -1
    x_g44_p18 assign_g44 1
    x_g45_p18 assign_g45 1
    x_g46_p19 cum_g46_p19 -1 assign_g46 1
    x_g46_p21 assign_g46 1 dy_v39_L5_r1 -1
    x_g46_p21 dy_v49_L5_r0 -1 pt_v39_L5_r1 -1
    x_g46_p21 pt_v49_L5_r0 -1 heads_L5 4
    z_g46_p19 cum_g46_p19 1 o_v39_c21_r1 1
    z_g46_p19 o_v49_c21_r0 1 o_v50_c19_r0 1
    z_g46_p19 o_v50_c21_r0 1 o_v51_c19_r0 1
    z_g46_p19 o_v51_c21_r0 1 o_v52_c19_r0 -1
    z_g46_p19 o_v52_c19_r1 -1
    x_g47_p22 assign_g47 1
    x_g48_p22 assign_g48 1
    x_g49_p23 cum_g49_p23 -1 assign_g49 1
    x_g49_p25 assign_g49 1 dy_v42_L6_r1 -1
    x_g49_p25 dy_v52_L6_r0 -1 pt_v42_L6_r1 -1
    x_g49_p25 pt_v52_L6_r0 -1 heads_L6 4
    z_g49_p23 cum_g49_p23 1 o_v42_c25_r1 1
    z_g49_p23 o_v52_c25_r0 1 o_v53_c23_r0 1
    z_g49_p23 o_v53_c25_r0 1 o_v54_c23_r0 1
    z_g49_p23 o_v54_c25_r0 1 o_v55_c23_r0 -1
    z_g49_p23 o_v55_c23_r1 -1
    x_g50_p26 assign_g50 1
    x_g51_p26 assign_g51 1
    x_g52_p27 cum_g52_p27 -1 assign_g52 1
    x_g52_p29 assign_g52 1 dy_v55_L7_r0 -1
    x_g52_p29 pt_v55_L7_r0 -1 heads_L7 6
    z_g52_p27 cum_g52_p27 1 o_v55_c29_r0 1
    z_g52_p27 o_v56_c27_r0 1 o_v56_c29_r0 1
    z_g52_p27 o_v57_c27_r0 1 o_v57_c29_r0 1
    z_g52_p27 occ_c27 1 occ_c29 -1
    x_g53_p0 cum_g53_p0 -1 assign_g53 1
    x_g53_p0 dy_v4_L0_r5 -1 heads_L0 2
    x_g53_p4 cum_g53_p4 -1 assign_g53 1
    x_g53_p4 dy_v4_L1_r3 -1 heads_L1 2
    x_g53_p8 cum_g53_p8 -1 assign_g53 1
    x_g53_p8 dy_v4_L2_r2 -1 heads_L2 2
    x_g53_p12 cum_g53_p12 -1 assign_g53 1
    x_g53_p12 dy_v4_L3_r1 -1 heads_L3 2
    x_g53_p16 assign_g53 1 dy_v4_L4_r0 -1
    x_g53_p16 heads_L4 2
    z_g53_p0 cum_g53_p0 1 cum_g53_p4 -1
    z_g53_p0 o_v4_c3_r3 1 o_v4_c5_r3 1
    z_g53_p0 dy_v4_L0_r0 -1 dy_v4_L0_r1 -1
    z_g53_p0 dy_v4_L0_r2 -1 dy_v4_L0_r3 -1
    z_g53_p0 dy_v4_L0_r4 -1 dy_v4_L0_r6 -1
    z_g53_p0 dy_v4_L0_r7 -1 dy_v4_L0_r8 -1
    z_g53_p0 dy_v4_L0_r9 -1 dy_v4_L0_r10 -1
    z_g53_p0 dy_v4_L0_r11 -1 dy_v4_L0_r12 -1
    z_g53_p0 dy_v4_L0_r13 -1 dy_v4_L0_r14 -1
    z_g53_p0 dy_v4_L0_r15 -1 occ_c1 1
    z_g53_p0 occ_c3 1
    z_g53_p4 cum_g53_p4 1 cum_g53_p8 -1
    z_g53_p4 o_v4_c7_r2 1 o_v4_c9_r2 1
    z_g53_p4 dy_v4_L1_r0 -1 dy_v4_L1_r1 -1
    z_g53_p4 dy_v4_L1_r2 -1 dy_v4_L1_r4 -1
    z_g53_p4 dy_v4_L1_r5 -1 dy_v4_L1_r6 -1
    z_g53_p4 dy_v4_L1_r7 -1 dy_v4_L1_r8 -1
    z_g53_p4 dy_v4_L1_r9 -1 dy_v4_L1_r10 -1
    z_g53_p4 dy_v4_L1_r11 -1 dy_v4_L1_r12 -1
    z_g53_p4 dy_v4_L1_r13 -1 occ_c5 1
    z_g53_p4 occ_c7 1
    z_g53_p8 cum_g53_p8 1 cum_g53_p12 -1
    z_g53_p8 o_v4_c11_r1 1 o_v4_c13_r1 1
    z_g53_p8 dy_v4_L2_r0 -1 dy_v4_L2_r1 -1
    z_g53_p8 dy_v4_L2_r3 -1 dy_v4_L2_r4 -1
    z_g53_p8 dy_v4_L2_r5 -1 dy_v4_L2_r6 -1
    z_g53_p8 dy_v4_L2_r7 -1 dy_v4_L2_r8 -1
    z_g53_p8 dy_v4_L2_r9 -1 dy_v4_L2_r10 -1
    z_g53_p8 dy_v4_L2_r11 -1 dy_v4_L2_r12 -1
    z_g53_p8 occ_c9 1 occ_c11 1
    z_g53_p12 cum_g53_p12 1 o_v4_c15_r0 1
    z_g53_p12 o_v4_c17_r0 1 dy_v4_L3_r0 -1
    z_g53_p12 dy_v4_L3_r2 -1 dy_v4_L3_r3 -1
    z_g53_p12 dy_v4_L3_r4 -1 dy_v4_L3_r5 -1
    z_g53_p12 dy_v4_L3_r6 -1 dy_v4_L3_r7 -1
    z_g53_p12 dy_v4_L3_r8 -1 dy_v4_L3_r9 -1
    z_g53_p12 dy_v4_L3_r10 -1 dy_v4_L3_r11 -1
    z_g53_p12 occ_c13 1 occ_c15 1
    x_g54_p18 assign_g54 1
    x_g55_p18 assign_g55 1
    x_g56_p19 cum_g56_p19 -1 assign_g56 1
    x_g56_p21 assign_g56 1 dy_v49_L5_r1 -1
    x_g56_p21 pt_v49_L5_r1 -1 heads_L5 6
    z_g56_p19 cum_g56_p19 1 o_v49_c21_r1 1
    z_g56_p19 o_v59_c21_r0 1 o_v60_c19_r0 1
    z_g56_p19 o_v60_c21_r0 1 o_v61_c19_r0 1
    z_g56_p19 o_v61_c21_r0 1 o_v62_c19_r0 -1
    z_g56_p19 o_v62_c19_r1 -1
    x_g57_p22 assign_g57 1
    x_g58_p22 assign_g58 1
    x_g59_p23 cum_g59_p23 -1 assign_g59 1
    x_g59_p25 assign_g59 1 dy_v52_L6_r1 -1
    x_g59_p25 dy_v62_L6_r0 -1 pt_v52_L6_r1 -1
    x_g59_p25 pt_v62_L6_r0 -1 heads_L6 4
    z_g59_p23 cum_g59_p23 1 o_v52_c25_r1 1
    z_g59_p23 o_v62_c25_r0 1 o_v63_c23_r0 1
    z_g59_p23 o_v63_c25_r0 1 o_v64_c23_r0 1
    z_g59_p23 o_v64_c25_r0 1 o_v65_c23_r0 -1
    z_g59_p23 o_v65_c23_r1 -1
    x_g60_p26 assign_g60 1
    x_g61_p26 assign_g61 1
    x_g62_p27 cum_g62_p27 -1 assign_g62 1
    x_g62_p29 assign_g62 1 dy_v55_L7_r1 -1
    x_g62_p29 dy_v65_L7_r0 -1 pt_v55_L7_r1 -1
    x_g62_p29 pt_v65_L7_r0 -1 heads_L7 4
    z_g62_p27 cum_g62_p27 1 o_v55_c29_r1 1
    z_g62_p27 o_v65_c29_r0 1 o_v66_c27_r0 1
    z_g62_p27 o_v66_c29_r0 1 o_v67_c27_r0 1
    z_g62_p27 o_v67_c29_r0 1 o_v68_c27_r0 -1
    z_g62_p27 o_v68_c27_r1 -1
    x_g63_p30 assign_g63 1
    x_g64_p30 assign_g64 1
    x_g65_p31 cum_g65_p31 -1 assign_g65 1
    x_g65_p33 assign_g65 1 dy_v68_L8_r0 -1
    x_g65_p33 pt_v68_L8_r0 -1 heads_L8 6
    z_g65_p31 cum_g65_p31 1 o_v68_c33_r0 1
    z_g65_p31 o_v69_c31_r0 1 o_v69_c33_r0 1
    z_g65_p31 o_v70_c31_r0 1 o_v70_c33_r0 1
    z_g65_p31 occ_c31 1 occ_c33 -1
    x_g66_p0 cum_g66_p0 -1 assign_g66 1
    x_g66_p0 dy_v4_L0_r6 -1 heads_L0 2
    x_g66_p4 cum_g66_p4 -1 assign_g66 1
    x_g66_p4 dy_v4_L1_r4 -1 heads_L1 2
    x_g66_p8 cum_g66_p8 -1 assign_g66 1
    x_g66_p8 dy_v4_L2_r3 -1 heads_L2 2
    x_g66_p12 cum_g66_p12 -1 assign_g66 1
    x_g66_p12 dy_v4_L3_r2 -1 heads_L3 2
    x_g66_p16 cum_g66_p16 -1 assign_g66 1
    x_g66_p16 dy_v4_L4_r1 -1 heads_L4 2
    x_g66_p20 assign_g66 1 dy_v4_L5_r0 -1
    x_g66_p20 heads_L5 2
    z_g66_p0 cum_g66_p0 1 cum_g66_p4 -1
    z_g66_p0 o_v4_c3_r4 1 o_v4_c5_r4 1
    z_g66_p0 dy_v4_L0_r0 -1 dy_v4_L0_r1 -1
    z_g66_p0 dy_v4_L0_r2 -1 dy_v4_L0_r3 -1
    z_g66_p0 dy_v4_L0_r4 -1 dy_v4_L0_r5 -1
    z_g66_p0 dy_v4_L0_r7 -1 dy_v4_L0_r8 -1
    z_g66_p0 dy_v4_L0_r9 -1 dy_v4_L0_r10 -1
    z_g66_p0 dy_v4_L0_r11 -1 dy_v4_L0_r12 -1
    z_g66_p0 dy_v4_L0_r13 -1 dy_v4_L0_r14 -1
    z_g66_p0 dy_v4_L0_r15 -1 occ_c1 1
    z_g66_p0 occ_c3 1
    z_g66_p4 cum_g66_p4 1 cum_g66_p8 -1
    z_g66_p4 o_v4_c7_r3 1 o_v4_c9_r3 1
    z_g66_p4 dy_v4_L1_r0 -1 dy_v4_L1_r1 -1
    z_g66_p4 dy_v4_L1_r2 -1 dy_v4_L1_r3 -1
    z_g66_p4 dy_v4_L1_r5 -1 dy_v4_L1_r6 -1
    z_g66_p4 dy_v4_L1_r7 -1 dy_v4_L1_r8 -1
    z_g66_p4 dy_v4_L1_r9 -1 dy_v4_L1_r10 -1
    z_g66_p4 dy_v4_L1_r11 -1 dy_v4_L1_r12 -1
    z_g66_p4 dy_v4_L1_r13 -1 occ_c5 1
    z_g66_p4 occ_c7 1
    z_g66_p8 cum_g66_p8 1 cum_g66_p12 -1
    z_g66_p8 o_v4_c11_r2 1 o_v4_c13_r2 1
    z_g66_p8 dy_v4_L2_r0 -1 dy_v4_L2_r1 -1
    z_g66_p8 dy_v4_L2_r2 -1 dy_v4_L2_r4 -1
    z_g66_p8 dy_v4_L2_r5 -1 dy_v4_L2_r6 -1
    z_g66_p8 dy_v4_L2_r7 -1 dy_v4_L2_r8 -1
    z_g66_p8 dy_v4_L2_r9 -1 dy_v4_L2_r10 -1
    z_g66_p8 dy_v4_L2_r11 -1 dy_v4_L2_r12 -1
    z_g66_p8 occ_c9 1 occ_c11 1
    z_g66_p12 cum_g66_p12 1 cum_g66_p16 -1
    z_g66_p12 o_v4_c15_r1 1 o_v4_c17_r1 1
    z_g66_p12 dy_v4_L3_r0 -1 dy_v4_L3_r1 -1
    z_g66_p12 dy_v4_L3_r3 -1 dy_v4_L3_r4 -1
    z_g66_p12 dy_v4_L3_r5 -1 dy_v4_L3_r6 -1
    z_g66_p12 dy_v4_L3_r7 -1 dy_v4_L3_r8 -1
    z_g66_p12 dy_v4_L3_r9 -1 dy_v4_L3_r10 -1
    z_g66_p12 dy_v4_L3_r11 -1 occ_c13 1
    z_g66_p12 occ_c15 1
    z_g66_p16 cum_g66_p16 1 o_v4_c19_r0 1
    z_g66_p16 o_v4_c21_r0 1 dy_v4_L4_r0 -1
    z_g66_p16 dy_v4_L4_r2 -1 dy_v4_L4_r3 -1
    z_g66_p16 dy_v4_L4_r4 -1 dy_v4_L4_r5 -1
    z_g66_p16 dy_v4_L4_r6 -1 dy_v4_L4_r7 -1
    z_g66_p16 dy_v4_L4_r8 -1 dy_v4_L4_r9 -1
    z_g66_p16 dy_v4_L4_r10 -1 occ_c17 1
    z_g66_p16 occ_c19 1
    x_g67_p22 assign_g67 1
    x_g68_p22 assign_g68 1
    x_g69_p23 cum_g69_p23 -1 assign_g69 1
    x_g69_p25 assign_g69 1 dy_v62_L6_r1 -1
    x_g69_p25 pt_v62_L6_r1 -1 heads_L6 6
    z_g69_p23 cum_g69_p23 1 o_v62_c25_r1 1
    z_g69_p23 o_v72_c25_r0 1 o_v73_c23_r0 1
    z_g69_p23 o_v73_c25_r0 1 o_v74_c23_r0 1
    z_g69_p23 o_v74_c25_r0 1 o_v75_c23_r0 -1
    z_g69_p23 o_v75_c23_r1 -1
    x_g70_p26 assign_g70 1
    x_g71_p26 assign_g71 1
    x_g72_p27 cum_g72_p27 -1 assign_g72 1
    x_g72_p29 assign_g72 1 dy_v65_L7_r1 -1
    x_g72_p29 dy_v75_L7_r0 -1 pt_v65_L7_r1 -1
    x_g72_p29 pt_v75_L7_r0 -1 heads_L7 4
    z_g72_p27 cum_g72_p27 1 o_v65_c29_r1 1
    z_g72_p27 o_v75_c29_r0 1 o_v76_c27_r0 1
    z_g72_p27 o_v76_c29_r0 1 o_v77_c27_r0 1
    z_g72_p27 o_v77_c29_r0 1 o_v78_c27_r0 -1
    z_g72_p27 o_v78_c27_r1 -1
    x_g73_p30 assign_g73 1
    x_g74_p30 assign_g74 1
    x_g75_p31 cum_g75_p31 -1 assign_g75 1
    x_g75_p33 assign_g75 1 dy_v68_L8_r1 -1
    x_g75_p33 dy_v78_L8_r0 -1 pt_v68_L8_r1 -1
    x_g75_p33 pt_v78_L8_r0 -1 heads_L8 4
    z_g75_p31 cum_g75_p31 1 o_v68_c33_r1 1
    z_g75_p31 o_v78_c33_r0 1 o_v79_c31_r0 1
    z_g75_p31 o_v79_c33_r0 1 o_v80_c31_r0 1
    z_g75_p31 o_v80_c33_r0 1 o_v81_c31_r0 -1
    z_g75_p31 o_v81_c31_r1 -1
    x_g76_p34 assign_g76 1
    x_g77_p34 assign_g77 1
    x_g78_p35 cum_g78_p35 -1 assign_g78 1
    x_g78_p37 assign_g78 1 dy_v81_L9_r0 -1
    x_g78_p37 pt_v81_L9_r0 -1 heads_L9 6
    z_g78_p35 cum_g78_p35 1 o_v81_c37_r0 1
    z_g78_p35 o_v82_c35_r0 1 o_v82_c37_r0 1
    z_g78_p35 o_v83_c35_r0 1 o_v83_c37_r0 1
    z_g78_p35 occ_c35 1 occ_c37 -1
    x_g79_p0 cum_g79_p0 -1 assign_g79 1
    x_g79_p0 dy_v4_L0_r7 -1 heads_L0 2
    x_g79_p4 cum_g79_p4 -1 assign_g79 1
    x_g79_p4 dy_v4_L1_r5 -1 heads_L1 2
    x_g79_p8 cum_g79_p8 -1 assign_g79 1
    x_g79_p8 dy_v4_L2_r4 -1 heads_L2 2
    x_g79_p12 cum_g79_p12 -1 assign_g79 1
    x_g79_p12 dy_v4_L3_r3 -1 heads_L3 2
    x_g79_p16 cum_g79_p16 -1 assign_g79 1
    x_g79_p16 dy_v4_L4_r2 -1 heads_L4 2
    x_g79_p20 cum_g79_p20 -1 assign_g79 1
    x_g79_p20 dy_v4_L5_r1 -1 heads_L5 2
    x_g79_p24 assign_g79 1 dy_v4_L6_r0 -1
    x_g79_p24 heads_L6 2
    z_g79_p0 cum_g79_p0 1 cum_g79_p4 -1
    z_g79_p0 o_v4_c3_r5 1 o_v4_c5_r5 1
    z_g79_p0 dy_v4_L0_r0 -1 dy_v4_L0_r1 -1
    z_g79_p0 dy_v4_L0_r2 -1 dy_v4_L0_r3 -1
    z_g79_p0 dy_v4_L0_r4 -1 dy_v4_L0_r5 -1
    z_g79_p0 dy_v4_L0_r6 -1 dy_v4_L0_r8 -1
    z_g79_p0 dy_v4_L0_r9 -1 dy_v4_L0_r10 -1
    z_g79_p0 dy_v4_L0_r11 -1 dy_v4_L0_r12 -1
    z_g79_p0 dy_v4_L0_r13 -1 dy_v4_L0_r14 -1
    z_g79_p0 dy_v4_L0_r15 -1 occ_c1 1
    z_g79_p0 occ_c3 1
    z_g79_p4 cum_g79_p4 1 cum_g79_p8 -1
    z_g79_p4 o_v4_c7_r4 1 o_v4_c9_r4 1
    z_g79_p4 dy_v4_L1_r0 -1 dy_v4_L1_r1 -1
    z_g79_p4 dy_v4_L1_r2 -1 dy_v4_L1_r3 -1
    z_g79_p4 dy_v4_L1_r4 -1 dy_v4_L1_r6 -1
    z_g79_p4 dy_v4_L1_r7 -1 dy_v4_L1_r8 -1
    z_g79_p4 dy_v4_L1_r9 -1 dy_v4_L1_r10 -1
    z_g79_p4 dy_v4_L1_r11 -1 dy_v4_L1_r12 -1
    z_g79_p4 dy_v4_L1_r13 -1 occ_c5 1
    z_g79_p4 occ_c7 1
    z_g79_p8 cum_g79_p8 1 cum_g79_p12 -1
    z_g79_p8 o_v4_c11_r3 1 o_v4_c13_r3 1
    z_g79_p8 dy_v4_L2_r0 -1 dy_v4_L2_r1 -1
    z_g79_p8 dy_v4_L2_r2 -1 dy_v4_L2_r3 -1
    z_g79_p8 dy_v4_L2_r5 -1 dy_v4_L2_r6 -1
    z_g79_p8 dy_v4_L2_r7 -1 dy_v4_L2_r8 -1
    z_g79_p8 dy_v4_L2_r9 -1 dy_v4_L2_r10 -1
    z_g79_p8 dy_v4_L2_r11 -1 dy_v4_L2_r12 -1
    z_g79_p8 occ_c9 1 occ_c11 1
    z_g79_p12 cum_g79_p12 1 cum_g79_p16 -1
    z_g79_p12 o_v4_c15_r2 1 o_v4_c17_r2 1
    z_g79_p12 dy_v4_L3_r0 -1 dy_v4_L3_r1 -1
    z_g79_p12 dy_v4_L3_r2 -1 dy_v4_L3_r4 -1
    z_g79_p12 dy_v4_L3_r5 -1 dy_v4_L3_r6 -1
    z_g79_p12 dy_v4_L3_r7 -1 dy_v4_L3_r8 -1
    z_g79_p12 dy_v4_L3_r9 -1 dy_v4_L3_r10 -1
    z_g79_p12 dy_v4_L3_r11 -1 occ_c13 1
    z_g79_p12 occ_c15 1
    z_g79_p16 cum_g79_p16 1 cum_g79_p20 -1
    z_g79_p16 o_v4_c19_r1 1 o_v4_c21_r1 1
    z_g79_p16 dy_v4_L4_r0 -1 dy_v4_L4_r1 -1
    z_g79_p16 dy_v4_L4_r3 -1 dy_v4_L4_r4 -1
    z_g79_p16 dy_v4_L4_r5 -1 dy_v4_L4_r6 -1
    z_g79_p16 dy_v4_L4_r7 -1 dy_v4_L4_r8 -1
    z_g79_p16 dy_v4_L4_r9 -1 dy_v4_L4_r10 -1
    z_g79_p16 occ_c17 1 occ_c19 1
    z_g79_p20 cum_g79_p20 1 o_v4_c23_r0 1
    z_g79_p20 o_v4_c25_r0 1 dy_v4_L5_r0 -1
    z_g79_p20 dy_v4_L5_r2 -1 dy_v4_L5_r3 -1
    z_g79_p20 dy_v4_L5_r4 -1 dy_v4_L5_r5 -1
    z_g79_p20 dy_v4_L5_r6 -1 dy_v4_L5_r7 -1
    z_g79_p20 dy_v4_L5_r8 -1 dy_v4_L5_r9 -1
    z_g79_p20 occ_c21 1 occ_c23 1
    x_g80_p26 assign_g80 1
    x_g81_p26 assign_g81 1
    x_g82_p27 cum_g82_p27 -1 assign_g82 1
    x_g82_p29 assign_g82 1 dy_v75_L7_r1 -1
    x_g82_p29 pt_v75_L7_r1 -1 heads_L7 6
    z_g82_p27 cum_g82_p27 1 o_v75_c29_r1 1
    z_g82_p27 o_v85_c29_r0 1 o_v86_c27_r0 1
    z_g82_p27 o_v86_c29_r0 1 o_v87_c27_r0 1
    z_g82_p27 o_v87_c29_r0 1 o_v88_c27_r0 -1
    z_g82_p27 o_v88_c27_r1 -1
    x_g83_p30 assign_g83 1
    x_g84_p30 assign_g84 1
    x_g85_p31 cum_g85_p31 -1 assign_g85 1
    x_g85_p33 assign_g85 1 dy_v78_L8_r1 -1
    x_g85_p33 dy_v88_L8_r0 -1 pt_v78_L8_r1 -1
    x_g85_p33 pt_v88_L8_r0 -1 heads_L8 4
    z_g85_p31 cum_g85_p31 1 o_v78_c33_r1 1
    z_g85_p31 o_v88_c33_r0 1 o_v89_c31_r0 1
    z_g85_p31 o_v89_c33_r0 1 o_v90_c31_r0 1
    z_g85_p31 o_v90_c33_r0 1 o_v91_c31_r0 -1
    z_g85_p31 o_v91_c31_r1 -1
    x_g86_p34 assign_g86 1
    x_g87_p34 assign_g87 1
    x_g88_p35 cum_g88_p35 -1 assign_g88 1
    x_g88_p37 assign_g88 1 dy_v81_L9_r1 -1
    x_g88_p37 dy_v91_L9_r0 -1 pt_v81_L9_r1 -1
    x_g88_p37 pt_v91_L9_r0 -1 heads_L9 4
    z_g88_p35 cum_g88_p35 1 o_v81_c37_r1 1
    z_g88_p35 o_v91_c37_r0 1 o_v92_c35_r0 1
    z_g88_p35 o_v92_c37_r0 1 o_v93_c35_r0 1
    z_g88_p35 o_v93_c37_r0 1 o_v94_c35_r0 -1
    z_g88_p35 o_v94_c35_r1 -1
    x_g89_p38 assign_g89 1
    x_g90_p38 assign_g90 1
    x_g91_p39 cum_g91_p39 -1 assign_g91 1
    x_g91_p41 assign_g91 1 dy_v94_L10_r0 -1
    x_g91_p41 pt_v94_L10_r0 -1 heads_L10 6
    z_g91_p39 cum_g91_p39 1 o_v94_c41_r0 1
    z_g91_p39 o_v95_c39_r0 1 o_v95_c41_r0 1
    z_g91_p39 o_v96_c39_r0 1 o_v96_c41_r0 1
    z_g91_p39 occ_c39 1 occ_c41 -1
    x_g92_p0 cum_g92_p0 -1 assign_g92 1
    x_g92_p0 dy_v4_L0_r8 -1 heads_L0 2
    x_g92_p4 cum_g92_p4 -1 assign_g92 1
    x_g92_p4 dy_v4_L1_r6 -1 heads_L1 2
    x_g92_p8 cum_g92_p8 -1 assign_g92 1
    x_g92_p8 dy_v4_L2_r5 -1 heads_L2 2
    x_g92_p12 cum_g92_p12 -1 assign_g92 1
    x_g92_p12 dy_v4_L3_r4 -1 heads_L3 2
    x_g92_p16 cum_g92_p16 -1 assign_g92 1
    x_g92_p16 dy_v4_L4_r3 -1 heads_L4 2
    x_g92_p20 cum_g92_p20 -1 assign_g92 1
    x_g92_p20 dy_v4_L5_r2 -1 heads_L5 2
    x_g92_p24 cum_g92_p24 -1 assign_g92 1
    x_g92_p24 dy_v4_L6_r1 -1 heads_L6 2
    x_g92_p28 assign_g92 1 dy_v4_L7_r0 -1
    x_g92_p28 heads_L7 2
    z_g92_p0 cum_g92_p0 1 cum_g92_p4 -1
    z_g92_p0 o_v4_c3_r6 1 o_v4_c5_r6 1
    z_g92_p0 dy_v4_L0_r0 -1 dy_v4_L0_r1 -1
    z_g92_p0 dy_v4_L0_r2 -1 dy_v4_L0_r3 -1
    z_g92_p0 dy_v4_L0_r4 -1 dy_v4_L0_r5 -1
    z_g92_p0 dy_v4_L0_r6 -1 dy_v4_L0_r7 -1
    z_g92_p0 dy_v4_L0_r9 -1 dy_v4_L0_r10 -1
    z_g92_p0 dy_v4_L0_r11 -1 dy_v4_L0_r12 -1
    z_g92_p0 dy_v4_L0_r13 -1 dy_v4_L0_r14 -1
    z_g92_p0 dy_v4_L0_r15 -1 occ_c1 1
    z_g92_p0 occ_c3 1
    z_g92_p4 cum_g92_p4 1 cum_g92_p8 -1
    z_g92_p4 o_v4_c7_r5 1 o_v4_c9_r5 1
    z_g92_p4 dy_v4_L1_r0 -1 dy_v4_L1_r1 -1
    z_g92_p4 dy_v4_L1_r2 -1 dy_v4_L1_r3 -1
    z_g92_p4 dy_v4_L1_r4 -1 dy_v4_L1_r5 -1
    z_g92_p4 dy_v4_L1_r7 -1 dy_v4_L1_r8 -1
    z_g92_p4 dy_v4_L1_r9 -1 dy_v4_L1_r10 -1
    z_g92_p4 dy_v4_L1_r11 -1 dy_v4_L1_r12 -1
    z_g92_p4 dy_v4_L1_r13 -1 occ_c5 1
    z_g92_p4 occ_c7 1
    z_g92_p8 cum_g92_p8 1 cum_g92_p12 -1
    z_g92_p8 o_v4_c11_r4 1 o_v4_c13_r4 1
    z_g92_p8 dy_v4_L2_r0 -1 dy_v4_L2_r1 -1
    z_g92_p8 dy_v4_L2_r2 -1 dy_v4_L2_r3 -1
    z_g92_p8 dy_v4_L2_r4 -1 dy_v4_L2_r6 -1
    z_g92_p8 dy_v4_L2_r7 -1 dy_v4_L2_r8 -1
    z_g92_p8 dy_v4_L2_r9 -1 dy_v4_L2_r10 -1
    z_g92_p8 dy_v4_L2_r11 -1 dy_v4_L2_r12 -1
    z_g92_p8 occ_c9 1 occ_c11 1
    z_g92_p12 cum_g92_p12 1 cum_g92_p16 -1
    z_g92_p12 o_v4_c15_r3 1 o_v4_c17_r3 1
    z_g92_p12 dy_v4_L3_r0 -1 dy_v4_L3_r1 -1
    z_g92_p12 dy_v4_L3_r2 -1 dy_v4_L3_r3 -1
    z_g92_p12 dy_v4_L3_r5 -1 dy_v4_L3_r6 -1
    z_g92_p12 dy_v4_L3_r7 -1 dy_v4_L3_r8 -1
    z_g92_p12 dy_v4_L3_r9 -1 dy_v4_L3_r10 -1
    z_g92_p12 dy_v4_L3_r11 -1 occ_c13 1
    z_g92_p12 occ_c15 1
    z_g92_p16 cum_g92_p16 1 cum_g92_p20 -1
    z_g92_p16 o_v4_c19_r2 1 o_v4_c21_r2 1
    z_g92_p16 dy_v4_L4_r0 -1 dy_v4_L4_r1 -1
    z_g92_p16 dy_v4_L4_r2 -1 dy_v4_L4_r4 -1
    z_g92_p16 dy_v4_L4_r5 -1 dy_v4_L4_r6 -1
    z_g92_p16 dy_v4_L4_r7 -1 dy_v4_L4_r8 -1
    z_g92_p16 dy_v4_L4_r9 -1 dy_v4_L4_r10 -1
    z_g92_p16 occ_c17 1 occ_c19 1
    z_g92_p20 cum_g92_p20 1 cum_g92_p24 -1
    z_g92_p20 o_v4_c23_r1 1 o_v4_c25_r1 1
    z_g92_p20 dy_v4_L5_r0 -1 dy_v4_L5_r1 -1
    z_g92_p20 dy_v4_L5_r3 -1 dy_v4_L5_r4 -1
    z_g92_p20 dy_v4_L5_r5 -1 dy_v4_L5_r6 -1
    z_g92_p20 dy_v4_L5_r7 -1 dy_v4_L5_r8 -1
    z_g92_p20 dy_v4_L5_r9 -1 occ_c21 1
    z_g92_p20 occ_c23 1
    z_g92_p24 cum_g92_p24 1 o_v4_c27_r0 1
    z_g92_p24 o_v4_c29_r0 1 dy_v4_L6_r0 -1
    z_g92_p24 dy_v4_L6_r2 -1 dy_v4_L6_r3 -1
    z_g92_p24 dy_v4_L6_r4 -1 dy_v4_L6_r5 -1
    z_g92_p24 dy_v4_L6_r6 -1 dy_v4_L6_r7 -1
    z_g92_p24 dy_v4_L6_r8 -1 occ_c25 1
    z_g92_p24 occ_c27 1
    x_g93_p30 assign_g93 1
    x_g94_p30 assign_g94 1
    x_g95_p31 cum_g95_p31 -1 assign_g95 1
    x_g95_p33 assign_g95 1 dy_v88_L8_r1 -1
    x_g95_p33 pt_v88_L8_r1 -1 heads_L8 6
    z_g95_p31 cum_g95_p31 1 o_v88_c33_r1 1
    z_g95_p31 o_v98_c33_r0 1 o_v99_c31_r0 1
    z_g95_p31 o_v99_c33_r0 1 o_v100_c31_r0 1
    z_g95_p31 o_v100_c33_r0 1 o_v101_c31_r0 -1
    z_g95_p31 o_v101_c31_r1 -1
    x_g96_p34 assign_g96 1
    x_g97_p34 assign_g97 1
    x_g98_p35 cum_g98_p35 -1 assign_g98 1
    x_g98_p37 assign_g98 1 dy_v91_L9_r1 -1
    x_g98_p37 dy_v101_L9_r0 -1 pt_v91_L9_r1 -1
    x_g98_p37 pt_v101_L9_r0 -1 heads_L9 4
    z_g98_p35 cum_g98_p35 1 o_v91_c37_r1 1
    z_g98_p35 o_v101_c37_r0 1 o_v102_c35_r0 1
    z_g98_p35 o_v102_c37_r0 1 o_v103_c35_r0 1
    z_g98_p35 o_v103_c37_r0 1 o_v104_c35_r0 -1
    z_g98_p35 o_v104_c35_r1 -1
    x_g99_p38 assign_g99 1
    x_g100_p38 assign_g100 1
    x_g101_p39 cum_g101_p39 -1 assign_g101 1
    x_g101_p41 assign_g101 1 dy_v94_L10_r1 -1
    x_g101_p41 dy_v104_L10_r0 -1 pt_v94_L10_r1 -1
    x_g101_p41 pt_v104_L10_r0 -1 heads_L10 4
    z_g101_p39 cum_g101_p39 1 o_v94_c41_r1 1
    z_g101_p39 o_v104_c41_r0 1 o_v105_c39_r0 1
    z_g101_p39 o_v105_c41_r0 1 o_v106_c39_r0 1
    z_g101_p39 o_v106_c41_r0 1 o_v107_c39_r0 -1
    z_g101_p39 o_v107_c39_r1 -1
    x_g102_p42 assign_g102 1
    x_g103_p42 assign_g103 1
    x_g104_p43 cum_g104_p43 -1 assign_g104 1
    x_g104_p45 assign_g104 1 dy_v107_L11_r0 -1
    x_g104_p45 pt_v107_L11_r0 -1 heads_L11 6
    z_g104_p43 cum_g104_p43 1 o_v107_c45_r0 1
    z_g104_p43 o_v108_c43_r0 1 o_v108_c45_r0 1
    z_g104_p43 o_v109_c43_r0 1 o_v109_c45_r0 1
    z_g104_p43 occ_c43 1 occ_c45 -1
    x_g105_p0 cum_g105_p0 -1 assign_g105 1
    x_g105_p0 dy_v4_L0_r9 -1 heads_L0 2
    x_g105_p4 cum_g105_p4 -1 assign_g105 1
    x_g105_p4 dy_v4_L1_r7 -1 heads_L1 2
    x_g105_p8 cum_g105_p8 -1 assign_g105 1
    x_g105_p8 dy_v4_L2_r6 -1 heads_L2 2
    x_g105_p12 cum_g105_p12 -1 assign_g105 1
    x_g105_p12 dy_v4_L3_r5 -1 heads_L3 2
    x_g105_p16 cum_g105_p16 -1 assign_g105 1
    x_g105_p16 dy_v4_L4_r4 -1 heads_L4 2
    x_g105_p20 cum_g105_p20 -1 assign_g105 1
    x_g105_p20 dy_v4_L5_r3 -1 heads_L5 2
    x_g105_p24 cum_g105_p24 -1 assign_g105 1
    x_g105_p24 dy_v4_L6_r2 -1 heads_L6 2
    x_g105_p28 cum_g105_p28 -1 assign_g105 1
    x_g105_p28 dy_v4_L7_r1 -1 heads_L7 2
    x_g105_p32 assign_g105 1 dy_v4_L8_r0 -1
    x_g105_p32 heads_L8 2
    z_g105_p0 cum_g105_p0 1 cum_g105_p4 -1
    z_g105_p0 o_v4_c3_r7 1 o_v4_c5_r7 1
    z_g105_p0 dy_v4_L0_r0 -1 dy_v4_L0_r1 -1
    z_g105_p0 dy_v4_L0_r2 -1 dy_v4_L0_r3 -1
    z_g105_p0 dy_v4_L0_r4 -1 dy_v4_L0_r5 -1
    z_g105_p0 dy_v4_L0_r6 -1 dy_v4_L0_r7 -1
    z_g105_p0 dy_v4_L0_r8 -1 dy_v4_L0_r10 -1
    z_g105_p0 dy_v4_L0_r11 -1 dy_v4_L0_r12 -1
    z_g105_p0 dy_v4_L0_r13 -1 dy_v4_L0_r14 -1
    z_g105_p0 dy_v4_L0_r15 -1 occ_c1 1
    z_g105_p0 occ_c3 1
    z_g105_p4 cum_g105_p4 1 cum_g105_p8 -1
    z_g105_p4 o_v4_c7_r6 1 o_v4_c9_r6 1
    z_g105_p4 dy_v4_L1_r0 -1 dy_v4_L1_r1 -1
    z_g105_p4 dy_v4_L1_r2 -1 dy_v4_L1_r3 -1
    z_g105_p4 dy_v4_L1_r4 -1 dy_v4_L1_r5 -1
    z_g105_p4 dy_v4_L1_r6 -1 dy_v4_L1_r8 -1
    z_g105_p4 dy_v4_L1_r9 -1 dy_v4_L1_r10 -1
    z_g105_p4 dy_v4_L1_r11 -1 dy_v4_L1_r12 -1
    z_g105_p4 dy_v4_L1_r13 -1 occ_c5 1
    z_g105_p4 occ_c7 1
    z_g105_p8 cum_g105_p8 1 cum_g105_p12 -1
    z_g105_p8 o_v4_c11_r5 1 o_v4_c13_r5 1
    z_g105_p8 dy_v4_L2_r0 -1 dy_v4_L2_r1 -1
    z_g105_p8 dy_v4_L2_r2 -1 dy_v4_L2_r3 -1
    z_g105_p8 dy_v4_L2_r4 -1 dy_v4_L2_r5 -1
    z_g105_p8 dy_v4_L2_r7 -1 dy_v4_L2_r8 -1
    z_g105_p8 dy_v4_L2_r9 -1 dy_v4_L2_r10 -1
    z_g105_p8 dy_v4_L2_r11 -1 dy_v4_L2_r12 -1
    z_g105_p8 occ_c9 1 occ_c11 1
    z_g105_p12 cum_g105_p12 1 cum_g105_p16 -1
    z_g105_p12 o_v4_c15_r4 1 o_v4_c17_r4 1
    z_g105_p12 dy_v4_L3_r0 -1 dy_v4_L3_r1 -1
    z_g105_p12 dy_v4_L3_r2 -1 dy_v4_L3_r3 -1
    z_g105_p12 dy_v4_L3_r4 -1 dy_v4_L3_r6 -1
    z_g105_p12 dy_v4_L3_r7 -1 dy_v4_L3_r8 -1
    z_g105_p12 dy_v4_L3_r9 -1 dy_v4_L3_r10 -1
    z_g105_p12 dy_v4_L3_r11 -1 occ_c13 1
    z_g105_p12 occ_c15 1
    z_g105_p16 cum_g105_p16 1 cum_g105_p20 -1
    z_g105_p16 o_v4_c19_r3 1 o_v4_c21_r3 1
    z_g105_p16 dy_v4_L4_r0 -1 dy_v4_L4_r1 -1
    z_g105_p16 dy_v4_L4_r2 -1 dy_v4_L4_r3 -1
    z_g105_p16 dy_v4_L4_r5 -1 dy_v4_L4_r6 -1
    z_g105_p16 dy_v4_L4_r7 -1 dy_v4_L4_r8 -1
    z_g105_p16 dy_v4_L4_r9 -1 dy_v4_L4_r10 -1
    z_g105_p16 occ_c17 1 occ_c19 1
    z_g105_p20 cum_g105_p20 1 cum_g105_p24 -1
    z_g105_p20 o_v4_c23_r2 1 o_v4_c25_r2 1
    z_g105_p20 dy_v4_L5_r0 -1 dy_v4_L5_r1 -1
    z_g105_p20 dy_v4_L5_r2 -1 dy_v4_L5_r4 -1
    z_g105_p20 dy_v4_L5_r5 -1 dy_v4_L5_r6 -1
    z_g105_p20 dy_v4_L5_r7 -1 dy_v4_L5_r8 -1
    z_g105_p20 dy_v4_L5_r9 -1 occ_c21 1
    z_g105_p20 occ_c23 1
    z_g105_p24 cum_g105_p24 1 cum_g105_p28 -1
    z_g105_p24 o_v4_c27_r1 1 o_v4_c29_r1 1
    z_g105_p24 dy_v4_L6_r0 -1 dy_v4_L6_r1 -1
    z_g105_p24 dy_v4_L6_r3 -1 dy_v4_L6_r4 -1
    z_g105_p24 dy_v4_L6_r5 -1 dy_v4_L6_r6 -1
    z_g105_p24 dy_v4_L6_r7 -1 dy_v4_L6_r8 -1
    z_g105_p24 occ_c25 1 occ_c27 1
    z_g105_p28 cum_g105_p28 1 o_v4_c31_r0 1
    z_g105_p28 o_v4_c33_r0 1 dy_v4_L7_r0 -1
    z_g105_p28 dy_v4_L7_r2 -1 dy_v4_L7_r3 -1
    z_g105_p28 dy_v4_L7_r4 -1 dy_v4_L7_r5 -1
    z_g105_p28 dy_v4_L7_r6 -1 dy_v4_L7_r7 -1
    z_g105_p28 occ_c29 1 occ_c31 1
    x_g106_p34 assign_g106 1
    x_g107_p34 assign_g107 1
    x_g108_p35 cum_g108_p35 -1 assign_g108 1
    x_g108_p37 assign_g108 1 dy_v101_L9_r1 -1
    x_g108_p37 pt_v101_L9_r1 -1 heads_L9 6
    z_g108_p35 cum_g108_p35 1 o_v101_c37_r1 1
    z_g108_p35 o_v111_c37_r0 1 o_v112_c35_r0 1
    z_g108_p35 o_v112_c37_r0 1 o_v113_c35_r0 1
    z_g108_p35 o_v113_c37_r0 1 o_v114_c35_r0 -1
    z_g108_p35 o_v114_c35_r1 -1
    x_g109_p38 assign_g109 1
    x_g110_p38 assign_g110 1
    x_g111_p39 cum_g111_p39 -1 assign_g111 1
    x_g111_p41 assign_g111 1 dy_v104_L10_r1 -1
    x_g111_p41 dy_v114_L10_r0 -1 pt_v104_L10_r1 -1
    x_g111_p41 pt_v114_L10_r0 -1 heads_L10 4
    z_g111_p39 cum_g111_p39 1 o_v104_c41_r1 1
    z_g111_p39 o_v114_c41_r0 1 o_v115_c39_r0 1
    z_g111_p39 o_v115_c41_r0 1 o_v116_c39_r0 1
    z_g111_p39 o_v116_c41_r0 1 o_v117_c39_r0 -1
    z_g111_p39 o_v117_c39_r1 -1
    x_g112_p42 assign_g112 1
    x_g113_p42 assign_g113 1
    x_g114_p43 cum_g114_p43 -1 assign_g114 1
    x_g114_p45 assign_g114 1 dy_v107_L11_r1 -1
    x_g114_p45 dy_v117_L11_r0 -1 pt_v107_L11_r1 -1
    x_g114_p45 pt_v117_L11_r0 -1 heads_L11 4
    z_g114_p43 cum_g114_p43 1 o_v107_c45_r1 1
    z_g114_p43 o_v117_c45_r0 1 o_v118_c43_r0 1
    z_g114_p43 o_v118_c45_r0 1 o_v119_c43_r0 1
    z_g114_p43 o_v119_c45_r0 1 o_v120_c43_r0 -1
    z_g114_p43 o_v120_c43_r1 -1
    x_g115_p46 assign_g115 1
    x_g116_p46 assign_g116 1
    x_g117_p47 cum_g117_p47 -1 assign_g117 1
    x_g117_p49 assign_g117 1 dy_v120_L12_r0 -1
    x_g117_p49 pt_v120_L12_r0 -1 heads_L12 6
    z_g117_p47 cum_g117_p47 1 o_v120_c49_r0 1
    z_g117_p47 o_v121_c47_r0 1 o_v121_c49_r0 1
    z_g117_p47 o_v122_c47_r0 1 o_v122_c49_r0 1
    z_g117_p47 occ_c47 1 occ_c49 -1
    x_g118_p0 cum_g118_p0 -1 assign_g118 1
    x_g118_p0 dy_v4_L0_r10 -1 heads_L0 2
    x_g118_p4 cum_g118_p4 -1 assign_g118 1
    x_g118_p4 dy_v4_L1_r8 -1 heads_L1 2
    x_g118_p8 cum_g118_p8 -1 assign_g118 1
    x_g118_p8 dy_v4_L2_r7 -1 heads_L2 2
    x_g118_p12 cum_g118_p12 -1 assign_g118 1
    x_g118_p12 dy_v4_L3_r6 -1 heads_L3 2
    x_g118_p16 cum_g118_p16 -1 assign_g118 1
    x_g118_p16 dy_v4_L4_r5 -1 heads_L4 2
    x_g118_p20 cum_g118_p20 -1 assign_g118 1
    x_g118_p20 dy_v4_L5_r4 -1 heads_L5 2
    x_g118_p24 cum_g118_p24 -1 assign_g118 1
    x_g118_p24 dy_v4_L6_r3 -1 heads_L6 2
    x_g118_p28 cum_g118_p28 -1 assign_g118 1
    x_g118_p28 dy_v4_L7_r2 -1 heads_L7 2
    x_g118_p32 cum_g118_p32 -1 assign_g118 1
    x_g118_p32 dy_v4_L8_r1 -1 heads_L8 2
    x_g118_p36 assign_g118 1 dy_v4_L9_r0 -1
    x_g118_p36 heads_L9 2
    z_g118_p0 cum_g118_p0 1 cum_g118_p4 -1
    z_g118_p0 o_v4_c3_r8 1 o_v4_c5_r8 1
    z_g118_p0 dy_v4_L0_r0 -1 dy_v4_L0_r1 -1
    z_g118_p0 dy_v4_L0_r2 -1 dy_v4_L0_r3 -1
    z_g118_p0 dy_v4_L0_r4 -1 dy_v4_L0_r5 -1
    z_g118_p0 dy_v4_L0_r6 -1 dy_v4_L0_r7 -1
    z_g118_p0 dy_v4_L0_r8 -1 dy_v4_L0_r9 -1
    z_g118_p0 dy_v4_L0_r11 -1 dy_v4_L0_r12 -1
    z_g118_p0 dy_v4_L0_r13 -1 dy_v4_L0_r14 -1
    z_g118_p0 dy_v4_L0_r15 -1 occ_c1 1
    z_g118_p0 occ_c3 1
    z_g118_p4 cum_g118_p4 1 cum_g118_p8 -1
    z_g118_p4 o_v4_c7_r7 1 o_v4_c9_r7 1
    z_g118_p4 dy_v4_L1_r0 -1 dy_v4_L1_r1 -1
    z_g118_p4 dy_v4_L1_r2 -1 dy_v4_L1_r3 -1
    z_g118_p4 dy_v4_L1_r4 -1 dy_v4_L1_r5 -1
    z_g118_p4 dy_v4_L1_r6 -1 dy_v4_L1_r7 -1
    z_g118_p4 dy_v4_L1_r9 -1 dy_v4_L1_r10 -1
    z_g118_p4 dy_v4_L1_r11 -1 dy_v4_L1_r12 -1
    z_g118_p4 dy_v4_L1_r13 -1 occ_c5 1
    z_g118_p4 occ_c7 1
    z_g118_p8 cum_g118_p8 1 cum_g118_p12 -1
    z_g118_p8 o_v4_c11_r6 1 o_v4_c13_r6 1
    z_g118_p8 dy_v4_L2_r0 -1 dy_v4_L2_r1 -1
    z_g118_p8 dy_v4_L2_r2 -1 dy_v4_L2_r3 -1
    z_g118_p8 dy_v4_L2_r4 -1 dy_v4_L2_r5 -1
    z_g118_p8 dy_v4_L2_r6 -1 dy_v4_L2_r8 -1
    z_g118_p8 dy_v4_L2_r9 -1 dy_v4_L2_r10 -1
    z_g118_p8 dy_v4_L2_r11 -1 dy_v4_L2_r12 -1
    z_g118_p8 occ_c9 1 occ_c11 1
    z_g118_p12 cum_g118_p12 1 cum_g118_p16 -1
    z_g118_p12 o_v4_c15_r5 1 o_v4_c17_r5 1
    z_g118_p12 dy_v4_L3_r0 -1 dy_v4_L3_r1 -1
    z_g118_p12 dy_v4_L3_r2 -1 dy_v4_L3_r3 -1
    z_g118_p12 dy_v4_L3_r4 -1 dy_v4_L3_r5 -1
    z_g118_p12 dy_v4_L3_r7 -1 dy_v4_L3_r8 -1
    z_g118_p12 dy_v4_L3_r9 -1 dy_v4_L3_r10 -1
    z_g118_p12 dy_v4_L3_r11 -1 occ_c13 1
    z_g118_p12 occ_c15 1
    z_g118_p16 cum_g118_p16 1 cum_g118_p20 -1
    z_g118_p16 o_v4_c19_r4 1 o_v4_c21_r4 1
    z_g118_p16 dy_v4_L4_r0 -1 dy_v4_L4_r1 -1
    z_g118_p16 dy_v4_L4_r2 -1 dy_v4_L4_r3 -1
    z_g118_p16 dy_v4_L4_r4 -1 dy_v4_L4_r6 -1
    z_g118_p16 dy_v4_L4_r7 -1 dy_v4_L4_r8 -1
    z_g118_p16 dy_v4_L4_r9 -1 dy_v4_L4_r10 -1
    z_g118_p16 occ_c17 1 occ_c19 1
    z_g118_p20 cum_g118_p20 1 cum_g118_p24 -1
    z_g118_p20 o_v4_c23_r3 1 o_v4_c25_r3 1
    z_g118_p20 dy_v4_L5_r0 -1 dy_v4_L5_r1 -1
    z_g118_p20 dy_v4_L5_r2 -1 dy_v4_L5_r3 -1
    z_g118_p20 dy_v4_L5_r5 -1 dy_v4_L5_r6 -1
    z_g118_p20 dy_v4_L5_r7 -1 dy_v4_L5_r8 -1
    z_g118_p20 dy_v4_L5_r9 -1 occ_c21 1
    z_g118_p20 occ_c23 1
    z_g118_p24 cum_g118_p24 1 cum_g118_p28 -1
    z_g118_p24 o_v4_c27_r2 1 o_v4_c29_r2 1
    z_g118_p24 dy_v4_L6_r0 -1 dy_v4_L6_r1 -1
    z_g118_p24 dy_v4_L6_r2 -1 dy_v4_L6_r4 -1
    z_g118_p24 dy_v4_L6_r5 -1 dy_v4_L6_r6 -1
    z_g118_p24 dy_v4_L6_r7 -1 dy_v4_L6_r8 -1
    z_g118_p24 occ_c25 1 occ_c27 1
    z_g118_p28 cum_g118_p28 1 cum_g118_p32 -1
    z_g118_p28 o_v4_c31_r1 1 o_v4_c33_r1 1
    z_g118_p28 dy_v4_L7_r0 -1 dy_v4_L7_r1 -1
    z_g118_p28 dy_v4_L7_r3 -1 dy_v4_L7_r4 -1
    z_g118_p28 dy_v4_L7_r5 -1 dy_v4_L7_r6 -1
    z_g118_p28 dy_v4_L7_r7 -1 occ_c29 1
    z_g118_p28 occ_c31 1
    z_g118_p32 cum_g118_p32 1 o_v4_c35_r0 1
    z_g118_p32 o_v4_c37_r0 1 dy_v4_L8_r0 -1
    z_g118_p32 dy_v4_L8_r2 -1 dy_v4_L8_r3 -1
    z_g118_p32 dy_v4_L8_r4 -1 dy_v4_L8_r5 -1
    z_g118_p32 dy_v4_L8_r6 -1 occ_c33 1
    z_g118_p32 occ_c35 1
    x_g119_p38 assign_g119 1
    x_g120_p38 assign_g120 1
    x_g121_p39 cum_g121_p39 -1 assign_g121 1
    x_g121_p41 assign_g121 1 dy_v114_L10_r1 -1
    x_g121_p41 pt_v114_L10_r1 -1 heads_L10 6
    z_g121_p39 cum_g121_p39 1 o_v114_c41_r1 1
    z_g121_p39 o_v124_c41_r0 1 o_v125_c39_r0 1
    z_g121_p39 o_v125_c41_r0 1 o_v126_c39_r0 1
    z_g121_p39 o_v126_c41_r0 1 o_v127_c39_r0 -1
    z_g121_p39 o_v127_c39_r1 -1
    x_g122_p42 assign_g122 1
    x_g123_p42 assign_g123 1
    x_g124_p43 cum_g124_p43 -1 assign_g124 1
    x_g124_p45 assign_g124 1 dy_v117_L11_r1 -1
    x_g124_p45 dy_v127_L11_r0 -1 pt_v117_L11_r1 -1
    x_g124_p45 pt_v127_L11_r0 -1 heads_L11 4
    z_g124_p43 cum_g124_p43 1 o_v117_c45_r1 1
    z_g124_p43 o_v127_c45_r0 1 o_v128_c43_r0 1
    z_g124_p43 o_v128_c45_r0 1 o_v129_c43_r0 1
    z_g124_p43 o_v129_c45_r0 1 o_v130_c43_r0 -1
    z_g124_p43 o_v130_c43_r1 -1
    x_g125_p46 assign_g125 1
    x_g126_p46 assign_g126 1
    x_g127_p47 cum_g127_p47 -1 assign_g127 1
    x_g127_p49 assign_g127 1 dy_v120_L12_r1 -1
    x_g127_p49 dy_v130_L12_r0 -1 pt_v120_L12_r1 -1
    x_g127_p49 pt_v130_L12_r0 -1 heads_L12 4
    z_g127_p47 cum_g127_p47 1 o_v120_c49_r1 1
    z_g127_p47 o_v130_c49_r0 1 o_v131_c47_r0 1
    z_g127_p47 o_v131_c49_r0 1 o_v132_c47_r0 1
    z_g127_p47 o_v132_c49_r0 1 o_v133_c47_r0 -1
    z_g127_p47 o_v133_c47_r1 -1
    x_g128_p50 assign_g128 1
    x_g129_p50 assign_g129 1
    x_g130_p51 cum_g130_p51 -1 assign_g130 1
    x_g130_p53 assign_g130 1 dy_v133_L13_r0 -1
    x_g130_p53 pt_v133_L13_r0 -1 heads_L13 6
    z_g130_p51 cum_g130_p51 1 o_v133_c53_r0 1
    z_g130_p51 o_v134_c51_r0 1 o_v134_c53_r0 1
    z_g130_p51 o_v135_c51_r0 1 o_v135_c53_r0 1
    z_g130_p51 occ_c51 1 occ_c53 -1
    x_g131_p0 cum_g131_p0 -1 assign_g131 1
    x_g131_p0 dy_v4_L0_r11 -1 heads_L0 2
    x_g131_p4 cum_g131_p4 -1 assign_g131 1
    x_g131_p4 dy_v4_L1_r9 -1 heads_L1 2
    x_g131_p8 cum_g131_p8 -1 assign_g131 1
    x_g131_p8 dy_v4_L2_r8 -1 heads_L2 2
    x_g131_p12 cum_g131_p12 -1 assign_g131 1
    x_g131_p12 dy_v4_L3_r7 -1 heads_L3 2
    x_g131_p16 cum_g131_p16 -1 assign_g131 1
    x_g131_p16 dy_v4_L4_r6 -1 heads_L4 2
    x_g131_p20 cum_g131_p20 -1 assign_g131 1
    x_g131_p20 dy_v4_L5_r5 -1 heads_L5 2
    x_g131_p24 cum_g131_p24 -1 assign_g131 1
    x_g131_p24 dy_v4_L6_r4 -1 heads_L6 2
    x_g131_p28 cum_g131_p28 -1 assign_g131 1
    x_g131_p28 dy_v4_L7_r3 -1 heads_L7 2
    x_g131_p32 cum_g131_p32 -1 assign_g131 1
    x_g131_p32 dy_v4_L8_r2 -1 heads_L8 2
    x_g131_p36 cum_g131_p36 -1 assign_g131 1
    x_g131_p36 dy_v4_L9_r1 -1 heads_L9 2
    x_g131_p40 assign_g131 1 dy_v4_L10_r0 -1
    x_g131_p40 heads_L10 2
    z_g131_p0 cum_g131_p0 1 cum_g131_p4 -1
    z_g131_p0 o_v4_c3_r9 1 o_v4_c5_r9 1
    z_g131_p0 dy_v4_L0_r0 -1 dy_v4_L0_r1 -1
    z_g131_p0 dy_v4_L0_r2 -1 dy_v4_L0_r3 -1
    z_g131_p0 dy_v4_L0_r4 -1 dy_v4_L0_r5 -1
    z_g131_p0 dy_v4_L0_r6 -1 dy_v4_L0_r7 -1
    z_g131_p0 dy_v4_L0_r8 -1 dy_v4_L0_r9 -1
    z_g131_p0 dy_v4_L0_r10 -1 dy_v4_L0_r12 -1
    z_g131_p0 dy_v4_L0_r13 -1 dy_v4_L0_r14 -1
    z_g131_p0 dy_v4_L0_r15 -1 occ_c1 1
    z_g131_p0 occ_c3 1
    z_g131_p4 cum_g131_p4 1 cum_g131_p8 -1
    z_g131_p4 o_v4_c7_r8 1 o_v4_c9_r8 1
    z_g131_p4 dy_v4_L1_r0 -1 dy_v4_L1_r1 -1
    z_g131_p4 dy_v4_L1_r2 -1 dy_v4_L1_r3 -1
    z_g131_p4 dy_v4_L1_r4 -1 dy_v4_L1_r5 -1
    z_g131_p4 dy_v4_L1_r6 -1 dy_v4_L1_r7 -1
    z_g131_p4 dy_v4_L1_r8 -1 dy_v4_L1_r10 -1
    z_g131_p4 dy_v4_L1_r11 -1 dy_v4_L1_r12 -1
    z_g131_p4 dy_v4_L1_r13 -1 occ_c5 1
    z_g131_p4 occ_c7 1
    z_g131_p8 cum_g131_p8 1 cum_g131_p12 -1
    z_g131_p8 o_v4_c11_r7 1 o_v4_c13_r7 1
    z_g131_p8 dy_v4_L2_r0 -1 dy_v4_L2_r1 -1
    z_g131_p8 dy_v4_L2_r2 -1 dy_v4_L2_r3 -1
    z_g131_p8 dy_v4_L2_r4 -1 dy_v4_L2_r5 -1
    z_g131_p8 dy_v4_L2_r6 -1 dy_v4_L2_r7 -1
    z_g131_p8 dy_v4_L2_r9 -1 dy_v4_L2_r10 -1
    z_g131_p8 dy_v4_L2_r11 -1 dy_v4_L2_r12 -1
    z_g131_p8 occ_c9 1 occ_c11 1
    z_g131_p12 cum_g131_p12 1 cum_g131_p16 -1
    z_g131_p12 o_v4_c15_r6 1 o_v4_c17_r6 1
    z_g131_p12 dy_v4_L3_r0 -1 dy_v4_L3_r1 -1
    z_g131_p12 dy_v4_L3_r2 -1 dy_v4_L3_r3 -1
    z_g131_p12 dy_v4_L3_r4 -1 dy_v4_L3_r5 -1
    z_g131_p12 dy_v4_L3_r6 -1 dy_v4_L3_r8 -1
    z_g131_p12 dy_v4_L3_r9 -1 dy_v4_L3_r10 -1
    z_g131_p12 dy_v4_L3_r11 -1 occ_c13 1
    z_g131_p12 occ_c15 1
    z_g131_p16 cum_g131_p16 1 cum_g131_p20 -1
    z_g131_p16 o_v4_c19_r5 1 o_v4_c21_r5 1
    z_g131_p16 dy_v4_L4_r0 -1 dy_v4_L4_r1 -1
    z_g131_p16 dy_v4_L4_r2 -1 dy_v4_L4_r3 -1
    z_g131_p16 dy_v4_L4_r4 -1 dy_v4_L4_r5 -1
    z_g131_p16 dy_v4_L4_r7 -1 dy_v4_L4_r8 -1
    z_g131_p16 dy_v4_L4_r9 -1 dy_v4_L4_r10 -1
    z_g131_p16 occ_c17 1 occ_c19 1
    z_g131_p20 cum_g131_p20 1 cum_g131_p24 -1
    z_g131_p20 o_v4_c23_r4 1 o_v4_c25_r4 1
    z_g131_p20 dy_v4_L5_r0 -1 dy_v4_L5_r1 -1
    z_g131_p20 dy_v4_L5_r2 -1 dy_v4_L5_r3 -1
    z_g131_p20 dy_v4_L5_r4 -1 dy_v4_L5_r6 -1
    z_g131_p20 dy_v4_L5_r7 -1 dy_v4_L5_r8 -1
    z_g131_p20 dy_v4_L5_r9 -1 occ_c21 1
    z_g131_p20 occ_c23 1
    z_g131_p24 cum_g131_p24 1 cum_g131_p28 -1
    z_g131_p24 o_v4_c27_r3 1 o_v4_c29_r3 1
    z_g131_p24 dy_v4_L6_r0 -1 dy_v4_L6_r1 -1
    z_g131_p24 dy_v4_L6_r2 -1 dy_v4_L6_r3 -1
    z_g131_p24 dy_v4_L6_r5 -1 dy_v4_L6_r6 -1
    z_g131_p24 dy_v4_L6_r7 -1 dy_v4_L6_r8 -1
    z_g131_p24 occ_c25 1 occ_c27 1
    z_g131_p28 cum_g131_p28 1 cum_g131_p32 -1
    z_g131_p28 o_v4_c31_r2 1 o_v4_c33_r2 1
    z_g131_p28 dy_v4_L7_r0 -1 dy_v4_L7_r1 -1
    z_g131_p28 dy_v4_L7_r2 -1 dy_v4_L7_r4 -1
    z_g131_p28 dy_v4_L7_r5 -1 dy_v4_L7_r6 -1
    z_g131_p28 dy_v4_L7_r7 -1 occ_c29 1
    z_g131_p28 occ_c31 1
    z_g131_p32 cum_g131_p32 1 cum_g131_p36 -1
    z_g131_p32 o_v4_c35_r1 1 o_v4_c37_r1 1
    z_g131_p32 dy_v4_L8_r0 -1 dy_v4_L8_r1 -1
    z_g131_p32 dy_v4_L8_r3 -1 dy_v4_L8_r4 -1
    z_g131_p32 dy_v4_L8_r5 -1 dy_v4_L8_r6 -1
    z_g131_p32 occ_c33 1 occ_c35 1
    z_g131_p36 cum_g131_p36 1 o_v4_c39_r0 1
    z_g131_p36 o_v4_c41_r0 1 dy_v4_L9_r0 -1
    z_g131_p36 dy_v4_L9_r2 -1 dy_v4_L9_r3 -1
    z_g131_p36 dy_v4_L9_r4 -1 dy_v4_L9_r5 -1
    z_g131_p36 occ_c37 1 occ_c39 1
    x_g132_p42 assign_g132 1
    x_g133_p42 assign_g133 1
    x_g134_p43 cum_g134_p43 -1 assign_g134 1
    x_g134_p45 assign_g134 1 dy_v127_L11_r1 -1
    x_g134_p45 pt_v127_L11_r1 -1 heads_L11 6
    z_g134_p43 cum_g134_p43 1 o_v127_c45_r1 1
    z_g134_p43 o_v137_c45_r0 1 o_v138_c43_r0 1
    z_g134_p43 o_v138_c45_r0 1 o_v139_c43_r0 1
    z_g134_p43 o_v139_c45_r0 1 o_v140_c43_r0 -1
    z_g134_p43 o_v140_c43_r1 -1
    x_g135_p46 assign_g135 1
    x_g136_p46 assign_g136 1
    x_g137_p47 cum_g137_p47 -1 assign_g137 1
    x_g137_p49 assign_g137 1 dy_v130_L12_r1 -1
    x_g137_p49 dy_v140_L12_r0 -1 pt_v130_L12_r1 -1
    x_g137_p49 pt_v140_L12_r0 -1 heads_L12 4
    z_g137_p47 cum_g137_p47 1 o_v130_c49_r1 1
    z_g137_p47 o_v140_c49_r0 1 o_v141_c47_r0 1
    z_g137_p47 o_v141_c49_r0 1 o_v142_c47_r0 1
    z_g137_p47 o_v142_c49_r0 1 o_v143_c47_r0 -1
    z_g137_p47 o_v143_c47_r1 -1
    x_g138_p50 assign_g138 1
    x_g139_p50 assign_g139 1
    x_g140_p51 cum_g140_p51 -1 assign_g140 1
    x_g140_p53 assign_g140 1 dy_v133_L13_r1 -1
    x_g140_p53 dy_v143_L13_r0 -1 pt_v133_L13_r1 -1
    x_g140_p53 pt_v143_L13_r0 -1 heads_L13 4
    z_g140_p51 cum_g140_p51 1 o_v133_c53_r1 1
    z_g140_p51 o_v143_c53_r0 1 o_v144_c51_r0 1
    z_g140_p51 o_v144_c53_r0 1 o_v145_c51_r0 1
    z_g140_p51 o_v145_c53_r0 1 o_v146_c51_r0 -1
    z_g140_p51 o_v146_c51_r1 -1
    x_g141_p54 assign_g141 1
    x_g142_p54 assign_g142 1
    x_g143_p55 cum_g143_p55 -1 assign_g143 1
    x_g143_p57 assign_g143 1 dy_v146_L14_r0 -1
    x_g143_p57 pt_v146_L14_r0 -1 heads_L14 6
    z_g143_p55 cum_g143_p55 1 o_v146_c57_r0 1
    z_g143_p55 o_v147_c55_r0 1 o_v147_c57_r0 1
    z_g143_p55 o_v148_c55_r0 1 o_v148_c57_r0 1
    z_g143_p55 occ_c55 1 occ_c57 -1
    x_g144_p0 cum_g144_p0 -1 assign_g144 1
    x_g144_p0 dy_v4_L0_r12 -1 heads_L0 2
    x_g144_p4 cum_g144_p4 -1 assign_g144 1
    x_g144_p4 dy_v4_L1_r10 -1 heads_L1 2
    x_g144_p8 cum_g144_p8 -1 assign_g144 1
    x_g144_p8 dy_v4_L2_r9 -1 heads_L2 2
    x_g144_p12 cum_g144_p12 -1 assign_g144 1
    x_g144_p12 dy_v4_L3_r8 -1 heads_L3 2
    x_g144_p16 cum_g144_p16 -1 assign_g144 1
    x_g144_p16 dy_v4_L4_r7 -1 heads_L4 2
    x_g144_p20 cum_g144_p20 -1 assign_g144 1
    x_g144_p20 dy_v4_L5_r6 -1 heads_L5 2
    x_g144_p24 cum_g144_p24 -1 assign_g144 1
    x_g144_p24 dy_v4_L6_r5 -1 heads_L6 2
    x_g144_p28 cum_g144_p28 -1 assign_g144 1
    x_g144_p28 dy_v4_L7_r4 -1 heads_L7 2
    x_g144_p32 cum_g144_p32 -1 assign_g144 1
    x_g144_p32 dy_v4_L8_r3 -1 heads_L8 2
    x_g144_p36 cum_g144_p36 -1 assign_g144 1
    x_g144_p36 dy_v4_L9_r2 -1 heads_L9 2
    x_g144_p40 cum_g144_p40 -1 assign_g144 1
    x_g144_p40 dy_v4_L10_r1 -1 heads_L10 2
    x_g144_p44 assign_g144 1 dy_v4_L11_r0 -1
    x_g144_p44 heads_L11 2
    z_g144_p0 cum_g144_p0 1 cum_g144_p4 -1
    z_g144_p0 o_v4_c3_r10 1 o_v4_c5_r10 1
    z_g144_p0 dy_v4_L0_r0 -1 dy_v4_L0_r1 -1
    z_g144_p0 dy_v4_L0_r2 -1 dy_v4_L0_r3 -1
    z_g144_p0 dy_v4_L0_r4 -1 dy_v4_L0_r5 -1
    z_g144_p0 dy_v4_L0_r6 -1 dy_v4_L0_r7 -1
    z_g144_p0 dy_v4_L0_r8 -1 dy_v4_L0_r9 -1
    z_g144_p0 dy_v4_L0_r10 -1 dy_v4_L0_r11 -1
    z_g144_p0 dy_v4_L0_r13 -1 dy_v4_L0_r14 -1
    z_g144_p0 dy_v4_L0_r15 -1 occ_c1 1
    z_g144_p0 occ_c3 1
    z_g144_p4 cum_g144_p4 1 cum_g144_p8 -1
    z_g144_p4 o_v4_c7_r9 1 o_v4_c9_r9 1
    z_g144_p4 dy_v4_L1_r0 -1 dy_v4_L1_r1 -1
    z_g144_p4 dy_v4_L1_r2 -1 dy_v4_L1_r3 -1
    z_g144_p4 dy_v4_L1_r4 -1 dy_v4_L1_r5 -1
    z_g144_p4 dy_v4_L1_r6 -1 dy_v4_L1_r7 -1
    z_g144_p4 dy_v4_L1_r8 -1 dy_v4_L1_r9 -1
    z_g144_p4 dy_v4_L1_r11 -1 dy_v4_L1_r12 -1
    z_g144_p4 dy_v4_L1_r13 -1 occ_c5 1
    z_g144_p4 occ_c7 1
    z_g144_p8 cum_g144_p8 1 cum_g144_p12 -1
    z_g144_p8 o_v4_c11_r8 1 o_v4_c13_r8 1
    z_g144_p8 dy_v4_L2_r0 -1 dy_v4_L2_r1 -1
    z_g144_p8 dy_v4_L2_r2 -1 dy_v4_L2_r3 -1
    z_g144_p8 dy_v4_L2_r4 -1 dy_v4_L2_r5 -1
    z_g144_p8 dy_v4_L2_r6 -1 dy_v4_L2_r7 -1
    z_g144_p8 dy_v4_L2_r8 -1 dy_v4_L2_r10 -1
    z_g144_p8 dy_v4_L2_r11 -1 dy_v4_L2_r12 -1
    z_g144_p8 occ_c9 1 occ_c11 1
    z_g144_p12 cum_g144_p12 1 cum_g144_p16 -1
    z_g144_p12 o_v4_c15_r7 1 o_v4_c17_r7 1
    z_g144_p12 dy_v4_L3_r0 -1 dy_v4_L3_r1 -1
    z_g144_p12 dy_v4_L3_r2 -1 dy_v4_L3_r3 -1
    z_g144_p12 dy_v4_L3_r4 -1 dy_v4_L3_r5 -1
    z_g144_p12 dy_v4_L3_r6 -1 dy_v4_L3_r7 -1
    z_g144_p12 dy_v4_L3_r9 -1 dy_v4_L3_r10 -1
    z_g144_p12 dy_v4_L3_r11 -1 occ_c13 1
    z_g144_p12 occ_c15 1
    z_g144_p16 cum_g144_p16 1 cum_g144_p20 -1
    z_g144_p16 o_v4_c19_r6 1 o_v4_c21_r6 1
    z_g144_p16 dy_v4_L4_r0 -1 dy_v4_L4_r1 -1
    z_g144_p16 dy_v4_L4_r2 -1 dy_v4_L4_r3 -1
    z_g144_p16 dy_v4_L4_r4 -1 dy_v4_L4_r5 -1
    z_g144_p16 dy_v4_L4_r6 -1 dy_v4_L4_r8 -1
    z_g144_p16 dy_v4_L4_r9 -1 dy_v4_L4_r10 -1
    z_g144_p16 occ_c17 1 occ_c19 1
    z_g144_p20 cum_g144_p20 1 cum_g144_p24 -1
    z_g144_p20 o_v4_c23_r5 1 o_v4_c25_r5 1
    z_g144_p20 dy_v4_L5_r0 -1 dy_v4_L5_r1 -1
    z_g144_p20 dy_v4_L5_r2 -1 dy_v4_L5_r3 -1
    z_g144_p20 dy_v4_L5_r4 -1 dy_v4_L5_r5 -1
    z_g144_p20 dy_v4_L5_r7 -1 dy_v4_L5_r8 -1
    z_g144_p20 dy_v4_L5_r9 -1 occ_c21 1
    z_g144_p20 occ_c23 1
    z_g144_p24 cum_g144_p24 1 cum_g144_p28 -1
    z_g144_p24 o_v4_c27_r4 1 o_v4_c29_r4 1
    z_g144_p24 dy_v4_L6_r0 -1 dy_v4_L6_r1 -1
    z_g144_p24 dy_v4_L6_r2 -1 dy_v4_L6_r3 -1
    z_g144_p24 dy_v4_L6_r4 -1 dy_v4_L6_r6 -1
    z_g144_p24 dy_v4_L6_r7 -1 dy_v4_L6_r8 -1
    z_g144_p24 occ_c25 1 occ_c27 1
    z_g144_p28 cum_g144_p28 1 cum_g144_p32 -1
    z_g144_p28 o_v4_c31_r3 1 o_v4_c33_r3 1
    z_g144_p28 dy_v4_L7_r0 -1 dy_v4_L7_r1 -1
    z_g144_p28 dy_v4_L7_r2 -1 dy_v4_L7_r3 -1
    z_g144_p28 dy_v4_L7_r5 -1 dy_v4_L7_r6 -1
    z_g144_p28 dy_v4_L7_r7 -1 occ_c29 1
    z_g144_p28 occ_c31 1
    z_g144_p32 cum_g144_p32 1 cum_g144_p36 -1
    z_g144_p32 o_v4_c35_r2 1 o_v4_c37_r2 1
    z_g144_p32 dy_v4_L8_r0 -1 dy_v4_L8_r1 -1
    z_g144_p32 dy_v4_L8_r2 -1 dy_v4_L8_r4 -1
    z_g144_p32 dy_v4_L8_r5 -1 dy_v4_L8_r6 -1
    z_g144_p32 occ_c33 1 occ_c35 1
    z_g144_p36 cum_g144_p36 1 cum_g144_p40 -1
    z_g144_p36 o_v4_c39_r1 1 o_v4_c41_r1 1
    z_g144_p36 dy_v4_L9_r0 -1 dy_v4_L9_r1 -1
    z_g144_p36 dy_v4_L9_r3 -1 dy_v4_L9_r4 -1
    z_g144_p36 dy_v4_L9_r5 -1 occ_c37 1
    z_g144_p36 occ_c39 1
    z_g144_p40 cum_g144_p40 1 o_v4_c43_r0 1
    z_g144_p40 o_v4_c45_r0 1 dy_v4_L10_r0 -1
    z_g144_p40 dy_v4_L10_r2 -1 dy_v4_L10_r3 -1
    z_g144_p40 dy_v4_L10_r4 -1 occ_c41 1
    z_g144_p40 occ_c43 1
    x_g145_p46 assign_g145 1
    x_g146_p46 assign_g146 1
    x_g147_p47 cum_g147_p47 -1 assign_g147 1
    x_g147_p49 assign_g147 1 dy_v140_L12_r1 -1
    x_g147_p49 pt_v140_L12_r1 -1 heads_L12 6
    z_g147_p47 cum_g147_p47 1 o_v140_c49_r1 1
    z_g147_p47 o_v150_c49_r0 1 o_v151_c47_r0 1
    z_g147_p47 o_v151_c49_r0 1 o_v152_c47_r0 1
    z_g147_p47 o_v152_c49_r0 1 o_v153_c47_r0 -1
    z_g147_p47 o_v153_c47_r1 -1
    x_g148_p50 assign_g148 1
    x_g149_p50 assign_g149 1
    x_g150_p51 cum_g150_p51 -1 assign_g150 1
    x_g150_p53 assign_g150 1 dy_v143_L13_r1 -1
    x_g150_p53 dy_v153_L13_r0 -1 pt_v143_L13_r1 -1
    x_g150_p53 pt_v153_L13_r0 -1 heads_L13 4
    z_g150_p51 cum_g150_p51 1 o_v143_c53_r1 1
    z_g150_p51 o_v153_c53_r0 1 o_v154_c51_r0 1
    z_g150_p51 o_v154_c53_r0 1 o_v155_c51_r0 1
    z_g150_p51 o_v155_c53_r0 1 o_v156_c51_r0 -1
    z_g150_p51 o_v156_c51_r1 -1
    x_g151_p54 assign_g151 1
    x_g152_p54 assign_g152 1
    x_g153_p55 cum_g153_p55 -1 assign_g153 1
    x_g153_p57 assign_g153 1 dy_v146_L14_r1 -1
    x_g153_p57 dy_v156_L14_r0 -1 pt_v146_L14_r1 -1
    x_g153_p57 pt_v156_L14_r0 -1 heads_L14 4
    z_g153_p55 cum_g153_p55 1 o_v146_c57_r1 1
    z_g153_p55 o_v156_c57_r0 1 o_v157_c55_r0 1
    z_g153_p55 o_v157_c57_r0 1 o_v158_c55_r0 1
    z_g153_p55 o_v158_c57_r0 1 o_v159_c55_r0 -1
    z_g153_p55 o_v159_c55_r1 -1
    x_g154_p58 assign_g154 1
    x_g155_p58 assign_g155 1
    x_g156_p59 cum_g156_p59 -1 assign_g156 1
    x_g156_p61 assign_g156 1 dy_v159_L15_r0 -1
    x_g156_p61 pt_v159_L15_r0 -1 heads_L15 6
    z_g156_p59 cum_g156_p59 1 o_v159_c61_r0 1
    z_g156_p59 o_v160_c59_r0 1 o_v160_c61_r0 1
    z_g156_p59 o_v161_c59_r0 1 o_v161_c61_r0 1
    z_g156_p59 occ_c59 1 occ_c61 -1
    x_g157_p0 cum_g157_p0 -1 assign_g157 1
    x_g157_p0 dy_v4_L0_r13 -1 heads_L0 2
    x_g157_p4 cum_g157_p4 -1 assign_g157 1
    x_g157_p4 dy_v4_L1_r11 -1 heads_L1 2
    x_g157_p8 cum_g157_p8 -1 assign_g157 1
    x_g157_p8 dy_v4_L2_r10 -1 heads_L2 2
    x_g157_p12 cum_g157_p12 -1 assign_g157 1
    x_g157_p12 dy_v4_L3_r9 -1 heads_L3 2
    x_g157_p16 cum_g157_p16 -1 assign_g157 1
    x_g157_p16 dy_v4_L4_r8 -1 heads_L4 2
    x_g157_p20 cum_g157_p20 -1 assign_g157 1
    x_g157_p20 dy_v4_L5_r7 -1 heads_L5 2
    x_g157_p24 cum_g157_p24 -1 assign_g157 1
    x_g157_p24 dy_v4_L6_r6 -1 heads_L6 2
    x_g157_p28 cum_g157_p28 -1 assign_g157 1
    x_g157_p28 dy_v4_L7_r5 -1 heads_L7 2
    x_g157_p32 cum_g157_p32 -1 assign_g157 1
    x_g157_p32 dy_v4_L8_r4 -1 heads_L8 2
    x_g157_p36 cum_g157_p36 -1 assign_g157 1
    x_g157_p36 dy_v4_L9_r3 -1 heads_L9 2
    x_g157_p40 cum_g157_p40 -1 assign_g157 1
    x_g157_p40 dy_v4_L10_r2 -1 heads_L10 2
    x_g157_p44 cum_g157_p44 -1 assign_g157 1
    x_g157_p44 dy_v4_L11_r1 -1 heads_L11 2
    x_g157_p48 assign_g157 1 dy_v4_L12_r0 -1
    x_g157_p48 heads_L12 2
    z_g157_p0 cum_g157_p0 1 cum_g157_p4 -1
    z_g157_p0 o_v4_c3_r11 1 o_v4_c5_r11 1
    z_g157_p0 dy_v4_L0_r0 -1 dy_v4_L0_r1 -1
    z_g157_p0 dy_v4_L0_r2 -1 dy_v4_L0_r3 -1
    z_g157_p0 dy_v4_L0_r4 -1 dy_v4_L0_r5 -1
    z_g157_p0 dy_v4_L0_r6 -1 dy_v4_L0_r7 -1
    z_g157_p0 dy_v4_L0_r8 -1 dy_v4_L0_r9 -1
    z_g157_p0 dy_v4_L0_r10 -1 dy_v4_L0_r11 -1
    z_g157_p0 dy_v4_L0_r12 -1 dy_v4_L0_r14 -1
    z_g157_p0 dy_v4_L0_r15 -1 occ_c1 1
    z_g157_p0 occ_c3 1
    z_g157_p4 cum_g157_p4 1 cum_g157_p8 -1
    z_g157_p4 o_v4_c7_r10 1 o_v4_c9_r10 1
    z_g157_p4 dy_v4_L1_r0 -1 dy_v4_L1_r1 -1
    z_g157_p4 dy_v4_L1_r2 -1 dy_v4_L1_r3 -1
    z_g157_p4 dy_v4_L1_r4 -1 dy_v4_L1_r5 -1
    z_g157_p4 dy_v4_L1_r6 -1 dy_v4_L1_r7 -1
    z_g157_p4 dy_v4_L1_r8 -1 dy_v4_L1_r9 -1
    z_g157_p4 dy_v4_L1_r10 -1 dy_v4_L1_r12 -1
    z_g157_p4 dy_v4_L1_r13 -1 occ_c5 1
    z_g157_p4 occ_c7 1
    z_g157_p8 cum_g157_p8 1 cum_g157_p12 -1
    z_g157_p8 o_v4_c11_r9 1 o_v4_c13_r9 1
    z_g157_p8 dy_v4_L2_r0 -1 dy_v4_L2_r1 -1
    z_g157_p8 dy_v4_L2_r2 -1 dy_v4_L2_r3 -1
    z_g157_p8 dy_v4_L2_r4 -1 dy_v4_L2_r5 -1
    z_g157_p8 dy_v4_L2_r6 -1 dy_v4_L2_r7 -1
    z_g157_p8 dy_v4_L2_r8 -1 dy_v4_L2_r9 -1
    z_g157_p8 dy_v4_L2_r11 -1 dy_v4_L2_r12 -1
    z_g157_p8 occ_c9 1 occ_c11 1
    z_g157_p12 cum_g157_p12 1 cum_g157_p16 -1
    z_g157_p12 o_v4_c15_r8 1 o_v4_c17_r8 1
    z_g157_p12 dy_v4_L3_r0 -1 dy_v4_L3_r1 -1
    z_g157_p12 dy_v4_L3_r2 -1 dy_v4_L3_r3 -1
    z_g157_p12 dy_v4_L3_r4 -1 dy_v4_L3_r5 -1
    z_g157_p12 dy_v4_L3_r6 -1 dy_v4_L3_r7 -1
    z_g157_p12 dy_v4_L3_r8 -1 dy_v4_L3_r10 -1
    z_g157_p12 dy_v4_L3_r11 -1 occ_c13 1
    z_g157_p12 occ_c15 1
    z_g157_p16 cum_g157_p16 1 cum_g157_p20 -1
    z_g157_p16 o_v4_c19_r7 1 o_v4_c21_r7 1
    z_g157_p16 dy_v4_L4_r0 -1 dy_v4_L4_r1 -1
    z_g157_p16 dy_v4_L4_r2 -1 dy_v4_L4_r3 -1
    z_g157_p16 dy_v4_L4_r4 -1 dy_v4_L4_r5 -1
    z_g157_p16 dy_v4_L4_r6 -1 dy_v4_L4_r7 -1
    z_g157_p16 dy_v4_L4_r9 -1 dy_v4_L4_r10 -1
    z_g157_p16 occ_c17 1 occ_c19 1
    z_g157_p20 cum_g157_p20 1 cum_g157_p24 -1
    z_g157_p20 o_v4_c23_r6 1 o_v4_c25_r6 1
    z_g157_p20 dy_v4_L5_r0 -1 dy_v4_L5_r1 -1
    z_g157_p20 dy_v4_L5_r2 -1 dy_v4_L5_r3 -1
    z_g157_p20 dy_v4_L5_r4 -1 dy_v4_L5_r5 -1
    z_g157_p20 dy_v4_L5_r6 -1 dy_v4_L5_r8 -1
    z_g157_p20 dy_v4_L5_r9 -1 occ_c21 1
    z_g157_p20 occ_c23 1
    z_g157_p24 cum_g157_p24 1 cum_g157_p28 -1
    z_g157_p24 o_v4_c27_r5 1 o_v4_c29_r5 1
    z_g157_p24 dy_v4_L6_r0 -1 dy_v4_L6_r1 -1
    z_g157_p24 dy_v4_L6_r2 -1 dy_v4_L6_r3 -1
    z_g157_p24 dy_v4_L6_r4 -1 dy_v4_L6_r5 -1
    z_g157_p24 dy_v4_L6_r7 -1 dy_v4_L6_r8 -1
    z_g157_p24 occ_c25 1 occ_c27 1
    z_g157_p28 cum_g157_p28 1 cum_g157_p32 -1
    z_g157_p28 o_v4_c31_r4 1 o_v4_c33_r4 1
    z_g157_p28 dy_v4_L7_r0 -1 dy_v4_L7_r1 -1
    z_g157_p28 dy_v4_L7_r2 -1 dy_v4_L7_r3 -1
    z_g157_p28 dy_v4_L7_r4 -1 dy_v4_L7_r6 -1
    z_g157_p28 dy_v4_L7_r7 -1 occ_c29 1
    z_g157_p28 occ_c31 1
    z_g157_p32 cum_g157_p32 1 cum_g157_p36 -1
    z_g157_p32 o_v4_c35_r3 1 o_v4_c37_r3 1
    z_g157_p32 dy_v4_L8_r0 -1 dy_v4_L8_r1 -1
    z_g157_p32 dy_v4_L8_r2 -1 dy_v4_L8_r3 -1
    z_g157_p32 dy_v4_L8_r5 -1 dy_v4_L8_r6 -1
    z_g157_p32 occ_c33 1 occ_c35 1
    z_g157_p36 cum_g157_p36 1 cum_g157_p40 -1
    z_g157_p36 o_v4_c39_r2 1 o_v4_c41_r2 1
    z_g157_p36 dy_v4_L9_r0 -1 dy_v4_L9_r1 -1
    z_g157_p36 dy_v4_L9_r2 -1 dy_v4_L9_r4 -1
    z_g157_p36 dy_v4_L9_r5 -1 occ_c37 1
    z_g157_p36 occ_c39 1
    z_g157_p40 cum_g157_p40 1 cum_g157_p44 -1
    z_g157_p40 o_v4_c43_r1 1 o_v4_c45_r1 1
    z_g157_p40 dy_v4_L10_r0 -1 dy_v4_L10_r1 -1
    z_g157_p40 dy_v4_L10_r3 -1 dy_v4_L10_r4 -1
    z_g157_p40 occ_c41 1 occ_c43 1
    z_g157_p44 cum_g157_p44 1 o_v4_c47_r0 1
    z_g157_p44 o_v4_c49_r0 1 dy_v4_L11_r0 -1
    z_g157_p44 dy_v4_L11_r2 -1 dy_v4_L11_r3 -1
    z_g157_p44 occ_c45 1 occ_c47 1
    x_g158_p50 assign_g158 1
    x_g159_p50 assign_g159 1
    x_g160_p51 cum_g160_p51 -1 assign_g160 1
    x_g160_p53 assign_g160 1 dy_v153_L13_r1 -1
    x_g160_p53 pt_v153_L13_r1 -1 heads_L13 6
    z_g160_p51 cum_g160_p51 1 o_v153_c53_r1 1
    z_g160_p51 o_v163_c53_r0 1 o_v164_c51_r0 1
    z_g160_p51 o_v164_c53_r0 1 o_v165_c51_r0 1
    z_g160_p51 o_v165_c53_r0 1 o_v166_c51_r0 -1
    z_g160_p51 o_v166_c51_r1 -1
    x_g161_p54 assign_g161 1
    x_g162_p54 assign_g162 1
    x_g163_p55 cum_g163_p55 -1 assign_g163 1
    x_g163_p57 assign_g163 1 dy_v156_L14_r1 -1
    x_g163_p57 dy_v166_L14_r0 -1 pt_v156_L14_r1 -1
    x_g163_p57 pt_v166_L14_r0 -1 heads_L14 4
    z_g163_p55 cum_g163_p55 1 o_v156_c57_r1 1
    z_g163_p55 o_v166_c57_r0 1 o_v167_c55_r0 1
    z_g163_p55 o_v167_c57_r0 1 o_v168_c55_r0 1
    z_g163_p55 o_v168_c57_r0 1 o_v169_c55_r0 -1
    z_g163_p55 o_v169_c55_r1 -1
    x_g164_p58 assign_g164 1
    x_g165_p58 assign_g165 1
    x_g166_p59 cum_g166_p59 -1 assign_g166 1
    x_g166_p61 assign_g166 1 dy_v159_L15_r1 -1
    x_g166_p61 dy_v169_L15_r0 -1 pt_v159_L15_r1 -1
    x_g166_p61 pt_v169_L15_r0 -1 heads_L15 4
    z_g166_p59 cum_g166_p59 1 o_v159_c61_r1 1
    z_g166_p59 o_v169_c61_r0 1 o_v170_c59_r0 1
    z_g166_p59 o_v170_c61_r0 1 o_v171_c59_r0 1
    z_g166_p59 o_v171_c61_r0 1 o_v172_c59_r0 -1
    z_g166_p59 o_v172_c59_r1 -1
    x_g167_p62 assign_g167 1
    x_g168_p62 assign_g168 1
    x_g169_p63 cum_g169_p63 -1 assign_g169 1
    x_g169_p65 assign_g169 1 dy_v172_L16_r0 -1
    x_g169_p65 pt_v172_L16_r0 -1 heads_L16 6
    z_g169_p63 cum_g169_p63 1 o_v172_c65_r0 1
    z_g169_p63 o_v173_c63_r0 1 o_v173_c65_r0 1
    z_g169_p63 o_v174_c63_r0 1 o_v174_c65_r0 1
    z_g169_p63 occ_c63 1 occ_c65 -1
    x_g170_p0 cum_g170_p0 -1 assign_g170 1
    x_g170_p0 dy_v4_L0_r14 -1 heads_L0 2
    x_g170_p4 cum_g170_p4 -1 assign_g170 1
    x_g170_p4 dy_v4_L1_r12 -1 heads_L1 2
    x_g170_p8 cum_g170_p8 -1 assign_g170 1
    x_g170_p8 dy_v4_L2_r11 -1 heads_L2 2
    x_g170_p12 cum_g170_p12 -1 assign_g170 1
    x_g170_p12 dy_v4_L3_r10 -1 heads_L3 2
    x_g170_p16 cum_g170_p16 -1 assign_g170 1
    x_g170_p16 dy_v4_L4_r9 -1 heads_L4 2
    x_g170_p20 cum_g170_p20 -1 assign_g170 1
    x_g170_p20 dy_v4_L5_r8 -1 heads_L5 2
    x_g170_p24 cum_g170_p24 -1 assign_g170 1
    x_g170_p24 dy_v4_L6_r7 -1 heads_L6 2
    x_g170_p28 cum_g170_p28 -1 assign_g170 1
    x_g170_p28 dy_v4_L7_r6 -1 heads_L7 2
    x_g170_p32 cum_g170_p32 -1 assign_g170 1
    x_g170_p32 dy_v4_L8_r5 -1 heads_L8 2
    x_g170_p36 cum_g170_p36 -1 assign_g170 1
    x_g170_p36 dy_v4_L9_r4 -1 heads_L9 2
    x_g170_p40 cum_g170_p40 -1 assign_g170 1
    x_g170_p40 dy_v4_L10_r3 -1 heads_L10 2
    x_g170_p44 cum_g170_p44 -1 assign_g170 1
    x_g170_p44 dy_v4_L11_r2 -1 heads_L11 2
    x_g170_p48 cum_g170_p48 -1 assign_g170 1
    x_g170_p48 dy_v4_L12_r1 -1 heads_L12 2
    x_g170_p52 assign_g170 1 dy_v4_L13_r0 -1
    x_g170_p52 heads_L13 2
    z_g170_p0 cum_g170_p0 1 cum_g170_p4 -1
    z_g170_p0 o_v4_c3_r12 1 o_v4_c5_r12 1
    z_g170_p0 dy_v4_L0_r0 -1 dy_v4_L0_r1 -1
    z_g170_p0 dy_v4_L0_r2 -1 dy_v4_L0_r3 -1
    z_g170_p0 dy_v4_L0_r4 -1 dy_v4_L0_r5 -1
    z_g170_p0 dy_v4_L0_r6 -1 dy_v4_L0_r7 -1
    z_g170_p0 dy_v4_L0_r8 -1 dy_v4_L0_r9 -1
    z_g170_p0 dy_v4_L0_r10 -1 dy_v4_L0_r11 -1
    z_g170_p0 dy_v4_L0_r12 -1 dy_v4_L0_r13 -1
    z_g170_p0 dy_v4_L0_r15 -1 occ_c1 1
    z_g170_p0 occ_c3 1
    z_g170_p4 cum_g170_p4 1 cum_g170_p8 -1
    z_g170_p4 o_v4_c7_r11 1 o_v4_c9_r11 1
    z_g170_p4 dy_v4_L1_r0 -1 dy_v4_L1_r1 -1
    z_g170_p4 dy_v4_L1_r2 -1 dy_v4_L1_r3 -1
    z_g170_p4 dy_v4_L1_r4 -1 dy_v4_L1_r5 -1
    z_g170_p4 dy_v4_L1_r6 -1 dy_v4_L1_r7 -1
    z_g170_p4 dy_v4_L1_r8 -1 dy_v4_L1_r9 -1
    z_g170_p4 dy_v4_L1_r10 -1 dy_v4_L1_r11 -1
    z_g170_p4 dy_v4_L1_r13 -1 occ_c5 1
    z_g170_p4 occ_c7 1
    z_g170_p8 cum_g170_p8 1 cum_g170_p12 -1
    z_g170_p8 o_v4_c11_r10 1 o_v4_c13_r10 1
    z_g170_p8 dy_v4_L2_r0 -1 dy_v4_L2_r1 -1
    z_g170_p8 dy_v4_L2_r2 -1 dy_v4_L2_r3 -1
    z_g170_p8 dy_v4_L2_r4 -1 dy_v4_L2_r5 -1
    z_g170_p8 dy_v4_L2_r6 -1 dy_v4_L2_r7 -1
    z_g170_p8 dy_v4_L2_r8 -1 dy_v4_L2_r9 -1
    z_g170_p8 dy_v4_L2_r10 -1 dy_v4_L2_r12 -1
    z_g170_p8 occ_c9 1 occ_c11 1
    z_g170_p12 cum_g170_p12 1 cum_g170_p16 -1
    z_g170_p12 o_v4_c15_r9 1 o_v4_c17_r9 1
    z_g170_p12 dy_v4_L3_r0 -1 dy_v4_L3_r1 -1
    z_g170_p12 dy_v4_L3_r2 -1 dy_v4_L3_r3 -1
    z_g170_p12 dy_v4_L3_r4 -1 dy_v4_L3_r5 -1
    z_g170_p12 dy_v4_L3_r6 -1 dy_v4_L3_r7 -1
    z_g170_p12 dy_v4_L3_r8 -1 dy_v4_L3_r9 -1
    z_g170_p12 dy_v4_L3_r11 -1 occ_c13 1
    z_g170_p12 occ_c15 1
    z_g170_p16 cum_g170_p16 1 cum_g170_p20 -1
    z_g170_p16 o_v4_c19_r8 1 o_v4_c21_r8 1
    z_g170_p16 dy_v4_L4_r0 -1 dy_v4_L4_r1 -1
    z_g170_p16 dy_v4_L4_r2 -1 dy_v4_L4_r3 -1
    z_g170_p16 dy_v4_L4_r4 -1 dy_v4_L4_r5 -1
    z_g170_p16 dy_v4_L4_r6 -1 dy_v4_L4_r7 -1
    z_g170_p16 dy_v4_L4_r8 -1 dy_v4_L4_r10 -1
    z_g170_p16 occ_c17 1 occ_c19 1
    z_g170_p20 cum_g170_p20 1 cum_g170_p24 -1
    z_g170_p20 o_v4_c23_r7 1 o_v4_c25_r7 1
    z_g170_p20 dy_v4_L5_r0 -1 dy_v4_L5_r1 -1
    z_g170_p20 dy_v4_L5_r2 -1 dy_v4_L5_r3 -1
    z_g170_p20 dy_v4_L5_r4 -1 dy_v4_L5_r5 -1
    z_g170_p20 dy_v4_L5_r6 -1 dy_v4_L5_r7 -1
    z_g170_p20 dy_v4_L5_r9 -1 occ_c21 1
    z_g170_p20 occ_c23 1
    z_g170_p24 cum_g170_p24 1 cum_g170_p28 -1
    z_g170_p24 o_v4_c27_r6 1 o_v4_c29_r6 1
    z_g170_p24 dy_v4_L6_r0 -1 dy_v4_L6_r1 -1
    z_g170_p24 dy_v4_L6_r2 -1 dy_v4_L6_r3 -1
    z_g170_p24 dy_v4_L6_r4 -1 dy_v4_L6_r5 -1
    z_g170_p24 dy_v4_L6_r6 -1 dy_v4_L6_r8 -1
    z_g170_p24 occ_c25 1 occ_c27 1
    z_g170_p28 cum_g170_p28 1 cum_g170_p32 -1
    z_g170_p28 o_v4_c31_r5 1 o_v4_c33_r5 1
    z_g170_p28 dy_v4_L7_r0 -1 dy_v4_L7_r1 -1
    z_g170_p28 dy_v4_L7_r2 -1 dy_v4_L7_r3 -1
    z_g170_p28 dy_v4_L7_r4 -1 dy_v4_L7_r5 -1
    z_g170_p28 dy_v4_L7_r7 -1 occ_c29 1
    z_g170_p28 occ_c31 1
    z_g170_p32 cum_g170_p32 1 cum_g170_p36 -1
    z_g170_p32 o_v4_c35_r4 1 o_v4_c37_r4 1
    z_g170_p32 dy_v4_L8_r0 -1 dy_v4_L8_r1 -1
    z_g170_p32 dy_v4_L8_r2 -1 dy_v4_L8_r3 -1
    z_g170_p32 dy_v4_L8_r4 -1 dy_v4_L8_r6 -1
    z_g170_p32 occ_c33 1 occ_c35 1
    z_g170_p36 cum_g170_p36 1 cum_g170_p40 -1
    z_g170_p36 o_v4_c39_r3 1 o_v4_c41_r3 1
    z_g170_p36 dy_v4_L9_r0 -1 dy_v4_L9_r1 -1
    z_g170_p36 dy_v4_L9_r2 -1 dy_v4_L9_r3 -1
    z_g170_p36 dy_v4_L9_r5 -1 occ_c37 1
    z_g170_p36 occ_c39 1
    z_g170_p40 cum_g170_p40 1 cum_g170_p44 -1
    z_g170_p40 o_v4_c43_r2 1 o_v4_c45_r2 1
    z_g170_p40 dy_v4_L10_r0 -1 dy_v4_L10_r1 -1
    z_g170_p40 dy_v4_L10_r2 -1 dy_v4_L10_r4 -1
    z_g170_p40 occ_c41 1 occ_c43 1
    z_g170_p44 cum_g170_p44 1 cum_g170_p48 -1
    z_g170_p44 o_v4_c47_r1 1 o_v4_c49_r1 1
    z_g170_p44 dy_v4_L11_r0 -1 dy_v4_L11_r1 -1
    z_g170_p44 dy_v4_L11_r3 -1 occ_c45 1
    z_g170_p44 occ_c47 1
    z_g170_p48 cum_g170_p48 1 o_v4_c51_r0 1
    z_g170_p48 o_v4_c53_r0 1 dy_v4_L12_r0 -1
    z_g170_p48 dy_v4_L12_r2 -1 occ_c49 1
    z_g170_p48 occ_c51 1
    x_g171_p54 assign_g171 1
    x_g172_p54 assign_g172 1
    x_g173_p55 cum_g173_p55 -1 assign_g173 1
    x_g173_p57 assign_g173 1 dy_v166_L14_r1 -1
    x_g173_p57 pt_v166_L14_r1 -1 heads_L14 6
    z_g173_p55 cum_g173_p55 1 o_v166_c57_r1 1
    z_g173_p55 o_v176_c57_r0 1 o_v177_c55_r0 1
    z_g173_p55 o_v177_c57_r0 1 o_v178_c55_r0 1
    z_g173_p55 o_v178_c57_r0 1 o_v179_c55_r0 -1
    z_g173_p55 o_v179_c55_r1 -1
    x_g174_p58 assign_g174 1
    x_g175_p58 assign_g175 1
    x_g176_p59 cum_g176_p59 -1 assign_g176 1
    x_g176_p61 assign_g176 1 dy_v169_L15_r1 -1
    x_g176_p61 dy_v179_L15_r0 -1 pt_v169_L15_r1 -1
    x_g176_p61 pt_v179_L15_r0 -1 heads_L15 4
    z_g176_p59 cum_g176_p59 1 o_v169_c61_r1 1
    z_g176_p59 o_v179_c61_r0 1 o_v180_c59_r0 1
    z_g176_p59 o_v180_c61_r0 1 o_v181_c59_r0 1
    z_g176_p59 o_v181_c61_r0 1 o_v182_c59_r0 -1
    z_g176_p59 o_v182_c59_r1 -1
    x_g177_p62 assign_g177 1
    x_g178_p62 assign_g178 1
    x_g179_p63 cum_g179_p63 -1 assign_g179 1
    x_g179_p65 assign_g179 1 dy_v172_L16_r1 -1
    x_g179_p65 dy_v182_L16_r0 -1 pt_v172_L16_r1 -1
    x_g179_p65 pt_v182_L16_r0 -1 heads_L16 4
    z_g179_p63 cum_g179_p63 1 o_v172_c65_r1 1
    z_g179_p63 o_v182_c65_r0 1 o_v183_c63_r0 1
    z_g179_p63 o_v183_c65_r0 1 o_v184_c63_r0 1
    z_g179_p63 o_v184_c65_r0 1 o_v185_c63_r0 -1
    z_g179_p63 o_v185_c63_r1 -1
    x_g180_p66 assign_g180 1
    x_g181_p66 assign_g181 1
    x_g182_p67 cum_g182_p67 -1 assign_g182 1
    x_g182_p69 assign_g182 1 dy_v185_L17_r0 -1
    x_g182_p69 pt_v185_L17_r0 -1 heads_L17 6
    z_g182_p67 cum_g182_p67 1 o_v185_c69_r0 1
    z_g182_p67 o_v186_c67_r0 1 o_v186_c69_r0 1
    z_g182_p67 o_v187_c67_r0 1 o_v187_c69_r0 1
    z_g182_p67 occ_c67 1 occ_c69 -1
    x_g183_p0 cum_g183_p0 -1 assign_g183 1
    x_g183_p0 dy_v4_L0_r15 -1 heads_L0 2
    x_g183_p4 cum_g183_p4 -1 assign_g183 1
    x_g183_p4 dy_v4_L1_r13 -1 heads_L1 2
    x_g183_p8 cum_g183_p8 -1 assign_g183 1
    x_g183_p8 dy_v4_L2_r12 -1 heads_L2 2
    x_g183_p12 cum_g183_p12 -1 assign_g183 1
    x_g183_p12 dy_v4_L3_r11 -1 heads_L3 2
    x_g183_p16 cum_g183_p16 -1 assign_g183 1
    x_g183_p16 dy_v4_L4_r10 -1 heads_L4 2
    x_g183_p20 cum_g183_p20 -1 assign_g183 1
    x_g183_p20 dy_v4_L5_r9 -1 heads_L5 2
    x_g183_p24 cum_g183_p24 -1 assign_g183 1
    x_g183_p24 dy_v4_L6_r8 -1 heads_L6 2
    x_g183_p28 cum_g183_p28 -1 assign_g183 1
    x_g183_p28 dy_v4_L7_r7 -1 heads_L7 2
    x_g183_p32 cum_g183_p32 -1 assign_g183 1
    x_g183_p32 dy_v4_L8_r6 -1 heads_L8 2
    x_g183_p36 cum_g183_p36 -1 assign_g183 1
    x_g183_p36 dy_v4_L9_r5 -1 heads_L9 2
    x_g183_p40 cum_g183_p40 -1 assign_g183 1
    x_g183_p40 dy_v4_L10_r4 -1 heads_L10 2
    x_g183_p44 cum_g183_p44 -1 assign_g183 1
    x_g183_p44 dy_v4_L11_r3 -1 heads_L11 2
    x_g183_p48 cum_g183_p48 -1 assign_g183 1
    x_g183_p48 dy_v4_L12_r2 -1 heads_L12 2
    x_g183_p52 cum_g183_p52 -1 assign_g183 1
    x_g183_p52 dy_v4_L13_r1 -1 heads_L13 2
    x_g183_p56 assign_g183 1 dy_v4_L14_r0 -1
    x_g183_p56 heads_L14 2
    z_g183_p0 cum_g183_p0 1 cum_g183_p4 -1
    z_g183_p0 o_v4_c3_r13 1 o_v4_c5_r13 1
    z_g183_p0 dy_v4_L0_r0 -1 dy_v4_L0_r1 -1
    z_g183_p0 dy_v4_L0_r2 -1 dy_v4_L0_r3 -1
    z_g183_p0 dy_v4_L0_r4 -1 dy_v4_L0_r5 -1
    z_g183_p0 dy_v4_L0_r6 -1 dy_v4_L0_r7 -1
    z_g183_p0 dy_v4_L0_r8 -1 dy_v4_L0_r9 -1
    z_g183_p0 dy_v4_L0_r10 -1 dy_v4_L0_r11 -1
    z_g183_p0 dy_v4_L0_r12 -1 dy_v4_L0_r13 -1
    z_g183_p0 dy_v4_L0_r14 -1 occ_c1 1
    z_g183_p0 occ_c3 1
    z_g183_p4 cum_g183_p4 1 cum_g183_p8 -1
    z_g183_p4 o_v4_c7_r12 1 o_v4_c9_r12 1
    z_g183_p4 dy_v4_L1_r0 -1 dy_v4_L1_r1 -1
    z_g183_p4 dy_v4_L1_r2 -1 dy_v4_L1_r3 -1
    z_g183_p4 dy_v4_L1_r4 -1 dy_v4_L1_r5 -1
    z_g183_p4 dy_v4_L1_r6 -1 dy_v4_L1_r7 -1
    z_g183_p4 dy_v4_L1_r8 -1 dy_v4_L1_r9 -1
    z_g183_p4 dy_v4_L1_r10 -1 dy_v4_L1_r11 -1
    z_g183_p4 dy_v4_L1_r12 -1 occ_c5 1
    z_g183_p4 occ_c7 1
    z_g183_p8 cum_g183_p8 1 cum_g183_p12 -1
    z_g183_p8 o_v4_c11_r11 1 o_v4_c13_r11 1
    z_g183_p8 dy_v4_L2_r0 -1 dy_v4_L2_r1 -1
    z_g183_p8 dy_v4_L2_r2 -1 dy_v4_L2_r3 -1
    z_g183_p8 dy_v4_L2_r4 -1 dy_v4_L2_r5 -1
    z_g183_p8 dy_v4_L2_r6 -1 dy_v4_L2_r7 -1
    z_g183_p8 dy_v4_L2_r8 -1 dy_v4_L2_r9 -1
    z_g183_p8 dy_v4_L2_r10 -1 dy_v4_L2_r11 -1
    z_g183_p8 occ_c9 1 occ_c11 1
    z_g183_p12 cum_g183_p12 1 cum_g183_p16 -1
    z_g183_p12 o_v4_c15_r10 1 o_v4_c17_r10 1
    z_g183_p12 dy_v4_L3_r0 -1 dy_v4_L3_r1 -1
    z_g183_p12 dy_v4_L3_r2 -1 dy_v4_L3_r3 -1
    z_g183_p12 dy_v4_L3_r4 -1 dy_v4_L3_r5 -1
    z_g183_p12 dy_v4_L3_r6 -1 dy_v4_L3_r7 -1
    z_g183_p12 dy_v4_L3_r8 -1 dy_v4_L3_r9 -1
    z_g183_p12 dy_v4_L3_r10 -1 occ_c13 1
    z_g183_p12 occ_c15 1
    z_g183_p16 cum_g183_p16 1 cum_g183_p20 -1
    z_g183_p16 o_v4_c19_r9 1 o_v4_c21_r9 1
    z_g183_p16 dy_v4_L4_r0 -1 dy_v4_L4_r1 -1
    z_g183_p16 dy_v4_L4_r2 -1 dy_v4_L4_r3 -1
    z_g183_p16 dy_v4_L4_r4 -1 dy_v4_L4_r5 -1
    z_g183_p16 dy_v4_L4_r6 -1 dy_v4_L4_r7 -1
    z_g183_p16 dy_v4_L4_r8 -1 dy_v4_L4_r9 -1
    z_g183_p16 occ_c17 1 occ_c19 1
    z_g183_p20 cum_g183_p20 1 cum_g183_p24 -1
    z_g183_p20 o_v4_c23_r8 1 o_v4_c25_r8 1
    z_g183_p20 dy_v4_L5_r0 -1 dy_v4_L5_r1 -1
    z_g183_p20 dy_v4_L5_r2 -1 dy_v4_L5_r3 -1
    z_g183_p20 dy_v4_L5_r4 -1 dy_v4_L5_r5 -1
    z_g183_p20 dy_v4_L5_r6 -1 dy_v4_L5_r7 -1
    z_g183_p20 dy_v4_L5_r8 -1 occ_c21 1
    z_g183_p20 occ_c23 1
    z_g183_p24 cum_g183_p24 1 cum_g183_p28 -1
    z_g183_p24 o_v4_c27_r7 1 o_v4_c29_r7 1
    z_g183_p24 dy_v4_L6_r0 -1 dy_v4_L6_r1 -1
    z_g183_p24 dy_v4_L6_r2 -1 dy_v4_L6_r3 -1
    z_g183_p24 dy_v4_L6_r4 -1 dy_v4_L6_r5 -1
    z_g183_p24 dy_v4_L6_r6 -1 dy_v4_L6_r7 -1
    z_g183_p24 occ_c25 1 occ_c27 1
    z_g183_p28 cum_g183_p28 1 cum_g183_p32 -1
    z_g183_p28 o_v4_c31_r6 1 o_v4_c33_r6 1
    z_g183_p28 dy_v4_L7_r0 -1 dy_v4_L7_r1 -1
    z_g183_p28 dy_v4_L7_r2 -1 dy_v4_L7_r3 -1
    z_g183_p28 dy_v4_L7_r4 -1 dy_v4_L7_r5 -1
    z_g183_p28 dy_v4_L7_r6 -1 occ_c29 1
    z_g183_p28 occ_c31 1
    z_g183_p32 cum_g183_p32 1 cum_g183_p36 -1
    z_g183_p32 o_v4_c35_r5 1 o_v4_c37_r5 1
    z_g183_p32 dy_v4_L8_r0 -1 dy_v4_L8_r1 -1
    z_g183_p32 dy_v4_L8_r2 -1 dy_v4_L8_r3 -1
    z_g183_p32 dy_v4_L8_r4 -1 dy_v4_L8_r5 -1
    z_g183_p32 occ_c33 1 occ_c35 1
    z_g183_p36 cum_g183_p36 1 cum_g183_p40 -1
    z_g183_p36 o_v4_c39_r4 1 o_v4_c41_r4 1
    z_g183_p36 dy_v4_L9_r0 -1 dy_v4_L9_r1 -1
    z_g183_p36 dy_v4_L9_r2 -1 dy_v4_L9_r3 -1
    z_g183_p36 dy_v4_L9_r4 -1 occ_c37 1
    z_g183_p36 occ_c39 1
    z_g183_p40 cum_g183_p40 1 cum_g183_p44 -1
    z_g183_p40 o_v4_c43_r3 1 o_v4_c45_r3 1
    z_g183_p40 dy_v4_L10_r0 -1 dy_v4_L10_r1 -1
    z_g183_p40 dy_v4_L10_r2 -1 dy_v4_L10_r3 -1
    z_g183_p40 occ_c41 1 occ_c43 1
    z_g183_p44 cum_g183_p44 1 cum_g183_p48 -1
    z_g183_p44 o_v4_c47_r2 1 o_v4_c49_r2 1
    z_g183_p44 dy_v4_L11_r0 -1 dy_v4_L11_r1 -1
    z_g183_p44 dy_v4_L11_r2 -1 occ_c45 1
    z_g183_p44 occ_c47 1
    z_g183_p48 cum_g183_p48 1 cum_g183_p52 -1
    z_g183_p48 o_v4_c51_r1 1 o_v4_c53_r1 1
    z_g183_p48 dy_v4_L12_r0 -1 dy_v4_L12_r1 -1
    z_g183_p48 occ_c49 1 occ_c51 1
    z_g183_p52 cum_g183_p52 1 o_v4_c55_r0 1
    z_g183_p52 o_v4_c57_r0 1 dy_v4_L13_r0 -1
    z_g183_p52 occ_c53 1 occ_c55 1
    x_g184_p58 assign_g184 1
    x_g185_p58 assign_g185 1
    x_g186_p59 cum_g186_p59 -1 assign_g186 1
    x_g186_p61 assign_g186 1 dy_v179_L15_r1 -1
    x_g186_p61 pt_v179_L15_r1 -1 heads_L15 6
    z_g186_p59 cum_g186_p59 1 o_v179_c61_r1 1
    z_g186_p59 o_v189_c61_r0 1 o_v190_c59_r0 1
    z_g186_p59 o_v190_c61_r0 1 o_v191_c59_r0 1
    z_g186_p59 o_v191_c61_r0 1 occ_c59 1
    x_g187_p62 assign_g187 1
    x_g188_p62 assign_g188 1
    x_g189_p63 cum_g189_p63 -1 assign_g189 1
    x_g189_p65 assign_g189 1 dy_v182_L16_r1 -1
    x_g189_p65 pt_v182_L16_r1 -1 heads_L16 5
    z_g189_p63 cum_g189_p63 1 o_v182_c65_r1 1
    z_g189_p63 o_v193_c63_r0 1 o_v193_c65_r0 1
    z_g189_p63 o_v194_c63_r0 1 o_v194_c65_r0 1
    z_g189_p63 occ_c63 1
    x_g190_p66 assign_g190 1
    x_g191_p66 assign_g191 1
    x_g192_p67 cum_g192_p67 -1 assign_g192 1
    x_g192_p69 assign_g192 1 dy_v185_L17_r1 -1
    x_g192_p69 pt_v185_L17_r1 -1 heads_L17 5
    z_g192_p67 cum_g192_p67 1 o_v185_c69_r1 1
    z_g192_p67 o_v196_c67_r0 1 o_v196_c69_r0 1
    z_g192_p67 o_v197_c67_r0 1 o_v197_c69_r0 1
    z_g192_p67 occ_c67 1
    x_g193_p70 assign_g193 1
    x_g194_p70 assign_g194 1
    x_g195_p71 cum_g195_p71 -1 assign_g195 1
    x_g195_p73 assign_g195 1 heads_L18 7
    z_g195_p71 cum_g195_p71 1 o_v199_c71_r0 1
    z_g195_p71 o_v199_c73_r0 1 o_v200_c71_r0 1
    z_g195_p71 o_v200_c73_r0 1 occ_c71 1
    z_g195_p71 occ_c73 -1
    x_g196_p0 cum_g196_p0 -1 assign_g196 1
    x_g196_p0 dy_v5_L0_r0 -1 heads_L0 2
    x_g196_p4 cum_g196_p4 -1 assign_g196 1
    x_g196_p4 dy_v5_L1_r0 -1 heads_L1 2
    x_g196_p8 cum_g196_p8 -1 assign_g196 1
    x_g196_p8 dy_v5_L2_r0 -1 heads_L2 2
    x_g196_p12 cum_g196_p12 -1 assign_g196 1
    x_g196_p12 dy_v5_L3_r0 -1 heads_L3 2
    x_g196_p16 cum_g196_p16 -1 assign_g196 1
    x_g196_p16 dy_v5_L4_r0 -1 heads_L4 2
    x_g196_p20 cum_g196_p20 -1 assign_g196 1
    x_g196_p20 dy_v5_L5_r0 -1 heads_L5 2
    x_g196_p24 cum_g196_p24 -1 assign_g196 1
    x_g196_p24 dy_v5_L6_r0 -1 heads_L6 2
    x_g196_p28 cum_g196_p28 -1 assign_g196 1
    x_g196_p28 dy_v5_L7_r0 -1 heads_L7 2
    x_g196_p32 cum_g196_p32 -1 assign_g196 1
    x_g196_p32 dy_v5_L8_r0 -1 heads_L8 2
    x_g196_p36 cum_g196_p36 -1 assign_g196 1
    x_g196_p36 dy_v5_L9_r0 -1 heads_L9 2
    x_g196_p40 cum_g196_p40 -1 assign_g196 1
    x_g196_p40 dy_v5_L10_r0 -1 heads_L10 2
    x_g196_p44 cum_g196_p44 -1 assign_g196 1
    x_g196_p44 dy_v5_L11_r0 -1 heads_L11 2
    x_g196_p48 cum_g196_p48 -1 assign_g196 1
    x_g196_p48 dy_v5_L12_r0 -1 heads_L12 2
    x_g196_p52 cum_g196_p52 -1 assign_g196 1
    x_g196_p52 dy_v5_L13_r0 -1 heads_L13 2
    x_g196_p56 cum_g196_p56 -1 assign_g196 1
    x_g196_p56 dy_v5_L14_r0 -1 heads_L14 2
    x_g196_p60 cum_g196_p60 -1 assign_g196 1
    x_g196_p60 dy_v5_L15_r0 -1 heads_L15 2
    x_g196_p64 cum_g196_p64 -1 assign_g196 1
    x_g196_p64 dy_v5_L16_r0 -1 heads_L16 2
    x_g196_p68 cum_g196_p68 -1 assign_g196 1
    x_g196_p68 dy_v5_L17_r0 -1 heads_L17 2
    x_g196_p72 assign_g196 1 dy_v5_L18_r0 -1
    x_g196_p72 heads_L18 2
    z_g196_p0 cum_g196_p0 1 cum_g196_p4 -1
    z_g196_p0 o_v5_c3_r0 1 o_v5_c5_r0 1
    z_g196_p0 dy_v5_L0_r1 -1 dy_v5_L0_r2 -1
    z_g196_p0 dy_v5_L0_r3 -1 o_v202_c1_r0 -1
    z_g196_p0 o_v202_c1_r1 -1 o_v202_c1_r2 -1
    z_g196_p0 o_v202_c3_r0 -1 o_v202_c3_r1 -1
    z_g196_p0 o_v202_c3_r2 -1
    z_g196_p4 cum_g196_p4 1 cum_g196_p8 -1
    z_g196_p4 o_v5_c7_r0 1 o_v5_c9_r0 1
    z_g196_p4 dy_v5_L1_r1 -1 dy_v5_L1_r2 -1
    z_g196_p4 dy_v5_L1_r3 -1 o_v202_c5_r0 -1
    z_g196_p4 o_v202_c5_r1 -1 o_v202_c5_r2 -1
    z_g196_p4 o_v202_c7_r0 -1 o_v202_c7_r1 -1
    z_g196_p4 o_v202_c7_r2 -1
    z_g196_p8 cum_g196_p8 1 cum_g196_p12 -1
    z_g196_p8 o_v5_c11_r0 1 o_v5_c13_r0 1
    z_g196_p8 dy_v5_L2_r1 -1 dy_v5_L2_r2 -1
    z_g196_p8 dy_v5_L2_r3 -1 o_v202_c9_r0 -1
    z_g196_p8 o_v202_c9_r1 -1 o_v202_c9_r2 -1
    z_g196_p8 o_v202_c11_r0 -1 o_v202_c11_r1 -1
    z_g196_p8 o_v202_c11_r2 -1
    z_g196_p12 cum_g196_p12 1 cum_g196_p16 -1
    z_g196_p12 o_v5_c15_r0 1 o_v5_c17_r0 1
    z_g196_p12 dy_v5_L3_r1 -1 dy_v5_L3_r2 -1
    z_g196_p12 dy_v5_L3_r3 -1 o_v202_c13_r0 -1
    z_g196_p12 o_v202_c13_r1 -1 o_v202_c13_r2 -1
    z_g196_p12 o_v202_c15_r0 -1 o_v202_c15_r1 -1
    z_g196_p12 o_v202_c15_r2 -1
    z_g196_p16 cum_g196_p16 1 cum_g196_p20 -1
    z_g196_p16 o_v5_c19_r0 1 o_v5_c21_r0 1
    z_g196_p16 dy_v5_L4_r1 -1 dy_v5_L4_r2 -1
    z_g196_p16 dy_v5_L4_r3 -1 o_v202_c17_r0 -1
    z_g196_p16 o_v202_c17_r1 -1 o_v202_c17_r2 -1
    z_g196_p16 o_v202_c19_r0 -1 o_v202_c19_r1 -1
    z_g196_p16 o_v202_c19_r2 -1
    z_g196_p20 cum_g196_p20 1 cum_g196_p24 -1
    z_g196_p20 o_v5_c23_r0 1 o_v5_c25_r0 1
    z_g196_p20 dy_v5_L5_r1 -1 dy_v5_L5_r2 -1
    z_g196_p20 dy_v5_L5_r3 -1 o_v202_c21_r0 -1
    z_g196_p20 o_v202_c21_r1 -1 o_v202_c21_r2 -1
    z_g196_p20 o_v202_c23_r0 -1 o_v202_c23_r1 -1
    z_g196_p20 o_v202_c23_r2 -1
    z_g196_p24 cum_g196_p24 1 cum_g196_p28 -1
    z_g196_p24 o_v5_c27_r0 1 o_v5_c29_r0 1
    z_g196_p24 dy_v5_L6_r1 -1 dy_v5_L6_r2 -1
    z_g196_p24 dy_v5_L6_r3 -1 o_v202_c25_r0 -1
    z_g196_p24 o_v202_c25_r1 -1 o_v202_c25_r2 -1
    z_g196_p24 o_v202_c27_r0 -1 o_v202_c27_r1 -1
    z_g196_p24 o_v202_c27_r2 -1
    z_g196_p28 cum_g196_p28 1 cum_g196_p32 -1
    z_g196_p28 o_v5_c31_r0 1 o_v5_c33_r0 1
    z_g196_p28 dy_v5_L7_r1 -1 dy_v5_L7_r2 -1
    z_g196_p28 dy_v5_L7_r3 -1 o_v202_c29_r0 -1
    z_g196_p28 o_v202_c29_r1 -1 o_v202_c29_r2 -1
    z_g196_p28 o_v202_c31_r0 -1 o_v202_c31_r1 -1
    z_g196_p28 o_v202_c31_r2 -1
    z_g196_p32 cum_g196_p32 1 cum_g196_p36 -1
    z_g196_p32 o_v5_c35_r0 1 o_v5_c37_r0 1
    z_g196_p32 dy_v5_L8_r1 -1 dy_v5_L8_r2 -1
    z_g196_p32 dy_v5_L8_r3 -1 o_v202_c33_r0 -1
    z_g196_p32 o_v202_c33_r1 -1 o_v202_c33_r2 -1
    z_g196_p32 o_v202_c35_r0 -1 o_v202_c35_r1 -1
    z_g196_p32 o_v202_c35_r2 -1
    z_g196_p36 cum_g196_p36 1 cum_g196_p40 -1
    z_g196_p36 o_v5_c39_r0 1 o_v5_c41_r0 1
    z_g196_p36 dy_v5_L9_r1 -1 dy_v5_L9_r2 -1
    z_g196_p36 dy_v5_L9_r3 -1 o_v202_c37_r0 -1
    z_g196_p36 o_v202_c37_r1 -1 o_v202_c37_r2 -1
    z_g196_p36 o_v202_c39_r0 -1 o_v202_c39_r1 -1
    z_g196_p36 o_v202_c39_r2 -1
    z_g196_p40 cum_g196_p40 1 cum_g196_p44 -1
    z_g196_p40 o_v5_c43_r0 1 o_v5_c45_r0 1
    z_g196_p40 dy_v5_L10_r1 -1 dy_v5_L10_r2 -1
    z_g196_p40 dy_v5_L10_r3 -1 o_v202_c41_r0 -1
    z_g196_p40 o_v202_c41_r1 -1 o_v202_c41_r2 -1
    z_g196_p40 o_v202_c43_r0 -1 o_v202_c43_r1 -1
    z_g196_p40 o_v202_c43_r2 -1
    z_g196_p44 cum_g196_p44 1 cum_g196_p48 -1
    z_g196_p44 o_v5_c47_r0 1 o_v5_c49_r0 1
    z_g196_p44 dy_v5_L11_r1 -1 dy_v5_L11_r2 -1
    z_g196_p44 dy_v5_L11_r3 -1 o_v202_c45_r0 -1
    z_g196_p44 o_v202_c45_r1 -1 o_v202_c45_r2 -1
    z_g196_p44 o_v202_c47_r0 -1 o_v202_c47_r1 -1
    z_g196_p44 o_v202_c47_r2 -1
    z_g196_p48 cum_g196_p48 1 cum_g196_p52 -1
    z_g196_p48 o_v5_c51_r0 1 o_v5_c53_r0 1
    z_g196_p48 dy_v5_L12_r1 -1 dy_v5_L12_r2 -1
    z_g196_p48 dy_v5_L12_r3 -1 o_v202_c49_r0 -1
    z_g196_p48 o_v202_c49_r1 -1 o_v202_c49_r2 -1
    z_g196_p48 o_v202_c51_r0 -1 o_v202_c51_r1 -1
    z_g196_p48 o_v202_c51_r2 -1
    z_g196_p52 cum_g196_p52 1 cum_g196_p56 -1
    z_g196_p52 o_v5_c55_r0 1 o_v5_c57_r0 1
    z_g196_p52 dy_v5_L13_r1 -1 dy_v5_L13_r2 -1
    z_g196_p52 dy_v5_L13_r3 -1 o_v202_c53_r0 -1
    z_g196_p52 o_v202_c53_r1 -1 o_v202_c53_r2 -1
    z_g196_p52 o_v202_c55_r0 -1 o_v202_c55_r1 -1
    z_g196_p52 o_v202_c55_r2 -1
    z_g196_p56 cum_g196_p56 1 cum_g196_p60 -1
    z_g196_p56 o_v5_c59_r0 1 o_v5_c61_r0 1
    z_g196_p56 dy_v5_L14_r1 -1 dy_v5_L14_r2 -1
    z_g196_p56 dy_v5_L14_r3 -1 o_v202_c57_r0 -1
    z_g196_p56 o_v202_c57_r1 -1 o_v202_c57_r2 -1
    z_g196_p56 o_v202_c59_r0 -1 o_v202_c59_r1 -1
    z_g196_p56 o_v202_c59_r2 -1
    z_g196_p60 cum_g196_p60 1 cum_g196_p64 -1
    z_g196_p60 prec_g200_g196_t62 -1 prec_g201_g196_t62 -1
    z_g196_p60 prec_g202_g196_t62 -1 o_v5_c63_r0 1
    z_g196_p60 o_v5_c65_r0 1 dy_v5_L15_r1 -1
    z_g196_p60 dy_v5_L15_r2 -1 dy_v5_L15_r3 -1
    z_g196_p60 o_v202_c61_r0 -1 o_v202_c61_r1 -1
    z_g196_p60 o_v202_c61_r2 -1 o_v202_c63_r0 -1
    z_g196_p60 o_v202_c63_r1 -1 o_v202_c63_r2 -1
    z_g196_p64 cum_g196_p64 1 cum_g196_p68 -1
    z_g196_p64 prec_g200_g196_t66 -1 prec_g201_g196_t66 -1
    z_g196_p64 prec_g202_g196_t66 -1 o_v5_c67_r0 1
    z_g196_p64 o_v5_c69_r0 1 dy_v5_L16_r1 -1
    z_g196_p64 dy_v5_L16_r2 -1 dy_v5_L16_r3 -1
    z_g196_p64 o_v202_c65_r0 -1 o_v202_c65_r1 -1
    z_g196_p64 o_v202_c65_r2 -1 o_v202_c67_r0 -1
    z_g196_p64 o_v202_c67_r1 -1 o_v202_c67_r2 -1
    z_g196_p68 cum_g196_p68 1 prec_g200_g196_t70 -1
    z_g196_p68 prec_g201_g196_t70 -1 prec_g202_g196_t70 -1
    z_g196_p68 o_v5_c71_r0 1 o_v5_c73_r0 1
    z_g196_p68 dy_v5_L17_r1 -1 dy_v5_L17_r2 -1
    z_g196_p68 dy_v5_L17_r3 -1 o_v202_c69_r0 -1
    z_g196_p68 o_v202_c69_r1 -1 o_v202_c69_r2 -1
    z_g196_p68 o_v202_c71_r0 -1 o_v202_c71_r1 -1
    z_g196_p68 o_v202_c71_r2 -1
    x_g197_p0 cum_g197_p0 -1 assign_g197 1
    x_g197_p0 dy_v5_L0_r1 -1 heads_L0 2
    x_g197_p4 cum_g197_p4 -1 assign_g197 1
    x_g197_p4 dy_v5_L1_r1 -1 heads_L1 2
    x_g197_p8 cum_g197_p8 -1 assign_g197 1
    x_g197_p8 dy_v5_L2_r1 -1 heads_L2 2
    x_g197_p12 cum_g197_p12 -1 assign_g197 1
    x_g197_p12 dy_v5_L3_r1 -1 heads_L3 2
    x_g197_p16 cum_g197_p16 -1 assign_g197 1
    x_g197_p16 dy_v5_L4_r1 -1 heads_L4 2
    x_g197_p20 cum_g197_p20 -1 assign_g197 1
    x_g197_p20 dy_v5_L5_r1 -1 heads_L5 2
    x_g197_p24 cum_g197_p24 -1 assign_g197 1
    x_g197_p24 dy_v5_L6_r1 -1 heads_L6 2
    x_g197_p28 cum_g197_p28 -1 assign_g197 1
    x_g197_p28 dy_v5_L7_r1 -1 heads_L7 2
    x_g197_p32 cum_g197_p32 -1 assign_g197 1
    x_g197_p32 dy_v5_L8_r1 -1 heads_L8 2
    x_g197_p36 cum_g197_p36 -1 assign_g197 1
    x_g197_p36 dy_v5_L9_r1 -1 heads_L9 2
    x_g197_p40 cum_g197_p40 -1 assign_g197 1
    x_g197_p40 dy_v5_L10_r1 -1 heads_L10 2
    x_g197_p44 cum_g197_p44 -1 assign_g197 1
    x_g197_p44 dy_v5_L11_r1 -1 heads_L11 2
    x_g197_p48 cum_g197_p48 -1 assign_g197 1
    x_g197_p48 dy_v5_L12_r1 -1 heads_L12 2
    x_g197_p52 cum_g197_p52 -1 assign_g197 1
    x_g197_p52 dy_v5_L13_r1 -1 heads_L13 2
    x_g197_p56 cum_g197_p56 -1 assign_g197 1
    x_g197_p56 dy_v5_L14_r1 -1 heads_L14 2
    x_g197_p60 cum_g197_p60 -1 assign_g197 1
    x_g197_p60 dy_v5_L15_r1 -1 heads_L15 2
    x_g197_p64 cum_g197_p64 -1 assign_g197 1
    x_g197_p64 dy_v5_L16_r1 -1 heads_L16 2
    x_g197_p68 cum_g197_p68 -1 assign_g197 1
    x_g197_p68 dy_v5_L17_r1 -1 heads_L17 2
    x_g197_p72 assign_g197 1 dy_v5_L18_r1 -1
    x_g197_p72 heads_L18 2
    z_g197_p0 cum_g197_p0 1 cum_g197_p4 -1
    z_g197_p0 o_v5_c3_r1 1 o_v5_c5_r1 1
    z_g197_p0 dy_v5_L0_r0 -1 dy_v5_L0_r2 -1
    z_g197_p0 dy_v5_L0_r3 -1 o_v203_c1_r0 -1
    z_g197_p0 o_v203_c1_r1 -1 o_v203_c1_r2 -1
    z_g197_p0 o_v203_c3_r0 -1 o_v203_c3_r1 -1
    z_g197_p0 o_v203_c3_r2 -1
    z_g197_p4 cum_g197_p4 1 cum_g197_p8 -1
    z_g197_p4 o_v5_c7_r1 1 o_v5_c9_r1 1
    z_g197_p4 dy_v5_L1_r0 -1 dy_v5_L1_r2 -1
    z_g197_p4 dy_v5_L1_r3 -1 o_v203_c5_r0 -1
    z_g197_p4 o_v203_c5_r1 -1 o_v203_c5_r2 -1
    z_g197_p4 o_v203_c7_r0 -1 o_v203_c7_r1 -1
    z_g197_p4 o_v203_c7_r2 -1
    z_g197_p8 cum_g197_p8 1 cum_g197_p12 -1
    z_g197_p8 o_v5_c11_r1 1 o_v5_c13_r1 1
    z_g197_p8 dy_v5_L2_r0 -1 dy_v5_L2_r2 -1
    z_g197_p8 dy_v5_L2_r3 -1 o_v203_c9_r0 -1
    z_g197_p8 o_v203_c9_r1 -1 o_v203_c9_r2 -1
    z_g197_p8 o_v203_c11_r0 -1 o_v203_c11_r1 -1
    z_g197_p8 o_v203_c11_r2 -1
    z_g197_p12 cum_g197_p12 1 cum_g197_p16 -1
    z_g197_p12 o_v5_c15_r1 1 o_v5_c17_r1 1
    z_g197_p12 dy_v5_L3_r0 -1 dy_v5_L3_r2 -1
    z_g197_p12 dy_v5_L3_r3 -1 o_v203_c13_r0 -1
    z_g197_p12 o_v203_c13_r1 -1 o_v203_c13_r2 -1
    z_g197_p12 o_v203_c15_r0 -1 o_v203_c15_r1 -1
    z_g197_p12 o_v203_c15_r2 -1
    z_g197_p16 cum_g197_p16 1 cum_g197_p20 -1
    z_g197_p16 o_v5_c19_r1 1 o_v5_c21_r1 1
    z_g197_p16 dy_v5_L4_r0 -1 dy_v5_L4_r2 -1
    z_g197_p16 dy_v5_L4_r3 -1 o_v203_c17_r0 -1
    z_g197_p16 o_v203_c17_r1 -1 o_v203_c17_r2 -1
    z_g197_p16 o_v203_c19_r0 -1 o_v203_c19_r1 -1
    z_g197_p16 o_v203_c19_r2 -1
    z_g197_p20 cum_g197_p20 1 cum_g197_p24 -1
    z_g197_p20 o_v5_c23_r1 1 o_v5_c25_r1 1
    z_g197_p20 dy_v5_L5_r0 -1 dy_v5_L5_r2 -1
    z_g197_p20 dy_v5_L5_r3 -1 o_v203_c21_r0 -1
    z_g197_p20 o_v203_c21_r1 -1 o_v203_c21_r2 -1
    z_g197_p20 o_v203_c23_r0 -1 o_v203_c23_r1 -1
    z_g197_p20 o_v203_c23_r2 -1
    z_g197_p24 cum_g197_p24 1 cum_g197_p28 -1
    z_g197_p24 o_v5_c27_r1 1 o_v5_c29_r1 1
    z_g197_p24 dy_v5_L6_r0 -1 dy_v5_L6_r2 -1
    z_g197_p24 dy_v5_L6_r3 -1 o_v203_c25_r0 -1
    z_g197_p24 o_v203_c25_r1 -1 o_v203_c25_r2 -1
    z_g197_p24 o_v203_c27_r0 -1 o_v203_c27_r1 -1
    z_g197_p24 o_v203_c27_r2 -1
    z_g197_p28 cum_g197_p28 1 cum_g197_p32 -1
    z_g197_p28 o_v5_c31_r1 1 o_v5_c33_r1 1
    z_g197_p28 dy_v5_L7_r0 -1 dy_v5_L7_r2 -1
    z_g197_p28 dy_v5_L7_r3 -1 o_v203_c29_r0 -1
    z_g197_p28 o_v203_c29_r1 -1 o_v203_c29_r2 -1
    z_g197_p28 o_v203_c31_r0 -1 o_v203_c31_r1 -1
    z_g197_p28 o_v203_c31_r2 -1
    z_g197_p32 cum_g197_p32 1 cum_g197_p36 -1
    z_g197_p32 o_v5_c35_r1 1 o_v5_c37_r1 1
    z_g197_p32 dy_v5_L8_r0 -1 dy_v5_L8_r2 -1
    z_g197_p32 dy_v5_L8_r3 -1 o_v203_c33_r0 -1
    z_g197_p32 o_v203_c33_r1 -1 o_v203_c33_r2 -1
    z_g197_p32 o_v203_c35_r0 -1 o_v203_c35_r1 -1
    z_g197_p32 o_v203_c35_r2 -1
    z_g197_p36 cum_g197_p36 1 cum_g197_p40 -1
    z_g197_p36 o_v5_c39_r1 1 o_v5_c41_r1 1
    z_g197_p36 dy_v5_L9_r0 -1 dy_v5_L9_r2 -1
    z_g197_p36 dy_v5_L9_r3 -1 o_v203_c37_r0 -1
    z_g197_p36 o_v203_c37_r1 -1 o_v203_c37_r2 -1
    z_g197_p36 o_v203_c39_r0 -1 o_v203_c39_r1 -1
    z_g197_p36 o_v203_c39_r2 -1
    z_g197_p40 cum_g197_p40 1 cum_g197_p44 -1
    z_g197_p40 o_v5_c43_r1 1 o_v5_c45_r1 1
    z_g197_p40 dy_v5_L10_r0 -1 dy_v5_L10_r2 -1
    z_g197_p40 dy_v5_L10_r3 -1 o_v203_c41_r0 -1
    z_g197_p40 o_v203_c41_r1 -1 o_v203_c41_r2 -1
    z_g197_p40 o_v203_c43_r0 -1 o_v203_c43_r1 -1
    z_g197_p40 o_v203_c43_r2 -1
    z_g197_p44 cum_g197_p44 1 cum_g197_p48 -1
    z_g197_p44 o_v5_c47_r1 1 o_v5_c49_r1 1
    z_g197_p44 dy_v5_L11_r0 -1 dy_v5_L11_r2 -1
    z_g197_p44 dy_v5_L11_r3 -1 o_v203_c45_r0 -1
    z_g197_p44 o_v203_c45_r1 -1 o_v203_c45_r2 -1
    z_g197_p44 o_v203_c47_r0 -1 o_v203_c47_r1 -1
    z_g197_p44 o_v203_c47_r2 -1
    z_g197_p48 cum_g197_p48 1 cum_g197_p52 -1
    z_g197_p48 o_v5_c51_r1 1 o_v5_c53_r1 1
    z_g197_p48 dy_v5_L12_r0 -1 dy_v5_L12_r2 -1
    z_g197_p48 dy_v5_L12_r3 -1 o_v203_c49_r0 -1
    z_g197_p48 o_v203_c49_r1 -1 o_v203_c49_r2 -1
    z_g197_p48 o_v203_c51_r0 -1 o_v203_c51_r1 -1
    z_g197_p48 o_v203_c51_r2 -1
    z_g197_p52 cum_g197_p52 1 cum_g197_p56 -1
    z_g197_p52 o_v5_c55_r1 1 o_v5_c57_r1 1
    z_g197_p52 dy_v5_L13_r0 -1 dy_v5_L13_r2 -1
    z_g197_p52 dy_v5_L13_r3 -1 o_v203_c53_r0 -1
    z_g197_p52 o_v203_c53_r1 -1 o_v203_c53_r2 -1
    z_g197_p52 o_v203_c55_r0 -1 o_v203_c55_r1 -1
    z_g197_p52 o_v203_c55_r2 -1
    z_g197_p56 cum_g197_p56 1 cum_g197_p60 -1
    z_g197_p56 o_v5_c59_r1 1 o_v5_c61_r1 1
    z_g197_p56 dy_v5_L14_r0 -1 dy_v5_L14_r2 -1
    z_g197_p56 dy_v5_L14_r3 -1 o_v203_c57_r0 -1
    z_g197_p56 o_v203_c57_r1 -1 o_v203_c57_r2 -1
    z_g197_p56 o_v203_c59_r0 -1 o_v203_c59_r1 -1
    z_g197_p56 o_v203_c59_r2 -1
    z_g197_p60 cum_g197_p60 1 cum_g197_p64 -1
    z_g197_p60 o_v5_c63_r1 1 o_v5_c65_r1 1
    z_g197_p60 dy_v5_L15_r0 -1 dy_v5_L15_r2 -1
    z_g197_p60 dy_v5_L15_r3 -1 o_v203_c61_r0 -1
    z_g197_p60 o_v203_c61_r1 -1 o_v203_c61_r2 -1
    z_g197_p60 o_v203_c63_r0 -1 o_v203_c63_r1 -1
    z_g197_p60 o_v203_c63_r2 -1
    z_g197_p64 cum_g197_p64 1 cum_g197_p68 -1
    z_g197_p64 prec_g204_g197_t66 -1 prec_g205_g197_t66 -1
    z_g197_p64 prec_g206_g197_t66 -1 o_v5_c67_r1 1
    z_g197_p64 o_v5_c69_r1 1 dy_v5_L16_r0 -1
    z_g197_p64 dy_v5_L16_r2 -1 dy_v5_L16_r3 -1
    z_g197_p64 o_v203_c65_r0 -1 o_v203_c65_r1 -1
    z_g197_p64 o_v203_c65_r2 -1 o_v203_c67_r0 -1
    z_g197_p64 o_v203_c67_r1 -1 o_v203_c67_r2 -1
    z_g197_p68 cum_g197_p68 1 prec_g204_g197_t70 -1
    z_g197_p68 prec_g205_g197_t70 -1 prec_g206_g197_t70 -1
    z_g197_p68 o_v5_c71_r1 1 o_v5_c73_r1 1
    z_g197_p68 dy_v5_L17_r0 -1 dy_v5_L17_r2 -1
    z_g197_p68 dy_v5_L17_r3 -1 o_v203_c69_r0 -1
    z_g197_p68 o_v203_c69_r1 -1 o_v203_c69_r2 -1
    z_g197_p68 o_v203_c71_r0 -1 o_v203_c71_r1 -1
    z_g197_p68 o_v203_c71_r2 -1
    x_g198_p0 cum_g198_p0 -1 assign_g198 1
    x_g198_p0 dy_v5_L0_r2 -1 heads_L0 2
    x_g198_p4 cum_g198_p4 -1 assign_g198 1
    x_g198_p4 dy_v5_L1_r2 -1 heads_L1 2
    x_g198_p8 cum_g198_p8 -1 assign_g198 1
    x_g198_p8 dy_v5_L2_r2 -1 heads_L2 2
    x_g198_p12 cum_g198_p12 -1 assign_g198 1
    x_g198_p12 dy_v5_L3_r2 -1 heads_L3 2
    x_g198_p16 cum_g198_p16 -1 assign_g198 1
    x_g198_p16 dy_v5_L4_r2 -1 heads_L4 2
    x_g198_p20 cum_g198_p20 -1 assign_g198 1
    x_g198_p20 dy_v5_L5_r2 -1 heads_L5 2
    x_g198_p24 cum_g198_p24 -1 assign_g198 1
    x_g198_p24 dy_v5_L6_r2 -1 heads_L6 2
    x_g198_p28 cum_g198_p28 -1 assign_g198 1
    x_g198_p28 dy_v5_L7_r2 -1 heads_L7 2
    x_g198_p32 cum_g198_p32 -1 assign_g198 1
    x_g198_p32 dy_v5_L8_r2 -1 heads_L8 2
    x_g198_p36 cum_g198_p36 -1 assign_g198 1
    x_g198_p36 dy_v5_L9_r2 -1 heads_L9 2
    x_g198_p40 cum_g198_p40 -1 assign_g198 1
    x_g198_p40 dy_v5_L10_r2 -1 heads_L10 2
    x_g198_p44 cum_g198_p44 -1 assign_g198 1
    x_g198_p44 dy_v5_L11_r2 -1 heads_L11 2
    x_g198_p48 cum_g198_p48 -1 assign_g198 1
    x_g198_p48 dy_v5_L12_r2 -1 heads_L12 2
    x_g198_p52 cum_g198_p52 -1 assign_g198 1
    x_g198_p52 dy_v5_L13_r2 -1 heads_L13 2
    x_g198_p56 cum_g198_p56 -1 assign_g198 1
    x_g198_p56 dy_v5_L14_r2 -1 heads_L14 2
    x_g198_p60 cum_g198_p60 -1 assign_g198 1
    x_g198_p60 dy_v5_L15_r2 -1 heads_L15 2
    x_g198_p64 cum_g198_p64 -1 assign_g198 1
    x_g198_p64 dy_v5_L16_r2 -1 heads_L16 2
    x_g198_p68 cum_g198_p68 -1 assign_g198 1
    x_g198_p68 dy_v5_L17_r2 -1 heads_L17 2
    x_g198_p72 assign_g198 1 dy_v5_L18_r2 -1
    x_g198_p72 heads_L18 2
    z_g198_p0 cum_g198_p0 1 cum_g198_p4 -1
    z_g198_p0 o_v5_c3_r2 1 o_v5_c5_r2 1
    z_g198_p0 dy_v5_L0_r0 -1 dy_v5_L0_r1 -1
    z_g198_p0 dy_v5_L0_r3 -1 o_v204_c1_r0 -1
    z_g198_p0 o_v204_c1_r1 -1 o_v204_c1_r2 -1
    z_g198_p0 o_v204_c3_r0 -1 o_v204_c3_r1 -1
    z_g198_p0 o_v204_c3_r2 -1
    z_g198_p4 cum_g198_p4 1 cum_g198_p8 -1
    z_g198_p4 o_v5_c7_r2 1 o_v5_c9_r2 1
    z_g198_p4 dy_v5_L1_r0 -1 dy_v5_L1_r1 -1
    z_g198_p4 dy_v5_L1_r3 -1 o_v204_c5_r0 -1
    z_g198_p4 o_v204_c5_r1 -1 o_v204_c5_r2 -1
    z_g198_p4 o_v204_c7_r0 -1 o_v204_c7_r1 -1
    z_g198_p4 o_v204_c7_r2 -1
    z_g198_p8 cum_g198_p8 1 cum_g198_p12 -1
    z_g198_p8 o_v5_c11_r2 1 o_v5_c13_r2 1
    z_g198_p8 dy_v5_L2_r0 -1 dy_v5_L2_r1 -1
    z_g198_p8 dy_v5_L2_r3 -1 o_v204_c9_r0 -1
    z_g198_p8 o_v204_c9_r1 -1 o_v204_c9_r2 -1
    z_g198_p8 o_v204_c11_r0 -1 o_v204_c11_r1 -1
    z_g198_p8 o_v204_c11_r2 -1
    z_g198_p12 cum_g198_p12 1 cum_g198_p16 -1
    z_g198_p12 o_v5_c15_r2 1 o_v5_c17_r2 1
    z_g198_p12 dy_v5_L3_r0 -1 dy_v5_L3_r1 -1
    z_g198_p12 dy_v5_L3_r3 -1 o_v204_c13_r0 -1
    z_g198_p12 o_v204_c13_r1 -1 o_v204_c13_r2 -1
    z_g198_p12 o_v204_c15_r0 -1 o_v204_c15_r1 -1
    z_g198_p12 o_v204_c15_r2 -1
    z_g198_p16 cum_g198_p16 1 cum_g198_p20 -1
    z_g198_p16 o_v5_c19_r2 1 o_v5_c21_r2 1
    z_g198_p16 dy_v5_L4_r0 -1 dy_v5_L4_r1 -1
    z_g198_p16 dy_v5_L4_r3 -1 o_v204_c17_r0 -1
    z_g198_p16 o_v204_c17_r1 -1 o_v204_c17_r2 -1
    z_g198_p16 o_v204_c19_r0 -1 o_v204_c19_r1 -1
    z_g198_p16 o_v204_c19_r2 -1
    z_g198_p20 cum_g198_p20 1 cum_g198_p24 -1
    z_g198_p20 o_v5_c23_r2 1 o_v5_c25_r2 1
    z_g198_p20 dy_v5_L5_r0 -1 dy_v5_L5_r1 -1
    z_g198_p20 dy_v5_L5_r3 -1 o_v204_c21_r0 -1
    z_g198_p20 o_v204_c21_r1 -1 o_v204_c21_r2 -1
    z_g198_p20 o_v204_c23_r0 -1 o_v204_c23_r1 -1
    z_g198_p20 o_v204_c23_r2 -1
    z_g198_p24 cum_g198_p24 1 cum_g198_p28 -1
    z_g198_p24 o_v5_c27_r2 1 o_v5_c29_r2 1
    z_g198_p24 dy_v5_L6_r0 -1 dy_v5_L6_r1 -1
    z_g198_p24 dy_v5_L6_r3 -1 o_v204_c25_r0 -1
    z_g198_p24 o_v204_c25_r1 -1 o_v204_c25_r2 -1
    z_g198_p24 o_v204_c27_r0 -1 o_v204_c27_r1 -1
    z_g198_p24 o_v204_c27_r2 -1
    z_g198_p28 cum_g198_p28 1 cum_g198_p32 -1
    z_g198_p28 o_v5_c31_r2 1 o_v5_c33_r2 1
    z_g198_p28 dy_v5_L7_r0 -1 dy_v5_L7_r1 -1
    z_g198_p28 dy_v5_L7_r3 -1 o_v204_c29_r0 -1
    z_g198_p28 o_v204_c29_r1 -1 o_v204_c29_r2 -1
    z_g198_p28 o_v204_c31_r0 -1 o_v204_c31_r1 -1
    z_g198_p28 o_v204_c31_r2 -1
    z_g198_p32 cum_g198_p32 1 cum_g198_p36 -1
    z_g198_p32 o_v5_c35_r2 1 o_v5_c37_r2 1
    z_g198_p32 dy_v5_L8_r0 -1 dy_v5_L8_r1 -1
    z_g198_p32 dy_v5_L8_r3 -1 o_v204_c33_r0 -1
    z_g198_p32 o_v204_c33_r1 -1 o_v204_c33_r2 -1
    z_g198_p32 o_v204_c35_r0 -1 o_v204_c35_r1 -1
    z_g198_p32 o_v204_c35_r2 -1
    z_g198_p36 cum_g198_p36 1 cum_g198_p40 -1
    z_g198_p36 o_v5_c39_r2 1 o_v5_c41_r2 1
    z_g198_p36 dy_v5_L9_r0 -1 dy_v5_L9_r1 -1
    z_g198_p36 dy_v5_L9_r3 -1 o_v204_c37_r0 -1
    z_g198_p36 o_v204_c37_r1 -1 o_v204_c37_r2 -1
    z_g198_p36 o_v204_c39_r0 -1 o_v204_c39_r1 -1
    z_g198_p36 o_v204_c39_r2 -1
    z_g198_p40 cum_g198_p40 1 cum_g198_p44 -1
    z_g198_p40 o_v5_c43_r2 1 o_v5_c45_r2 1
    z_g198_p40 dy_v5_L10_r0 -1 dy_v5_L10_r1 -1
    z_g198_p40 dy_v5_L10_r3 -1 o_v204_c41_r0 -1
    z_g198_p40 o_v204_c41_r1 -1 o_v204_c41_r2 -1
    z_g198_p40 o_v204_c43_r0 -1 o_v204_c43_r1 -1
    z_g198_p40 o_v204_c43_r2 -1
    z_g198_p44 cum_g198_p44 1 cum_g198_p48 -1
    z_g198_p44 o_v5_c47_r2 1 o_v5_c49_r2 1
    z_g198_p44 dy_v5_L11_r0 -1 dy_v5_L11_r1 -1
    z_g198_p44 dy_v5_L11_r3 -1 o_v204_c45_r0 -1
    z_g198_p44 o_v204_c45_r1 -1 o_v204_c45_r2 -1
    z_g198_p44 o_v204_c47_r0 -1 o_v204_c47_r1 -1
    z_g198_p44 o_v204_c47_r2 -1
    z_g198_p48 cum_g198_p48 1 cum_g198_p52 -1
    z_g198_p48 o_v5_c51_r2 1 o_v5_c53_r2 1
    z_g198_p48 dy_v5_L12_r0 -1 dy_v5_L12_r1 -1
    z_g198_p48 dy_v5_L12_r3 -1 o_v204_c49_r0 -1
    z_g198_p48 o_v204_c49_r1 -1 o_v204_c49_r2 -1
    z_g198_p48 o_v204_c51_r0 -1 o_v204_c51_r1 -1
    z_g198_p48 o_v204_c51_r2 -1
    z_g198_p52 cum_g198_p52 1 cum_g198_p56 -1
    z_g198_p52 o_v5_c55_r2 1 o_v5_c57_r2 1
    z_g198_p52 dy_v5_L13_r0 -1 dy_v5_L13_r1 -1
    z_g198_p52 dy_v5_L13_r3 -1 o_v204_c53_r0 -1
    z_g198_p52 o_v204_c53_r1 -1 o_v204_c53_r2 -1
    z_g198_p52 o_v204_c55_r0 -1 o_v204_c55_r1 -1
    z_g198_p52 o_v204_c55_r2 -1
    z_g198_p56 cum_g198_p56 1 cum_g198_p60 -1
    z_g198_p56 o_v5_c59_r2 1 o_v5_c61_r2 1
    z_g198_p56 dy_v5_L14_r0 -1 dy_v5_L14_r1 -1
    z_g198_p56 dy_v5_L14_r3 -1 o_v204_c57_r0 -1
    z_g198_p56 o_v204_c57_r1 -1 o_v204_c57_r2 -1
    z_g198_p56 o_v204_c59_r0 -1 o_v204_c59_r1 -1
    z_g198_p56 o_v204_c59_r2 -1
    z_g198_p60 cum_g198_p60 1 cum_g198_p64 -1
    z_g198_p60 o_v5_c63_r2 1 o_v5_c65_r2 1
    z_g198_p60 dy_v5_L15_r0 -1 dy_v5_L15_r1 -1
    z_g198_p60 dy_v5_L15_r3 -1 o_v204_c61_r0 -1
    z_g198_p60 o_v204_c61_r1 -1 o_v204_c61_r2 -1
    z_g198_p60 o_v204_c63_r0 -1 o_v204_c63_r1 -1
    z_g198_p60 o_v204_c63_r2 -1
    z_g198_p64 cum_g198_p64 1 cum_g198_p68 -1
    z_g198_p64 o_v5_c67_r2 1 o_v5_c69_r2 1
    z_g198_p64 dy_v5_L16_r0 -1 dy_v5_L16_r1 -1
    z_g198_p64 dy_v5_L16_r3 -1 o_v204_c65_r0 -1
    z_g198_p64 o_v204_c65_r1 -1 o_v204_c65_r2 -1
    z_g198_p64 o_v204_c67_r0 -1 o_v204_c67_r1 -1
    z_g198_p64 o_v204_c67_r2 -1
    z_g198_p68 cum_g198_p68 1 prec_g208_g198_t70 -1
    z_g198_p68 prec_g209_g198_t70 -1 prec_g210_g198_t70 -1
    z_g198_p68 o_v5_c71_r2 1 o_v5_c73_r2 1
    z_g198_p68 dy_v5_L17_r0 -1 dy_v5_L17_r1 -1
    z_g198_p68 dy_v5_L17_r3 -1 o_v204_c69_r0 -1
    z_g198_p68 o_v204_c69_r1 -1 o_v204_c69_r2 -1
    z_g198_p68 o_v204_c71_r0 -1 o_v204_c71_r1 -1
    z_g198_p68 o_v204_c71_r2 -1
    x_g199_p0 cum_g199_p0 -1 assign_g199 1
    x_g199_p0 dy_v5_L0_r3 -1 heads_L0 2
    x_g199_p4 cum_g199_p4 -1 assign_g199 1
    x_g199_p4 dy_v5_L1_r3 -1 heads_L1 2
    x_g199_p8 cum_g199_p8 -1 assign_g199 1
    x_g199_p8 dy_v5_L2_r3 -1 heads_L2 2
    x_g199_p12 cum_g199_p12 -1 assign_g199 1
    x_g199_p12 dy_v5_L3_r3 -1 heads_L3 2
    x_g199_p16 cum_g199_p16 -1 assign_g199 1
    x_g199_p16 dy_v5_L4_r3 -1 heads_L4 2
    x_g199_p20 cum_g199_p20 -1 assign_g199 1
    x_g199_p20 dy_v5_L5_r3 -1 heads_L5 2
    x_g199_p24 cum_g199_p24 -1 assign_g199 1
    x_g199_p24 dy_v5_L6_r3 -1 heads_L6 2
    x_g199_p28 cum_g199_p28 -1 assign_g199 1
    x_g199_p28 dy_v5_L7_r3 -1 heads_L7 2
    x_g199_p32 cum_g199_p32 -1 assign_g199 1
    x_g199_p32 dy_v5_L8_r3 -1 heads_L8 2
    x_g199_p36 cum_g199_p36 -1 assign_g199 1
    x_g199_p36 dy_v5_L9_r3 -1 heads_L9 2
    x_g199_p40 cum_g199_p40 -1 assign_g199 1
    x_g199_p40 dy_v5_L10_r3 -1 heads_L10 2
    x_g199_p44 cum_g199_p44 -1 assign_g199 1
    x_g199_p44 dy_v5_L11_r3 -1 heads_L11 2
    x_g199_p48 cum_g199_p48 -1 assign_g199 1
    x_g199_p48 dy_v5_L12_r3 -1 heads_L12 2
    x_g199_p52 cum_g199_p52 -1 assign_g199 1
    x_g199_p52 dy_v5_L13_r3 -1 heads_L13 2
    x_g199_p56 cum_g199_p56 -1 assign_g199 1
    x_g199_p56 dy_v5_L14_r3 -1 heads_L14 2
    x_g199_p60 cum_g199_p60 -1 assign_g199 1
    x_g199_p60 dy_v5_L15_r3 -1 heads_L15 2
    x_g199_p64 cum_g199_p64 -1 assign_g199 1
    x_g199_p64 dy_v5_L16_r3 -1 heads_L16 2
    x_g199_p68 cum_g199_p68 -1 assign_g199 1
    x_g199_p68 dy_v5_L17_r3 -1 heads_L17 2
    x_g199_p72 assign_g199 1 dy_v5_L18_r3 -1
    x_g199_p72 heads_L18 2
    z_g199_p0 cum_g199_p0 1 cum_g199_p4 -1
    z_g199_p0 o_v5_c3_r3 1 o_v5_c5_r3 1
    z_g199_p0 dy_v5_L0_r0 -1 dy_v5_L0_r1 -1
    z_g199_p0 dy_v5_L0_r2 -1 o_v205_c1_r0 -1
    z_g199_p0 o_v205_c1_r1 -1 o_v205_c1_r2 -1
    z_g199_p0 o_v205_c3_r0 -1 o_v205_c3_r1 -1
    z_g199_p0 o_v205_c3_r2 -1
    z_g199_p4 cum_g199_p4 1 cum_g199_p8 -1
    z_g199_p4 o_v5_c7_r3 1 o_v5_c9_r3 1
    z_g199_p4 dy_v5_L1_r0 -1 dy_v5_L1_r1 -1
    z_g199_p4 dy_v5_L1_r2 -1 o_v205_c5_r0 -1
    z_g199_p4 o_v205_c5_r1 -1 o_v205_c5_r2 -1
    z_g199_p4 o_v205_c7_r0 -1 o_v205_c7_r1 -1
    z_g199_p4 o_v205_c7_r2 -1
    z_g199_p8 cum_g199_p8 1 cum_g199_p12 -1
    z_g199_p8 o_v5_c11_r3 1 o_v5_c13_r3 1
    z_g199_p8 dy_v5_L2_r0 -1 dy_v5_L2_r1 -1
    z_g199_p8 dy_v5_L2_r2 -1 o_v205_c9_r0 -1
    z_g199_p8 o_v205_c9_r1 -1 o_v205_c9_r2 -1
    z_g199_p8 o_v205_c11_r0 -1 o_v205_c11_r1 -1
    z_g199_p8 o_v205_c11_r2 -1
    z_g199_p12 cum_g199_p12 1 cum_g199_p16 -1
    z_g199_p12 o_v5_c15_r3 1 o_v5_c17_r3 1
    z_g199_p12 dy_v5_L3_r0 -1 dy_v5_L3_r1 -1
    z_g199_p12 dy_v5_L3_r2 -1 o_v205_c13_r0 -1
    z_g199_p12 o_v205_c13_r1 -1 o_v205_c13_r2 -1
    z_g199_p12 o_v205_c15_r0 -1 o_v205_c15_r1 -1
    z_g199_p12 o_v205_c15_r2 -1
    z_g199_p16 cum_g199_p16 1 cum_g199_p20 -1
    z_g199_p16 o_v5_c19_r3 1 o_v5_c21_r3 1
    z_g199_p16 dy_v5_L4_r0 -1 dy_v5_L4_r1 -1
    z_g199_p16 dy_v5_L4_r2 -1 o_v205_c17_r0 -1
    z_g199_p16 o_v205_c17_r1 -1 o_v205_c17_r2 -1
    z_g199_p16 o_v205_c19_r0 -1 o_v205_c19_r1 -1
    z_g199_p16 o_v205_c19_r2 -1
    z_g199_p20 cum_g199_p20 1 cum_g199_p24 -1
    z_g199_p20 o_v5_c23_r3 1 o_v5_c25_r3 1
    z_g199_p20 dy_v5_L5_r0 -1 dy_v5_L5_r1 -1
    z_g199_p20 dy_v5_L5_r2 -1 o_v205_c21_r0 -1
    z_g199_p20 o_v205_c21_r1 -1 o_v205_c21_r2 -1
    z_g199_p20 o_v205_c23_r0 -1 o_v205_c23_r1 -1
    z_g199_p20 o_v205_c23_r2 -1
    z_g199_p24 cum_g199_p24 1 cum_g199_p28 -1
    z_g199_p24 o_v5_c27_r3 1 o_v5_c29_r3 1
    z_g199_p24 dy_v5_L6_r0 -1 dy_v5_L6_r1 -1
    z_g199_p24 dy_v5_L6_r2 -1 o_v205_c25_r0 -1
    z_g199_p24 o_v205_c25_r1 -1 o_v205_c25_r2 -1
    z_g199_p24 o_v205_c27_r0 -1 o_v205_c27_r1 -1
    z_g199_p24 o_v205_c27_r2 -1
    z_g199_p28 cum_g199_p28 1 cum_g199_p32 -1
    z_g199_p28 o_v5_c31_r3 1 o_v5_c33_r3 1
    z_g199_p28 dy_v5_L7_r0 -1 dy_v5_L7_r1 -1
    z_g199_p28 dy_v5_L7_r2 -1 o_v205_c29_r0 -1
    z_g199_p28 o_v205_c29_r1 -1 o_v205_c29_r2 -1
    z_g199_p28 o_v205_c31_r0 -1 o_v205_c31_r1 -1
    z_g199_p28 o_v205_c31_r2 -1
    z_g199_p32 cum_g199_p32 1 cum_g199_p36 -1
    z_g199_p32 o_v5_c35_r3 1 o_v5_c37_r3 1
    z_g199_p32 dy_v5_L8_r0 -1 dy_v5_L8_r1 -1
    z_g199_p32 dy_v5_L8_r2 -1 o_v205_c33_r0 -1
    z_g199_p32 o_v205_c33_r1 -1 o_v205_c33_r2 -1
    z_g199_p32 o_v205_c35_r0 -1 o_v205_c35_r1 -1
    z_g199_p32 o_v205_c35_r2 -1
    z_g199_p36 cum_g199_p36 1 cum_g199_p40 -1
    z_g199_p36 o_v5_c39_r3 1 o_v5_c41_r3 1
    z_g199_p36 dy_v5_L9_r0 -1 dy_v5_L9_r1 -1
    z_g199_p36 dy_v5_L9_r2 -1 o_v205_c37_r0 -1
    z_g199_p36 o_v205_c37_r1 -1 o_v205_c37_r2 -1
    z_g199_p36 o_v205_c39_r0 -1 o_v205_c39_r1 -1
    z_g199_p36 o_v205_c39_r2 -1
    z_g199_p40 cum_g199_p40 1 cum_g199_p44 -1
    z_g199_p40 o_v5_c43_r3 1 o_v5_c45_r3 1
    z_g199_p40 dy_v5_L10_r0 -1 dy_v5_L10_r1 -1
    z_g199_p40 dy_v5_L10_r2 -1 o_v205_c41_r0 -1
    z_g199_p40 o_v205_c41_r1 -1 o_v205_c41_r2 -1
    z_g199_p40 o_v205_c43_r0 -1 o_v205_c43_r1 -1
    z_g199_p40 o_v205_c43_r2 -1
    z_g199_p44 cum_g199_p44 1 cum_g199_p48 -1
    z_g199_p44 o_v5_c47_r3 1 o_v5_c49_r3 1
    z_g199_p44 dy_v5_L11_r0 -1 dy_v5_L11_r1 -1
    z_g199_p44 dy_v5_L11_r2 -1 o_v205_c45_r0 -1
    z_g199_p44 o_v205_c45_r1 -1 o_v205_c45_r2 -1
    z_g199_p44 o_v205_c47_r0 -1 o_v205_c47_r1 -1
    z_g199_p44 o_v205_c47_r2 -1
    z_g199_p48 cum_g199_p48 1 cum_g199_p52 -1
    z_g199_p48 o_v5_c51_r3 1 o_v5_c53_r3 1
    z_g199_p48 dy_v5_L12_r0 -1 dy_v5_L12_r1 -1
    z_g199_p48 dy_v5_L12_r2 -1 o_v205_c49_r0 -1
    z_g199_p48 o_v205_c49_r1 -1 o_v205_c49_r2 -1
    z_g199_p48 o_v205_c51_r0 -1 o_v205_c51_r1 -1
    z_g199_p48 o_v205_c51_r2 -1
    z_g199_p52 cum_g199_p52 1 cum_g199_p56 -1
    z_g199_p52 o_v5_c55_r3 1 o_v5_c57_r3 1
    z_g199_p52 dy_v5_L13_r0 -1 dy_v5_L13_r1 -1
    z_g199_p52 dy_v5_L13_r2 -1 o_v205_c53_r0 -1
    z_g199_p52 o_v205_c53_r1 -1 o_v205_c53_r2 -1
    z_g199_p52 o_v205_c55_r0 -1 o_v205_c55_r1 -1
    z_g199_p52 o_v205_c55_r2 -1
    z_g199_p56 cum_g199_p56 1 cum_g199_p60 -1
    z_g199_p56 o_v5_c59_r3 1 o_v5_c61_r3 1
    z_g199_p56 dy_v5_L14_r0 -1 dy_v5_L14_r1 -1
    z_g199_p56 dy_v5_L14_r2 -1 o_v205_c57_r0 -1
    z_g199_p56 o_v205_c57_r1 -1 o_v205_c57_r2 -1
    z_g199_p56 o_v205_c59_r0 -1 o_v205_c59_r1 -1
    z_g199_p56 o_v205_c59_r2 -1
    z_g199_p60 cum_g199_p60 1 cum_g199_p64 -1
    z_g199_p60 o_v5_c63_r3 1 o_v5_c65_r3 1
    z_g199_p60 dy_v5_L15_r0 -1 dy_v5_L15_r1 -1
    z_g199_p60 dy_v5_L15_r2 -1 o_v205_c61_r0 -1
    z_g199_p60 o_v205_c61_r1 -1 o_v205_c61_r2 -1
    z_g199_p60 o_v205_c63_r0 -1 o_v205_c63_r1 -1
    z_g199_p60 o_v205_c63_r2 -1
    z_g199_p64 cum_g199_p64 1 cum_g199_p68 -1
    z_g199_p64 o_v5_c67_r3 1 o_v5_c69_r3 1
    z_g199_p64 dy_v5_L16_r0 -1 dy_v5_L16_r1 -1
    z_g199_p64 dy_v5_L16_r2 -1 o_v205_c65_r0 -1
    z_g199_p64 o_v205_c65_r1 -1 o_v205_c65_r2 -1
    z_g199_p64 o_v205_c67_r0 -1 o_v205_c67_r1 -1
    z_g199_p64 o_v205_c67_r2 -1
    z_g199_p68 cum_g199_p68 1 o_v5_c71_r3 1
    z_g199_p68 o_v5_c73_r3 1 dy_v5_L17_r0 -1
    z_g199_p68 dy_v5_L17_r1 -1 dy_v5_L17_r2 -1
    z_g199_p68 o_v205_c69_r0 -1 o_v205_c69_r1 -1
    z_g199_p68 o_v205_c69_r2 -1 o_v205_c71_r0 -1
    z_g199_p68 o_v205_c71_r1 -1 o_v205_c71_r2 -1
    x_g200_p62 cum_g200_p62 -1 assign_g200 1
    x_g200_p66 cum_g200_p66 -1 assign_g200 1
    x_g200_p70 cum_g200_p70 -1 assign_g200 1
    x_g200_p74 assign_g200 1
    z_g200_p62 cum_g200_p62 1 cum_g200_p66 -1
    z_g200_p62 prec_g200_g196_t62 1 prec_g203_g200_t63 -1
    z_g200_p62 prec_g203_g200_t65 -1 o_v202_c65_r0 1
    z_g200_p62 o_v202_c67_r0 1 o_v206_c63_r0 -1
    z_g200_p62 o_v206_c65_r0 -1 o_v206_c65_r1 -1
    z_g200_p62 o_v206_c67_r0 -1
    z_g200_p66 cum_g200_p66 1 cum_g200_p70 -1
    z_g200_p66 prec_g200_g196_t66 1 prec_g203_g200_t67 -1
    z_g200_p66 prec_g203_g200_t69 -1 o_v202_c69_r0 1
    z_g200_p66 o_v202_c71_r0 1 o_v206_c67_r1 -1
    z_g200_p66 o_v206_c69_r0 -1 o_v206_c69_r1 -1
    z_g200_p66 o_v206_c71_r0 -1
    z_g200_p70 cum_g200_p70 1 prec_g200_g196_t70 1
    z_g200_p70 prec_g203_g200_t71 -1 prec_g203_g200_t73 -1
    z_g200_p70 o_v202_c73_r0 1 o_v202_c75_r0 1
    z_g200_p70 o_v206_c71_r1 -1 o_v206_c73_r0 -1
    z_g200_p70 o_v206_c73_r1 -1 o_v206_c75_r0 -1
    x_g201_p62 cum_g201_p62 -1 assign_g201 1
    x_g201_p66 cum_g201_p66 -1 assign_g201 1
    x_g201_p70 cum_g201_p70 -1 assign_g201 1
    x_g201_p74 assign_g201 1
    z_g201_p62 cum_g201_p62 1 cum_g201_p66 -1
    z_g201_p62 prec_g201_g196_t62 1 prec_g203_g201_t63 -1
    z_g201_p62 prec_g203_g201_t65 -1 o_v202_c65_r1 1
    z_g201_p62 o_v202_c67_r1 1 o_v207_c63_r0 -1
    z_g201_p62 o_v207_c65_r0 -1 o_v207_c65_r1 -1
    z_g201_p62 o_v207_c67_r0 -1
    z_g201_p66 cum_g201_p66 1 cum_g201_p70 -1
    z_g201_p66 prec_g201_g196_t66 1 prec_g203_g201_t67 -1
    z_g201_p66 prec_g203_g201_t69 -1 o_v202_c69_r1 1
    z_g201_p66 o_v202_c71_r1 1 o_v207_c67_r1 -1
    z_g201_p66 o_v207_c69_r0 -1 o_v207_c69_r1 -1
    z_g201_p66 o_v207_c71_r0 -1
    z_g201_p70 cum_g201_p70 1 prec_g201_g196_t70 1
    z_g201_p70 prec_g203_g201_t71 -1 prec_g203_g201_t73 -1
    z_g201_p70 o_v202_c73_r1 1 o_v202_c75_r1 1
    z_g201_p70 o_v207_c71_r1 -1 o_v207_c73_r0 -1
    z_g201_p70 o_v207_c73_r1 -1 o_v207_c75_r0 -1
    x_g202_p62 cum_g202_p62 -1 assign_g202 1
    x_g202_p66 cum_g202_p66 -1 assign_g202 1
    x_g202_p70 cum_g202_p70 -1 assign_g202 1
    x_g202_p74 assign_g202 1
    z_g202_p62 cum_g202_p62 1 cum_g202_p66 -1
    z_g202_p62 prec_g202_g196_t62 1 prec_g203_g202_t63 -1
    z_g202_p62 prec_g203_g202_t65 -1 o_v202_c65_r2 1
    z_g202_p62 o_v202_c67_r2 1 o_v208_c63_r0 -1
    z_g202_p62 o_v208_c65_r0 -1 o_v208_c65_r1 -1
    z_g202_p62 o_v208_c67_r0 -1
    z_g202_p66 cum_g202_p66 1 cum_g202_p70 -1
    z_g202_p66 prec_g202_g196_t66 1 prec_g203_g202_t67 -1
    z_g202_p66 prec_g203_g202_t69 -1 o_v202_c69_r2 1
    z_g202_p66 o_v202_c71_r2 1 o_v208_c67_r1 -1
    z_g202_p66 o_v208_c69_r0 -1 o_v208_c69_r1 -1
    z_g202_p66 o_v208_c71_r0 -1
    z_g202_p70 cum_g202_p70 1 prec_g202_g196_t70 1
    z_g202_p70 prec_g203_g202_t71 -1 prec_g203_g202_t73 -1
    z_g202_p70 o_v202_c73_r2 1 o_v202_c75_r2 1
    z_g202_p70 o_v208_c71_r1 -1 o_v208_c73_r0 -1
    z_g202_p70 o_v208_c73_r1 -1 o_v208_c75_r0 -1
    x_g203_p63 cum_g203_p63 -1 assign_g203 1
    x_g203_p65 cum_g203_p65 -1 assign_g203 1
    x_g203_p65 heads_L16 6
    x_g203_p67 cum_g203_p67 -1 assign_g203 1
    x_g203_p69 cum_g203_p69 -1 assign_g203 1
    x_g203_p69 heads_L17 6
    x_g203_p71 cum_g203_p71 -1 assign_g203 1
    x_g203_p73 cum_g203_p73 -1 assign_g203 1
    x_g203_p73 heads_L18 6
    x_g203_p75 cum_g203_p75 -1 assign_g203 1
    x_g203_p77 assign_g203 1 heads_L19 6
    z_g203_p63 cum_g203_p63 1 cum_g203_p65 -1
    z_g203_p63 prec_g203_g200_t63 1 prec_g203_g201_t63 1
    z_g203_p63 prec_g203_g202_t63 1 o_v206_c63_r0 1
    z_g203_p63 o_v206_c65_r0 1 o_v207_c63_r0 1
    z_g203_p63 o_v207_c65_r0 1 o_v208_c63_r0 1
    z_g203_p63 o_v208_c65_r0 1 o_v209_c63_r0 -1
    z_g203_p63 o_v209_c63_r1 -1
    z_g203_p65 cum_g203_p65 1 cum_g203_p67 -1
    z_g203_p65 prec_g203_g200_t65 1 prec_g203_g201_t65 1
    z_g203_p65 prec_g203_g202_t65 1 o_v206_c65_r1 1
    z_g203_p65 o_v206_c67_r0 1 o_v207_c65_r1 1
    z_g203_p65 o_v207_c67_r0 1 o_v208_c65_r1 1
    z_g203_p65 o_v208_c67_r0 1 o_v209_c65_r0 -1
    z_g203_p65 o_v209_c65_r1 -1
    z_g203_p67 cum_g203_p67 1 cum_g203_p69 -1
    z_g203_p67 prec_g203_g200_t67 1 prec_g203_g201_t67 1
    z_g203_p67 prec_g203_g202_t67 1 o_v206_c67_r1 1
    z_g203_p67 o_v206_c69_r0 1 o_v207_c67_r1 1
    z_g203_p67 o_v207_c69_r0 1 o_v208_c67_r1 1
    z_g203_p67 o_v208_c69_r0 1 o_v209_c67_r0 -1
    z_g203_p67 o_v209_c67_r1 -1
    z_g203_p69 cum_g203_p69 1 cum_g203_p71 -1
    z_g203_p69 prec_g203_g200_t69 1 prec_g203_g201_t69 1
    z_g203_p69 prec_g203_g202_t69 1 o_v206_c69_r1 1
    z_g203_p69 o_v206_c71_r0 1 o_v207_c69_r1 1
    z_g203_p69 o_v207_c71_r0 1 o_v208_c69_r1 1
    z_g203_p69 o_v208_c71_r0 1 o_v209_c69_r0 -1
    z_g203_p69 o_v209_c69_r1 -1
    z_g203_p71 cum_g203_p71 1 cum_g203_p73 -1
    z_g203_p71 prec_g203_g200_t71 1 prec_g203_g201_t71 1
    z_g203_p71 prec_g203_g202_t71 1 o_v206_c71_r1 1
    z_g203_p71 o_v206_c73_r0 1 o_v207_c71_r1 1
    z_g203_p71 o_v207_c73_r0 1 o_v208_c71_r1 1
    z_g203_p71 o_v208_c73_r0 1 o_v209_c71_r0 -1
    z_g203_p71 o_v209_c71_r1 -1
    z_g203_p73 cum_g203_p73 1 cum_g203_p75 -1
    z_g203_p73 prec_g203_g200_t73 1 prec_g203_g201_t73 1
    z_g203_p73 prec_g203_g202_t73 1 o_v206_c73_r1 1
    z_g203_p73 o_v206_c75_r0 1 o_v207_c73_r1 1
    z_g203_p73 o_v207_c75_r0 1 o_v208_c73_r1 1
    z_g203_p73 o_v208_c75_r0 1 o_v209_c73_r0 -1
    z_g203_p73 o_v209_c73_r1 -1
    z_g203_p75 cum_g203_p75 1 o_v206_c75_r1 1
    z_g203_p75 o_v206_c77_r0 1 o_v207_c75_r1 1
    z_g203_p75 o_v207_c77_r0 1 o_v208_c75_r1 1
    z_g203_p75 o_v208_c77_r0 1 o_v209_c75_r0 -1
    z_g203_p75 o_v209_c75_r1 -1
    x_g204_p66 cum_g204_p66 -1 assign_g204 1
    x_g204_p70 cum_g204_p70 -1 assign_g204 1
    x_g204_p74 assign_g204 1
    z_g204_p66 cum_g204_p66 1 cum_g204_p70 -1
    z_g204_p66 prec_g204_g197_t66 1 prec_g207_g204_t67 -1
    z_g204_p66 prec_g207_g204_t69 -1 o_v203_c69_r0 1
    z_g204_p66 o_v203_c71_r0 1 o_v210_c67_r0 -1
    z_g204_p66 o_v210_c69_r0 -1 o_v210_c69_r1 -1
    z_g204_p66 o_v210_c71_r0 -1
    z_g204_p70 cum_g204_p70 1 prec_g204_g197_t70 1
    z_g204_p70 prec_g207_g204_t71 -1 prec_g207_g204_t73 -1
    z_g204_p70 o_v203_c73_r0 1 o_v203_c75_r0 1
    z_g204_p70 o_v210_c71_r1 -1 o_v210_c73_r0 -1
    z_g204_p70 o_v210_c73_r1 -1 o_v210_c75_r0 -1
    x_g205_p66 cum_g205_p66 -1 assign_g205 1
    x_g205_p70 cum_g205_p70 -1 assign_g205 1
    x_g205_p74 assign_g205 1
    z_g205_p66 cum_g205_p66 1 cum_g205_p70 -1
    z_g205_p66 prec_g205_g197_t66 1 prec_g207_g205_t67 -1
    z_g205_p66 prec_g207_g205_t69 -1 o_v203_c69_r1 1
    z_g205_p66 o_v203_c71_r1 1 o_v211_c67_r0 -1
    z_g205_p66 o_v211_c69_r0 -1 o_v211_c69_r1 -1
    z_g205_p66 o_v211_c71_r0 -1
    z_g205_p70 cum_g205_p70 1 prec_g205_g197_t70 1
    z_g205_p70 prec_g207_g205_t71 -1 prec_g207_g205_t73 -1
    z_g205_p70 o_v203_c73_r1 1 o_v203_c75_r1 1
    z_g205_p70 o_v211_c71_r1 -1 o_v211_c73_r0 -1
    z_g205_p70 o_v211_c73_r1 -1 o_v211_c75_r0 -1
    x_g206_p66 cum_g206_p66 -1 assign_g206 1
    x_g206_p70 cum_g206_p70 -1 assign_g206 1
    x_g206_p74 assign_g206 1
    z_g206_p66 cum_g206_p66 1 cum_g206_p70 -1
    z_g206_p66 prec_g206_g197_t66 1 prec_g207_g206_t67 -1
    z_g206_p66 prec_g207_g206_t69 -1 o_v203_c69_r2 1
    z_g206_p66 o_v203_c71_r2 1 o_v212_c67_r0 -1
    z_g206_p66 o_v212_c69_r0 -1 o_v212_c69_r1 -1
    z_g206_p66 o_v212_c71_r0 -1
    z_g206_p70 cum_g206_p70 1 prec_g206_g197_t70 1
    z_g206_p70 prec_g207_g206_t71 -1 prec_g207_g206_t73 -1
    z_g206_p70 o_v203_c73_r2 1 o_v203_c75_r2 1
    z_g206_p70 o_v212_c71_r1 -1 o_v212_c73_r0 -1
    z_g206_p70 o_v212_c73_r1 -1 o_v212_c75_r0 -1
    x_g207_p67 cum_g207_p67 -1 assign_g207 1
    x_g207_p69 cum_g207_p69 -1 assign_g207 1
    x_g207_p69 heads_L17 6
    x_g207_p71 cum_g207_p71 -1 assign_g207 1
    x_g207_p73 cum_g207_p73 -1 assign_g207 1
    x_g207_p73 heads_L18 6
    x_g207_p75 cum_g207_p75 -1 assign_g207 1
    x_g207_p77 assign_g207 1 heads_L19 6
    z_g207_p67 cum_g207_p67 1 cum_g207_p69 -1
    z_g207_p67 prec_g207_g204_t67 1 prec_g207_g205_t67 1
    z_g207_p67 prec_g207_g206_t67 1 o_v210_c67_r0 1
    z_g207_p67 o_v210_c69_r0 1 o_v211_c67_r0 1
    z_g207_p67 o_v211_c69_r0 1 o_v212_c67_r0 1
    z_g207_p67 o_v212_c69_r0 1 o_v213_c67_r0 -1
    z_g207_p67 o_v213_c67_r1 -1
    z_g207_p69 cum_g207_p69 1 cum_g207_p71 -1
    z_g207_p69 prec_g207_g204_t69 1 prec_g207_g205_t69 1
    z_g207_p69 prec_g207_g206_t69 1 o_v210_c69_r1 1
    z_g207_p69 o_v210_c71_r0 1 o_v211_c69_r1 1
    z_g207_p69 o_v211_c71_r0 1 o_v212_c69_r1 1
    z_g207_p69 o_v212_c71_r0 1 o_v213_c69_r0 -1
    z_g207_p69 o_v213_c69_r1 -1
    z_g207_p71 cum_g207_p71 1 cum_g207_p73 -1
    z_g207_p71 prec_g207_g204_t71 1 prec_g207_g205_t71 1
    z_g207_p71 prec_g207_g206_t71 1 o_v210_c71_r1 1
    z_g207_p71 o_v210_c73_r0 1 o_v211_c71_r1 1
    z_g207_p71 o_v211_c73_r0 1 o_v212_c71_r1 1
    z_g207_p71 o_v212_c73_r0 1 o_v213_c71_r0 -1
    z_g207_p71 o_v213_c71_r1 -1
    z_g207_p73 cum_g207_p73 1 cum_g207_p75 -1
    z_g207_p73 prec_g207_g204_t73 1 prec_g207_g205_t73 1
    z_g207_p73 prec_g207_g206_t73 1 o_v210_c73_r1 1
    z_g207_p73 o_v210_c75_r0 1 o_v211_c73_r1 1
    z_g207_p73 o_v211_c75_r0 1 o_v212_c73_r1 1
    z_g207_p73 o_v212_c75_r0 1 o_v213_c73_r0 -1
    z_g207_p73 o_v213_c73_r1 -1
    z_g207_p75 cum_g207_p75 1 o_v210_c75_r1 1
    z_g207_p75 o_v210_c77_r0 1 o_v211_c75_r1 1
    z_g207_p75 o_v211_c77_r0 1 o_v212_c75_r1 1
    z_g207_p75 o_v212_c77_r0 1 o_v213_c75_r0 -1
    z_g207_p75 o_v213_c75_r1 -1
    x_g208_p70 cum_g208_p70 -1 assign_g208 1
    x_g208_p74 assign_g208 1
    z_g208_p70 cum_g208_p70 1 prec_g208_g198_t70 1
    z_g208_p70 prec_g211_g208_t71 -1 prec_g211_g208_t73 -1
    z_g208_p70 o_v204_c73_r0 1 o_v204_c75_r0 1
    z_g208_p70 o_v214_c71_r0 -1 o_v214_c73_r0 -1
    z_g208_p70 o_v214_c73_r1 -1 o_v214_c75_r0 -1
    x_g209_p70 cum_g209_p70 -1 assign_g209 1
    x_g209_p74 assign_g209 1
    z_g209_p70 cum_g209_p70 1 prec_g209_g198_t70 1
    z_g209_p70 prec_g211_g209_t71 -1 prec_g211_g209_t73 -1
    z_g209_p70 o_v204_c73_r1 1 o_v204_c75_r1 1
    z_g209_p70 o_v215_c71_r0 -1 o_v215_c73_r0 -1
    z_g209_p70 o_v215_c73_r1 -1 o_v215_c75_r0 -1
    x_g210_p70 cum_g210_p70 -1 assign_g210 1
    x_g210_p74 assign_g210 1
    z_g210_p70 cum_g210_p70 1 prec_g210_g198_t70 1
    z_g210_p70 prec_g211_g210_t71 -1 prec_g211_g210_t73 -1
    z_g210_p70 o_v204_c73_r2 1 o_v204_c75_r2 1
    z_g210_p70 o_v216_c71_r0 -1 o_v216_c73_r0 -1
    z_g210_p70 o_v216_c73_r1 -1 o_v216_c75_r0 -1
    x_g211_p71 cum_g211_p71 -1 assign_g211 1
    x_g211_p73 cum_g211_p73 -1 assign_g211 1
    x_g211_p73 heads_L18 6
    x_g211_p75 cum_g211_p75 -1 assign_g211 1
    x_g211_p77 assign_g211 1 heads_L19 6
    z_g211_p71 cum_g211_p71 1 cum_g211_p73 -1
    z_g211_p71 prec_g211_g208_t71 1 prec_g211_g209_t71 1
    z_g211_p71 prec_g211_g210_t71 1 o_v214_c71_r0 1
    z_g211_p71 o_v214_c73_r0 1 o_v215_c71_r0 1
    z_g211_p71 o_v215_c73_r0 1 o_v216_c71_r0 1
    z_g211_p71 o_v216_c73_r0 1 o_v217_c71_r0 -1
    z_g211_p71 o_v217_c71_r1 -1
    z_g211_p73 cum_g211_p73 1 cum_g211_p75 -1
    z_g211_p73 prec_g211_g208_t73 1 prec_g211_g209_t73 1
    z_g211_p73 prec_g211_g210_t73 1 o_v214_c73_r1 1
    z_g211_p73 o_v214_c75_r0 1 o_v215_c73_r1 1
    z_g211_p73 o_v215_c75_r0 1 o_v216_c73_r1 1
    z_g211_p73 o_v216_c75_r0 1 o_v217_c73_r0 -1
    z_g211_p73 o_v217_c73_r1 -1
    z_g211_p75 cum_g211_p75 1 o_v214_c75_r1 1
    z_g211_p75 o_v214_c77_r0 1 o_v215_c75_r1 1
    z_g211_p75 o_v215_c77_r0 1 o_v216_c75_r1 1
    z_g211_p75 o_v216_c77_r0 1 o_v217_c75_r0 -1
    z_g211_p75 o_v217_c75_r1 -1
    x_g212_p74 assign_g212 1
    x_g213_p74 assign_g213 1
    x_g214_p74 assign_g214 1
    x_g215_p75 cum_g215_p75 -1 assign_g215 1
    x_g215_p77 assign_g215 1 heads_L19 6
    z_g215_p75 cum_g215_p75 1 o_v218_c75_r0 1
    z_g215_p75 o_v218_c77_r0 1 o_v219_c75_r0 1
    z_g215_p75 o_v219_c77_r0 1 o_v220_c75_r0 1
    z_g215_p75 o_v220_c77_r0 1 o_v221_c75_r0 -1
    z_g215_p75 o_v221_c75_r1 -1
    x_g216_p78 assign_g216 1
    x_g217_p78 assign_g217 1
    x_g218_p79 assign_g218 1
    d_half OBJROW 2 occ_c1 -2
    d_half occ_c3 -2 occ_c5 -2
    d_half occ_c7 -2 occ_c9 -2
    d_half occ_c11 -2 occ_c13 -2
    d_half occ_c15 -2 occ_c17 -2
    d_half occ_c19 -2 occ_c21 -2
    d_half occ_c23 -2 occ_c25 -2
    d_half occ_c27 -2 occ_c29 -2
    d_half occ_c31 -2 occ_c33 -2
    d_half occ_c35 -2 occ_c37 -2
    d_half occ_c39 -2 occ_c41 -2
    d_half occ_c43 -2 occ_c45 -2
    d_half occ_c47 -2 occ_c49 -2
    d_half occ_c51 -2 occ_c53 -2
    d_half occ_c55 -2 occ_c57 -2
    d_half occ_c59 -2 occ_c61 -2
    d_half occ_c63 -2 occ_c65 -2
    d_half occ_c67 -2 occ_c69 -2
    d_half occ_c71 -2 occ_c73 -2
    d_half occ_c75 -2 occ_c77 -2
    d_half occ_c79 -2 heads_L0 -2
    d_half heads_L1 -2 heads_L2 -2
    d_half heads_L3 -2 heads_L4 -2
    d_half heads_L5 -2 heads_L6 -2
    d_half heads_L7 -2 heads_L8 -2
    d_half heads_L9 -2 heads_L10 -2
    d_half heads_L11 -2 heads_L12 -2
    d_half heads_L13 -2 heads_L14 -2
    d_half heads_L15 -2 heads_L16 -2
    d_half heads_L17 -2 heads_L18 -2
    d_half heads_L19 -2
    o_v4_c3 o_v4_c3_r0 1 o_v4_c3_r1 1
    o_v4_c3 o_v4_c3_r2 1 o_v4_c3_r3 1
    o_v4_c3 o_v4_c3_r4 1 o_v4_c3_r5 1
    o_v4_c3 o_v4_c3_r6 1 o_v4_c3_r7 1
    o_v4_c3 o_v4_c3_r8 1 o_v4_c3_r9 1
    o_v4_c3 o_v4_c3_r10 1 o_v4_c3_r11 1
    o_v4_c3 o_v4_c3_r12 1 o_v4_c3_r13 1
    o_v4_c3 occ_c3 1
    o_v4_c5 o_v4_c5_r0 1 o_v4_c5_r1 1
    o_v4_c5 o_v4_c5_r2 1 o_v4_c5_r3 1
    o_v4_c5 o_v4_c5_r4 1 o_v4_c5_r5 1
    o_v4_c5 o_v4_c5_r6 1 o_v4_c5_r7 1
    o_v4_c5 o_v4_c5_r8 1 o_v4_c5_r9 1
    o_v4_c5 o_v4_c5_r10 1 o_v4_c5_r11 1
    o_v4_c5 o_v4_c5_r12 1 o_v4_c5_r13 1
    o_v4_c5 occ_c5 1
    o_v4_c7 o_v4_c7_r0 1 o_v4_c7_r1 1
    o_v4_c7 o_v4_c7_r2 1 o_v4_c7_r3 1
    o_v4_c7 o_v4_c7_r4 1 o_v4_c7_r5 1
    o_v4_c7 o_v4_c7_r6 1 o_v4_c7_r7 1
    o_v4_c7 o_v4_c7_r8 1 o_v4_c7_r9 1
    o_v4_c7 o_v4_c7_r10 1 o_v4_c7_r11 1
    o_v4_c7 o_v4_c7_r12 1 occ_c7 1
    o_v4_c9 o_v4_c9_r0 1 o_v4_c9_r1 1
    o_v4_c9 o_v4_c9_r2 1 o_v4_c9_r3 1
    o_v4_c9 o_v4_c9_r4 1 o_v4_c9_r5 1
    o_v4_c9 o_v4_c9_r6 1 o_v4_c9_r7 1
    o_v4_c9 o_v4_c9_r8 1 o_v4_c9_r9 1
    o_v4_c9 o_v4_c9_r10 1 o_v4_c9_r11 1
    o_v4_c9 o_v4_c9_r12 1 occ_c9 1
    o_v4_c11 o_v4_c11_r0 1 o_v4_c11_r1 1
    o_v4_c11 o_v4_c11_r2 1 o_v4_c11_r3 1
    o_v4_c11 o_v4_c11_r4 1 o_v4_c11_r5 1
    o_v4_c11 o_v4_c11_r6 1 o_v4_c11_r7 1
    o_v4_c11 o_v4_c11_r8 1 o_v4_c11_r9 1
    o_v4_c11 o_v4_c11_r10 1 o_v4_c11_r11 1
    o_v4_c11 occ_c11 1
    o_v4_c13 o_v4_c13_r0 1 o_v4_c13_r1 1
    o_v4_c13 o_v4_c13_r2 1 o_v4_c13_r3 1
    o_v4_c13 o_v4_c13_r4 1 o_v4_c13_r5 1
    o_v4_c13 o_v4_c13_r6 1 o_v4_c13_r7 1
    o_v4_c13 o_v4_c13_r8 1 o_v4_c13_r9 1
    o_v4_c13 o_v4_c13_r10 1 o_v4_c13_r11 1
    o_v4_c13 occ_c13 1
    o_v4_c15 o_v4_c15_r0 1 o_v4_c15_r1 1
    o_v4_c15 o_v4_c15_r2 1 o_v4_c15_r3 1
    o_v4_c15 o_v4_c15_r4 1 o_v4_c15_r5 1
    o_v4_c15 o_v4_c15_r6 1 o_v4_c15_r7 1
    o_v4_c15 o_v4_c15_r8 1 o_v4_c15_r9 1
    o_v4_c15 o_v4_c15_r10 1 occ_c15 1
    o_v4_c17 o_v4_c17_r0 1 o_v4_c17_r1 1
    o_v4_c17 o_v4_c17_r2 1 o_v4_c17_r3 1
    o_v4_c17 o_v4_c17_r4 1 o_v4_c17_r5 1
    o_v4_c17 o_v4_c17_r6 1 o_v4_c17_r7 1
    o_v4_c17 o_v4_c17_r8 1 o_v4_c17_r9 1
    o_v4_c17 o_v4_c17_r10 1 occ_c17 1
    o_v4_c19 o_v4_c19_r0 1 o_v4_c19_r1 1
    o_v4_c19 o_v4_c19_r2 1 o_v4_c19_r3 1
    o_v4_c19 o_v4_c19_r4 1 o_v4_c19_r5 1
    o_v4_c19 o_v4_c19_r6 1 o_v4_c19_r7 1
    o_v4_c19 o_v4_c19_r8 1 o_v4_c19_r9 1
    o_v4_c19 occ_c19 1
    o_v4_c21 o_v4_c21_r0 1 o_v4_c21_r1 1
    o_v4_c21 o_v4_c21_r2 1 o_v4_c21_r3 1
    o_v4_c21 o_v4_c21_r4 1 o_v4_c21_r5 1
    o_v4_c21 o_v4_c21_r6 1 o_v4_c21_r7 1
    o_v4_c21 o_v4_c21_r8 1 o_v4_c21_r9 1
    o_v4_c21 occ_c21 1
    o_v4_c23 o_v4_c23_r0 1 o_v4_c23_r1 1
    o_v4_c23 o_v4_c23_r2 1 o_v4_c23_r3 1
    o_v4_c23 o_v4_c23_r4 1 o_v4_c23_r5 1
    o_v4_c23 o_v4_c23_r6 1 o_v4_c23_r7 1
    o_v4_c23 o_v4_c23_r8 1 occ_c23 1
    o_v4_c25 o_v4_c25_r0 1 o_v4_c25_r1 1
    o_v4_c25 o_v4_c25_r2 1 o_v4_c25_r3 1
    o_v4_c25 o_v4_c25_r4 1 o_v4_c25_r5 1
    o_v4_c25 o_v4_c25_r6 1 o_v4_c25_r7 1
    o_v4_c25 o_v4_c25_r8 1 occ_c25 1
    o_v4_c27 o_v4_c27_r0 1 o_v4_c27_r1 1
    o_v4_c27 o_v4_c27_r2 1 o_v4_c27_r3 1
    o_v4_c27 o_v4_c27_r4 1 o_v4_c27_r5 1
    o_v4_c27 o_v4_c27_r6 1 o_v4_c27_r7 1
    o_v4_c27 occ_c27 1
    o_v4_c29 o_v4_c29_r0 1 o_v4_c29_r1 1
    o_v4_c29 o_v4_c29_r2 1 o_v4_c29_r3 1
    o_v4_c29 o_v4_c29_r4 1 o_v4_c29_r5 1
    o_v4_c29 o_v4_c29_r6 1 o_v4_c29_r7 1
    o_v4_c29 occ_c29 1
    o_v4_c31 o_v4_c31_r0 1 o_v4_c31_r1 1
    o_v4_c31 o_v4_c31_r2 1 o_v4_c31_r3 1
    o_v4_c31 o_v4_c31_r4 1 o_v4_c31_r5 1
    o_v4_c31 o_v4_c31_r6 1 occ_c31 1
    o_v4_c33 o_v4_c33_r0 1 o_v4_c33_r1 1
    o_v4_c33 o_v4_c33_r2 1 o_v4_c33_r3 1
    o_v4_c33 o_v4_c33_r4 1 o_v4_c33_r5 1
    o_v4_c33 o_v4_c33_r6 1 occ_c33 1
    o_v4_c35 o_v4_c35_r0 1 o_v4_c35_r1 1
    o_v4_c35 o_v4_c35_r2 1 o_v4_c35_r3 1
    o_v4_c35 o_v4_c35_r4 1 o_v4_c35_r5 1
    o_v4_c35 occ_c35 1
    o_v4_c37 o_v4_c37_r0 1 o_v4_c37_r1 1
    o_v4_c37 o_v4_c37_r2 1 o_v4_c37_r3 1
    o_v4_c37 o_v4_c37_r4 1 o_v4_c37_r5 1
    o_v4_c37 occ_c37 1
    o_v4_c39 o_v4_c39_r0 1 o_v4_c39_r1 1
    o_v4_c39 o_v4_c39_r2 1 o_v4_c39_r3 1
    o_v4_c39 o_v4_c39_r4 1 occ_c39 1
    o_v4_c41 o_v4_c41_r0 1 o_v4_c41_r1 1
    o_v4_c41 o_v4_c41_r2 1 o_v4_c41_r3 1
    o_v4_c41 o_v4_c41_r4 1 occ_c41 1
    o_v4_c43 o_v4_c43_r0 1 o_v4_c43_r1 1
    o_v4_c43 o_v4_c43_r2 1 o_v4_c43_r3 1
    o_v4_c43 occ_c43 1
    o_v4_c45 o_v4_c45_r0 1 o_v4_c45_r1 1
    o_v4_c45 o_v4_c45_r2 1 o_v4_c45_r3 1
    o_v4_c45 occ_c45 1
    o_v4_c47 o_v4_c47_r0 1 o_v4_c47_r1 1
    o_v4_c47 o_v4_c47_r2 1 occ_c47 1
    o_v4_c49 o_v4_c49_r0 1 o_v4_c49_r1 1
    o_v4_c49 o_v4_c49_r2 1 occ_c49 1
    o_v4_c51 o_v4_c51_r0 1 o_v4_c51_r1 1
    o_v4_c51 occ_c51 1
    o_v4_c53 o_v4_c53_r0 1 o_v4_c53_r1 1
    o_v4_c53 occ_c53 1
    o_v4_c55 o_v4_c55_r0 1 occ_c55 1
    o_v4_c57 o_v4_c57_r0 1 occ_c57 1
    dy_v4_L0 dy_v4_L0_r0 1 dy_v4_L0_r1 1
    dy_v4_L0 dy_v4_L0_r2 1 dy_v4_L0_r3 1
    dy_v4_L0 dy_v4_L0_r4 1 dy_v4_L0_r5 1
    dy_v4_L0 dy_v4_L0_r6 1 dy_v4_L0_r7 1
    dy_v4_L0 dy_v4_L0_r8 1 dy_v4_L0_r9 1
    dy_v4_L0 dy_v4_L0_r10 1 dy_v4_L0_r11 1
    dy_v4_L0 dy_v4_L0_r12 1 dy_v4_L0_r13 1
    dy_v4_L0 dy_v4_L0_r14 1 dy_v4_L0_r15 1
    dy_v4_L0 heads_L0 1
    dy_v4_L1 dy_v4_L1_r0 1 dy_v4_L1_r1 1
    dy_v4_L1 dy_v4_L1_r2 1 dy_v4_L1_r3 1
    dy_v4_L1 dy_v4_L1_r4 1 dy_v4_L1_r5 1
    dy_v4_L1 dy_v4_L1_r6 1 dy_v4_L1_r7 1
    dy_v4_L1 dy_v4_L1_r8 1 dy_v4_L1_r9 1
    dy_v4_L1 dy_v4_L1_r10 1 dy_v4_L1_r11 1
    dy_v4_L1 dy_v4_L1_r12 1 dy_v4_L1_r13 1
    dy_v4_L1 heads_L1 1
    dy_v4_L2 dy_v4_L2_r0 1 dy_v4_L2_r1 1
    dy_v4_L2 dy_v4_L2_r2 1 dy_v4_L2_r3 1
    dy_v4_L2 dy_v4_L2_r4 1 dy_v4_L2_r5 1
    dy_v4_L2 dy_v4_L2_r6 1 dy_v4_L2_r7 1
    dy_v4_L2 dy_v4_L2_r8 1 dy_v4_L2_r9 1
    dy_v4_L2 dy_v4_L2_r10 1 dy_v4_L2_r11 1
    dy_v4_L2 dy_v4_L2_r12 1 heads_L2 1
    dy_v4_L3 dy_v4_L3_r0 1 dy_v4_L3_r1 1
    dy_v4_L3 dy_v4_L3_r2 1 dy_v4_L3_r3 1
    dy_v4_L3 dy_v4_L3_r4 1 dy_v4_L3_r5 1
    dy_v4_L3 dy_v4_L3_r6 1 dy_v4_L3_r7 1
    dy_v4_L3 dy_v4_L3_r8 1 dy_v4_L3_r9 1
    dy_v4_L3 dy_v4_L3_r10 1 dy_v4_L3_r11 1
    dy_v4_L3 heads_L3 1
    dy_v4_L4 dy_v4_L4_r0 1 dy_v4_L4_r1 1
    dy_v4_L4 dy_v4_L4_r2 1 dy_v4_L4_r3 1
    dy_v4_L4 dy_v4_L4_r4 1 dy_v4_L4_r5 1
    dy_v4_L4 dy_v4_L4_r6 1 dy_v4_L4_r7 1
    dy_v4_L4 dy_v4_L4_r8 1 dy_v4_L4_r9 1
    dy_v4_L4 dy_v4_L4_r10 1 heads_L4 1
    dy_v4_L5 dy_v4_L5_r0 1 dy_v4_L5_r1 1
    dy_v4_L5 dy_v4_L5_r2 1 dy_v4_L5_r3 1
    dy_v4_L5 dy_v4_L5_r4 1 dy_v4_L5_r5 1
    dy_v4_L5 dy_v4_L5_r6 1 dy_v4_L5_r7 1
    dy_v4_L5 dy_v4_L5_r8 1 dy_v4_L5_r9 1
    dy_v4_L5 heads_L5 1
    dy_v4_L6 dy_v4_L6_r0 1 dy_v4_L6_r1 1
    dy_v4_L6 dy_v4_L6_r2 1 dy_v4_L6_r3 1
    dy_v4_L6 dy_v4_L6_r4 1 dy_v4_L6_r5 1
    dy_v4_L6 dy_v4_L6_r6 1 dy_v4_L6_r7 1
    dy_v4_L6 dy_v4_L6_r8 1 heads_L6 1
    dy_v4_L7 dy_v4_L7_r0 1 dy_v4_L7_r1 1
    dy_v4_L7 dy_v4_L7_r2 1 dy_v4_L7_r3 1
    dy_v4_L7 dy_v4_L7_r4 1 dy_v4_L7_r5 1
    dy_v4_L7 dy_v4_L7_r6 1 dy_v4_L7_r7 1
    dy_v4_L7 heads_L7 1
    dy_v4_L8 dy_v4_L8_r0 1 dy_v4_L8_r1 1
    dy_v4_L8 dy_v4_L8_r2 1 dy_v4_L8_r3 1
    dy_v4_L8 dy_v4_L8_r4 1 dy_v4_L8_r5 1
    dy_v4_L8 dy_v4_L8_r6 1 heads_L8 1
    dy_v4_L9 dy_v4_L9_r0 1 dy_v4_L9_r1 1
    dy_v4_L9 dy_v4_L9_r2 1 dy_v4_L9_r3 1
    dy_v4_L9 dy_v4_L9_r4 1 dy_v4_L9_r5 1
    dy_v4_L9 heads_L9 1
    dy_v4_L10 dy_v4_L10_r0 1 dy_v4_L10_r1 1
    dy_v4_L10 dy_v4_L10_r2 1 dy_v4_L10_r3 1
    dy_v4_L10 dy_v4_L10_r4 1 heads_L10 1
    dy_v4_L11 dy_v4_L11_r0 1 dy_v4_L11_r1 1
    dy_v4_L11 dy_v4_L11_r2 1 dy_v4_L11_r3 1
    dy_v4_L11 heads_L11 1
    dy_v4_L12 dy_v4_L12_r0 1 dy_v4_L12_r1 1
    dy_v4_L12 dy_v4_L12_r2 1 heads_L12 1
    dy_v4_L13 dy_v4_L13_r0 1 dy_v4_L13_r1 1
    dy_v4_L13 heads_L13 1
    dy_v4_L14 dy_v4_L14_r0 1 heads_L14 1
    o_v5_c3 o_v5_c3_r0 1 o_v5_c3_r1 1
    o_v5_c3 o_v5_c3_r2 1 o_v5_c3_r3 1
    o_v5_c3 occ_c3 1
    o_v5_c5 o_v5_c5_r0 1 o_v5_c5_r1 1
    o_v5_c5 o_v5_c5_r2 1 o_v5_c5_r3 1
    o_v5_c5 occ_c5 1
    o_v5_c7 o_v5_c7_r0 1 o_v5_c7_r1 1
    o_v5_c7 o_v5_c7_r2 1 o_v5_c7_r3 1
    o_v5_c7 occ_c7 1
    o_v5_c9 o_v5_c9_r0 1 o_v5_c9_r1 1
    o_v5_c9 o_v5_c9_r2 1 o_v5_c9_r3 1
    o_v5_c9 occ_c9 1
    o_v5_c11 o_v5_c11_r0 1 o_v5_c11_r1 1
    o_v5_c11 o_v5_c11_r2 1 o_v5_c11_r3 1
    o_v5_c11 occ_c11 1
    o_v5_c13 o_v5_c13_r0 1 o_v5_c13_r1 1
    o_v5_c13 o_v5_c13_r2 1 o_v5_c13_r3 1
    o_v5_c13 occ_c13 1
    o_v5_c15 o_v5_c15_r0 1 o_v5_c15_r1 1
    o_v5_c15 o_v5_c15_r2 1 o_v5_c15_r3 1
    o_v5_c15 occ_c15 1
    o_v5_c17 o_v5_c17_r0 1 o_v5_c17_r1 1
    o_v5_c17 o_v5_c17_r2 1 o_v5_c17_r3 1
    o_v5_c17 occ_c17 1
    o_v5_c19 o_v5_c19_r0 1 o_v5_c19_r1 1
    o_v5_c19 o_v5_c19_r2 1 o_v5_c19_r3 1
    o_v5_c19 occ_c19 1
    o_v5_c21 o_v5_c21_r0 1 o_v5_c21_r1 1
    o_v5_c21 o_v5_c21_r2 1 o_v5_c21_r3 1
    o_v5_c21 occ_c21 1
    o_v5_c23 o_v5_c23_r0 1 o_v5_c23_r1 1
    o_v5_c23 o_v5_c23_r2 1 o_v5_c23_r3 1
    o_v5_c23 occ_c23 1
    o_v5_c25 o_v5_c25_r0 1 o_v5_c25_r1 1
    o_v5_c25 o_v5_c25_r2 1 o_v5_c25_r3 1
    o_v5_c25 occ_c25 1
    o_v5_c27 o_v5_c27_r0 1 o_v5_c27_r1 1
    o_v5_c27 o_v5_c27_r2 1 o_v5_c27_r3 1
    o_v5_c27 occ_c27 1
    o_v5_c29 o_v5_c29_r0 1 o_v5_c29_r1 1
    o_v5_c29 o_v5_c29_r2 1 o_v5_c29_r3 1
    o_v5_c29 occ_c29 1
    o_v5_c31 o_v5_c31_r0 1 o_v5_c31_r1 1
    o_v5_c31 o_v5_c31_r2 1 o_v5_c31_r3 1
    o_v5_c31 occ_c31 1
    o_v5_c33 o_v5_c33_r0 1 o_v5_c33_r1 1
    o_v5_c33 o_v5_c33_r2 1 o_v5_c33_r3 1
    o_v5_c33 occ_c33 1
    o_v5_c35 o_v5_c35_r0 1 o_v5_c35_r1 1
    o_v5_c35 o_v5_c35_r2 1 o_v5_c35_r3 1
    o_v5_c35 occ_c35 1
    o_v5_c37 o_v5_c37_r0 1 o_v5_c37_r1 1
    o_v5_c37 o_v5_c37_r2 1 o_v5_c37_r3 1
    o_v5_c37 occ_c37 1
    o_v5_c39 o_v5_c39_r0 1 o_v5_c39_r1 1
    o_v5_c39 o_v5_c39_r2 1 o_v5_c39_r3 1
    o_v5_c39 occ_c39 1
    o_v5_c41 o_v5_c41_r0 1 o_v5_c41_r1 1
    o_v5_c41 o_v5_c41_r2 1 o_v5_c41_r3 1
    o_v5_c41 occ_c41 1
    o_v5_c43 o_v5_c43_r0 1 o_v5_c43_r1 1
    o_v5_c43 o_v5_c43_r2 1 o_v5_c43_r3 1
    o_v5_c43 occ_c43 1
    o_v5_c45 o_v5_c45_r0 1 o_v5_c45_r1 1
    o_v5_c45 o_v5_c45_r2 1 o_v5_c45_r3 1
    o_v5_c45 occ_c45 1
    o_v5_c47 o_v5_c47_r0 1 o_v5_c47_r1 1
    o_v5_c47 o_v5_c47_r2 1 o_v5_c47_r3 1
    o_v5_c47 occ_c47 1
    o_v5_c49 o_v5_c49_r0 1 o_v5_c49_r1 1
    o_v5_c49 o_v5_c49_r2 1 o_v5_c49_r3 1
    o_v5_c49 occ_c49 1
    o_v5_c51 o_v5_c51_r0 1 o_v5_c51_r1 1
    o_v5_c51 o_v5_c51_r2 1 o_v5_c51_r3 1
    o_v5_c51 occ_c51 1
    o_v5_c53 o_v5_c53_r0 1 o_v5_c53_r1 1
    o_v5_c53 o_v5_c53_r2 1 o_v5_c53_r3 1
    o_v5_c53 occ_c53 1
    o_v5_c55 o_v5_c55_r0 1 o_v5_c55_r1 1
    o_v5_c55 o_v5_c55_r2 1 o_v5_c55_r3 1
    o_v5_c55 occ_c55 1
    o_v5_c57 o_v5_c57_r0 1 o_v5_c57_r1 1
    o_v5_c57 o_v5_c57_r2 1 o_v5_c57_r3 1
    o_v5_c57 occ_c57 1
    o_v5_c59 o_v5_c59_r0 1 o_v5_c59_r1 1
    o_v5_c59 o_v5_c59_r2 1 o_v5_c59_r3 1
    o_v5_c59 occ_c59 1
    o_v5_c61 o_v5_c61_r0 1 o_v5_c61_r1 1
    o_v5_c61 o_v5_c61_r2 1 o_v5_c61_r3 1
    o_v5_c61 occ_c61 1
    o_v5_c63 o_v5_c63_r0 1 o_v5_c63_r1 1
    o_v5_c63 o_v5_c63_r2 1 o_v5_c63_r3 1
    o_v5_c63 occ_c63 1
    o_v5_c65 o_v5_c65_r0 1 o_v5_c65_r1 1
    o_v5_c65 o_v5_c65_r2 1 o_v5_c65_r3 1
    o_v5_c65 occ_c65 1
    o_v5_c67 o_v5_c67_r0 1 o_v5_c67_r1 1
    o_v5_c67 o_v5_c67_r2 1 o_v5_c67_r3 1
    o_v5_c67 occ_c67 1
    o_v5_c69 o_v5_c69_r0 1 o_v5_c69_r1 1
    o_v5_c69 o_v5_c69_r2 1 o_v5_c69_r3 1
    o_v5_c69 occ_c69 1
    o_v5_c71 o_v5_c71_r0 1 o_v5_c71_r1 1
    o_v5_c71 o_v5_c71_r2 1 o_v5_c71_r3 1
    o_v5_c71 occ_c71 1
    o_v5_c73 o_v5_c73_r0 1 o_v5_c73_r1 1
    o_v5_c73 o_v5_c73_r2 1 o_v5_c73_r3 1
    o_v5_c73 occ_c73 1
    dy_v5_L0 dy_v5_L0_r0 1 dy_v5_L0_r1 1
    dy_v5_L0 dy_v5_L0_r2 1 dy_v5_L0_r3 1
    dy_v5_L0 heads_L0 1
    dy_v5_L1 dy_v5_L1_r0 1 dy_v5_L1_r1 1
    dy_v5_L1 dy_v5_L1_r2 1 dy_v5_L1_r3 1
    dy_v5_L1 heads_L1 1
    dy_v5_L2 dy_v5_L2_r0 1 dy_v5_L2_r1 1
    dy_v5_L2 dy_v5_L2_r2 1 dy_v5_L2_r3 1
    dy_v5_L2 heads_L2 1
    dy_v5_L3 dy_v5_L3_r0 1 dy_v5_L3_r1 1
    dy_v5_L3 dy_v5_L3_r2 1 dy_v5_L3_r3 1
    dy_v5_L3 heads_L3 1
    dy_v5_L4 dy_v5_L4_r0 1 dy_v5_L4_r1 1
    dy_v5_L4 dy_v5_L4_r2 1 dy_v5_L4_r3 1
    dy_v5_L4 heads_L4 1
    dy_v5_L5 dy_v5_L5_r0 1 dy_v5_L5_r1 1
    dy_v5_L5 dy_v5_L5_r2 1 dy_v5_L5_r3 1
    dy_v5_L5 heads_L5 1
    dy_v5_L6 dy_v5_L6_r0 1 dy_v5_L6_r1 1
    dy_v5_L6 dy_v5_L6_r2 1 dy_v5_L6_r3 1
    dy_v5_L6 heads_L6 1
    dy_v5_L7 dy_v5_L7_r0 1 dy_v5_L7_r1 1
    dy_v5_L7 dy_v5_L7_r2 1 dy_v5_L7_r3 1
    dy_v5_L7 heads_L7 1
    dy_v5_L8 dy_v5_L8_r0 1 dy_v5_L8_r1 1
    dy_v5_L8 dy_v5_L8_r2 1 dy_v5_L8_r3 1
    dy_v5_L8 heads_L8 1
    dy_v5_L9 dy_v5_L9_r0 1 dy_v5_L9_r1 1
    dy_v5_L9 dy_v5_L9_r2 1 dy_v5_L9_r3 1
    dy_v5_L9 heads_L9 1
    dy_v5_L10 dy_v5_L10_r0 1 dy_v5_L10_r1 1
    dy_v5_L10 dy_v5_L10_r2 1 dy_v5_L10_r3 1
    dy_v5_L10 heads_L10 1
    dy_v5_L11 dy_v5_L11_r0 1 dy_v5_L11_r1 1
    dy_v5_L11 dy_v5_L11_r2 1 dy_v5_L11_r3 1
    dy_v5_L11 heads_L11 1
    dy_v5_L12 dy_v5_L12_r0 1 dy_v5_L12_r1 1
    dy_v5_L12 dy_v5_L12_r2 1 dy_v5_L12_r3 1
    dy_v5_L12 heads_L12 1
    dy_v5_L13 dy_v5_L13_r0 1 dy_v5_L13_r1 1
    dy_v5_L13 dy_v5_L13_r2 1 dy_v5_L13_r3 1
    dy_v5_L13 heads_L13 1
    dy_v5_L14 dy_v5_L14_r0 1 dy_v5_L14_r1 1
    dy_v5_L14 dy_v5_L14_r2 1 dy_v5_L14_r3 1
    dy_v5_L14 heads_L14 1
    dy_v5_L15 dy_v5_L15_r0 1 dy_v5_L15_r1 1
    dy_v5_L15 dy_v5_L15_r2 1 dy_v5_L15_r3 1
    dy_v5_L15 heads_L15 1
    dy_v5_L16 dy_v5_L16_r0 1 dy_v5_L16_r1 1
    dy_v5_L16 dy_v5_L16_r2 1 dy_v5_L16_r3 1
    dy_v5_L16 heads_L16 1
    dy_v5_L17 dy_v5_L17_r0 1 dy_v5_L17_r1 1
    dy_v5_L17 dy_v5_L17_r2 1 dy_v5_L17_r3 1
    dy_v5_L17 heads_L17 1
    dy_v5_L18 dy_v5_L18_r0 1 dy_v5_L18_r1 1
    dy_v5_L18 dy_v5_L18_r2 1 dy_v5_L18_r3 1
    dy_v5_L18 heads_L18 1
    o_v6_c17 o_v6_c17_r0 1 occ_c17 1
    o_v7_c5 o_v7_c5_r0 1 occ_c5 1
    o_v8_c3 o_v8_c3_r0 1 occ_c3 1
    o_v8_c5 o_v8_c5_r0 1 occ_c5 1
    o_v9_c3 o_v9_c3_r0 1 occ_c3 1
    o_v9_c5 o_v9_c5_r0 1 occ_c5 1
    o_v10_c3 o_v10_c3_r0 1 o_v10_c3_r1 1
    o_v10_c3 occ_c3 1
    o_v10_c9 o_v10_c9_r0 1 o_v10_c9_r1 1
    o_v10_c9 occ_c9 1
    dy_v10_L2 dy_v10_L2_r0 1 dy_v10_L2_r1 1
    dy_v10_L2 heads_L2 1
    o_v11_c7 o_v11_c7_r0 1 occ_c7 1
    o_v11_c9 o_v11_c9_r0 1 occ_c9 1
    o_v12_c7 o_v12_c7_r0 1 occ_c7 1
    o_v12_c9 o_v12_c9_r0 1 occ_c9 1
    o_v13_c7 o_v13_c7_r0 1 o_v13_c7_r1 1
    o_v13_c7 occ_c7 1
    o_v13_c13 o_v13_c13_r0 1 o_v13_c13_r1 1
    o_v13_c13 occ_c13 1
    dy_v13_L3 dy_v13_L3_r0 1 dy_v13_L3_r1 1
    dy_v13_L3 heads_L3 1
    o_v14_c11 o_v14_c11_r0 1 occ_c11 1
    o_v14_c13 o_v14_c13_r0 1 occ_c13 1
    o_v15_c11 o_v15_c11_r0 1 occ_c11 1
    o_v15_c13 o_v15_c13_r0 1 occ_c13 1
    o_v16_c11 o_v16_c11_r0 1 o_v16_c11_r1 1
    o_v16_c11 occ_c11 1
    o_v16_c17 o_v16_c17_r0 1 o_v16_c17_r1 1
    o_v16_c17 occ_c17 1
    dy_v16_L4 dy_v16_L4_r0 1 dy_v16_L4_r1 1
    dy_v16_L4 heads_L4 1
    o_v17_c15 o_v17_c15_r0 1 occ_c15 1
    o_v17_c17 o_v17_c17_r0 1 occ_c17 1
    o_v18_c15 o_v18_c15_r0 1 occ_c15 1
    o_v18_c17 o_v18_c17_r0 1 occ_c17 1
    o_v20_c9 o_v20_c9_r0 1 occ_c9 1
    o_v21_c7 o_v21_c7_r0 1 occ_c7 1
    o_v21_c9 o_v21_c9_r0 1 occ_c9 1
    o_v22_c7 o_v22_c7_r0 1 occ_c7 1
    o_v22_c9 o_v22_c9_r0 1 occ_c9 1
    o_v23_c7 o_v23_c7_r0 1 o_v23_c7_r1 1
    o_v23_c7 occ_c7 1
    o_v23_c13 o_v23_c13_r0 1 o_v23_c13_r1 1
    o_v23_c13 occ_c13 1
    dy_v23_L3 dy_v23_L3_r0 1 dy_v23_L3_r1 1
    dy_v23_L3 heads_L3 1
    o_v24_c11 o_v24_c11_r0 1 occ_c11 1
    o_v24_c13 o_v24_c13_r0 1 occ_c13 1
    o_v25_c11 o_v25_c11_r0 1 occ_c11 1
    o_v25_c13 o_v25_c13_r0 1 occ_c13 1
    o_v26_c11 o_v26_c11_r0 1 o_v26_c11_r1 1
    o_v26_c11 occ_c11 1
    o_v26_c17 o_v26_c17_r0 1 o_v26_c17_r1 1
    o_v26_c17 occ_c17 1
    dy_v26_L4 dy_v26_L4_r0 1 dy_v26_L4_r1 1
    dy_v26_L4 heads_L4 1
    o_v27_c15 o_v27_c15_r0 1 occ_c15 1
    o_v27_c17 o_v27_c17_r0 1 occ_c17 1
    o_v28_c15 o_v28_c15_r0 1 occ_c15 1
    o_v28_c17 o_v28_c17_r0 1 occ_c17 1
    o_v29_c15 o_v29_c15_r0 1 o_v29_c15_r1 1
    o_v29_c15 occ_c15 1
    o_v29_c21 o_v29_c21_r0 1 o_v29_c21_r1 1
    o_v29_c21 occ_c21 1
    dy_v29_L5 dy_v29_L5_r0 1 dy_v29_L5_r1 1
    dy_v29_L5 heads_L5 1
    o_v30_c19 o_v30_c19_r0 1 occ_c19 1
    o_v30_c21 o_v30_c21_r0 1 occ_c21 1
    o_v31_c19 o_v31_c19_r0 1 occ_c19 1
    o_v31_c21 o_v31_c21_r0 1 occ_c21 1
    o_v33_c13 o_v33_c13_r0 1 occ_c13 1
    o_v34_c11 o_v34_c11_r0 1 occ_c11 1
    o_v34_c13 o_v34_c13_r0 1 occ_c13 1
    o_v35_c11 o_v35_c11_r0 1 occ_c11 1
    o_v35_c13 o_v35_c13_r0 1 occ_c13 1
    o_v36_c11 o_v36_c11_r0 1 o_v36_c11_r1 1
    o_v36_c11 occ_c11 1
    o_v36_c17 o_v36_c17_r0 1 o_v36_c17_r1 1
    o_v36_c17 occ_c17 1
    dy_v36_L4 dy_v36_L4_r0 1 dy_v36_L4_r1 1
    dy_v36_L4 heads_L4 1
    o_v37_c15 o_v37_c15_r0 1 occ_c15 1
    o_v37_c17 o_v37_c17_r0 1 occ_c17 1
    o_v38_c15 o_v38_c15_r0 1 occ_c15 1
    o_v38_c17 o_v38_c17_r0 1 occ_c17 1
    o_v39_c15 o_v39_c15_r0 1 o_v39_c15_r1 1
    o_v39_c15 occ_c15 1
    o_v39_c21 o_v39_c21_r0 1 o_v39_c21_r1 1
    o_v39_c21 occ_c21 1
    dy_v39_L5 dy_v39_L5_r0 1 dy_v39_L5_r1 1
    dy_v39_L5 heads_L5 1
    o_v40_c19 o_v40_c19_r0 1 occ_c19 1
    o_v40_c21 o_v40_c21_r0 1 occ_c21 1
    o_v41_c19 o_v41_c19_r0 1 occ_c19 1
    o_v41_c21 o_v41_c21_r0 1 occ_c21 1
    o_v42_c19 o_v42_c19_r0 1 o_v42_c19_r1 1
    o_v42_c19 occ_c19 1
    o_v42_c25 o_v42_c25_r0 1 o_v42_c25_r1 1
    o_v42_c25 occ_c25 1
    dy_v42_L6 dy_v42_L6_r0 1 dy_v42_L6_r1 1
    dy_v42_L6 heads_L6 1
    o_v43_c23 o_v43_c23_r0 1 occ_c23 1
    o_v43_c25 o_v43_c25_r0 1 occ_c25 1
    o_v44_c23 o_v44_c23_r0 1 occ_c23 1
    o_v44_c25 o_v44_c25_r0 1 occ_c25 1
    o_v46_c17 o_v46_c17_r0 1 occ_c17 1
    o_v47_c15 o_v47_c15_r0 1 occ_c15 1
    o_v47_c17 o_v47_c17_r0 1 occ_c17 1
    o_v48_c15 o_v48_c15_r0 1 occ_c15 1
    o_v48_c17 o_v48_c17_r0 1 occ_c17 1
    o_v49_c15 o_v49_c15_r0 1 o_v49_c15_r1 1
    o_v49_c15 occ_c15 1
    o_v49_c21 o_v49_c21_r0 1 o_v49_c21_r1 1
    o_v49_c21 occ_c21 1
    dy_v49_L5 dy_v49_L5_r0 1 dy_v49_L5_r1 1
    dy_v49_L5 heads_L5 1
    o_v50_c19 o_v50_c19_r0 1 occ_c19 1
    o_v50_c21 o_v50_c21_r0 1 occ_c21 1
    o_v51_c19 o_v51_c19_r0 1 occ_c19 1
    o_v51_c21 o_v51_c21_r0 1 occ_c21 1
    o_v52_c19 o_v52_c19_r0 1 o_v52_c19_r1 1
    o_v52_c19 occ_c19 1
    o_v52_c25 o_v52_c25_r0 1 o_v52_c25_r1 1
    o_v52_c25 occ_c25 1
    dy_v52_L6 dy_v52_L6_r0 1 dy_v52_L6_r1 1
    dy_v52_L6 heads_L6 1
    o_v53_c23 o_v53_c23_r0 1 occ_c23 1
    o_v53_c25 o_v53_c25_r0 1 occ_c25 1
    o_v54_c23 o_v54_c23_r0 1 occ_c23 1
    o_v54_c25 o_v54_c25_r0 1 occ_c25 1
    o_v55_c23 o_v55_c23_r0 1 o_v55_c23_r1 1
    o_v55_c23 occ_c23 1
    o_v55_c29 o_v55_c29_r0 1 o_v55_c29_r1 1
    o_v55_c29 occ_c29 1
    dy_v55_L7 dy_v55_L7_r0 1 dy_v55_L7_r1 1
    dy_v55_L7 heads_L7 1
    o_v56_c27 o_v56_c27_r0 1 occ_c27 1
    o_v56_c29 o_v56_c29_r0 1 occ_c29 1
    o_v57_c27 o_v57_c27_r0 1 occ_c27 1
    o_v57_c29 o_v57_c29_r0 1 occ_c29 1
    o_v59_c21 o_v59_c21_r0 1 occ_c21 1
    o_v60_c19 o_v60_c19_r0 1 occ_c19 1
    o_v60_c21 o_v60_c21_r0 1 occ_c21 1
    o_v61_c19 o_v61_c19_r0 1 occ_c19 1
    o_v61_c21 o_v61_c21_r0 1 occ_c21 1
    o_v62_c19 o_v62_c19_r0 1 o_v62_c19_r1 1
    o_v62_c19 occ_c19 1
    o_v62_c25 o_v62_c25_r0 1 o_v62_c25_r1 1
    o_v62_c25 occ_c25 1
    dy_v62_L6 dy_v62_L6_r0 1 dy_v62_L6_r1 1
    dy_v62_L6 heads_L6 1
    o_v63_c23 o_v63_c23_r0 1 occ_c23 1
    o_v63_c25 o_v63_c25_r0 1 occ_c25 1
    o_v64_c23 o_v64_c23_r0 1 occ_c23 1
    o_v64_c25 o_v64_c25_r0 1 occ_c25 1
    o_v65_c23 o_v65_c23_r0 1 o_v65_c23_r1 1
    o_v65_c23 occ_c23 1
    o_v65_c29 o_v65_c29_r0 1 o_v65_c29_r1 1
    o_v65_c29 occ_c29 1
    dy_v65_L7 dy_v65_L7_r0 1 dy_v65_L7_r1 1
    dy_v65_L7 heads_L7 1
    o_v66_c27 o_v66_c27_r0 1 occ_c27 1
    o_v66_c29 o_v66_c29_r0 1 occ_c29 1
    o_v67_c27 o_v67_c27_r0 1 occ_c27 1
    o_v67_c29 o_v67_c29_r0 1 occ_c29 1
    o_v68_c27 o_v68_c27_r0 1 o_v68_c27_r1 1
    o_v68_c27 occ_c27 1
    o_v68_c33 o_v68_c33_r0 1 o_v68_c33_r1 1
    o_v68_c33 occ_c33 1
    dy_v68_L8 dy_v68_L8_r0 1 dy_v68_L8_r1 1
    dy_v68_L8 heads_L8 1
    o_v69_c31 o_v69_c31_r0 1 occ_c31 1
    o_v69_c33 o_v69_c33_r0 1 occ_c33 1
    o_v70_c31 o_v70_c31_r0 1 occ_c31 1
    o_v70_c33 o_v70_c33_r0 1 occ_c33 1
    o_v72_c25 o_v72_c25_r0 1 occ_c25 1
    o_v73_c23 o_v73_c23_r0 1 occ_c23 1
    o_v73_c25 o_v73_c25_r0 1 occ_c25 1
    o_v74_c23 o_v74_c23_r0 1 occ_c23 1
    o_v74_c25 o_v74_c25_r0 1 occ_c25 1
    o_v75_c23 o_v75_c23_r0 1 o_v75_c23_r1 1
    o_v75_c23 occ_c23 1
    o_v75_c29 o_v75_c29_r0 1 o_v75_c29_r1 1
    o_v75_c29 occ_c29 1
    dy_v75_L7 dy_v75_L7_r0 1 dy_v75_L7_r1 1
    dy_v75_L7 heads_L7 1
    o_v76_c27 o_v76_c27_r0 1 occ_c27 1
    o_v76_c29 o_v76_c29_r0 1 occ_c29 1
    o_v77_c27 o_v77_c27_r0 1 occ_c27 1
    o_v77_c29 o_v77_c29_r0 1 occ_c29 1
    o_v78_c27 o_v78_c27_r0 1 o_v78_c27_r1 1
    o_v78_c27 occ_c27 1
    o_v78_c33 o_v78_c33_r0 1 o_v78_c33_r1 1
    o_v78_c33 occ_c33 1
    dy_v78_L8 dy_v78_L8_r0 1 dy_v78_L8_r1 1
    dy_v78_L8 heads_L8 1
    o_v79_c31 o_v79_c31_r0 1 occ_c31 1
    o_v79_c33 o_v79_c33_r0 1 occ_c33 1
    o_v80_c31 o_v80_c31_r0 1 occ_c31 1
    o_v80_c33 o_v80_c33_r0 1 occ_c33 1
    o_v81_c31 o_v81_c31_r0 1 o_v81_c31_r1 1
    o_v81_c31 occ_c31 1
    o_v81_c37 o_v81_c37_r0 1 o_v81_c37_r1 1
    o_v81_c37 occ_c37 1
    dy_v81_L9 dy_v81_L9_r0 1 dy_v81_L9_r1 1
    dy_v81_L9 heads_L9 1
    o_v82_c35 o_v82_c35_r0 1 occ_c35 1
    o_v82_c37 o_v82_c37_r0 1 occ_c37 1
    o_v83_c35 o_v83_c35_r0 1 occ_c35 1
    o_v83_c37 o_v83_c37_r0 1 occ_c37 1
    o_v85_c29 o_v85_c29_r0 1 occ_c29 1
    o_v86_c27 o_v86_c27_r0 1 occ_c27 1
    o_v86_c29 o_v86_c29_r0 1 occ_c29 1
    o_v87_c27 o_v87_c27_r0 1 occ_c27 1
    o_v87_c29 o_v87_c29_r0 1 occ_c29 1
    o_v88_c27 o_v88_c27_r0 1 o_v88_c27_r1 1
    o_v88_c27 occ_c27 1
    o_v88_c33 o_v88_c33_r0 1 o_v88_c33_r1 1
    o_v88_c33 occ_c33 1
    dy_v88_L8 dy_v88_L8_r0 1 dy_v88_L8_r1 1
    dy_v88_L8 heads_L8 1
    o_v89_c31 o_v89_c31_r0 1 occ_c31 1
    o_v89_c33 o_v89_c33_r0 1 occ_c33 1
    o_v90_c31 o_v90_c31_r0 1 occ_c31 1
    o_v90_c33 o_v90_c33_r0 1 occ_c33 1
    o_v91_c31 o_v91_c31_r0 1 o_v91_c31_r1 1
    o_v91_c31 occ_c31 1
    o_v91_c37 o_v91_c37_r0 1 o_v91_c37_r1 1
    o_v91_c37 occ_c37 1
    dy_v91_L9 dy_v91_L9_r0 1 dy_v91_L9_r1 1
    dy_v91_L9 heads_L9 1
    o_v92_c35 o_v92_c35_r0 1 occ_c35 1
    o_v92_c37 o_v92_c37_r0 1 occ_c37 1
    o_v93_c35 o_v93_c35_r0 1 occ_c35 1
    o_v93_c37 o_v93_c37_r0 1 occ_c37 1
    o_v94_c35 o_v94_c35_r0 1 o_v94_c35_r1 1
    o_v94_c35 occ_c35 1
    o_v94_c41 o_v94_c41_r0 1 o_v94_c41_r1 1
    o_v94_c41 occ_c41 1
    dy_v94_L10 dy_v94_L10_r0 1 dy_v94_L10_r1 1
    dy_v94_L10 heads_L10 1
    o_v95_c39 o_v95_c39_r0 1 occ_c39 1
    o_v95_c41 o_v95_c41_r0 1 occ_c41 1
    o_v96_c39 o_v96_c39_r0 1 occ_c39 1
    o_v96_c41 o_v96_c41_r0 1 occ_c41 1
    o_v98_c33 o_v98_c33_r0 1 occ_c33 1
    o_v99_c31 o_v99_c31_r0 1 occ_c31 1
    o_v99_c33 o_v99_c33_r0 1 occ_c33 1
    o_v100_c31 o_v100_c31_r0 1 occ_c31 1
    o_v100_c33 o_v100_c33_r0 1 occ_c33 1
    o_v101_c31 o_v101_c31_r0 1 o_v101_c31_r1 1
    o_v101_c31 occ_c31 1
    o_v101_c37 o_v101_c37_r0 1 o_v101_c37_r1 1
    o_v101_c37 occ_c37 1
    dy_v101_L9 dy_v101_L9_r0 1 dy_v101_L9_r1 1
    dy_v101_L9 heads_L9 1
    o_v102_c35 o_v102_c35_r0 1 occ_c35 1
    o_v102_c37 o_v102_c37_r0 1 occ_c37 1
    o_v103_c35 o_v103_c35_r0 1 occ_c35 1
    o_v103_c37 o_v103_c37_r0 1 occ_c37 1
    o_v104_c35 o_v104_c35_r0 1 o_v104_c35_r1 1
    o_v104_c35 occ_c35 1
    o_v104_c41 o_v104_c41_r0 1 o_v104_c41_r1 1
    o_v104_c41 occ_c41 1
    dy_v104_L10 dy_v104_L10_r0 1 dy_v104_L10_r1 1
    dy_v104_L10 heads_L10 1
    o_v105_c39 o_v105_c39_r0 1 occ_c39 1
    o_v105_c41 o_v105_c41_r0 1 occ_c41 1
    o_v106_c39 o_v106_c39_r0 1 occ_c39 1
    o_v106_c41 o_v106_c41_r0 1 occ_c41 1
    o_v107_c39 o_v107_c39_r0 1 o_v107_c39_r1 1
    o_v107_c39 occ_c39 1
    o_v107_c45 o_v107_c45_r0 1 o_v107_c45_r1 1
    o_v107_c45 occ_c45 1
    dy_v107_L11 dy_v107_L11_r0 1 dy_v107_L11_r1 1
    dy_v107_L11 heads_L11 1
    o_v108_c43 o_v108_c43_r0 1 occ_c43 1
    o_v108_c45 o_v108_c45_r0 1 occ_c45 1
    o_v109_c43 o_v109_c43_r0 1 occ_c43 1
    o_v109_c45 o_v109_c45_r0 1 occ_c45 1
    o_v111_c37 o_v111_c37_r0 1 occ_c37 1
    o_v112_c35 o_v112_c35_r0 1 occ_c35 1
    o_v112_c37 o_v112_c37_r0 1 occ_c37 1
    o_v113_c35 o_v113_c35_r0 1 occ_c35 1
    o_v113_c37 o_v113_c37_r0 1 occ_c37 1
    o_v114_c35 o_v114_c35_r0 1 o_v114_c35_r1 1
    o_v114_c35 occ_c35 1
    o_v114_c41 o_v114_c41_r0 1 o_v114_c41_r1 1
    o_v114_c41 occ_c41 1
    dy_v114_L10 dy_v114_L10_r0 1 dy_v114_L10_r1 1
    dy_v114_L10 heads_L10 1
    o_v115_c39 o_v115_c39_r0 1 occ_c39 1
    o_v115_c41 o_v115_c41_r0 1 occ_c41 1
    o_v116_c39 o_v116_c39_r0 1 occ_c39 1
    o_v116_c41 o_v116_c41_r0 1 occ_c41 1
    o_v117_c39 o_v117_c39_r0 1 o_v117_c39_r1 1
    o_v117_c39 occ_c39 1
    o_v117_c45 o_v117_c45_r0 1 o_v117_c45_r1 1
    o_v117_c45 occ_c45 1
    dy_v117_L11 dy_v117_L11_r0 1 dy_v117_L11_r1 1
    dy_v117_L11 heads_L11 1
    o_v118_c43 o_v118_c43_r0 1 occ_c43 1
    o_v118_c45 o_v118_c45_r0 1 occ_c45 1
    o_v119_c43 o_v119_c43_r0 1 occ_c43 1
    o_v119_c45 o_v119_c45_r0 1 occ_c45 1
    o_v120_c43 o_v120_c43_r0 1 o_v120_c43_r1 1
    o_v120_c43 occ_c43 1
    o_v120_c49 o_v120_c49_r0 1 o_v120_c49_r1 1
    o_v120_c49 occ_c49 1
    dy_v120_L12 dy_v120_L12_r0 1 dy_v120_L12_r1 1
    dy_v120_L12 heads_L12 1
    o_v121_c47 o_v121_c47_r0 1 occ_c47 1
    o_v121_c49 o_v121_c49_r0 1 occ_c49 1
    o_v122_c47 o_v122_c47_r0 1 occ_c47 1
    o_v122_c49 o_v122_c49_r0 1 occ_c49 1
    o_v124_c41 o_v124_c41_r0 1 occ_c41 1
    o_v125_c39 o_v125_c39_r0 1 occ_c39 1
    o_v125_c41 o_v125_c41_r0 1 occ_c41 1
    o_v126_c39 o_v126_c39_r0 1 occ_c39 1
    o_v126_c41 o_v126_c41_r0 1 occ_c41 1
    o_v127_c39 o_v127_c39_r0 1 o_v127_c39_r1 1
    o_v127_c39 occ_c39 1
    o_v127_c45 o_v127_c45_r0 1 o_v127_c45_r1 1
    o_v127_c45 occ_c45 1
    dy_v127_L11 dy_v127_L11_r0 1 dy_v127_L11_r1 1
    dy_v127_L11 heads_L11 1
    o_v128_c43 o_v128_c43_r0 1 occ_c43 1
    o_v128_c45 o_v128_c45_r0 1 occ_c45 1
    o_v129_c43 o_v129_c43_r0 1 occ_c43 1
    o_v129_c45 o_v129_c45_r0 1 occ_c45 1
    o_v130_c43 o_v130_c43_r0 1 o_v130_c43_r1 1
    o_v130_c43 occ_c43 1
    o_v130_c49 o_v130_c49_r0 1 o_v130_c49_r1 1
    o_v130_c49 occ_c49 1
    dy_v130_L12 dy_v130_L12_r0 1 dy_v130_L12_r1 1
    dy_v130_L12 heads_L12 1
    o_v131_c47 o_v131_c47_r0 1 occ_c47 1
    o_v131_c49 o_v131_c49_r0 1 occ_c49 1
    o_v132_c47 o_v132_c47_r0 1 occ_c47 1
    o_v132_c49 o_v132_c49_r0 1 occ_c49 1
    o_v133_c47 o_v133_c47_r0 1 o_v133_c47_r1 1
    o_v133_c47 occ_c47 1
    o_v133_c53 o_v133_c53_r0 1 o_v133_c53_r1 1
    o_v133_c53 occ_c53 1
    dy_v133_L13 dy_v133_L13_r0 1 dy_v133_L13_r1 1
    dy_v133_L13 heads_L13 1
    o_v134_c51 o_v134_c51_r0 1 occ_c51 1
    o_v134_c53 o_v134_c53_r0 1 occ_c53 1
    o_v135_c51 o_v135_c51_r0 1 occ_c51 1
    o_v135_c53 o_v135_c53_r0 1 occ_c53 1
    o_v137_c45 o_v137_c45_r0 1 occ_c45 1
    o_v138_c43 o_v138_c43_r0 1 occ_c43 1
    o_v138_c45 o_v138_c45_r0 1 occ_c45 1
    o_v139_c43 o_v139_c43_r0 1 occ_c43 1
    o_v139_c45 o_v139_c45_r0 1 occ_c45 1
    o_v140_c43 o_v140_c43_r0 1 o_v140_c43_r1 1
    o_v140_c43 occ_c43 1
    o_v140_c49 o_v140_c49_r0 1 o_v140_c49_r1 1
    o_v140_c49 occ_c49 1
    dy_v140_L12 dy_v140_L12_r0 1 dy_v140_L12_r1 1
    dy_v140_L12 heads_L12 1
    o_v141_c47 o_v141_c47_r0 1 occ_c47 1
    o_v141_c49 o_v141_c49_r0 1 occ_c49 1
    o_v142_c47 o_v142_c47_r0 1 occ_c47 1
    o_v142_c49 o_v142_c49_r0 1 occ_c49 1
    o_v143_c47 o_v143_c47_r0 1 o_v143_c47_r1 1
    o_v143_c47 occ_c47 1
    o_v143_c53 o_v143_c53_r0 1 o_v143_c53_r1 1
    o_v143_c53 occ_c53 1
    dy_v143_L13 dy_v143_L13_r0 1 dy_v143_L13_r1 1
    dy_v143_L13 heads_L13 1
    o_v144_c51 o_v144_c51_r0 1 occ_c51 1
    o_v144_c53 o_v144_c53_r0 1 occ_c53 1
    o_v145_c51 o_v145_c51_r0 1 occ_c51 1
    o_v145_c53 o_v145_c53_r0 1 occ_c53 1
    o_v146_c51 o_v146_c51_r0 1 o_v146_c51_r1 1
    o_v146_c51 occ_c51 1
    o_v146_c57 o_v146_c57_r0 1 o_v146_c57_r1 1
    o_v146_c57 occ_c57 1
    dy_v146_L14 dy_v146_L14_r0 1 dy_v146_L14_r1 1
    dy_v146_L14 heads_L14 1
    o_v147_c55 o_v147_c55_r0 1 occ_c55 1
    o_v147_c57 o_v147_c57_r0 1 occ_c57 1
    o_v148_c55 o_v148_c55_r0 1 occ_c55 1
    o_v148_c57 o_v148_c57_r0 1 occ_c57 1
    o_v150_c49 o_v150_c49_r0 1 occ_c49 1
    o_v151_c47 o_v151_c47_r0 1 occ_c47 1
    o_v151_c49 o_v151_c49_r0 1 occ_c49 1
    o_v152_c47 o_v152_c47_r0 1 occ_c47 1
    o_v152_c49 o_v152_c49_r0 1 occ_c49 1
    o_v153_c47 o_v153_c47_r0 1 o_v153_c47_r1 1
    o_v153_c47 occ_c47 1
    o_v153_c53 o_v153_c53_r0 1 o_v153_c53_r1 1
    o_v153_c53 occ_c53 1
    dy_v153_L13 dy_v153_L13_r0 1 dy_v153_L13_r1 1
    dy_v153_L13 heads_L13 1
    o_v154_c51 o_v154_c51_r0 1 occ_c51 1
    o_v154_c53 o_v154_c53_r0 1 occ_c53 1
    o_v155_c51 o_v155_c51_r0 1 occ_c51 1
    o_v155_c53 o_v155_c53_r0 1 occ_c53 1
    o_v156_c51 o_v156_c51_r0 1 o_v156_c51_r1 1
    o_v156_c51 occ_c51 1
    o_v156_c57 o_v156_c57_r0 1 o_v156_c57_r1 1
    o_v156_c57 occ_c57 1
    dy_v156_L14 dy_v156_L14_r0 1 dy_v156_L14_r1 1
    dy_v156_L14 heads_L14 1
    o_v157_c55 o_v157_c55_r0 1 occ_c55 1
    o_v157_c57 o_v157_c57_r0 1 occ_c57 1
    o_v158_c55 o_v158_c55_r0 1 occ_c55 1
    o_v158_c57 o_v158_c57_r0 1 occ_c57 1
    o_v159_c55 o_v159_c55_r0 1 o_v159_c55_r1 1
    o_v159_c55 occ_c55 1
    o_v159_c61 o_v159_c61_r0 1 o_v159_c61_r1 1
    o_v159_c61 occ_c61 1
    dy_v159_L15 dy_v159_L15_r0 1 dy_v159_L15_r1 1
    dy_v159_L15 heads_L15 1
    o_v160_c59 o_v160_c59_r0 1 occ_c59 1
    o_v160_c61 o_v160_c61_r0 1 occ_c61 1
    o_v161_c59 o_v161_c59_r0 1 occ_c59 1
    o_v161_c61 o_v161_c61_r0 1 occ_c61 1
    o_v163_c53 o_v163_c53_r0 1 occ_c53 1
    o_v164_c51 o_v164_c51_r0 1 occ_c51 1
    o_v164_c53 o_v164_c53_r0 1 occ_c53 1
    o_v165_c51 o_v165_c51_r0 1 occ_c51 1
    o_v165_c53 o_v165_c53_r0 1 occ_c53 1
    o_v166_c51 o_v166_c51_r0 1 o_v166_c51_r1 1
    o_v166_c51 occ_c51 1
    o_v166_c57 o_v166_c57_r0 1 o_v166_c57_r1 1
    o_v166_c57 occ_c57 1
    dy_v166_L14 dy_v166_L14_r0 1 dy_v166_L14_r1 1
    dy_v166_L14 heads_L14 1
    o_v167_c55 o_v167_c55_r0 1 occ_c55 1
    o_v167_c57 o_v167_c57_r0 1 occ_c57 1
    o_v168_c55 o_v168_c55_r0 1 occ_c55 1
    o_v168_c57 o_v168_c57_r0 1 occ_c57 1
    o_v169_c55 o_v169_c55_r0 1 o_v169_c55_r1 1
    o_v169_c55 occ_c55 1
    o_v169_c61 o_v169_c61_r0 1 o_v169_c61_r1 1
    o_v169_c61 occ_c61 1
    dy_v169_L15 dy_v169_L15_r0 1 dy_v169_L15_r1 1
    dy_v169_L15 heads_L15 1
    o_v170_c59 o_v170_c59_r0 1 occ_c59 1
    o_v170_c61 o_v170_c61_r0 1 occ_c61 1
    o_v171_c59 o_v171_c59_r0 1 occ_c59 1
    o_v171_c61 o_v171_c61_r0 1 occ_c61 1
    o_v172_c59 o_v172_c59_r0 1 o_v172_c59_r1 1
    o_v172_c59 occ_c59 1
    o_v172_c65 o_v172_c65_r0 1 o_v172_c65_r1 1
    o_v172_c65 occ_c65 1
    dy_v172_L16 dy_v172_L16_r0 1 dy_v172_L16_r1 1
    dy_v172_L16 heads_L16 1
    o_v173_c63 o_v173_c63_r0 1 occ_c63 1
    o_v173_c65 o_v173_c65_r0 1 occ_c65 1
    o_v174_c63 o_v174_c63_r0 1 occ_c63 1
    o_v174_c65 o_v174_c65_r0 1 occ_c65 1
    o_v176_c57 o_v176_c57_r0 1 occ_c57 1
    o_v177_c55 o_v177_c55_r0 1 occ_c55 1
    o_v177_c57 o_v177_c57_r0 1 occ_c57 1
    o_v178_c55 o_v178_c55_r0 1 occ_c55 1
    o_v178_c57 o_v178_c57_r0 1 occ_c57 1
    o_v179_c55 o_v179_c55_r0 1 o_v179_c55_r1 1
    o_v179_c55 occ_c55 1
    o_v179_c61 o_v179_c61_r0 1 o_v179_c61_r1 1
    o_v179_c61 occ_c61 1
    dy_v179_L15 dy_v179_L15_r0 1 dy_v179_L15_r1 1
    dy_v179_L15 heads_L15 1
    o_v180_c59 o_v180_c59_r0 1 occ_c59 1
    o_v180_c61 o_v180_c61_r0 1 occ_c61 1
    o_v181_c59 o_v181_c59_r0 1 occ_c59 1
    o_v181_c61 o_v181_c61_r0 1 occ_c61 1
    o_v182_c59 o_v182_c59_r0 1 o_v182_c59_r1 1
    o_v182_c59 occ_c59 1
    o_v182_c65 o_v182_c65_r0 1 o_v182_c65_r1 1
    o_v182_c65 occ_c65 1
    dy_v182_L16 dy_v182_L16_r0 1 dy_v182_L16_r1 1
    dy_v182_L16 heads_L16 1
    o_v183_c63 o_v183_c63_r0 1 occ_c63 1
    o_v183_c65 o_v183_c65_r0 1 occ_c65 1
    o_v184_c63 o_v184_c63_r0 1 occ_c63 1
    o_v184_c65 o_v184_c65_r0 1 occ_c65 1
    o_v185_c63 o_v185_c63_r0 1 o_v185_c63_r1 1
    o_v185_c63 occ_c63 1
    o_v185_c69 o_v185_c69_r0 1 o_v185_c69_r1 1
    o_v185_c69 occ_c69 1
    dy_v185_L17 dy_v185_L17_r0 1 dy_v185_L17_r1 1
    dy_v185_L17 heads_L17 1
    o_v186_c67 o_v186_c67_r0 1 occ_c67 1
    o_v186_c69 o_v186_c69_r0 1 occ_c69 1
    o_v187_c67 o_v187_c67_r0 1 occ_c67 1
    o_v187_c69 o_v187_c69_r0 1 occ_c69 1
    o_v189_c61 o_v189_c61_r0 1 occ_c61 1
    o_v190_c59 o_v190_c59_r0 1 occ_c59 1
    o_v190_c61 o_v190_c61_r0 1 occ_c61 1
    o_v191_c59 o_v191_c59_r0 1 occ_c59 1
    o_v191_c61 o_v191_c61_r0 1 occ_c61 1
    o_v193_c63 o_v193_c63_r0 1 occ_c63 1
    o_v193_c65 o_v193_c65_r0 1 occ_c65 1
    o_v194_c63 o_v194_c63_r0 1 occ_c63 1
    o_v194_c65 o_v194_c65_r0 1 occ_c65 1
    o_v196_c67 o_v196_c67_r0 1 occ_c67 1
    o_v196_c69 o_v196_c69_r0 1 occ_c69 1
    o_v197_c67 o_v197_c67_r0 1 occ_c67 1
    o_v197_c69 o_v197_c69_r0 1 occ_c69 1
    o_v199_c71 o_v199_c71_r0 1 occ_c71 1
    o_v199_c73 o_v199_c73_r0 1 occ_c73 1
    o_v200_c71 o_v200_c71_r0 1 occ_c71 1
    o_v200_c73 o_v200_c73_r0 1 occ_c73 1
    o_v202_c1 o_v202_c1_r0 1 o_v202_c1_r1 1
    o_v202_c1 o_v202_c1_r2 1 occ_c1 1
    o_v202_c3 o_v202_c3_r0 1 o_v202_c3_r1 1
    o_v202_c3 o_v202_c3_r2 1 occ_c3 1
    o_v202_c5 o_v202_c5_r0 1 o_v202_c5_r1 1
    o_v202_c5 o_v202_c5_r2 1 occ_c5 1
    o_v202_c7 o_v202_c7_r0 1 o_v202_c7_r1 1
    o_v202_c7 o_v202_c7_r2 1 occ_c7 1
    o_v202_c9 o_v202_c9_r0 1 o_v202_c9_r1 1
    o_v202_c9 o_v202_c9_r2 1 occ_c9 1
    o_v202_c11 o_v202_c11_r0 1 o_v202_c11_r1 1
    o_v202_c11 o_v202_c11_r2 1 occ_c11 1
    o_v202_c13 o_v202_c13_r0 1 o_v202_c13_r1 1
    o_v202_c13 o_v202_c13_r2 1 occ_c13 1
    o_v202_c15 o_v202_c15_r0 1 o_v202_c15_r1 1
    o_v202_c15 o_v202_c15_r2 1 occ_c15 1
    o_v202_c17 o_v202_c17_r0 1 o_v202_c17_r1 1
    o_v202_c17 o_v202_c17_r2 1 occ_c17 1
    o_v202_c19 o_v202_c19_r0 1 o_v202_c19_r1 1
    o_v202_c19 o_v202_c19_r2 1 occ_c19 1
    o_v202_c21 o_v202_c21_r0 1 o_v202_c21_r1 1
    o_v202_c21 o_v202_c21_r2 1 occ_c21 1
    o_v202_c23 o_v202_c23_r0 1 o_v202_c23_r1 1
    o_v202_c23 o_v202_c23_r2 1 occ_c23 1
    o_v202_c25 o_v202_c25_r0 1 o_v202_c25_r1 1
    o_v202_c25 o_v202_c25_r2 1 occ_c25 1
    o_v202_c27 o_v202_c27_r0 1 o_v202_c27_r1 1
    o_v202_c27 o_v202_c27_r2 1 occ_c27 1
    o_v202_c29 o_v202_c29_r0 1 o_v202_c29_r1 1
    o_v202_c29 o_v202_c29_r2 1 occ_c29 1
    o_v202_c31 o_v202_c31_r0 1 o_v202_c31_r1 1
    o_v202_c31 o_v202_c31_r2 1 occ_c31 1
    o_v202_c33 o_v202_c33_r0 1 o_v202_c33_r1 1
    o_v202_c33 o_v202_c33_r2 1 occ_c33 1
    o_v202_c35 o_v202_c35_r0 1 o_v202_c35_r1 1
    o_v202_c35 o_v202_c35_r2 1 occ_c35 1
    o_v202_c37 o_v202_c37_r0 1 o_v202_c37_r1 1
    o_v202_c37 o_v202_c37_r2 1 occ_c37 1
    o_v202_c39 o_v202_c39_r0 1 o_v202_c39_r1 1
    o_v202_c39 o_v202_c39_r2 1 occ_c39 1
    o_v202_c41 o_v202_c41_r0 1 o_v202_c41_r1 1
    o_v202_c41 o_v202_c41_r2 1 occ_c41 1
    o_v202_c43 o_v202_c43_r0 1 o_v202_c43_r1 1
    o_v202_c43 o_v202_c43_r2 1 occ_c43 1
    o_v202_c45 o_v202_c45_r0 1 o_v202_c45_r1 1
    o_v202_c45 o_v202_c45_r2 1 occ_c45 1
    o_v202_c47 o_v202_c47_r0 1 o_v202_c47_r1 1
    o_v202_c47 o_v202_c47_r2 1 occ_c47 1
    o_v202_c49 o_v202_c49_r0 1 o_v202_c49_r1 1
    o_v202_c49 o_v202_c49_r2 1 occ_c49 1
    o_v202_c51 o_v202_c51_r0 1 o_v202_c51_r1 1
    o_v202_c51 o_v202_c51_r2 1 occ_c51 1
    o_v202_c53 o_v202_c53_r0 1 o_v202_c53_r1 1
    o_v202_c53 o_v202_c53_r2 1 occ_c53 1
    o_v202_c55 o_v202_c55_r0 1 o_v202_c55_r1 1
    o_v202_c55 o_v202_c55_r2 1 occ_c55 1
    o_v202_c57 o_v202_c57_r0 1 o_v202_c57_r1 1
    o_v202_c57 o_v202_c57_r2 1 occ_c57 1
    o_v202_c59 o_v202_c59_r0 1 o_v202_c59_r1 1
    o_v202_c59 o_v202_c59_r2 1 occ_c59 1
    o_v202_c61 o_v202_c61_r0 1 o_v202_c61_r1 1
    o_v202_c61 o_v202_c61_r2 1 occ_c61 1
    o_v202_c63 o_v202_c63_r0 1 o_v202_c63_r1 1
    o_v202_c63 o_v202_c63_r2 1 occ_c63 1
    o_v202_c65 o_v202_c65_r0 1 o_v202_c65_r1 1
    o_v202_c65 o_v202_c65_r2 1 occ_c65 1
    o_v202_c67 o_v202_c67_r0 1 o_v202_c67_r1 1
    o_v202_c67 o_v202_c67_r2 1 occ_c67 1
    o_v202_c69 o_v202_c69_r0 1 o_v202_c69_r1 1
    o_v202_c69 o_v202_c69_r2 1 occ_c69 1
    o_v202_c71 o_v202_c71_r0 1 o_v202_c71_r1 1
    o_v202_c71 o_v202_c71_r2 1 occ_c71 1
    o_v202_c73 o_v202_c73_r0 1 o_v202_c73_r1 1
    o_v202_c73 o_v202_c73_r2 1 occ_c73 1
    o_v202_c75 o_v202_c75_r0 1 o_v202_c75_r1 1
    o_v202_c75 o_v202_c75_r2 1 occ_c75 1
    o_v203_c1 o_v203_c1_r0 1 o_v203_c1_r1 1
    o_v203_c1 o_v203_c1_r2 1 occ_c1 1
    o_v203_c3 o_v203_c3_r0 1 o_v203_c3_r1 1
    o_v203_c3 o_v203_c3_r2 1 occ_c3 1
    o_v203_c5 o_v203_c5_r0 1 o_v203_c5_r1 1
    o_v203_c5 o_v203_c5_r2 1 occ_c5 1
    o_v203_c7 o_v203_c7_r0 1 o_v203_c7_r1 1
    o_v203_c7 o_v203_c7_r2 1 occ_c7 1
    o_v203_c9 o_v203_c9_r0 1 o_v203_c9_r1 1
    o_v203_c9 o_v203_c9_r2 1 occ_c9 1
    o_v203_c11 o_v203_c11_r0 1 o_v203_c11_r1 1
    o_v203_c11 o_v203_c11_r2 1 occ_c11 1
    o_v203_c13 o_v203_c13_r0 1 o_v203_c13_r1 1
    o_v203_c13 o_v203_c13_r2 1 occ_c13 1
    o_v203_c15 o_v203_c15_r0 1 o_v203_c15_r1 1
    o_v203_c15 o_v203_c15_r2 1 occ_c15 1
    o_v203_c17 o_v203_c17_r0 1 o_v203_c17_r1 1
    o_v203_c17 o_v203_c17_r2 1 occ_c17 1
    o_v203_c19 o_v203_c19_r0 1 o_v203_c19_r1 1
    o_v203_c19 o_v203_c19_r2 1 occ_c19 1
    o_v203_c21 o_v203_c21_r0 1 o_v203_c21_r1 1
    o_v203_c21 o_v203_c21_r2 1 occ_c21 1
    o_v203_c23 o_v203_c23_r0 1 o_v203_c23_r1 1
    o_v203_c23 o_v203_c23_r2 1 occ_c23 1
    o_v203_c25 o_v203_c25_r0 1 o_v203_c25_r1 1
    o_v203_c25 o_v203_c25_r2 1 occ_c25 1
    o_v203_c27 o_v203_c27_r0 1 o_v203_c27_r1 1
    o_v203_c27 o_v203_c27_r2 1 occ_c27 1
    o_v203_c29 o_v203_c29_r0 1 o_v203_c29_r1 1
    o_v203_c29 o_v203_c29_r2 1 occ_c29 1
    o_v203_c31 o_v203_c31_r0 1 o_v203_c31_r1 1
    o_v203_c31 o_v203_c31_r2 1 occ_c31 1
    o_v203_c33 o_v203_c33_r0 1 o_v203_c33_r1 1
    o_v203_c33 o_v203_c33_r2 1 occ_c33 1
    o_v203_c35 o_v203_c35_r0 1 o_v203_c35_r1 1
    o_v203_c35 o_v203_c35_r2 1 occ_c35 1
    o_v203_c37 o_v203_c37_r0 1 o_v203_c37_r1 1
    o_v203_c37 o_v203_c37_r2 1 occ_c37 1
    o_v203_c39 o_v203_c39_r0 1 o_v203_c39_r1 1
    o_v203_c39 o_v203_c39_r2 1 occ_c39 1
    o_v203_c41 o_v203_c41_r0 1 o_v203_c41_r1 1
    o_v203_c41 o_v203_c41_r2 1 occ_c41 1
    o_v203_c43 o_v203_c43_r0 1 o_v203_c43_r1 1
    o_v203_c43 o_v203_c43_r2 1 occ_c43 1
    o_v203_c45 o_v203_c45_r0 1 o_v203_c45_r1 1
    o_v203_c45 o_v203_c45_r2 1 occ_c45 1
    o_v203_c47 o_v203_c47_r0 1 o_v203_c47_r1 1
    o_v203_c47 o_v203_c47_r2 1 occ_c47 1
    o_v203_c49 o_v203_c49_r0 1 o_v203_c49_r1 1
    o_v203_c49 o_v203_c49_r2 1 occ_c49 1
    o_v203_c51 o_v203_c51_r0 1 o_v203_c51_r1 1
    o_v203_c51 o_v203_c51_r2 1 occ_c51 1
    o_v203_c53 o_v203_c53_r0 1 o_v203_c53_r1 1
    o_v203_c53 o_v203_c53_r2 1 occ_c53 1
    o_v203_c55 o_v203_c55_r0 1 o_v203_c55_r1 1
    o_v203_c55 o_v203_c55_r2 1 occ_c55 1
    o_v203_c57 o_v203_c57_r0 1 o_v203_c57_r1 1
    o_v203_c57 o_v203_c57_r2 1 occ_c57 1
    o_v203_c59 o_v203_c59_r0 1 o_v203_c59_r1 1
    o_v203_c59 o_v203_c59_r2 1 occ_c59 1
    o_v203_c61 o_v203_c61_r0 1 o_v203_c61_r1 1
    o_v203_c61 o_v203_c61_r2 1 occ_c61 1
    o_v203_c63 o_v203_c63_r0 1 o_v203_c63_r1 1
    o_v203_c63 o_v203_c63_r2 1 occ_c63 1
    o_v203_c65 o_v203_c65_r0 1 o_v203_c65_r1 1
    o_v203_c65 o_v203_c65_r2 1 occ_c65 1
    o_v203_c67 o_v203_c67_r0 1 o_v203_c67_r1 1
    o_v203_c67 o_v203_c67_r2 1 occ_c67 1
    o_v203_c69 o_v203_c69_r0 1 o_v203_c69_r1 1
    o_v203_c69 o_v203_c69_r2 1 occ_c69 1
    o_v203_c71 o_v203_c71_r0 1 o_v203_c71_r1 1
    o_v203_c71 o_v203_c71_r2 1 occ_c71 1
    o_v203_c73 o_v203_c73_r0 1 o_v203_c73_r1 1
    o_v203_c73 o_v203_c73_r2 1 occ_c73 1
    o_v203_c75 o_v203_c75_r0 1 o_v203_c75_r1 1
    o_v203_c75 o_v203_c75_r2 1 occ_c75 1
    o_v204_c1 o_v204_c1_r0 1 o_v204_c1_r1 1
    o_v204_c1 o_v204_c1_r2 1 occ_c1 1
    o_v204_c3 o_v204_c3_r0 1 o_v204_c3_r1 1
    o_v204_c3 o_v204_c3_r2 1 occ_c3 1
    o_v204_c5 o_v204_c5_r0 1 o_v204_c5_r1 1
    o_v204_c5 o_v204_c5_r2 1 occ_c5 1
    o_v204_c7 o_v204_c7_r0 1 o_v204_c7_r1 1
    o_v204_c7 o_v204_c7_r2 1 occ_c7 1
    o_v204_c9 o_v204_c9_r0 1 o_v204_c9_r1 1
    o_v204_c9 o_v204_c9_r2 1 occ_c9 1
    o_v204_c11 o_v204_c11_r0 1 o_v204_c11_r1 1
    o_v204_c11 o_v204_c11_r2 1 occ_c11 1
    o_v204_c13 o_v204_c13_r0 1 o_v204_c13_r1 1
    o_v204_c13 o_v204_c13_r2 1 occ_c13 1
    o_v204_c15 o_v204_c15_r0 1 o_v204_c15_r1 1
    o_v204_c15 o_v204_c15_r2 1 occ_c15 1
    o_v204_c17 o_v204_c17_r0 1 o_v204_c17_r1 1
    o_v204_c17 o_v204_c17_r2 1 occ_c17 1
    o_v204_c19 o_v204_c19_r0 1 o_v204_c19_r1 1
    o_v204_c19 o_v204_c19_r2 1 occ_c19 1
    o_v204_c21 o_v204_c21_r0 1 o_v204_c21_r1 1
    o_v204_c21 o_v204_c21_r2 1 occ_c21 1
    o_v204_c23 o_v204_c23_r0 1 o_v204_c23_r1 1
    o_v204_c23 o_v204_c23_r2 1 occ_c23 1
    o_v204_c25 o_v204_c25_r0 1 o_v204_c25_r1 1
    o_v204_c25 o_v204_c25_r2 1 occ_c25 1
    o_v204_c27 o_v204_c27_r0 1 o_v204_c27_r1 1
    o_v204_c27 o_v204_c27_r2 1 occ_c27 1
    o_v204_c29 o_v204_c29_r0 1 o_v204_c29_r1 1
    o_v204_c29 o_v204_c29_r2 1 occ_c29 1
    o_v204_c31 o_v204_c31_r0 1 o_v204_c31_r1 1
    o_v204_c31 o_v204_c31_r2 1 occ_c31 1
    o_v204_c33 o_v204_c33_r0 1 o_v204_c33_r1 1
    o_v204_c33 o_v204_c33_r2 1 occ_c33 1
    o_v204_c35 o_v204_c35_r0 1 o_v204_c35_r1 1
    o_v204_c35 o_v204_c35_r2 1 occ_c35 1
    o_v204_c37 o_v204_c37_r0 1 o_v204_c37_r1 1
    o_v204_c37 o_v204_c37_r2 1 occ_c37 1
    o_v204_c39 o_v204_c39_r0 1 o_v204_c39_r1 1
    o_v204_c39 o_v204_c39_r2 1 occ_c39 1
    o_v204_c41 o_v204_c41_r0 1 o_v204_c41_r1 1
    o_v204_c41 o_v204_c41_r2 1 occ_c41 1
    o_v204_c43 o_v204_c43_r0 1 o_v204_c43_r1 1
    o_v204_c43 o_v204_c43_r2 1 occ_c43 1
    o_v204_c45 o_v204_c45_r0 1 o_v204_c45_r1 1
    o_v204_c45 o_v204_c45_r2 1 occ_c45 1
    o_v204_c47 o_v204_c47_r0 1 o_v204_c47_r1 1
    o_v204_c47 o_v204_c47_r2 1 occ_c47 1
    o_v204_c49 o_v204_c49_r0 1 o_v204_c49_r1 1
    o_v204_c49 o_v204_c49_r2 1 occ_c49 1
    o_v204_c51 o_v204_c51_r0 1 o_v204_c51_r1 1
    o_v204_c51 o_v204_c51_r2 1 occ_c51 1
    o_v204_c53 o_v204_c53_r0 1 o_v204_c53_r1 1
    o_v204_c53 o_v204_c53_r2 1 occ_c53 1
    o_v204_c55 o_v204_c55_r0 1 o_v204_c55_r1 1
    o_v204_c55 o_v204_c55_r2 1 occ_c55 1
    o_v204_c57 o_v204_c57_r0 1 o_v204_c57_r1 1
    o_v204_c57 o_v204_c57_r2 1 occ_c57 1
    o_v204_c59 o_v204_c59_r0 1 o_v204_c59_r1 1
    o_v204_c59 o_v204_c59_r2 1 occ_c59 1
    o_v204_c61 o_v204_c61_r0 1 o_v204_c61_r1 1
    o_v204_c61 o_v204_c61_r2 1 occ_c61 1
    o_v204_c63 o_v204_c63_r0 1 o_v204_c63_r1 1
    o_v204_c63 o_v204_c63_r2 1 occ_c63 1
    o_v204_c65 o_v204_c65_r0 1 o_v204_c65_r1 1
    o_v204_c65 o_v204_c65_r2 1 occ_c65 1
    o_v204_c67 o_v204_c67_r0 1 o_v204_c67_r1 1
    o_v204_c67 o_v204_c67_r2 1 occ_c67 1
    o_v204_c69 o_v204_c69_r0 1 o_v204_c69_r1 1
    o_v204_c69 o_v204_c69_r2 1 occ_c69 1
    o_v204_c71 o_v204_c71_r0 1 o_v204_c71_r1 1
    o_v204_c71 o_v204_c71_r2 1 occ_c71 1
    o_v204_c73 o_v204_c73_r0 1 o_v204_c73_r1 1
    o_v204_c73 o_v204_c73_r2 1 occ_c73 1
    o_v204_c75 o_v204_c75_r0 1 o_v204_c75_r1 1
    o_v204_c75 o_v204_c75_r2 1 occ_c75 1
    o_v205_c1 o_v205_c1_r0 1 o_v205_c1_r1 1
    o_v205_c1 o_v205_c1_r2 1 occ_c1 1
    o_v205_c3 o_v205_c3_r0 1 o_v205_c3_r1 1
    o_v205_c3 o_v205_c3_r2 1 occ_c3 1
    o_v205_c5 o_v205_c5_r0 1 o_v205_c5_r1 1
    o_v205_c5 o_v205_c5_r2 1 occ_c5 1
    o_v205_c7 o_v205_c7_r0 1 o_v205_c7_r1 1
    o_v205_c7 o_v205_c7_r2 1 occ_c7 1
    o_v205_c9 o_v205_c9_r0 1 o_v205_c9_r1 1
    o_v205_c9 o_v205_c9_r2 1 occ_c9 1
    o_v205_c11 o_v205_c11_r0 1 o_v205_c11_r1 1
    o_v205_c11 o_v205_c11_r2 1 occ_c11 1
    o_v205_c13 o_v205_c13_r0 1 o_v205_c13_r1 1
    o_v205_c13 o_v205_c13_r2 1 occ_c13 1
    o_v205_c15 o_v205_c15_r0 1 o_v205_c15_r1 1
    o_v205_c15 o_v205_c15_r2 1 occ_c15 1
    o_v205_c17 o_v205_c17_r0 1 o_v205_c17_r1 1
    o_v205_c17 o_v205_c17_r2 1 occ_c17 1
    o_v205_c19 o_v205_c19_r0 1 o_v205_c19_r1 1
    o_v205_c19 o_v205_c19_r2 1 occ_c19 1
    o_v205_c21 o_v205_c21_r0 1 o_v205_c21_r1 1
    o_v205_c21 o_v205_c21_r2 1 occ_c21 1
    o_v205_c23 o_v205_c23_r0 1 o_v205_c23_r1 1
    o_v205_c23 o_v205_c23_r2 1 occ_c23 1
    o_v205_c25 o_v205_c25_r0 1 o_v205_c25_r1 1
    o_v205_c25 o_v205_c25_r2 1 occ_c25 1
    o_v205_c27 o_v205_c27_r0 1 o_v205_c27_r1 1
    o_v205_c27 o_v205_c27_r2 1 occ_c27 1
    o_v205_c29 o_v205_c29_r0 1 o_v205_c29_r1 1
    o_v205_c29 o_v205_c29_r2 1 occ_c29 1
    o_v205_c31 o_v205_c31_r0 1 o_v205_c31_r1 1
    o_v205_c31 o_v205_c31_r2 1 occ_c31 1
    o_v205_c33 o_v205_c33_r0 1 o_v205_c33_r1 1
    o_v205_c33 o_v205_c33_r2 1 occ_c33 1
    o_v205_c35 o_v205_c35_r0 1 o_v205_c35_r1 1
    o_v205_c35 o_v205_c35_r2 1 occ_c35 1
    o_v205_c37 o_v205_c37_r0 1 o_v205_c37_r1 1
    o_v205_c37 o_v205_c37_r2 1 occ_c37 1
    o_v205_c39 o_v205_c39_r0 1 o_v205_c39_r1 1
    o_v205_c39 o_v205_c39_r2 1 occ_c39 1
    o_v205_c41 o_v205_c41_r0 1 o_v205_c41_r1 1
    o_v205_c41 o_v205_c41_r2 1 occ_c41 1
    o_v205_c43 o_v205_c43_r0 1 o_v205_c43_r1 1
    o_v205_c43 o_v205_c43_r2 1 occ_c43 1
    o_v205_c45 o_v205_c45_r0 1 o_v205_c45_r1 1
    o_v205_c45 o_v205_c45_r2 1 occ_c45 1
    o_v205_c47 o_v205_c47_r0 1 o_v205_c47_r1 1
    o_v205_c47 o_v205_c47_r2 1 occ_c47 1
    o_v205_c49 o_v205_c49_r0 1 o_v205_c49_r1 1
    o_v205_c49 o_v205_c49_r2 1 occ_c49 1
    o_v205_c51 o_v205_c51_r0 1 o_v205_c51_r1 1
    o_v205_c51 o_v205_c51_r2 1 occ_c51 1
    o_v205_c53 o_v205_c53_r0 1 o_v205_c53_r1 1
    o_v205_c53 o_v205_c53_r2 1 occ_c53 1
    o_v205_c55 o_v205_c55_r0 1 o_v205_c55_r1 1
    o_v205_c55 o_v205_c55_r2 1 occ_c55 1
    o_v205_c57 o_v205_c57_r0 1 o_v205_c57_r1 1
    o_v205_c57 o_v205_c57_r2 1 occ_c57 1
    o_v205_c59 o_v205_c59_r0 1 o_v205_c59_r1 1
    o_v205_c59 o_v205_c59_r2 1 occ_c59 1
    o_v205_c61 o_v205_c61_r0 1 o_v205_c61_r1 1
    o_v205_c61 o_v205_c61_r2 1 occ_c61 1
    o_v205_c63 o_v205_c63_r0 1 o_v205_c63_r1 1
    o_v205_c63 o_v205_c63_r2 1 occ_c63 1
    o_v205_c65 o_v205_c65_r0 1 o_v205_c65_r1 1
    o_v205_c65 o_v205_c65_r2 1 occ_c65 1
    o_v205_c67 o_v205_c67_r0 1 o_v205_c67_r1 1
    o_v205_c67 o_v205_c67_r2 1 occ_c67 1
    o_v205_c69 o_v205_c69_r0 1 o_v205_c69_r1 1
    o_v205_c69 o_v205_c69_r2 1 occ_c69 1
    o_v205_c71 o_v205_c71_r0 1 o_v205_c71_r1 1
    o_v205_c71 o_v205_c71_r2 1 occ_c71 1
    o_v206_c63 o_v206_c63_r0 1 occ_c63 1
    o_v206_c65 o_v206_c65_r0 1 o_v206_c65_r1 1
    o_v206_c65 occ_c65 1
    o_v206_c67 o_v206_c67_r0 1 o_v206_c67_r1 1
    o_v206_c67 occ_c67 1
    o_v206_c69 o_v206_c69_r0 1 o_v206_c69_r1 1
    o_v206_c69 occ_c69 1
    o_v206_c71 o_v206_c71_r0 1 o_v206_c71_r1 1
    o_v206_c71 occ_c71 1
    o_v206_c73 o_v206_c73_r0 1 o_v206_c73_r1 1
    o_v206_c73 occ_c73 1
    o_v206_c75 o_v206_c75_r0 1 o_v206_c75_r1 1
    o_v206_c75 occ_c75 1
    o_v206_c77 o_v206_c77_r0 1 occ_c77 1
    o_v207_c63 o_v207_c63_r0 1 occ_c63 1
    o_v207_c65 o_v207_c65_r0 1 o_v207_c65_r1 1
    o_v207_c65 occ_c65 1
    o_v207_c67 o_v207_c67_r0 1 o_v207_c67_r1 1
    o_v207_c67 occ_c67 1
    o_v207_c69 o_v207_c69_r0 1 o_v207_c69_r1 1
    o_v207_c69 occ_c69 1
    o_v207_c71 o_v207_c71_r0 1 o_v207_c71_r1 1
    o_v207_c71 occ_c71 1
    o_v207_c73 o_v207_c73_r0 1 o_v207_c73_r1 1
    o_v207_c73 occ_c73 1
    o_v207_c75 o_v207_c75_r0 1 o_v207_c75_r1 1
    o_v207_c75 occ_c75 1
    o_v207_c77 o_v207_c77_r0 1 occ_c77 1
    o_v208_c63 o_v208_c63_r0 1 occ_c63 1
    o_v208_c65 o_v208_c65_r0 1 o_v208_c65_r1 1
    o_v208_c65 occ_c65 1
    o_v208_c67 o_v208_c67_r0 1 o_v208_c67_r1 1
    o_v208_c67 occ_c67 1
    o_v208_c69 o_v208_c69_r0 1 o_v208_c69_r1 1
    o_v208_c69 occ_c69 1
    o_v208_c71 o_v208_c71_r0 1 o_v208_c71_r1 1
    o_v208_c71 occ_c71 1
    o_v208_c73 o_v208_c73_r0 1 o_v208_c73_r1 1
    o_v208_c73 occ_c73 1
    o_v208_c75 o_v208_c75_r0 1 o_v208_c75_r1 1
    o_v208_c75 occ_c75 1
    o_v208_c77 o_v208_c77_r0 1 occ_c77 1
    o_v209_c63 o_v209_c63_r0 1 o_v209_c63_r1 1
    o_v209_c63 occ_c63 1
    o_v209_c65 o_v209_c65_r0 1 o_v209_c65_r1 1
    o_v209_c65 occ_c65 1
    o_v209_c67 o_v209_c67_r0 1 o_v209_c67_r1 1
    o_v209_c67 occ_c67 1
    o_v209_c69 o_v209_c69_r0 1 o_v209_c69_r1 1
    o_v209_c69 occ_c69 1
    o_v209_c71 o_v209_c71_r0 1 o_v209_c71_r1 1
    o_v209_c71 occ_c71 1
    o_v209_c73 o_v209_c73_r0 1 o_v209_c73_r1 1
    o_v209_c73 occ_c73 1
    o_v209_c75 o_v209_c75_r0 1 o_v209_c75_r1 1
    o_v209_c75 occ_c75 1
    o_v210_c67 o_v210_c67_r0 1 occ_c67 1
    o_v210_c69 o_v210_c69_r0 1 o_v210_c69_r1 1
    o_v210_c69 occ_c69 1
    o_v210_c71 o_v210_c71_r0 1 o_v210_c71_r1 1
    o_v210_c71 occ_c71 1
    o_v210_c73 o_v210_c73_r0 1 o_v210_c73_r1 1
    o_v210_c73 occ_c73 1
    o_v210_c75 o_v210_c75_r0 1 o_v210_c75_r1 1
    o_v210_c75 occ_c75 1
    o_v210_c77 o_v210_c77_r0 1 occ_c77 1
    o_v211_c67 o_v211_c67_r0 1 occ_c67 1
    o_v211_c69 o_v211_c69_r0 1 o_v211_c69_r1 1
    o_v211_c69 occ_c69 1
    o_v211_c71 o_v211_c71_r0 1 o_v211_c71_r1 1
    o_v211_c71 occ_c71 1
    o_v211_c73 o_v211_c73_r0 1 o_v211_c73_r1 1
    o_v211_c73 occ_c73 1
    o_v211_c75 o_v211_c75_r0 1 o_v211_c75_r1 1
    o_v211_c75 occ_c75 1
    o_v211_c77 o_v211_c77_r0 1 occ_c77 1
    o_v212_c67 o_v212_c67_r0 1 occ_c67 1
    o_v212_c69 o_v212_c69_r0 1 o_v212_c69_r1 1
    o_v212_c69 occ_c69 1
    o_v212_c71 o_v212_c71_r0 1 o_v212_c71_r1 1
    o_v212_c71 occ_c71 1
    o_v212_c73 o_v212_c73_r0 1 o_v212_c73_r1 1
    o_v212_c73 occ_c73 1
    o_v212_c75 o_v212_c75_r0 1 o_v212_c75_r1 1
    o_v212_c75 occ_c75 1
    o_v212_c77 o_v212_c77_r0 1 occ_c77 1
    o_v213_c67 o_v213_c67_r0 1 o_v213_c67_r1 1
    o_v213_c67 occ_c67 1
    o_v213_c69 o_v213_c69_r0 1 o_v213_c69_r1 1
    o_v213_c69 occ_c69 1
    o_v213_c71 o_v213_c71_r0 1 o_v213_c71_r1 1
    o_v213_c71 occ_c71 1
    o_v213_c73 o_v213_c73_r0 1 o_v213_c73_r1 1
    o_v213_c73 occ_c73 1
    o_v213_c75 o_v213_c75_r0 1 o_v213_c75_r1 1
    o_v213_c75 occ_c75 1
    o_v214_c71 o_v214_c71_r0 1 occ_c71 1
    o_v214_c73 o_v214_c73_r0 1 o_v214_c73_r1 1
    o_v214_c73 occ_c73 1
    o_v214_c75 o_v214_c75_r0 1 o_v214_c75_r1 1
    o_v214_c75 occ_c75 1
    o_v214_c77 o_v214_c77_r0 1 occ_c77 1
    o_v215_c71 o_v215_c71_r0 1 occ_c71 1
    o_v215_c73 o_v215_c73_r0 1 o_v215_c73_r1 1
    o_v215_c73 occ_c73 1
    o_v215_c75 o_v215_c75_r0 1 o_v215_c75_r1 1
    o_v215_c75 occ_c75 1
    o_v215_c77 o_v215_c77_r0 1 occ_c77 1
    o_v216_c71 o_v216_c71_r0 1 occ_c71 1
    o_v216_c73 o_v216_c73_r0 1 o_v216_c73_r1 1
    o_v216_c73 occ_c73 1
    o_v216_c75 o_v216_c75_r0 1 o_v216_c75_r1 1
    o_v216_c75 occ_c75 1
    o_v216_c77 o_v216_c77_r0 1 occ_c77 1
    o_v217_c71 o_v217_c71_r0 1 o_v217_c71_r1 1
    o_v217_c71 occ_c71 1
    o_v217_c73 o_v217_c73_r0 1 o_v217_c73_r1 1
    o_v217_c73 occ_c73 1
    o_v217_c75 o_v217_c75_r0 1 o_v217_c75_r1 1
    o_v217_c75 occ_c75 1
    o_v218_c75 o_v218_c75_r0 1 occ_c75 1
    o_v218_c77 o_v218_c77_r0 1 occ_c77 1
    o_v219_c75 o_v219_c75_r0 1 occ_c75 1
    o_v219_c77 o_v219_c77_r0 1 occ_c77 1
    o_v220_c75 o_v220_c75_r0 1 occ_c75 1
    o_v220_c77 o_v220_c77_r0 1 occ_c77 1
    o_v221_c75 o_v221_c75_r0 1 o_v221_c75_r1 1
    o_v221_c75 occ_c75 1
    pt_v10_L2 pt_v10_L2_r0 1 pt_v10_L2_r1 1
    pt_v10_L2 heads_L2 1
    pt_v13_L3 pt_v13_L3_r0 1 pt_v13_L3_r1 1
    pt_v13_L3 heads_L3 1
    pt_v16_L4 pt_v16_L4_r0 1 pt_v16_L4_r1 1
    pt_v16_L4 heads_L4 1
    pt_v23_L3 pt_v23_L3_r0 1 pt_v23_L3_r1 1
    pt_v23_L3 heads_L3 1
    pt_v26_L4 pt_v26_L4_r0 1 pt_v26_L4_r1 1
    pt_v26_L4 heads_L4 1
    pt_v29_L5 pt_v29_L5_r0 1 pt_v29_L5_r1 1
    pt_v29_L5 heads_L5 1
    pt_v36_L4 pt_v36_L4_r0 1 pt_v36_L4_r1 1
    pt_v36_L4 heads_L4 1
    pt_v39_L5 pt_v39_L5_r0 1 pt_v39_L5_r1 1
    pt_v39_L5 heads_L5 1
    pt_v42_L6 pt_v42_L6_r0 1 pt_v42_L6_r1 1
    pt_v42_L6 heads_L6 1
    pt_v49_L5 pt_v49_L5_r0 1 pt_v49_L5_r1 1
    pt_v49_L5 heads_L5 1
    pt_v52_L6 pt_v52_L6_r0 1 pt_v52_L6_r1 1
    pt_v52_L6 heads_L6 1
    pt_v55_L7 pt_v55_L7_r0 1 pt_v55_L7_r1 1
    pt_v55_L7 heads_L7 1
    pt_v62_L6 pt_v62_L6_r0 1 pt_v62_L6_r1 1
    pt_v62_L6 heads_L6 1
    pt_v65_L7 pt_v65_L7_r0 1 pt_v65_L7_r1 1
    pt_v65_L7 heads_L7 1
    pt_v68_L8 pt_v68_L8_r0 1 pt_v68_L8_r1 1
    pt_v68_L8 heads_L8 1
    pt_v75_L7 pt_v75_L7_r0 1 pt_v75_L7_r1 1
    pt_v75_L7 heads_L7 1
    pt_v78_L8 pt_v78_L8_r0 1 pt_v78_L8_r1 1
    pt_v78_L8 heads_L8 1
    pt_v81_L9 pt_v81_L9_r0 1 pt_v81_L9_r1 1
    pt_v81_L9 heads_L9 1
    pt_v88_L8 pt_v88_L8_r0 1 pt_v88_L8_r1 1
    pt_v88_L8 heads_L8 1
    pt_v91_L9 pt_v91_L9_r0 1 pt_v91_L9_r1 1
    pt_v91_L9 heads_L9 1
    pt_v94_L10 pt_v94_L10_r0 1 pt_v94_L10_r1 1
    pt_v94_L10 heads_L10 1
    pt_v101_L9 pt_v101_L9_r0 1 pt_v101_L9_r1 1
    pt_v101_L9 heads_L9 1
    pt_v104_L10 pt_v104_L10_r0 1 pt_v104_L10_r1 1
    pt_v104_L10 heads_L10 1
    pt_v107_L11 pt_v107_L11_r0 1 pt_v107_L11_r1 1
    pt_v107_L11 heads_L11 1
    pt_v114_L10 pt_v114_L10_r0 1 pt_v114_L10_r1 1
    pt_v114_L10 heads_L10 1
    pt_v117_L11 pt_v117_L11_r0 1 pt_v117_L11_r1 1
    pt_v117_L11 heads_L11 1
    pt_v120_L12 pt_v120_L12_r0 1 pt_v120_L12_r1 1
    pt_v120_L12 heads_L12 1
    pt_v127_L11 pt_v127_L11_r0 1 pt_v127_L11_r1 1
    pt_v127_L11 heads_L11 1
    pt_v130_L12 pt_v130_L12_r0 1 pt_v130_L12_r1 1
    pt_v130_L12 heads_L12 1
    pt_v133_L13 pt_v133_L13_r0 1 pt_v133_L13_r1 1
    pt_v133_L13 heads_L13 1
    pt_v140_L12 pt_v140_L12_r0 1 pt_v140_L12_r1 1
    pt_v140_L12 heads_L12 1
    pt_v143_L13 pt_v143_L13_r0 1 pt_v143_L13_r1 1
    pt_v143_L13 heads_L13 1
    pt_v146_L14 pt_v146_L14_r0 1 pt_v146_L14_r1 1
    pt_v146_L14 heads_L14 1
    pt_v153_L13 pt_v153_L13_r0 1 pt_v153_L13_r1 1
    pt_v153_L13 heads_L13 1
    pt_v156_L14 pt_v156_L14_r0 1 pt_v156_L14_r1 1
    pt_v156_L14 heads_L14 1
    pt_v159_L15 pt_v159_L15_r0 1 pt_v159_L15_r1 1
    pt_v159_L15 heads_L15 1
    pt_v166_L14 pt_v166_L14_r0 1 pt_v166_L14_r1 1
    pt_v166_L14 heads_L14 1
    pt_v169_L15 pt_v169_L15_r0 1 pt_v169_L15_r1 1
    pt_v169_L15 heads_L15 1
    pt_v172_L16 pt_v172_L16_r0 1 pt_v172_L16_r1 1
    pt_v172_L16 heads_L16 1
    pt_v179_L15 pt_v179_L15_r0 1 pt_v179_L15_r1 1
    pt_v179_L15 heads_L15 1
    pt_v182_L16 pt_v182_L16_r0 1 pt_v182_L16_r1 1
    pt_v182_L16 heads_L16 1
    pt_v185_L17 pt_v185_L17_r0 1 pt_v185_L17_r1 1
    pt_v185_L17 heads_L17 1
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
    RHS assign_g200 1 assign_g201 1
    RHS assign_g202 1 assign_g203 1
    RHS assign_g204 1 assign_g205 1
    RHS assign_g206 1 assign_g207 1
    RHS assign_g208 1 assign_g209 1
    RHS assign_g210 1 assign_g211 1
    RHS assign_g212 1 assign_g213 1
    RHS assign_g214 1 assign_g215 1
    RHS assign_g216 1 assign_g217 1
    RHS assign_g218 1 o_v4_c3_r0 1
    RHS o_v4_c3_r1 1 o_v4_c3_r2 1
    RHS o_v4_c3_r3 1 o_v4_c3_r4 1
    RHS o_v4_c3_r5 1 o_v4_c3_r6 1
    RHS o_v4_c3_r7 1 o_v4_c3_r8 1
    RHS o_v4_c3_r9 1 o_v4_c3_r10 1
    RHS o_v4_c3_r11 1 o_v4_c3_r12 1
    RHS o_v4_c3_r13 1 o_v4_c5_r0 1
    RHS o_v4_c5_r1 1 o_v4_c5_r2 1
    RHS o_v4_c5_r3 1 o_v4_c5_r4 1
    RHS o_v4_c5_r5 1 o_v4_c5_r6 1
    RHS o_v4_c5_r7 1 o_v4_c5_r8 1
    RHS o_v4_c5_r9 1 o_v4_c5_r10 1
    RHS o_v4_c5_r11 1 o_v4_c5_r12 1
    RHS o_v4_c5_r13 1 o_v4_c7_r0 1
    RHS o_v4_c7_r1 1 o_v4_c7_r2 1
    RHS o_v4_c7_r3 1 o_v4_c7_r4 1
    RHS o_v4_c7_r5 1 o_v4_c7_r6 1
    RHS o_v4_c7_r7 1 o_v4_c7_r8 1
    RHS o_v4_c7_r9 1 o_v4_c7_r10 1
    RHS o_v4_c7_r11 1 o_v4_c7_r12 1
    RHS o_v4_c9_r0 1 o_v4_c9_r1 1
    RHS o_v4_c9_r2 1 o_v4_c9_r3 1
    RHS o_v4_c9_r4 1 o_v4_c9_r5 1
    RHS o_v4_c9_r6 1 o_v4_c9_r7 1
    RHS o_v4_c9_r8 1 o_v4_c9_r9 1
    RHS o_v4_c9_r10 1 o_v4_c9_r11 1
    RHS o_v4_c9_r12 1 o_v4_c11_r0 1
    RHS o_v4_c11_r1 1 o_v4_c11_r2 1
    RHS o_v4_c11_r3 1 o_v4_c11_r4 1
    RHS o_v4_c11_r5 1 o_v4_c11_r6 1
    RHS o_v4_c11_r7 1 o_v4_c11_r8 1
    RHS o_v4_c11_r9 1 o_v4_c11_r10 1
    RHS o_v4_c11_r11 1 o_v4_c13_r0 1
    RHS o_v4_c13_r1 1 o_v4_c13_r2 1
    RHS o_v4_c13_r3 1 o_v4_c13_r4 1
    RHS o_v4_c13_r5 1 o_v4_c13_r6 1
    RHS o_v4_c13_r7 1 o_v4_c13_r8 1
    RHS o_v4_c13_r9 1 o_v4_c13_r10 1
    RHS o_v4_c13_r11 1 o_v4_c15_r0 1
    RHS o_v4_c15_r1 1 o_v4_c15_r2 1
    RHS o_v4_c15_r3 1 o_v4_c15_r4 1
    RHS o_v4_c15_r5 1 o_v4_c15_r6 1
    RHS o_v4_c15_r7 1 o_v4_c15_r8 1
    RHS o_v4_c15_r9 1 o_v4_c15_r10 1
    RHS o_v4_c17_r0 1 o_v4_c17_r1 1
    RHS o_v4_c17_r2 1 o_v4_c17_r3 1
    RHS o_v4_c17_r4 1 o_v4_c17_r5 1
    RHS o_v4_c17_r6 1 o_v4_c17_r7 1
    RHS o_v4_c17_r8 1 o_v4_c17_r9 1
    RHS o_v4_c17_r10 1 o_v4_c19_r0 1
    RHS o_v4_c19_r1 1 o_v4_c19_r2 1
    RHS o_v4_c19_r3 1 o_v4_c19_r4 1
    RHS o_v4_c19_r5 1 o_v4_c19_r6 1
    RHS o_v4_c19_r7 1 o_v4_c19_r8 1
    RHS o_v4_c19_r9 1 o_v4_c21_r0 1
    RHS o_v4_c21_r1 1 o_v4_c21_r2 1
    RHS o_v4_c21_r3 1 o_v4_c21_r4 1
    RHS o_v4_c21_r5 1 o_v4_c21_r6 1
    RHS o_v4_c21_r7 1 o_v4_c21_r8 1
    RHS o_v4_c21_r9 1 o_v4_c23_r0 1
    RHS o_v4_c23_r1 1 o_v4_c23_r2 1
    RHS o_v4_c23_r3 1 o_v4_c23_r4 1
    RHS o_v4_c23_r5 1 o_v4_c23_r6 1
    RHS o_v4_c23_r7 1 o_v4_c23_r8 1
    RHS o_v4_c25_r0 1 o_v4_c25_r1 1
    RHS o_v4_c25_r2 1 o_v4_c25_r3 1
    RHS o_v4_c25_r4 1 o_v4_c25_r5 1
    RHS o_v4_c25_r6 1 o_v4_c25_r7 1
    RHS o_v4_c25_r8 1 o_v4_c27_r0 1
    RHS o_v4_c27_r1 1 o_v4_c27_r2 1
    RHS o_v4_c27_r3 1 o_v4_c27_r4 1
    RHS o_v4_c27_r5 1 o_v4_c27_r6 1
    RHS o_v4_c27_r7 1 o_v4_c29_r0 1
    RHS o_v4_c29_r1 1 o_v4_c29_r2 1
    RHS o_v4_c29_r3 1 o_v4_c29_r4 1
    RHS o_v4_c29_r5 1 o_v4_c29_r6 1
    RHS o_v4_c29_r7 1 o_v4_c31_r0 1
    RHS o_v4_c31_r1 1 o_v4_c31_r2 1
    RHS o_v4_c31_r3 1 o_v4_c31_r4 1
    RHS o_v4_c31_r5 1 o_v4_c31_r6 1
    RHS o_v4_c33_r0 1 o_v4_c33_r1 1
    RHS o_v4_c33_r2 1 o_v4_c33_r3 1
    RHS o_v4_c33_r4 1 o_v4_c33_r5 1
    RHS o_v4_c33_r6 1 o_v4_c35_r0 1
    RHS o_v4_c35_r1 1 o_v4_c35_r2 1
    RHS o_v4_c35_r3 1 o_v4_c35_r4 1
    RHS o_v4_c35_r5 1 o_v4_c37_r0 1
    RHS o_v4_c37_r1 1 o_v4_c37_r2 1
    RHS o_v4_c37_r3 1 o_v4_c37_r4 1
    RHS o_v4_c37_r5 1 o_v4_c39_r0 1
    RHS o_v4_c39_r1 1 o_v4_c39_r2 1
    RHS o_v4_c39_r3 1 o_v4_c39_r4 1
    RHS o_v4_c41_r0 1 o_v4_c41_r1 1
    RHS o_v4_c41_r2 1 o_v4_c41_r3 1
    RHS o_v4_c41_r4 1 o_v4_c43_r0 1
    RHS o_v4_c43_r1 1 o_v4_c43_r2 1
    RHS o_v4_c43_r3 1 o_v4_c45_r0 1
    RHS o_v4_c45_r1 1 o_v4_c45_r2 1
    RHS o_v4_c45_r3 1 o_v4_c47_r0 1
    RHS o_v4_c47_r1 1 o_v4_c47_r2 1
    RHS o_v4_c49_r0 1 o_v4_c49_r1 1
    RHS o_v4_c49_r2 1 o_v4_c51_r0 1
    RHS o_v4_c51_r1 1 o_v4_c53_r0 1
    RHS o_v4_c53_r1 1 o_v4_c55_r0 1
    RHS o_v4_c57_r0 1 dy_v4_L0_r0 -14
    RHS dy_v4_L0_r1 -14 dy_v4_L0_r2 -13
    RHS dy_v4_L0_r3 -13 dy_v4_L0_r4 -13
    RHS dy_v4_L0_r5 -13 dy_v4_L0_r6 -13
    RHS dy_v4_L0_r7 -13 dy_v4_L0_r8 -13
    RHS dy_v4_L0_r9 -13 dy_v4_L0_r10 -13
    RHS dy_v4_L0_r11 -13 dy_v4_L0_r12 -13
    RHS dy_v4_L0_r13 -13 dy_v4_L0_r14 -13
    RHS dy_v4_L0_r15 -13 dy_v4_L1_r0 -13
    RHS dy_v4_L1_r1 -12 dy_v4_L1_r2 -12
    RHS dy_v4_L1_r3 -12 dy_v4_L1_r4 -12
    RHS dy_v4_L1_r5 -12 dy_v4_L1_r6 -12
    RHS dy_v4_L1_r7 -12 dy_v4_L1_r8 -12
    RHS dy_v4_L1_r9 -12 dy_v4_L1_r10 -12
    RHS dy_v4_L1_r11 -12 dy_v4_L1_r12 -12
    RHS dy_v4_L1_r13 -12 dy_v4_L2_r0 -12
    RHS dy_v4_L2_r1 -11 dy_v4_L2_r2 -11
    RHS dy_v4_L2_r3 -11 dy_v4_L2_r4 -11
    RHS dy_v4_L2_r5 -11 dy_v4_L2_r6 -11
    RHS dy_v4_L2_r7 -11 dy_v4_L2_r8 -11
    RHS dy_v4_L2_r9 -11 dy_v4_L2_r10 -11
    RHS dy_v4_L2_r11 -11 dy_v4_L2_r12 -11
    RHS dy_v4_L3_r0 -11 dy_v4_L3_r1 -10
    RHS dy_v4_L3_r2 -10 dy_v4_L3_r3 -10
    RHS dy_v4_L3_r4 -10 dy_v4_L3_r5 -10
    RHS dy_v4_L3_r6 -10 dy_v4_L3_r7 -10
    RHS dy_v4_L3_r8 -10 dy_v4_L3_r9 -10
    RHS dy_v4_L3_r10 -10 dy_v4_L3_r11 -10
    RHS dy_v4_L4_r0 -10 dy_v4_L4_r1 -9
    RHS dy_v4_L4_r2 -9 dy_v4_L4_r3 -9
    RHS dy_v4_L4_r4 -9 dy_v4_L4_r5 -9
    RHS dy_v4_L4_r6 -9 dy_v4_L4_r7 -9
    RHS dy_v4_L4_r8 -9 dy_v4_L4_r9 -9
    RHS dy_v4_L4_r10 -9 dy_v4_L5_r0 -9
    RHS dy_v4_L5_r1 -8 dy_v4_L5_r2 -8
    RHS dy_v4_L5_r3 -8 dy_v4_L5_r4 -8
    RHS dy_v4_L5_r5 -8 dy_v4_L5_r6 -8
    RHS dy_v4_L5_r7 -8 dy_v4_L5_r8 -8
    RHS dy_v4_L5_r9 -8 dy_v4_L6_r0 -8
    RHS dy_v4_L6_r1 -7 dy_v4_L6_r2 -7
    RHS dy_v4_L6_r3 -7 dy_v4_L6_r4 -7
    RHS dy_v4_L6_r5 -7 dy_v4_L6_r6 -7
    RHS dy_v4_L6_r7 -7 dy_v4_L6_r8 -7
    RHS dy_v4_L7_r0 -7 dy_v4_L7_r1 -6
    RHS dy_v4_L7_r2 -6 dy_v4_L7_r3 -6
    RHS dy_v4_L7_r4 -6 dy_v4_L7_r5 -6
    RHS dy_v4_L7_r6 -6 dy_v4_L7_r7 -6
    RHS dy_v4_L8_r0 -6 dy_v4_L8_r1 -5
    RHS dy_v4_L8_r2 -5 dy_v4_L8_r3 -5
    RHS dy_v4_L8_r4 -5 dy_v4_L8_r5 -5
    RHS dy_v4_L8_r6 -5 dy_v4_L9_r0 -5
    RHS dy_v4_L9_r1 -4 dy_v4_L9_r2 -4
    RHS dy_v4_L9_r3 -4 dy_v4_L9_r4 -4
    RHS dy_v4_L9_r5 -4 dy_v4_L10_r0 -4
    RHS dy_v4_L10_r1 -3 dy_v4_L10_r2 -3
    RHS dy_v4_L10_r3 -3 dy_v4_L10_r4 -3
    RHS dy_v4_L11_r0 -3 dy_v4_L11_r1 -2
    RHS dy_v4_L11_r2 -2 dy_v4_L11_r3 -2
    RHS dy_v4_L12_r0 -2 dy_v4_L12_r1 -1
    RHS dy_v4_L12_r2 -1 dy_v4_L13_r0 -1
    RHS o_v5_c3_r0 1 o_v5_c3_r1 1
    RHS o_v5_c3_r2 1 o_v5_c3_r3 1
    RHS o_v5_c5_r0 1 o_v5_c5_r1 1
    RHS o_v5_c5_r2 1 o_v5_c5_r3 1
    RHS o_v5_c7_r0 1 o_v5_c7_r1 1
    RHS o_v5_c7_r2 1 o_v5_c7_r3 1
    RHS o_v5_c9_r0 1 o_v5_c9_r1 1
    RHS o_v5_c9_r2 1 o_v5_c9_r3 1
    RHS o_v5_c11_r0 1 o_v5_c11_r1 1
    RHS o_v5_c11_r2 1 o_v5_c11_r3 1
    RHS o_v5_c13_r0 1 o_v5_c13_r1 1
    RHS o_v5_c13_r2 1 o_v5_c13_r3 1
    RHS o_v5_c15_r0 1 o_v5_c15_r1 1
    RHS o_v5_c15_r2 1 o_v5_c15_r3 1
    RHS o_v5_c17_r0 1 o_v5_c17_r1 1
    RHS o_v5_c17_r2 1 o_v5_c17_r3 1
    RHS o_v5_c19_r0 1 o_v5_c19_r1 1
    RHS o_v5_c19_r2 1 o_v5_c19_r3 1
    RHS o_v5_c21_r0 1 o_v5_c21_r1 1
    RHS o_v5_c21_r2 1 o_v5_c21_r3 1
    RHS o_v5_c23_r0 1 o_v5_c23_r1 1
    RHS o_v5_c23_r2 1 o_v5_c23_r3 1
    RHS o_v5_c25_r0 1 o_v5_c25_r1 1
    RHS o_v5_c25_r2 1 o_v5_c25_r3 1
    RHS o_v5_c27_r0 1 o_v5_c27_r1 1
    RHS o_v5_c27_r2 1 o_v5_c27_r3 1
    RHS o_v5_c29_r0 1 o_v5_c29_r1 1
    RHS o_v5_c29_r2 1 o_v5_c29_r3 1
    RHS o_v5_c31_r0 1 o_v5_c31_r1 1
    RHS o_v5_c31_r2 1 o_v5_c31_r3 1
    RHS o_v5_c33_r0 1 o_v5_c33_r1 1
    RHS o_v5_c33_r2 1 o_v5_c33_r3 1
    RHS o_v5_c35_r0 1 o_v5_c35_r1 1
    RHS o_v5_c35_r2 1 o_v5_c35_r3 1
    RHS o_v5_c37_r0 1 o_v5_c37_r1 1
    RHS o_v5_c37_r2 1 o_v5_c37_r3 1
    RHS o_v5_c39_r0 1 o_v5_c39_r1 1
    RHS o_v5_c39_r2 1 o_v5_c39_r3 1
    RHS o_v5_c41_r0 1 o_v5_c41_r1 1
    RHS o_v5_c41_r2 1 o_v5_c41_r3 1
    RHS o_v5_c43_r0 1 o_v5_c43_r1 1
    RHS o_v5_c43_r2 1 o_v5_c43_r3 1
    RHS o_v5_c45_r0 1 o_v5_c45_r1 1
    RHS o_v5_c45_r2 1 o_v5_c45_r3 1
    RHS o_v5_c47_r0 1 o_v5_c47_r1 1
    RHS o_v5_c47_r2 1 o_v5_c47_r3 1
    RHS o_v5_c49_r0 1 o_v5_c49_r1 1
    RHS o_v5_c49_r2 1 o_v5_c49_r3 1
    RHS o_v5_c51_r0 1 o_v5_c51_r1 1
    RHS o_v5_c51_r2 1 o_v5_c51_r3 1
    RHS o_v5_c53_r0 1 o_v5_c53_r1 1
    RHS o_v5_c53_r2 1 o_v5_c53_r3 1
    RHS o_v5_c55_r0 1 o_v5_c55_r1 1
    RHS o_v5_c55_r2 1 o_v5_c55_r3 1
    RHS o_v5_c57_r0 1 o_v5_c57_r1 1
    RHS o_v5_c57_r2 1 o_v5_c57_r3 1
    RHS o_v5_c59_r0 1 o_v5_c59_r1 1
    RHS o_v5_c59_r2 1 o_v5_c59_r3 1
    RHS o_v5_c61_r0 1 o_v5_c61_r1 1
    RHS o_v5_c61_r2 1 o_v5_c61_r3 1
    RHS o_v5_c63_r0 1 o_v5_c63_r1 1
    RHS o_v5_c63_r2 1 o_v5_c63_r3 1
    RHS o_v5_c65_r0 1 o_v5_c65_r1 1
    RHS o_v5_c65_r2 1 o_v5_c65_r3 1
    RHS o_v5_c67_r0 1 o_v5_c67_r1 1
    RHS o_v5_c67_r2 1 o_v5_c67_r3 1
    RHS o_v5_c69_r0 1 o_v5_c69_r1 1
    RHS o_v5_c69_r2 1 o_v5_c69_r3 1
    RHS o_v5_c71_r0 1 o_v5_c71_r1 1
    RHS o_v5_c71_r2 1 o_v5_c71_r3 1
    RHS o_v5_c73_r0 1 o_v5_c73_r1 1
    RHS o_v5_c73_r2 1 o_v5_c73_r3 1
    RHS dy_v5_L0_r0 -3 dy_v5_L0_r1 -3
    RHS dy_v5_L0_r2 -3 dy_v5_L0_r3 -3
    RHS dy_v5_L1_r0 -3 dy_v5_L1_r1 -3
    RHS dy_v5_L1_r2 -3 dy_v5_L1_r3 -3
    RHS dy_v5_L2_r0 -3 dy_v5_L2_r1 -3
    RHS dy_v5_L2_r2 -3 dy_v5_L2_r3 -3
    RHS dy_v5_L3_r0 -3 dy_v5_L3_r1 -3
    RHS dy_v5_L3_r2 -3 dy_v5_L3_r3 -3
    RHS dy_v5_L4_r0 -3 dy_v5_L4_r1 -3
    RHS dy_v5_L4_r2 -3 dy_v5_L4_r3 -3
    RHS dy_v5_L5_r0 -3 dy_v5_L5_r1 -3
    RHS dy_v5_L5_r2 -3 dy_v5_L5_r3 -3
    RHS dy_v5_L6_r0 -3 dy_v5_L6_r1 -3
    RHS dy_v5_L6_r2 -3 dy_v5_L6_r3 -3
    RHS dy_v5_L7_r0 -3 dy_v5_L7_r1 -3
    RHS dy_v5_L7_r2 -3 dy_v5_L7_r3 -3
    RHS dy_v5_L8_r0 -3 dy_v5_L8_r1 -3
    RHS dy_v5_L8_r2 -3 dy_v5_L8_r3 -3
    RHS dy_v5_L9_r0 -3 dy_v5_L9_r1 -3
    RHS dy_v5_L9_r2 -3 dy_v5_L9_r3 -3
    RHS dy_v5_L10_r0 -3 dy_v5_L10_r1 -3
    RHS dy_v5_L10_r2 -3 dy_v5_L10_r3 -3
    RHS dy_v5_L11_r0 -3 dy_v5_L11_r1 -3
    RHS dy_v5_L11_r2 -3 dy_v5_L11_r3 -3
    RHS dy_v5_L12_r0 -3 dy_v5_L12_r1 -3
    RHS dy_v5_L12_r2 -3 dy_v5_L12_r3 -3
    RHS dy_v5_L13_r0 -3 dy_v5_L13_r1 -3
    RHS dy_v5_L13_r2 -3 dy_v5_L13_r3 -3
    RHS dy_v5_L14_r0 -3 dy_v5_L14_r1 -3
    RHS dy_v5_L14_r2 -3 dy_v5_L14_r3 -3
    RHS dy_v5_L15_r0 -3 dy_v5_L15_r1 -3
    RHS dy_v5_L15_r2 -3 dy_v5_L15_r3 -3
    RHS dy_v5_L16_r0 -3 dy_v5_L16_r1 -3
    RHS dy_v5_L16_r2 -3 dy_v5_L16_r3 -3
    RHS dy_v5_L17_r0 -3 dy_v5_L17_r1 -3
    RHS dy_v5_L17_r2 -3 dy_v5_L17_r3 -3
    RHS o_v6_c17_r0 1 o_v7_c5_r0 1
    RHS o_v8_c3_r0 1 o_v8_c5_r0 1
    RHS o_v9_c3_r0 1 o_v9_c5_r0 1
    RHS o_v10_c9_r0 1 o_v10_c9_r1 1
    RHS o_v11_c7_r0 1 o_v11_c9_r0 1
    RHS o_v12_c7_r0 1 o_v12_c9_r0 1
    RHS o_v13_c13_r0 1 o_v13_c13_r1 1
    RHS o_v14_c11_r0 1 o_v14_c13_r0 1
    RHS o_v15_c11_r0 1 o_v15_c13_r0 1
    RHS o_v16_c17_r0 1 o_v16_c17_r1 1
    RHS o_v17_c15_r0 1 o_v17_c17_r0 1
    RHS o_v18_c15_r0 1 o_v18_c17_r0 1
    RHS o_v20_c9_r0 1 o_v21_c7_r0 1
    RHS o_v21_c9_r0 1 o_v22_c7_r0 1
    RHS o_v22_c9_r0 1 o_v23_c13_r0 1
    RHS o_v23_c13_r1 1 o_v24_c11_r0 1
    RHS o_v24_c13_r0 1 o_v25_c11_r0 1
    RHS o_v25_c13_r0 1 o_v26_c17_r0 1
    RHS o_v26_c17_r1 1 o_v27_c15_r0 1
    RHS o_v27_c17_r0 1 o_v28_c15_r0 1
    RHS o_v28_c17_r0 1 o_v29_c21_r0 1
    RHS o_v29_c21_r1 1 o_v30_c19_r0 1
    RHS o_v30_c21_r0 1 o_v31_c19_r0 1
    RHS o_v31_c21_r0 1 o_v33_c13_r0 1
    RHS o_v34_c11_r0 1 o_v34_c13_r0 1
    RHS o_v35_c11_r0 1 o_v35_c13_r0 1
    RHS o_v36_c17_r0 1 o_v36_c17_r1 1
    RHS o_v37_c15_r0 1 o_v37_c17_r0 1
    RHS o_v38_c15_r0 1 o_v38_c17_r0 1
    RHS o_v39_c21_r0 1 o_v39_c21_r1 1
    RHS o_v40_c19_r0 1 o_v40_c21_r0 1
    RHS o_v41_c19_r0 1 o_v41_c21_r0 1
    RHS o_v42_c25_r0 1 o_v42_c25_r1 1
    RHS o_v43_c23_r0 1 o_v43_c25_r0 1
    RHS o_v44_c23_r0 1 o_v44_c25_r0 1
    RHS o_v46_c17_r0 1 o_v47_c15_r0 1
    RHS o_v47_c17_r0 1 o_v48_c15_r0 1
    RHS o_v48_c17_r0 1 o_v49_c21_r0 1
    RHS o_v49_c21_r1 1 o_v50_c19_r0 1
    RHS o_v50_c21_r0 1 o_v51_c19_r0 1
    RHS o_v51_c21_r0 1 o_v52_c25_r0 1
    RHS o_v52_c25_r1 1 o_v53_c23_r0 1
    RHS o_v53_c25_r0 1 o_v54_c23_r0 1
    RHS o_v54_c25_r0 1 o_v55_c29_r0 1
    RHS o_v55_c29_r1 1 o_v56_c27_r0 1
    RHS o_v56_c29_r0 1 o_v57_c27_r0 1
    RHS o_v57_c29_r0 1 o_v59_c21_r0 1
    RHS o_v60_c19_r0 1 o_v60_c21_r0 1
    RHS o_v61_c19_r0 1 o_v61_c21_r0 1
    RHS o_v62_c25_r0 1 o_v62_c25_r1 1
    RHS o_v63_c23_r0 1 o_v63_c25_r0 1
    RHS o_v64_c23_r0 1 o_v64_c25_r0 1
    RHS o_v65_c29_r0 1 o_v65_c29_r1 1
    RHS o_v66_c27_r0 1 o_v66_c29_r0 1
    RHS o_v67_c27_r0 1 o_v67_c29_r0 1
    RHS o_v68_c33_r0 1 o_v68_c33_r1 1
    RHS o_v69_c31_r0 1 o_v69_c33_r0 1
    RHS o_v70_c31_r0 1 o_v70_c33_r0 1
    RHS o_v72_c25_r0 1 o_v73_c23_r0 1
    RHS o_v73_c25_r0 1 o_v74_c23_r0 1
    RHS o_v74_c25_r0 1 o_v75_c29_r0 1
    RHS o_v75_c29_r1 1 o_v76_c27_r0 1
    RHS o_v76_c29_r0 1 o_v77_c27_r0 1
    RHS o_v77_c29_r0 1 o_v78_c33_r0 1
    RHS o_v78_c33_r1 1 o_v79_c31_r0 1
    RHS o_v79_c33_r0 1 o_v80_c31_r0 1
    RHS o_v80_c33_r0 1 o_v81_c37_r0 1
    RHS o_v81_c37_r1 1 o_v82_c35_r0 1
    RHS o_v82_c37_r0 1 o_v83_c35_r0 1
    RHS o_v83_c37_r0 1 o_v85_c29_r0 1
    RHS o_v86_c27_r0 1 o_v86_c29_r0 1
    RHS o_v87_c27_r0 1 o_v87_c29_r0 1
    RHS o_v88_c33_r0 1 o_v88_c33_r1 1
    RHS o_v89_c31_r0 1 o_v89_c33_r0 1
    RHS o_v90_c31_r0 1 o_v90_c33_r0 1
    RHS o_v91_c37_r0 1 o_v91_c37_r1 1
    RHS o_v92_c35_r0 1 o_v92_c37_r0 1
    RHS o_v93_c35_r0 1 o_v93_c37_r0 1
    RHS o_v94_c41_r0 1 o_v94_c41_r1 1
    RHS o_v95_c39_r0 1 o_v95_c41_r0 1
    RHS o_v96_c39_r0 1 o_v96_c41_r0 1
    RHS o_v98_c33_r0 1 o_v99_c31_r0 1
    RHS o_v99_c33_r0 1 o_v100_c31_r0 1
    RHS o_v100_c33_r0 1 o_v101_c37_r0 1
    RHS o_v101_c37_r1 1 o_v102_c35_r0 1
    RHS o_v102_c37_r0 1 o_v103_c35_r0 1
    RHS o_v103_c37_r0 1 o_v104_c41_r0 1
    RHS o_v104_c41_r1 1 o_v105_c39_r0 1
    RHS o_v105_c41_r0 1 o_v106_c39_r0 1
    RHS o_v106_c41_r0 1 o_v107_c45_r0 1
    RHS o_v107_c45_r1 1 o_v108_c43_r0 1
    RHS o_v108_c45_r0 1 o_v109_c43_r0 1
    RHS o_v109_c45_r0 1 o_v111_c37_r0 1
    RHS o_v112_c35_r0 1 o_v112_c37_r0 1
    RHS o_v113_c35_r0 1 o_v113_c37_r0 1
    RHS o_v114_c41_r0 1 o_v114_c41_r1 1
    RHS o_v115_c39_r0 1 o_v115_c41_r0 1
    RHS o_v116_c39_r0 1 o_v116_c41_r0 1
    RHS o_v117_c45_r0 1 o_v117_c45_r1 1
    RHS o_v118_c43_r0 1 o_v118_c45_r0 1
    RHS o_v119_c43_r0 1 o_v119_c45_r0 1
    RHS o_v120_c49_r0 1 o_v120_c49_r1 1
    RHS o_v121_c47_r0 1 o_v121_c49_r0 1
    RHS o_v122_c47_r0 1 o_v122_c49_r0 1
    RHS o_v124_c41_r0 1 o_v125_c39_r0 1
    RHS o_v125_c41_r0 1 o_v126_c39_r0 1
    RHS o_v126_c41_r0 1 o_v127_c45_r0 1
    RHS o_v127_c45_r1 1 o_v128_c43_r0 1
    RHS o_v128_c45_r0 1 o_v129_c43_r0 1
    RHS o_v129_c45_r0 1 o_v130_c49_r0 1
    RHS o_v130_c49_r1 1 o_v131_c47_r0 1
    RHS o_v131_c49_r0 1 o_v132_c47_r0 1
    RHS o_v132_c49_r0 1 o_v133_c53_r0 1
    RHS o_v133_c53_r1 1 o_v134_c51_r0 1
    RHS o_v134_c53_r0 1 o_v135_c51_r0 1
    RHS o_v135_c53_r0 1 o_v137_c45_r0 1
    RHS o_v138_c43_r0 1 o_v138_c45_r0 1
    RHS o_v139_c43_r0 1 o_v139_c45_r0 1
    RHS o_v140_c49_r0 1 o_v140_c49_r1 1
    RHS o_v141_c47_r0 1 o_v141_c49_r0 1
    RHS o_v142_c47_r0 1 o_v142_c49_r0 1
    RHS o_v143_c53_r0 1 o_v143_c53_r1 1
    RHS o_v144_c51_r0 1 o_v144_c53_r0 1
    RHS o_v145_c51_r0 1 o_v145_c53_r0 1
    RHS o_v146_c57_r0 1 o_v146_c57_r1 1
    RHS o_v147_c55_r0 1 o_v147_c57_r0 1
    RHS o_v148_c55_r0 1 o_v148_c57_r0 1
    RHS o_v150_c49_r0 1 o_v151_c47_r0 1
    RHS o_v151_c49_r0 1 o_v152_c47_r0 1
    RHS o_v152_c49_r0 1 o_v153_c53_r0 1
    RHS o_v153_c53_r1 1 o_v154_c51_r0 1
    RHS o_v154_c53_r0 1 o_v155_c51_r0 1
    RHS o_v155_c53_r0 1 o_v156_c57_r0 1
    RHS o_v156_c57_r1 1 o_v157_c55_r0 1
    RHS o_v157_c57_r0 1 o_v158_c55_r0 1
    RHS o_v158_c57_r0 1 o_v159_c61_r0 1
    RHS o_v159_c61_r1 1 o_v160_c59_r0 1
    RHS o_v160_c61_r0 1 o_v161_c59_r0 1
    RHS o_v161_c61_r0 1 o_v163_c53_r0 1
    RHS o_v164_c51_r0 1 o_v164_c53_r0 1
    RHS o_v165_c51_r0 1 o_v165_c53_r0 1
    RHS o_v166_c57_r0 1 o_v166_c57_r1 1
    RHS o_v167_c55_r0 1 o_v167_c57_r0 1
    RHS o_v168_c55_r0 1 o_v168_c57_r0 1
    RHS o_v169_c61_r0 1 o_v169_c61_r1 1
    RHS o_v170_c59_r0 1 o_v170_c61_r0 1
    RHS o_v171_c59_r0 1 o_v171_c61_r0 1
    RHS o_v172_c65_r0 1 o_v172_c65_r1 1
    RHS o_v173_c63_r0 1 o_v173_c65_r0 1
    RHS o_v174_c63_r0 1 o_v174_c65_r0 1
    RHS o_v176_c57_r0 1 o_v177_c55_r0 1
    RHS o_v177_c57_r0 1 o_v178_c55_r0 1
    RHS o_v178_c57_r0 1 o_v179_c61_r0 1
    RHS o_v179_c61_r1 1 o_v180_c59_r0 1
    RHS o_v180_c61_r0 1 o_v181_c59_r0 1
    RHS o_v181_c61_r0 1 o_v182_c65_r0 1
    RHS o_v182_c65_r1 1 o_v183_c63_r0 1
    RHS o_v183_c65_r0 1 o_v184_c63_r0 1
    RHS o_v184_c65_r0 1 o_v185_c69_r0 1
    RHS o_v185_c69_r1 1 o_v186_c67_r0 1
    RHS o_v186_c69_r0 1 o_v187_c67_r0 1
    RHS o_v187_c69_r0 1 o_v189_c61_r0 1
    RHS o_v190_c59_r0 1 o_v190_c61_r0 1
    RHS o_v191_c59_r0 1 o_v191_c61_r0 1
    RHS o_v193_c63_r0 1 o_v193_c65_r0 1
    RHS o_v194_c63_r0 1 o_v194_c65_r0 1
    RHS o_v196_c67_r0 1 o_v196_c69_r0 1
    RHS o_v197_c67_r0 1 o_v197_c69_r0 1
    RHS o_v199_c71_r0 1 o_v199_c73_r0 1
    RHS o_v200_c71_r0 1 o_v200_c73_r0 1
    RHS o_v202_c73_r0 1 o_v202_c73_r1 1
    RHS o_v202_c73_r2 1 o_v202_c75_r0 1
    RHS o_v202_c75_r1 1 o_v202_c75_r2 1
    RHS o_v203_c73_r0 1 o_v203_c73_r1 1
    RHS o_v203_c73_r2 1 o_v203_c75_r0 1
    RHS o_v203_c75_r1 1 o_v203_c75_r2 1
    RHS o_v204_c73_r0 1 o_v204_c73_r1 1
    RHS o_v204_c73_r2 1 o_v204_c75_r0 1
    RHS o_v204_c75_r1 1 o_v204_c75_r2 1
    RHS o_v206_c75_r1 1 o_v206_c77_r0 1
    RHS o_v207_c75_r1 1 o_v207_c77_r0 1
    RHS o_v208_c75_r1 1 o_v208_c77_r0 1
    RHS o_v210_c75_r1 1 o_v210_c77_r0 1
    RHS o_v211_c75_r1 1 o_v211_c77_r0 1
    RHS o_v212_c75_r1 1 o_v212_c77_r0 1
    RHS o_v214_c75_r1 1 o_v214_c77_r0 1
    RHS o_v215_c75_r1 1 o_v215_c77_r0 1
    RHS o_v216_c75_r1 1 o_v216_c77_r0 1
    RHS o_v218_c75_r0 1 o_v218_c77_r0 1
    RHS o_v219_c75_r0 1 o_v219_c77_r0 1
    RHS o_v220_c75_r0 1 o_v220_c77_r0 1
    RHS occ_c1 -8 occ_c3 -6
    RHS occ_c5 -7 occ_c7 -7
    RHS occ_c9 -8 occ_c11 -8
    RHS occ_c13 -9 occ_c15 -9
    RHS occ_c17 -9 occ_c19 -9
    RHS occ_c21 -10 occ_c23 -9
    RHS occ_c25 -10 occ_c27 -9
    RHS occ_c29 -10 occ_c31 -9
    RHS occ_c33 -10 occ_c35 -9
    RHS occ_c37 -10 occ_c39 -9
    RHS occ_c41 -10 occ_c43 -9
    RHS occ_c45 -10 occ_c47 -9
    RHS occ_c49 -10 occ_c51 -9
    RHS occ_c53 -10 occ_c55 -9
    RHS occ_c57 -10 occ_c59 -9
    RHS occ_c61 -9 occ_c63 -8
    RHS occ_c65 -9 occ_c67 -8
    RHS occ_c69 -9 occ_c71 -8
    RHS occ_c73 -10 occ_c75 -9
    RHS occ_c77 -12 occ_c79 -13
BOUNDS
 BV BOUND x_g0_p0 1
 BV BOUND x_g1_p0 1
 BV BOUND x_g2_p2 1
 BV BOUND x_g3_p2 1
 BV BOUND x_g4_p3 1
 BV BOUND x_g4_p5 1
 UP BOUND z_g4_p3 1
 BV BOUND x_g5_p6 1
 BV BOUND x_g6_p6 1
 BV BOUND x_g7_p7 1
 BV BOUND x_g7_p9 1
 UP BOUND z_g7_p7 1
 BV BOUND x_g8_p10 1
 BV BOUND x_g9_p10 1
 BV BOUND x_g10_p11 1
 BV BOUND x_g10_p13 1
 UP BOUND z_g10_p11 1
 BV BOUND x_g11_p14 1
 BV BOUND x_g12_p14 1
 BV BOUND x_g13_p15 1
 BV BOUND x_g13_p17 1
 UP BOUND z_g13_p15 1
 BV BOUND x_g14_p0 1
 BV BOUND x_g14_p4 1
 UP BOUND z_g14_p0 1
 BV BOUND x_g15_p6 1
 BV BOUND x_g16_p6 1
 BV BOUND x_g17_p7 1
 BV BOUND x_g17_p9 1
 UP BOUND z_g17_p7 1
 BV BOUND x_g18_p10 1
 BV BOUND x_g19_p10 1
 BV BOUND x_g20_p11 1
 BV BOUND x_g20_p13 1
 UP BOUND z_g20_p11 1
 BV BOUND x_g21_p14 1
 BV BOUND x_g22_p14 1
 BV BOUND x_g23_p15 1
 BV BOUND x_g23_p17 1
 UP BOUND z_g23_p15 1
 BV BOUND x_g24_p18 1
 BV BOUND x_g25_p18 1
 BV BOUND x_g26_p19 1
 BV BOUND x_g26_p21 1
 UP BOUND z_g26_p19 1
 BV BOUND x_g27_p0 1
 BV BOUND x_g27_p4 1
 BV BOUND x_g27_p8 1
 UP BOUND z_g27_p0 1
 UP BOUND z_g27_p4 1
 BV BOUND x_g28_p10 1
 BV BOUND x_g29_p10 1
 BV BOUND x_g30_p11 1
 BV BOUND x_g30_p13 1
 UP BOUND z_g30_p11 1
 BV BOUND x_g31_p14 1
 BV BOUND x_g32_p14 1
 BV BOUND x_g33_p15 1
 BV BOUND x_g33_p17 1
 UP BOUND z_g33_p15 1
 BV BOUND x_g34_p18 1
 BV BOUND x_g35_p18 1
 BV BOUND x_g36_p19 1
 BV BOUND x_g36_p21 1
 UP BOUND z_g36_p19 1
 BV BOUND x_g37_p22 1
 BV BOUND x_g38_p22 1
 BV BOUND x_g39_p23 1
 BV BOUND x_g39_p25 1
 UP BOUND z_g39_p23 1
 BV BOUND x_g40_p0 1
 BV BOUND x_g40_p4 1
 BV BOUND x_g40_p8 1
 BV BOUND x_g40_p12 1
 UP BOUND z_g40_p0 1
 UP BOUND z_g40_p4 1
 UP BOUND z_g40_p8 1
 BV BOUND x_g41_p14 1
 BV BOUND x_g42_p14 1
 BV BOUND x_g43_p15 1
 BV BOUND x_g43_p17 1
 UP BOUND z_g43_p15 1
 BV BOUND x_g44_p18 1
 BV BOUND x_g45_p18 1
 BV BOUND x_g46_p19 1
 BV BOUND x_g46_p21 1
 UP BOUND z_g46_p19 1
 BV BOUND x_g47_p22 1
 BV BOUND x_g48_p22 1
 BV BOUND x_g49_p23 1
 BV BOUND x_g49_p25 1
 UP BOUND z_g49_p23 1
 BV BOUND x_g50_p26 1
 BV BOUND x_g51_p26 1
 BV BOUND x_g52_p27 1
 BV BOUND x_g52_p29 1
 UP BOUND z_g52_p27 1
 BV BOUND x_g53_p0 1
 BV BOUND x_g53_p4 1
 BV BOUND x_g53_p8 1
 BV BOUND x_g53_p12 1
 BV BOUND x_g53_p16 1
 UP BOUND z_g53_p0 1
 UP BOUND z_g53_p4 1
 UP BOUND z_g53_p8 1
 UP BOUND z_g53_p12 1
 BV BOUND x_g54_p18 1
 BV BOUND x_g55_p18 1
 BV BOUND x_g56_p19 1
 BV BOUND x_g56_p21 1
 UP BOUND z_g56_p19 1
 BV BOUND x_g57_p22 1
 BV BOUND x_g58_p22 1
 BV BOUND x_g59_p23 1
 BV BOUND x_g59_p25 1
 UP BOUND z_g59_p23 1
 BV BOUND x_g60_p26 1
 BV BOUND x_g61_p26 1
 BV BOUND x_g62_p27 1
 BV BOUND x_g62_p29 1
 UP BOUND z_g62_p27 1
 BV BOUND x_g63_p30 1
 BV BOUND x_g64_p30 1
 BV BOUND x_g65_p31 1
 BV BOUND x_g65_p33 1
 UP BOUND z_g65_p31 1
 BV BOUND x_g66_p0 1
 BV BOUND x_g66_p4 1
 BV BOUND x_g66_p8 1
 BV BOUND x_g66_p12 1
 BV BOUND x_g66_p16 1
 BV BOUND x_g66_p20 1
 UP BOUND z_g66_p0 1
 UP BOUND z_g66_p4 1
 UP BOUND z_g66_p8 1
 UP BOUND z_g66_p12 1
 UP BOUND z_g66_p16 1
 BV BOUND x_g67_p22 1
 BV BOUND x_g68_p22 1
 BV BOUND x_g69_p23 1
 BV BOUND x_g69_p25 1
 UP BOUND z_g69_p23 1
 BV BOUND x_g70_p26 1
 BV BOUND x_g71_p26 1
 BV BOUND x_g72_p27 1
 BV BOUND x_g72_p29 1
 UP BOUND z_g72_p27 1
 BV BOUND x_g73_p30 1
 BV BOUND x_g74_p30 1
 BV BOUND x_g75_p31 1
 BV BOUND x_g75_p33 1
 UP BOUND z_g75_p31 1
 BV BOUND x_g76_p34 1
 BV BOUND x_g77_p34 1
 BV BOUND x_g78_p35 1
 BV BOUND x_g78_p37 1
 UP BOUND z_g78_p35 1
 BV BOUND x_g79_p0 1
 BV BOUND x_g79_p4 1
 BV BOUND x_g79_p8 1
 BV BOUND x_g79_p12 1
 BV BOUND x_g79_p16 1
 BV BOUND x_g79_p20 1
 BV BOUND x_g79_p24 1
 UP BOUND z_g79_p0 1
 UP BOUND z_g79_p4 1
 UP BOUND z_g79_p8 1
 UP BOUND z_g79_p12 1
 UP BOUND z_g79_p16 1
 UP BOUND z_g79_p20 1
 BV BOUND x_g80_p26 1
 BV BOUND x_g81_p26 1
 BV BOUND x_g82_p27 1
 BV BOUND x_g82_p29 1
 UP BOUND z_g82_p27 1
 BV BOUND x_g83_p30 1
 BV BOUND x_g84_p30 1
 BV BOUND x_g85_p31 1
 BV BOUND x_g85_p33 1
 UP BOUND z_g85_p31 1
 BV BOUND x_g86_p34 1
 BV BOUND x_g87_p34 1
 BV BOUND x_g88_p35 1
 BV BOUND x_g88_p37 1
 UP BOUND z_g88_p35 1
 BV BOUND x_g89_p38 1
 BV BOUND x_g90_p38 1
 BV BOUND x_g91_p39 1
 BV BOUND x_g91_p41 1
 UP BOUND z_g91_p39 1
 BV BOUND x_g92_p0 1
 BV BOUND x_g92_p4 1
 BV BOUND x_g92_p8 1
 BV BOUND x_g92_p12 1
 BV BOUND x_g92_p16 1
 BV BOUND x_g92_p20 1
 BV BOUND x_g92_p24 1
 BV BOUND x_g92_p28 1
 UP BOUND z_g92_p0 1
 UP BOUND z_g92_p4 1
 UP BOUND z_g92_p8 1
 UP BOUND z_g92_p12 1
 UP BOUND z_g92_p16 1
 UP BOUND z_g92_p20 1
 UP BOUND z_g92_p24 1
 BV BOUND x_g93_p30 1
 BV BOUND x_g94_p30 1
 BV BOUND x_g95_p31 1
 BV BOUND x_g95_p33 1
 UP BOUND z_g95_p31 1
 BV BOUND x_g96_p34 1
 BV BOUND x_g97_p34 1
 BV BOUND x_g98_p35 1
 BV BOUND x_g98_p37 1
 UP BOUND z_g98_p35 1
 BV BOUND x_g99_p38 1
 BV BOUND x_g100_p38 1
 BV BOUND x_g101_p39 1
 BV BOUND x_g101_p41 1
 UP BOUND z_g101_p39 1
 BV BOUND x_g102_p42 1
 BV BOUND x_g103_p42 1
 BV BOUND x_g104_p43 1
 BV BOUND x_g104_p45 1
 UP BOUND z_g104_p43 1
 BV BOUND x_g105_p0 1
 BV BOUND x_g105_p4 1
 BV BOUND x_g105_p8 1
 BV BOUND x_g105_p12 1
 BV BOUND x_g105_p16 1
 BV BOUND x_g105_p20 1
 BV BOUND x_g105_p24 1
 BV BOUND x_g105_p28 1
 BV BOUND x_g105_p32 1
 UP BOUND z_g105_p0 1
 UP BOUND z_g105_p4 1
 UP BOUND z_g105_p8 1
 UP BOUND z_g105_p12 1
 UP BOUND z_g105_p16 1
 UP BOUND z_g105_p20 1
 UP BOUND z_g105_p24 1
 UP BOUND z_g105_p28 1
 BV BOUND x_g106_p34 1
 BV BOUND x_g107_p34 1
 BV BOUND x_g108_p35 1
 BV BOUND x_g108_p37 1
 UP BOUND z_g108_p35 1
 BV BOUND x_g109_p38 1
 BV BOUND x_g110_p38 1
 BV BOUND x_g111_p39 1
 BV BOUND x_g111_p41 1
 UP BOUND z_g111_p39 1
 BV BOUND x_g112_p42 1
 BV BOUND x_g113_p42 1
 BV BOUND x_g114_p43 1
 BV BOUND x_g114_p45 1
 UP BOUND z_g114_p43 1
 BV BOUND x_g115_p46 1
 BV BOUND x_g116_p46 1
 BV BOUND x_g117_p47 1
 BV BOUND x_g117_p49 1
 UP BOUND z_g117_p47 1
 BV BOUND x_g118_p0 1
 BV BOUND x_g118_p4 1
 BV BOUND x_g118_p8 1
 BV BOUND x_g118_p12 1
 BV BOUND x_g118_p16 1
 BV BOUND x_g118_p20 1
 BV BOUND x_g118_p24 1
 BV BOUND x_g118_p28 1
 BV BOUND x_g118_p32 1
 BV BOUND x_g118_p36 1
 UP BOUND z_g118_p0 1
 UP BOUND z_g118_p4 1
 UP BOUND z_g118_p8 1
 UP BOUND z_g118_p12 1
 UP BOUND z_g118_p16 1
 UP BOUND z_g118_p20 1
 UP BOUND z_g118_p24 1
 UP BOUND z_g118_p28 1
 UP BOUND z_g118_p32 1
 BV BOUND x_g119_p38 1
 BV BOUND x_g120_p38 1
 BV BOUND x_g121_p39 1
 BV BOUND x_g121_p41 1
 UP BOUND z_g121_p39 1
 BV BOUND x_g122_p42 1
 BV BOUND x_g123_p42 1
 BV BOUND x_g124_p43 1
 BV BOUND x_g124_p45 1
 UP BOUND z_g124_p43 1
 BV BOUND x_g125_p46 1
 BV BOUND x_g126_p46 1
 BV BOUND x_g127_p47 1
 BV BOUND x_g127_p49 1
 UP BOUND z_g127_p47 1
 BV BOUND x_g128_p50 1
 BV BOUND x_g129_p50 1
 BV BOUND x_g130_p51 1
 BV BOUND x_g130_p53 1
 UP BOUND z_g130_p51 1
 BV BOUND x_g131_p0 1
 BV BOUND x_g131_p4 1
 BV BOUND x_g131_p8 1
 BV BOUND x_g131_p12 1
 BV BOUND x_g131_p16 1
 BV BOUND x_g131_p20 1
 BV BOUND x_g131_p24 1
 BV BOUND x_g131_p28 1
 BV BOUND x_g131_p32 1
 BV BOUND x_g131_p36 1
 BV BOUND x_g131_p40 1
 UP BOUND z_g131_p0 1
 UP BOUND z_g131_p4 1
 UP BOUND z_g131_p8 1
 UP BOUND z_g131_p12 1
 UP BOUND z_g131_p16 1
 UP BOUND z_g131_p20 1
 UP BOUND z_g131_p24 1
 UP BOUND z_g131_p28 1
 UP BOUND z_g131_p32 1
 UP BOUND z_g131_p36 1
 BV BOUND x_g132_p42 1
 BV BOUND x_g133_p42 1
 BV BOUND x_g134_p43 1
 BV BOUND x_g134_p45 1
 UP BOUND z_g134_p43 1
 BV BOUND x_g135_p46 1
 BV BOUND x_g136_p46 1
 BV BOUND x_g137_p47 1
 BV BOUND x_g137_p49 1
 UP BOUND z_g137_p47 1
 BV BOUND x_g138_p50 1
 BV BOUND x_g139_p50 1
 BV BOUND x_g140_p51 1
 BV BOUND x_g140_p53 1
 UP BOUND z_g140_p51 1
 BV BOUND x_g141_p54 1
 BV BOUND x_g142_p54 1
 BV BOUND x_g143_p55 1
 BV BOUND x_g143_p57 1
 UP BOUND z_g143_p55 1
 BV BOUND x_g144_p0 1
 BV BOUND x_g144_p4 1
 BV BOUND x_g144_p8 1
 BV BOUND x_g144_p12 1
 BV BOUND x_g144_p16 1
 BV BOUND x_g144_p20 1
 BV BOUND x_g144_p24 1
 BV BOUND x_g144_p28 1
 BV BOUND x_g144_p32 1
 BV BOUND x_g144_p36 1
 BV BOUND x_g144_p40 1
 BV BOUND x_g144_p44 1
 UP BOUND z_g144_p0 1
 UP BOUND z_g144_p4 1
 UP BOUND z_g144_p8 1
 UP BOUND z_g144_p12 1
 UP BOUND z_g144_p16 1
 UP BOUND z_g144_p20 1
 UP BOUND z_g144_p24 1
 UP BOUND z_g144_p28 1
 UP BOUND z_g144_p32 1
 UP BOUND z_g144_p36 1
 UP BOUND z_g144_p40 1
 BV BOUND x_g145_p46 1
 BV BOUND x_g146_p46 1
 BV BOUND x_g147_p47 1
 BV BOUND x_g147_p49 1
 UP BOUND z_g147_p47 1
 BV BOUND x_g148_p50 1
 BV BOUND x_g149_p50 1
 BV BOUND x_g150_p51 1
 BV BOUND x_g150_p53 1
 UP BOUND z_g150_p51 1
 BV BOUND x_g151_p54 1
 BV BOUND x_g152_p54 1
 BV BOUND x_g153_p55 1
 BV BOUND x_g153_p57 1
 UP BOUND z_g153_p55 1
 BV BOUND x_g154_p58 1
 BV BOUND x_g155_p58 1
 BV BOUND x_g156_p59 1
 BV BOUND x_g156_p61 1
 UP BOUND z_g156_p59 1
 BV BOUND x_g157_p0 1
 BV BOUND x_g157_p4 1
 BV BOUND x_g157_p8 1
 BV BOUND x_g157_p12 1
 BV BOUND x_g157_p16 1
 BV BOUND x_g157_p20 1
 BV BOUND x_g157_p24 1
 BV BOUND x_g157_p28 1
 BV BOUND x_g157_p32 1
 BV BOUND x_g157_p36 1
 BV BOUND x_g157_p40 1
 BV BOUND x_g157_p44 1
 BV BOUND x_g157_p48 1
 UP BOUND z_g157_p0 1
 UP BOUND z_g157_p4 1
 UP BOUND z_g157_p8 1
 UP BOUND z_g157_p12 1
 UP BOUND z_g157_p16 1
 UP BOUND z_g157_p20 1
 UP BOUND z_g157_p24 1
 UP BOUND z_g157_p28 1
 UP BOUND z_g157_p32 1
 UP BOUND z_g157_p36 1
 UP BOUND z_g157_p40 1
 UP BOUND z_g157_p44 1
 BV BOUND x_g158_p50 1
 BV BOUND x_g159_p50 1
 BV BOUND x_g160_p51 1
 BV BOUND x_g160_p53 1
 UP BOUND z_g160_p51 1
 BV BOUND x_g161_p54 1
 BV BOUND x_g162_p54 1
 BV BOUND x_g163_p55 1
 BV BOUND x_g163_p57 1
 UP BOUND z_g163_p55 1
 BV BOUND x_g164_p58 1
 BV BOUND x_g165_p58 1
 BV BOUND x_g166_p59 1
 BV BOUND x_g166_p61 1
 UP BOUND z_g166_p59 1
 BV BOUND x_g167_p62 1
 BV BOUND x_g168_p62 1
 BV BOUND x_g169_p63 1
 BV BOUND x_g169_p65 1
 UP BOUND z_g169_p63 1
 BV BOUND x_g170_p0 1
 BV BOUND x_g170_p4 1
 BV BOUND x_g170_p8 1
 BV BOUND x_g170_p12 1
 BV BOUND x_g170_p16 1
 BV BOUND x_g170_p20 1
 BV BOUND x_g170_p24 1
 BV BOUND x_g170_p28 1
 BV BOUND x_g170_p32 1
 BV BOUND x_g170_p36 1
 BV BOUND x_g170_p40 1
 BV BOUND x_g170_p44 1
 BV BOUND x_g170_p48 1
 BV BOUND x_g170_p52 1
 UP BOUND z_g170_p0 1
 UP BOUND z_g170_p4 1
 UP BOUND z_g170_p8 1
 UP BOUND z_g170_p12 1
 UP BOUND z_g170_p16 1
 UP BOUND z_g170_p20 1
 UP BOUND z_g170_p24 1
 UP BOUND z_g170_p28 1
 UP BOUND z_g170_p32 1
 UP BOUND z_g170_p36 1
 UP BOUND z_g170_p40 1
 UP BOUND z_g170_p44 1
 UP BOUND z_g170_p48 1
 BV BOUND x_g171_p54 1
 BV BOUND x_g172_p54 1
 BV BOUND x_g173_p55 1
 BV BOUND x_g173_p57 1
 UP BOUND z_g173_p55 1
 BV BOUND x_g174_p58 1
 BV BOUND x_g175_p58 1
 BV BOUND x_g176_p59 1
 BV BOUND x_g176_p61 1
 UP BOUND z_g176_p59 1
 BV BOUND x_g177_p62 1
 BV BOUND x_g178_p62 1
 BV BOUND x_g179_p63 1
 BV BOUND x_g179_p65 1
 UP BOUND z_g179_p63 1
 BV BOUND x_g180_p66 1
 BV BOUND x_g181_p66 1
 BV BOUND x_g182_p67 1
 BV BOUND x_g182_p69 1
 UP BOUND z_g182_p67 1
 BV BOUND x_g183_p0 1
 BV BOUND x_g183_p4 1
 BV BOUND x_g183_p8 1
 BV BOUND x_g183_p12 1
 BV BOUND x_g183_p16 1
 BV BOUND x_g183_p20 1
 BV BOUND x_g183_p24 1
 BV BOUND x_g183_p28 1
 BV BOUND x_g183_p32 1
 BV BOUND x_g183_p36 1
 BV BOUND x_g183_p40 1
 BV BOUND x_g183_p44 1
 BV BOUND x_g183_p48 1
 BV BOUND x_g183_p52 1
 BV BOUND x_g183_p56 1
 UP BOUND z_g183_p0 1
 UP BOUND z_g183_p4 1
 UP BOUND z_g183_p8 1
 UP BOUND z_g183_p12 1
 UP BOUND z_g183_p16 1
 UP BOUND z_g183_p20 1
 UP BOUND z_g183_p24 1
 UP BOUND z_g183_p28 1
 UP BOUND z_g183_p32 1
 UP BOUND z_g183_p36 1
 UP BOUND z_g183_p40 1
 UP BOUND z_g183_p44 1
 UP BOUND z_g183_p48 1
 UP BOUND z_g183_p52 1
 BV BOUND x_g184_p58 1
 BV BOUND x_g185_p58 1
 BV BOUND x_g186_p59 1
 BV BOUND x_g186_p61 1
 UP BOUND z_g186_p59 1
 BV BOUND x_g187_p62 1
 BV BOUND x_g188_p62 1
 BV BOUND x_g189_p63 1
 BV BOUND x_g189_p65 1
 UP BOUND z_g189_p63 1
 BV BOUND x_g190_p66 1
 BV BOUND x_g191_p66 1
 BV BOUND x_g192_p67 1
 BV BOUND x_g192_p69 1
 UP BOUND z_g192_p67 1
 BV BOUND x_g193_p70 1
 BV BOUND x_g194_p70 1
 BV BOUND x_g195_p71 1
 BV BOUND x_g195_p73 1
 UP BOUND z_g195_p71 1
 BV BOUND x_g196_p0 1
 BV BOUND x_g196_p4 1
 BV BOUND x_g196_p8 1
 BV BOUND x_g196_p12 1
 BV BOUND x_g196_p16 1
 BV BOUND x_g196_p20 1
 BV BOUND x_g196_p24 1
 BV BOUND x_g196_p28 1
 BV BOUND x_g196_p32 1
 BV BOUND x_g196_p36 1
 BV BOUND x_g196_p40 1
 BV BOUND x_g196_p44 1
 BV BOUND x_g196_p48 1
 BV BOUND x_g196_p52 1
 BV BOUND x_g196_p56 1
 BV BOUND x_g196_p60 1
 BV BOUND x_g196_p64 1
 BV BOUND x_g196_p68 1
 BV BOUND x_g196_p72 1
 UP BOUND z_g196_p0 1
 UP BOUND z_g196_p4 1
 UP BOUND z_g196_p8 1
 UP BOUND z_g196_p12 1
 UP BOUND z_g196_p16 1
 UP BOUND z_g196_p20 1
 UP BOUND z_g196_p24 1
 UP BOUND z_g196_p28 1
 UP BOUND z_g196_p32 1
 UP BOUND z_g196_p36 1
 UP BOUND z_g196_p40 1
 UP BOUND z_g196_p44 1
 UP BOUND z_g196_p48 1
 UP BOUND z_g196_p52 1
 UP BOUND z_g196_p56 1
 UP BOUND z_g196_p60 1
 UP BOUND z_g196_p64 1
 UP BOUND z_g196_p68 1
 BV BOUND x_g197_p0 1
 BV BOUND x_g197_p4 1
 BV BOUND x_g197_p8 1
 BV BOUND x_g197_p12 1
 BV BOUND x_g197_p16 1
 BV BOUND x_g197_p20 1
 BV BOUND x_g197_p24 1
 BV BOUND x_g197_p28 1
 BV BOUND x_g197_p32 1
 BV BOUND x_g197_p36 1
 BV BOUND x_g197_p40 1
 BV BOUND x_g197_p44 1
 BV BOUND x_g197_p48 1
 BV BOUND x_g197_p52 1
 BV BOUND x_g197_p56 1
 BV BOUND x_g197_p60 1
 BV BOUND x_g197_p64 1
 BV BOUND x_g197_p68 1
 BV BOUND x_g197_p72 1
 UP BOUND z_g197_p0 1
 UP BOUND z_g197_p4 1
 UP BOUND z_g197_p8 1
 UP BOUND z_g197_p12 1
 UP BOUND z_g197_p16 1
 UP BOUND z_g197_p20 1
 UP BOUND z_g197_p24 1
 UP BOUND z_g197_p28 1
 UP BOUND z_g197_p32 1
 UP BOUND z_g197_p36 1
 UP BOUND z_g197_p40 1
 UP BOUND z_g197_p44 1
 UP BOUND z_g197_p48 1
 UP BOUND z_g197_p52 1
 UP BOUND z_g197_p56 1
 UP BOUND z_g197_p60 1
 UP BOUND z_g197_p64 1
 UP BOUND z_g197_p68 1
 BV BOUND x_g198_p0 1
 BV BOUND x_g198_p4 1
 BV BOUND x_g198_p8 1
 BV BOUND x_g198_p12 1
 BV BOUND x_g198_p16 1
 BV BOUND x_g198_p20 1
 BV BOUND x_g198_p24 1
 BV BOUND x_g198_p28 1
 BV BOUND x_g198_p32 1
 BV BOUND x_g198_p36 1
 BV BOUND x_g198_p40 1
 BV BOUND x_g198_p44 1
 BV BOUND x_g198_p48 1
 BV BOUND x_g198_p52 1
 BV BOUND x_g198_p56 1
 BV BOUND x_g198_p60 1
 BV BOUND x_g198_p64 1
 BV BOUND x_g198_p68 1
 BV BOUND x_g198_p72 1
 UP BOUND z_g198_p0 1
 UP BOUND z_g198_p4 1
 UP BOUND z_g198_p8 1
 UP BOUND z_g198_p12 1
 UP BOUND z_g198_p16 1
 UP BOUND z_g198_p20 1
 UP BOUND z_g198_p24 1
 UP BOUND z_g198_p28 1
 UP BOUND z_g198_p32 1
 UP BOUND z_g198_p36 1
 UP BOUND z_g198_p40 1
 UP BOUND z_g198_p44 1
 UP BOUND z_g198_p48 1
 UP BOUND z_g198_p52 1
 UP BOUND z_g198_p56 1
 UP BOUND z_g198_p60 1
 UP BOUND z_g198_p64 1
 UP BOUND z_g198_p68 1
 BV BOUND x_g199_p0 1
 BV BOUND x_g199_p4 1
 BV BOUND x_g199_p8 1
 BV BOUND x_g199_p12 1
 BV BOUND x_g199_p16 1
 BV BOUND x_g199_p20 1
 BV BOUND x_g199_p24 1
 BV BOUND x_g199_p28 1
 BV BOUND x_g199_p32 1
 BV BOUND x_g199_p36 1
 BV BOUND x_g199_p40 1
 BV BOUND x_g199_p44 1
 BV BOUND x_g199_p48 1
 BV BOUND x_g199_p52 1
 BV BOUND x_g199_p56 1
 BV BOUND x_g199_p60 1
 BV BOUND x_g199_p64 1
 BV BOUND x_g199_p68 1
 BV BOUND x_g199_p72 1
 UP BOUND z_g199_p0 1
 UP BOUND z_g199_p4 1
 UP BOUND z_g199_p8 1
 UP BOUND z_g199_p12 1
 UP BOUND z_g199_p16 1
 UP BOUND z_g199_p20 1
 UP BOUND z_g199_p24 1
 UP BOUND z_g199_p28 1
 UP BOUND z_g199_p32 1
 UP BOUND z_g199_p36 1
 UP BOUND z_g199_p40 1
 UP BOUND z_g199_p44 1
 UP BOUND z_g199_p48 1
 UP BOUND z_g199_p52 1
 UP BOUND z_g199_p56 1
 UP BOUND z_g199_p60 1
 UP BOUND z_g199_p64 1
 UP BOUND z_g199_p68 1
 BV BOUND x_g200_p62 1
 BV BOUND x_g200_p66 1
 BV BOUND x_g200_p70 1
 BV BOUND x_g200_p74 1
 UP BOUND z_g200_p62 1
 UP BOUND z_g200_p66 1
 UP BOUND z_g200_p70 1
 BV BOUND x_g201_p62 1
 BV BOUND x_g201_p66 1
 BV BOUND x_g201_p70 1
 BV BOUND x_g201_p74 1
 UP BOUND z_g201_p62 1
 UP BOUND z_g201_p66 1
 UP BOUND z_g201_p70 1
 BV BOUND x_g202_p62 1
 BV BOUND x_g202_p66 1
 BV BOUND x_g202_p70 1
 BV BOUND x_g202_p74 1
 UP BOUND z_g202_p62 1
 UP BOUND z_g202_p66 1
 UP BOUND z_g202_p70 1
 BV BOUND x_g203_p63 1
 BV BOUND x_g203_p65 1
 BV BOUND x_g203_p67 1
 BV BOUND x_g203_p69 1
 BV BOUND x_g203_p71 1
 BV BOUND x_g203_p73 1
 BV BOUND x_g203_p75 1
 BV BOUND x_g203_p77 1
 UP BOUND z_g203_p63 1
 UP BOUND z_g203_p65 1
 UP BOUND z_g203_p67 1
 UP BOUND z_g203_p69 1
 UP BOUND z_g203_p71 1
 UP BOUND z_g203_p73 1
 UP BOUND z_g203_p75 1
 BV BOUND x_g204_p66 1
 BV BOUND x_g204_p70 1
 BV BOUND x_g204_p74 1
 UP BOUND z_g204_p66 1
 UP BOUND z_g204_p70 1
 BV BOUND x_g205_p66 1
 BV BOUND x_g205_p70 1
 BV BOUND x_g205_p74 1
 UP BOUND z_g205_p66 1
 UP BOUND z_g205_p70 1
 BV BOUND x_g206_p66 1
 BV BOUND x_g206_p70 1
 BV BOUND x_g206_p74 1
 UP BOUND z_g206_p66 1
 UP BOUND z_g206_p70 1
 BV BOUND x_g207_p67 1
 BV BOUND x_g207_p69 1
 BV BOUND x_g207_p71 1
 BV BOUND x_g207_p73 1
 BV BOUND x_g207_p75 1
 BV BOUND x_g207_p77 1
 UP BOUND z_g207_p67 1
 UP BOUND z_g207_p69 1
 UP BOUND z_g207_p71 1
 UP BOUND z_g207_p73 1
 UP BOUND z_g207_p75 1
 BV BOUND x_g208_p70 1
 BV BOUND x_g208_p74 1
 UP BOUND z_g208_p70 1
 BV BOUND x_g209_p70 1
 BV BOUND x_g209_p74 1
 UP BOUND z_g209_p70 1
 BV BOUND x_g210_p70 1
 BV BOUND x_g210_p74 1
 UP BOUND z_g210_p70 1
 BV BOUND x_g211_p71 1
 BV BOUND x_g211_p73 1
 BV BOUND x_g211_p75 1
 BV BOUND x_g211_p77 1
 UP BOUND z_g211_p71 1
 UP BOUND z_g211_p73 1
 UP BOUND z_g211_p75 1
 BV BOUND x_g212_p74 1
 BV BOUND x_g213_p74 1
 BV BOUND x_g214_p74 1
 BV BOUND x_g215_p75 1
 BV BOUND x_g215_p77 1
 UP BOUND z_g215_p75 1
 BV BOUND x_g216_p78 1
 BV BOUND x_g217_p78 1
 BV BOUND x_g218_p79 1
 LO BOUND d_half 7
 UI BOUND d_half 21
 UP BOUND o_v4_c3 1
 UP BOUND o_v4_c5 1
 UP BOUND o_v4_c7 1
 UP BOUND o_v4_c9 1
 UP BOUND o_v4_c11 1
 UP BOUND o_v4_c13 1
 UP BOUND o_v4_c15 1
 UP BOUND o_v4_c17 1
 UP BOUND o_v4_c19 1
 UP BOUND o_v4_c21 1
 UP BOUND o_v4_c23 1
 UP BOUND o_v4_c25 1
 UP BOUND o_v4_c27 1
 UP BOUND o_v4_c29 1
 UP BOUND o_v4_c31 1
 UP BOUND o_v4_c33 1
 UP BOUND o_v4_c35 1
 UP BOUND o_v4_c37 1
 UP BOUND o_v4_c39 1
 UP BOUND o_v4_c41 1
 UP BOUND o_v4_c43 1
 UP BOUND o_v4_c45 1
 UP BOUND o_v4_c47 1
 UP BOUND o_v4_c49 1
 UP BOUND o_v4_c51 1
 UP BOUND o_v4_c53 1
 UP BOUND o_v4_c55 1
 UP BOUND o_v4_c57 1
 UP BOUND dy_v4_L0 1
 UP BOUND dy_v4_L1 1
 UP BOUND dy_v4_L2 1
 UP BOUND dy_v4_L3 1
 UP BOUND dy_v4_L4 1
 UP BOUND dy_v4_L5 1
 UP BOUND dy_v4_L6 1
 UP BOUND dy_v4_L7 1
 UP BOUND dy_v4_L8 1
 UP BOUND dy_v4_L9 1
 UP BOUND dy_v4_L10 1
 UP BOUND dy_v4_L11 1
 UP BOUND dy_v4_L12 1
 UP BOUND dy_v4_L13 1
 UP BOUND dy_v4_L14 1
 UP BOUND o_v5_c3 1
 UP BOUND o_v5_c5 1
 UP BOUND o_v5_c7 1
 UP BOUND o_v5_c9 1
 UP BOUND o_v5_c11 1
 UP BOUND o_v5_c13 1
 UP BOUND o_v5_c15 1
 UP BOUND o_v5_c17 1
 UP BOUND o_v5_c19 1
 UP BOUND o_v5_c21 1
 UP BOUND o_v5_c23 1
 UP BOUND o_v5_c25 1
 UP BOUND o_v5_c27 1
 UP BOUND o_v5_c29 1
 UP BOUND o_v5_c31 1
 UP BOUND o_v5_c33 1
 UP BOUND o_v5_c35 1
 UP BOUND o_v5_c37 1
 UP BOUND o_v5_c39 1
 UP BOUND o_v5_c41 1
 UP BOUND o_v5_c43 1
 UP BOUND o_v5_c45 1
 UP BOUND o_v5_c47 1
 UP BOUND o_v5_c49 1
 UP BOUND o_v5_c51 1
 UP BOUND o_v5_c53 1
 UP BOUND o_v5_c55 1
 UP BOUND o_v5_c57 1
 UP BOUND o_v5_c59 1
 UP BOUND o_v5_c61 1
 UP BOUND o_v5_c63 1
 UP BOUND o_v5_c65 1
 UP BOUND o_v5_c67 1
 UP BOUND o_v5_c69 1
 UP BOUND o_v5_c71 1
 UP BOUND o_v5_c73 1
 UP BOUND dy_v5_L0 1
 UP BOUND dy_v5_L1 1
 UP BOUND dy_v5_L2 1
 UP BOUND dy_v5_L3 1
 UP BOUND dy_v5_L4 1
 UP BOUND dy_v5_L5 1
 UP BOUND dy_v5_L6 1
 UP BOUND dy_v5_L7 1
 UP BOUND dy_v5_L8 1
 UP BOUND dy_v5_L9 1
 UP BOUND dy_v5_L10 1
 UP BOUND dy_v5_L11 1
 UP BOUND dy_v5_L12 1
 UP BOUND dy_v5_L13 1
 UP BOUND dy_v5_L14 1
 UP BOUND dy_v5_L15 1
 UP BOUND dy_v5_L16 1
 UP BOUND dy_v5_L17 1
 UP BOUND dy_v5_L18 1
 UP BOUND o_v6_c17 1
 UP BOUND o_v7_c5 1
 UP BOUND o_v8_c3 1
 UP BOUND o_v8_c5 1
 UP BOUND o_v9_c3 1
 UP BOUND o_v9_c5 1
 UP BOUND o_v10_c3 1
 UP BOUND o_v10_c9 1
 UP BOUND dy_v10_L2 1
 UP BOUND o_v11_c7 1
 UP BOUND o_v11_c9 1
 UP BOUND o_v12_c7 1
 UP BOUND o_v12_c9 1
 UP BOUND o_v13_c7 1
 UP BOUND o_v13_c13 1
 UP BOUND dy_v13_L3 1
 UP BOUND o_v14_c11 1
 UP BOUND o_v14_c13 1
 UP BOUND o_v15_c11 1
 UP BOUND o_v15_c13 1
 UP BOUND o_v16_c11 1
 UP BOUND o_v16_c17 1
 UP BOUND dy_v16_L4 1
 UP BOUND o_v17_c15 1
 UP BOUND o_v17_c17 1
 UP BOUND o_v18_c15 1
 UP BOUND o_v18_c17 1
 UP BOUND o_v20_c9 1
 UP BOUND o_v21_c7 1
 UP BOUND o_v21_c9 1
 UP BOUND o_v22_c7 1
 UP BOUND o_v22_c9 1
 UP BOUND o_v23_c7 1
 UP BOUND o_v23_c13 1
 UP BOUND dy_v23_L3 1
 UP BOUND o_v24_c11 1
 UP BOUND o_v24_c13 1
 UP BOUND o_v25_c11 1
 UP BOUND o_v25_c13 1
 UP BOUND o_v26_c11 1
 UP BOUND o_v26_c17 1
 UP BOUND dy_v26_L4 1
 UP BOUND o_v27_c15 1
 UP BOUND o_v27_c17 1
 UP BOUND o_v28_c15 1
 UP BOUND o_v28_c17 1
 UP BOUND o_v29_c15 1
 UP BOUND o_v29_c21 1
 UP BOUND dy_v29_L5 1
 UP BOUND o_v30_c19 1
 UP BOUND o_v30_c21 1
 UP BOUND o_v31_c19 1
 UP BOUND o_v31_c21 1
 UP BOUND o_v33_c13 1
 UP BOUND o_v34_c11 1
 UP BOUND o_v34_c13 1
 UP BOUND o_v35_c11 1
 UP BOUND o_v35_c13 1
 UP BOUND o_v36_c11 1
 UP BOUND o_v36_c17 1
 UP BOUND dy_v36_L4 1
 UP BOUND o_v37_c15 1
 UP BOUND o_v37_c17 1
 UP BOUND o_v38_c15 1
 UP BOUND o_v38_c17 1
 UP BOUND o_v39_c15 1
 UP BOUND o_v39_c21 1
 UP BOUND dy_v39_L5 1
 UP BOUND o_v40_c19 1
 UP BOUND o_v40_c21 1
 UP BOUND o_v41_c19 1
 UP BOUND o_v41_c21 1
 UP BOUND o_v42_c19 1
 UP BOUND o_v42_c25 1
 UP BOUND dy_v42_L6 1
 UP BOUND o_v43_c23 1
 UP BOUND o_v43_c25 1
 UP BOUND o_v44_c23 1
 UP BOUND o_v44_c25 1
 UP BOUND o_v46_c17 1
 UP BOUND o_v47_c15 1
 UP BOUND o_v47_c17 1
 UP BOUND o_v48_c15 1
 UP BOUND o_v48_c17 1
 UP BOUND o_v49_c15 1
 UP BOUND o_v49_c21 1
 UP BOUND dy_v49_L5 1
 UP BOUND o_v50_c19 1
 UP BOUND o_v50_c21 1
 UP BOUND o_v51_c19 1
 UP BOUND o_v51_c21 1
 UP BOUND o_v52_c19 1
 UP BOUND o_v52_c25 1
 UP BOUND dy_v52_L6 1
 UP BOUND o_v53_c23 1
 UP BOUND o_v53_c25 1
 UP BOUND o_v54_c23 1
 UP BOUND o_v54_c25 1
 UP BOUND o_v55_c23 1
 UP BOUND o_v55_c29 1
 UP BOUND dy_v55_L7 1
 UP BOUND o_v56_c27 1
 UP BOUND o_v56_c29 1
 UP BOUND o_v57_c27 1
 UP BOUND o_v57_c29 1
 UP BOUND o_v59_c21 1
 UP BOUND o_v60_c19 1
 UP BOUND o_v60_c21 1
 UP BOUND o_v61_c19 1
 UP BOUND o_v61_c21 1
 UP BOUND o_v62_c19 1
 UP BOUND o_v62_c25 1
 UP BOUND dy_v62_L6 1
 UP BOUND o_v63_c23 1
 UP BOUND o_v63_c25 1
 UP BOUND o_v64_c23 1
 UP BOUND o_v64_c25 1
 UP BOUND o_v65_c23 1
 UP BOUND o_v65_c29 1
 UP BOUND dy_v65_L7 1
 UP BOUND o_v66_c27 1
 UP BOUND o_v66_c29 1
 UP BOUND o_v67_c27 1
 UP BOUND o_v67_c29 1
 UP BOUND o_v68_c27 1
 UP BOUND o_v68_c33 1
 UP BOUND dy_v68_L8 1
 UP BOUND o_v69_c31 1
 UP BOUND o_v69_c33 1
 UP BOUND o_v70_c31 1
 UP BOUND o_v70_c33 1
 UP BOUND o_v72_c25 1
 UP BOUND o_v73_c23 1
 UP BOUND o_v73_c25 1
 UP BOUND o_v74_c23 1
 UP BOUND o_v74_c25 1
 UP BOUND o_v75_c23 1
 UP BOUND o_v75_c29 1
 UP BOUND dy_v75_L7 1
 UP BOUND o_v76_c27 1
 UP BOUND o_v76_c29 1
 UP BOUND o_v77_c27 1
 UP BOUND o_v77_c29 1
 UP BOUND o_v78_c27 1
 UP BOUND o_v78_c33 1
 UP BOUND dy_v78_L8 1
 UP BOUND o_v79_c31 1
 UP BOUND o_v79_c33 1
 UP BOUND o_v80_c31 1
 UP BOUND o_v80_c33 1
 UP BOUND o_v81_c31 1
 UP BOUND o_v81_c37 1
 UP BOUND dy_v81_L9 1
 UP BOUND o_v82_c35 1
 UP BOUND o_v82_c37 1
 UP BOUND o_v83_c35 1
 UP BOUND o_v83_c37 1
 UP BOUND o_v85_c29 1
 UP BOUND o_v86_c27 1
 UP BOUND o_v86_c29 1
 UP BOUND o_v87_c27 1
 UP BOUND o_v87_c29 1
 UP BOUND o_v88_c27 1
 UP BOUND o_v88_c33 1
 UP BOUND dy_v88_L8 1
 UP BOUND o_v89_c31 1
 UP BOUND o_v89_c33 1
 UP BOUND o_v90_c31 1
 UP BOUND o_v90_c33 1
 UP BOUND o_v91_c31 1
 UP BOUND o_v91_c37 1
 UP BOUND dy_v91_L9 1
 UP BOUND o_v92_c35 1
 UP BOUND o_v92_c37 1
 UP BOUND o_v93_c35 1
 UP BOUND o_v93_c37 1
 UP BOUND o_v94_c35 1
 UP BOUND o_v94_c41 1
 UP BOUND dy_v94_L10 1
 UP BOUND o_v95_c39 1
 UP BOUND o_v95_c41 1
 UP BOUND o_v96_c39 1
 UP BOUND o_v96_c41 1
 UP BOUND o_v98_c33 1
 UP BOUND o_v99_c31 1
 UP BOUND o_v99_c33 1
 UP BOUND o_v100_c31 1
 UP BOUND o_v100_c33 1
 UP BOUND o_v101_c31 1
 UP BOUND o_v101_c37 1
 UP BOUND dy_v101_L9 1
 UP BOUND o_v102_c35 1
 UP BOUND o_v102_c37 1
 UP BOUND o_v103_c35 1
 UP BOUND o_v103_c37 1
 UP BOUND o_v104_c35 1
 UP BOUND o_v104_c41 1
 UP BOUND dy_v104_L10 1
 UP BOUND o_v105_c39 1
 UP BOUND o_v105_c41 1
 UP BOUND o_v106_c39 1
 UP BOUND o_v106_c41 1
 UP BOUND o_v107_c39 1
 UP BOUND o_v107_c45 1
 UP BOUND dy_v107_L11 1
 UP BOUND o_v108_c43 1
 UP BOUND o_v108_c45 1
 UP BOUND o_v109_c43 1
 UP BOUND o_v109_c45 1
 UP BOUND o_v111_c37 1
 UP BOUND o_v112_c35 1
 UP BOUND o_v112_c37 1
 UP BOUND o_v113_c35 1
 UP BOUND o_v113_c37 1
 UP BOUND o_v114_c35 1
 UP BOUND o_v114_c41 1
 UP BOUND dy_v114_L10 1
 UP BOUND o_v115_c39 1
 UP BOUND o_v115_c41 1
 UP BOUND o_v116_c39 1
 UP BOUND o_v116_c41 1
 UP BOUND o_v117_c39 1
 UP BOUND o_v117_c45 1
 UP BOUND dy_v117_L11 1
 UP BOUND o_v118_c43 1
 UP BOUND o_v118_c45 1
 UP BOUND o_v119_c43 1
 UP BOUND o_v119_c45 1
 UP BOUND o_v120_c43 1
 UP BOUND o_v120_c49 1
 UP BOUND dy_v120_L12 1
 UP BOUND o_v121_c47 1
 UP BOUND o_v121_c49 1
 UP BOUND o_v122_c47 1
 UP BOUND o_v122_c49 1
 UP BOUND o_v124_c41 1
 UP BOUND o_v125_c39 1
 UP BOUND o_v125_c41 1
 UP BOUND o_v126_c39 1
 UP BOUND o_v126_c41 1
 UP BOUND o_v127_c39 1
 UP BOUND o_v127_c45 1
 UP BOUND dy_v127_L11 1
 UP BOUND o_v128_c43 1
 UP BOUND o_v128_c45 1
 UP BOUND o_v129_c43 1
 UP BOUND o_v129_c45 1
 UP BOUND o_v130_c43 1
 UP BOUND o_v130_c49 1
 UP BOUND dy_v130_L12 1
 UP BOUND o_v131_c47 1
 UP BOUND o_v131_c49 1
 UP BOUND o_v132_c47 1
 UP BOUND o_v132_c49 1
 UP BOUND o_v133_c47 1
 UP BOUND o_v133_c53 1
 UP BOUND dy_v133_L13 1
 UP BOUND o_v134_c51 1
 UP BOUND o_v134_c53 1
 UP BOUND o_v135_c51 1
 UP BOUND o_v135_c53 1
 UP BOUND o_v137_c45 1
 UP BOUND o_v138_c43 1
 UP BOUND o_v138_c45 1
 UP BOUND o_v139_c43 1
 UP BOUND o_v139_c45 1
 UP BOUND o_v140_c43 1
 UP BOUND o_v140_c49 1
 UP BOUND dy_v140_L12 1
 UP BOUND o_v141_c47 1
 UP BOUND o_v141_c49 1
 UP BOUND o_v142_c47 1
 UP BOUND o_v142_c49 1
 UP BOUND o_v143_c47 1
 UP BOUND o_v143_c53 1
 UP BOUND dy_v143_L13 1
 UP BOUND o_v144_c51 1
 UP BOUND o_v144_c53 1
 UP BOUND o_v145_c51 1
 UP BOUND o_v145_c53 1
 UP BOUND o_v146_c51 1
 UP BOUND o_v146_c57 1
 UP BOUND dy_v146_L14 1
 UP BOUND o_v147_c55 1
 UP BOUND o_v147_c57 1
 UP BOUND o_v148_c55 1
 UP BOUND o_v148_c57 1
 UP BOUND o_v150_c49 1
 UP BOUND o_v151_c47 1
 UP BOUND o_v151_c49 1
 UP BOUND o_v152_c47 1
 UP BOUND o_v152_c49 1
 UP BOUND o_v153_c47 1
 UP BOUND o_v153_c53 1
 UP BOUND dy_v153_L13 1
 UP BOUND o_v154_c51 1
 UP BOUND o_v154_c53 1
 UP BOUND o_v155_c51 1
 UP BOUND o_v155_c53 1
 UP BOUND o_v156_c51 1
 UP BOUND o_v156_c57 1
 UP BOUND dy_v156_L14 1
 UP BOUND o_v157_c55 1
 UP BOUND o_v157_c57 1
 UP BOUND o_v158_c55 1
 UP BOUND o_v158_c57 1
 UP BOUND o_v159_c55 1
 UP BOUND o_v159_c61 1
 UP BOUND dy_v159_L15 1
 UP BOUND o_v160_c59 1
 UP BOUND o_v160_c61 1
 UP BOUND o_v161_c59 1
 UP BOUND o_v161_c61 1
 UP BOUND o_v163_c53 1
 UP BOUND o_v164_c51 1
 UP BOUND o_v164_c53 1
 UP BOUND o_v165_c51 1
 UP BOUND o_v165_c53 1
 UP BOUND o_v166_c51 1
 UP BOUND o_v166_c57 1
 UP BOUND dy_v166_L14 1
 UP BOUND o_v167_c55 1
 UP BOUND o_v167_c57 1
 UP BOUND o_v168_c55 1
 UP BOUND o_v168_c57 1
 UP BOUND o_v169_c55 1
 UP BOUND o_v169_c61 1
 UP BOUND dy_v169_L15 1
 UP BOUND o_v170_c59 1
 UP BOUND o_v170_c61 1
 UP BOUND o_v171_c59 1
 UP BOUND o_v171_c61 1
 UP BOUND o_v172_c59 1
 UP BOUND o_v172_c65 1
 UP BOUND dy_v172_L16 1
 UP BOUND o_v173_c63 1
 UP BOUND o_v173_c65 1
 UP BOUND o_v174_c63 1
 UP BOUND o_v174_c65 1
 UP BOUND o_v176_c57 1
 UP BOUND o_v177_c55 1
 UP BOUND o_v177_c57 1
 UP BOUND o_v178_c55 1
 UP BOUND o_v178_c57 1
 UP BOUND o_v179_c55 1
 UP BOUND o_v179_c61 1
 UP BOUND dy_v179_L15 1
 UP BOUND o_v180_c59 1
 UP BOUND o_v180_c61 1
 UP BOUND o_v181_c59 1
 UP BOUND o_v181_c61 1
 UP BOUND o_v182_c59 1
 UP BOUND o_v182_c65 1
 UP BOUND dy_v182_L16 1
 UP BOUND o_v183_c63 1
 UP BOUND o_v183_c65 1
 UP BOUND o_v184_c63 1
 UP BOUND o_v184_c65 1
 UP BOUND o_v185_c63 1
 UP BOUND o_v185_c69 1
 UP BOUND dy_v185_L17 1
 UP BOUND o_v186_c67 1
 UP BOUND o_v186_c69 1
 UP BOUND o_v187_c67 1
 UP BOUND o_v187_c69 1
 UP BOUND o_v189_c61 1
 UP BOUND o_v190_c59 1
 UP BOUND o_v190_c61 1
 UP BOUND o_v191_c59 1
 UP BOUND o_v191_c61 1
 UP BOUND o_v193_c63 1
 UP BOUND o_v193_c65 1
 UP BOUND o_v194_c63 1
 UP BOUND o_v194_c65 1
 UP BOUND o_v196_c67 1
 UP BOUND o_v196_c69 1
 UP BOUND o_v197_c67 1
 UP BOUND o_v197_c69 1
 UP BOUND o_v199_c71 1
 UP BOUND o_v199_c73 1
 UP BOUND o_v200_c71 1
 UP BOUND o_v200_c73 1
 UP BOUND o_v202_c1 1
 UP BOUND o_v202_c3 1
 UP BOUND o_v202_c5 1
 UP BOUND o_v202_c7 1
 UP BOUND o_v202_c9 1
 UP BOUND o_v202_c11 1
 UP BOUND o_v202_c13 1
 UP BOUND o_v202_c15 1
 UP BOUND o_v202_c17 1
 UP BOUND o_v202_c19 1
 UP BOUND o_v202_c21 1
 UP BOUND o_v202_c23 1
 UP BOUND o_v202_c25 1
 UP BOUND o_v202_c27 1
 UP BOUND o_v202_c29 1
 UP BOUND o_v202_c31 1
 UP BOUND o_v202_c33 1
 UP BOUND o_v202_c35 1
 UP BOUND o_v202_c37 1
 UP BOUND o_v202_c39 1
 UP BOUND o_v202_c41 1
 UP BOUND o_v202_c43 1
 UP BOUND o_v202_c45 1
 UP BOUND o_v202_c47 1
 UP BOUND o_v202_c49 1
 UP BOUND o_v202_c51 1
 UP BOUND o_v202_c53 1
 UP BOUND o_v202_c55 1
 UP BOUND o_v202_c57 1
 UP BOUND o_v202_c59 1
 UP BOUND o_v202_c61 1
 UP BOUND o_v202_c63 1
 UP BOUND o_v202_c65 1
 UP BOUND o_v202_c67 1
 UP BOUND o_v202_c69 1
 UP BOUND o_v202_c71 1
 UP BOUND o_v202_c73 1
 UP BOUND o_v202_c75 1
 UP BOUND o_v203_c1 1
 UP BOUND o_v203_c3 1
 UP BOUND o_v203_c5 1
 UP BOUND o_v203_c7 1
 UP BOUND o_v203_c9 1
 UP BOUND o_v203_c11 1
 UP BOUND o_v203_c13 1
 UP BOUND o_v203_c15 1
 UP BOUND o_v203_c17 1
 UP BOUND o_v203_c19 1
 UP BOUND o_v203_c21 1
 UP BOUND o_v203_c23 1
 UP BOUND o_v203_c25 1
 UP BOUND o_v203_c27 1
 UP BOUND o_v203_c29 1
 UP BOUND o_v203_c31 1
 UP BOUND o_v203_c33 1
 UP BOUND o_v203_c35 1
 UP BOUND o_v203_c37 1
 UP BOUND o_v203_c39 1
 UP BOUND o_v203_c41 1
 UP BOUND o_v203_c43 1
 UP BOUND o_v203_c45 1
 UP BOUND o_v203_c47 1
 UP BOUND o_v203_c49 1
 UP BOUND o_v203_c51 1
 UP BOUND o_v203_c53 1
 UP BOUND o_v203_c55 1
 UP BOUND o_v203_c57 1
 UP BOUND o_v203_c59 1
 UP BOUND o_v203_c61 1
 UP BOUND o_v203_c63 1
 UP BOUND o_v203_c65 1
 UP BOUND o_v203_c67 1
 UP BOUND o_v203_c69 1
 UP BOUND o_v203_c71 1
 UP BOUND o_v203_c73 1
 UP BOUND o_v203_c75 1
 UP BOUND o_v204_c1 1
 UP BOUND o_v204_c3 1
 UP BOUND o_v204_c5 1
 UP BOUND o_v204_c7 1
 UP BOUND o_v204_c9 1
 UP BOUND o_v204_c11 1
 UP BOUND o_v204_c13 1
 UP BOUND o_v204_c15 1
 UP BOUND o_v204_c17 1
 UP BOUND o_v204_c19 1
 UP BOUND o_v204_c21 1
 UP BOUND o_v204_c23 1
 UP BOUND o_v204_c25 1
 UP BOUND o_v204_c27 1
 UP BOUND o_v204_c29 1
 UP BOUND o_v204_c31 1
 UP BOUND o_v204_c33 1
 UP BOUND o_v204_c35 1
 UP BOUND o_v204_c37 1
 UP BOUND o_v204_c39 1
 UP BOUND o_v204_c41 1
 UP BOUND o_v204_c43 1
 UP BOUND o_v204_c45 1
 UP BOUND o_v204_c47 1
 UP BOUND o_v204_c49 1
 UP BOUND o_v204_c51 1
 UP BOUND o_v204_c53 1
 UP BOUND o_v204_c55 1
 UP BOUND o_v204_c57 1
 UP BOUND o_v204_c59 1
 UP BOUND o_v204_c61 1
 UP BOUND o_v204_c63 1
 UP BOUND o_v204_c65 1
 UP BOUND o_v204_c67 1
 UP BOUND o_v204_c69 1
 UP BOUND o_v204_c71 1
 UP BOUND o_v204_c73 1
 UP BOUND o_v204_c75 1
 UP BOUND o_v205_c1 1
 UP BOUND o_v205_c3 1
 UP BOUND o_v205_c5 1
 UP BOUND o_v205_c7 1
 UP BOUND o_v205_c9 1
 UP BOUND o_v205_c11 1
 UP BOUND o_v205_c13 1
 UP BOUND o_v205_c15 1
 UP BOUND o_v205_c17 1
 UP BOUND o_v205_c19 1
 UP BOUND o_v205_c21 1
 UP BOUND o_v205_c23 1
 UP BOUND o_v205_c25 1
 UP BOUND o_v205_c27 1
 UP BOUND o_v205_c29 1
 UP BOUND o_v205_c31 1
 UP BOUND o_v205_c33 1
 UP BOUND o_v205_c35 1
 UP BOUND o_v205_c37 1
 UP BOUND o_v205_c39 1
 UP BOUND o_v205_c41 1
 UP BOUND o_v205_c43 1
 UP BOUND o_v205_c45 1
 UP BOUND o_v205_c47 1
 UP BOUND o_v205_c49 1
 UP BOUND o_v205_c51 1
 UP BOUND o_v205_c53 1
 UP BOUND o_v205_c55 1
 UP BOUND o_v205_c57 1
 UP BOUND o_v205_c59 1
 UP BOUND o_v205_c61 1
 UP BOUND o_v205_c63 1
 UP BOUND o_v205_c65 1
 UP BOUND o_v205_c67 1
 UP BOUND o_v205_c69 1
 UP BOUND o_v205_c71 1
 UP BOUND o_v206_c63 1
 UP BOUND o_v206_c65 1
 UP BOUND o_v206_c67 1
 UP BOUND o_v206_c69 1
 UP BOUND o_v206_c71 1
 UP BOUND o_v206_c73 1
 UP BOUND o_v206_c75 1
 UP BOUND o_v206_c77 1
 UP BOUND o_v207_c63 1
 UP BOUND o_v207_c65 1
 UP BOUND o_v207_c67 1
 UP BOUND o_v207_c69 1
 UP BOUND o_v207_c71 1
 UP BOUND o_v207_c73 1
 UP BOUND o_v207_c75 1
 UP BOUND o_v207_c77 1
 UP BOUND o_v208_c63 1
 UP BOUND o_v208_c65 1
 UP BOUND o_v208_c67 1
 UP BOUND o_v208_c69 1
 UP BOUND o_v208_c71 1
 UP BOUND o_v208_c73 1
 UP BOUND o_v208_c75 1
 UP BOUND o_v208_c77 1
 UP BOUND o_v209_c63 1
 UP BOUND o_v209_c65 1
 UP BOUND o_v209_c67 1
 UP BOUND o_v209_c69 1
 UP BOUND o_v209_c71 1
 UP BOUND o_v209_c73 1
 UP BOUND o_v209_c75 1
 UP BOUND o_v210_c67 1
 UP BOUND o_v210_c69 1
 UP BOUND o_v210_c71 1
 UP BOUND o_v210_c73 1
 UP BOUND o_v210_c75 1
 UP BOUND o_v210_c77 1
 UP BOUND o_v211_c67 1
 UP BOUND o_v211_c69 1
 UP BOUND o_v211_c71 1
 UP BOUND o_v211_c73 1
 UP BOUND o_v211_c75 1
 UP BOUND o_v211_c77 1
 UP BOUND o_v212_c67 1
 UP BOUND o_v212_c69 1
 UP BOUND o_v212_c71 1
 UP BOUND o_v212_c73 1
 UP BOUND o_v212_c75 1
 UP BOUND o_v212_c77 1
 UP BOUND o_v213_c67 1
 UP BOUND o_v213_c69 1
 UP BOUND o_v213_c71 1
 UP BOUND o_v213_c73 1
 UP BOUND o_v213_c75 1
 UP BOUND o_v214_c71 1
 UP BOUND o_v214_c73 1
 UP BOUND o_v214_c75 1
 UP BOUND o_v214_c77 1
 UP BOUND o_v215_c71 1
 UP BOUND o_v215_c73 1
 UP BOUND o_v215_c75 1
 UP BOUND o_v215_c77 1
 UP BOUND o_v216_c71 1
 UP BOUND o_v216_c73 1
 UP BOUND o_v216_c75 1
 UP BOUND o_v216_c77 1
 UP BOUND o_v217_c71 1
 UP BOUND o_v217_c73 1
 UP BOUND o_v217_c75 1
 UP BOUND o_v218_c75 1
 UP BOUND o_v218_c77 1
 UP BOUND o_v219_c75 1
 UP BOUND o_v219_c77 1
 UP BOUND o_v220_c75 1
 UP BOUND o_v220_c77 1
 UP BOUND o_v221_c75 1
 UP BOUND pt_v10_L2 1
 UP BOUND pt_v13_L3 1
 UP BOUND pt_v16_L4 1
 UP BOUND pt_v23_L3 1
 UP BOUND pt_v26_L4 1
 UP BOUND pt_v29_L5 1
 UP BOUND pt_v36_L4 1
 UP BOUND pt_v39_L5 1
 UP BOUND pt_v42_L6 1
 UP BOUND pt_v49_L5 1
 UP BOUND pt_v52_L6 1
 UP BOUND pt_v55_L7 1
 UP BOUND pt_v62_L6 1
 UP BOUND pt_v65_L7 1
 UP BOUND pt_v68_L8 1
 UP BOUND pt_v75_L7 1
 UP BOUND pt_v78_L8 1
 UP BOUND pt_v81_L9 1
 UP BOUND pt_v88_L8 1
 UP BOUND pt_v91_L9 1
 UP BOUND pt_v94_L10 1
 UP BOUND pt_v101_L9 1
 UP BOUND pt_v104_L10 1
 UP BOUND pt_v107_L11 1
 UP BOUND pt_v114_L10 1
 UP BOUND pt_v117_L11 1
 UP BOUND pt_v120_L12 1
 UP BOUND pt_v127_L11 1
 UP BOUND pt_v130_L12 1
 UP BOUND pt_v133_L13 1
 UP BOUND pt_v140_L12 1
 UP BOUND pt_v143_L13 1
 UP BOUND pt_v146_L14 1
 UP BOUND pt_v153_L13 1
 UP BOUND pt_v156_L14 1
 UP BOUND pt_v159_L15 1
 UP BOUND pt_v166_L14 1
 UP BOUND pt_v169_L15 1
 UP BOUND pt_v172_L16 1
 UP BOUND pt_v179_L15 1
 UP BOUND pt_v182_L16 1
 UP BOUND pt_v185_L17 1
ENDATA
