(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_13 () Int)
(declare-fun phase_47 () Int)
(declare-fun phase_48 () Int)
(declare-fun phase_105 () Int)
(declare-fun phase_106 () Int)
(declare-fun phase_137 () Int)
(declare-fun phase_138 () Int)
(declare-fun phase_139 () Int)
(declare-fun phase_141 () Int)
(declare-fun phase_142 () Int)
(declare-fun phase_143 () Int)
(declare-fun phase_145 () Int)
(declare-fun phase_146 () Int)
(declare-fun phase_147 () Int)
(declare-fun phase_149 () Int)
(declare-fun phase_150 () Int)
(declare-fun phase_151 () Int)
(declare-fun phase_153 () Int)
(declare-fun phase_154 () Int)
(declare-fun phase_155 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_158 () Int)
(declare-fun phase_159 () Int)
(declare-fun phase_161 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_163 () Int)
(declare-fun phase_165 () Int)
(declare-fun phase_166 () Int)
(declare-fun phase_167 () Int)
(declare-fun phase_172 () Int)
(declare-fun phase_173 () Int)
(declare-fun phase_175 () Int)
(declare-fun phase_176 () Int)
(declare-fun phase_952 () Int)
(declare-fun phase_953 () Int)
(declare-fun phase_974 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_13 6))
(assert
 (= phase_47 8))
(assert
 (= phase_48 8))
(assert
 (= phase_105 10))
(assert
 (= phase_106 10))
(assert
 (= phase_137 10))
(assert
 (= phase_138 10))
(assert
 (= phase_139 10))
(assert
 (= phase_141 10))
(assert
 (= phase_142 10))
(assert
 (= phase_143 10))
(assert
 (= phase_145 10))
(assert
 (= phase_146 10))
(assert
 (= phase_147 10))
(assert
 (= phase_149 10))
(assert
 (= phase_150 10))
(assert
 (= phase_151 10))
(assert
 (= phase_153 10))
(assert
 (= phase_154 10))
(assert
 (= phase_155 10))
(assert
 (= phase_157 10))
(assert
 (= phase_158 10))
(assert
 (= phase_159 10))
(assert
 (= phase_161 10))
(assert
 (= phase_162 10))
(assert
 (= phase_163 10))
(assert
 (= phase_165 10))
(assert
 (= phase_166 10))
(assert
 (= phase_167 10))
(assert
 (= phase_172 10))
(assert
 (= phase_173 10))
(assert
 (= phase_175 10))
(assert
 (= phase_176 10))
(assert
 (= phase_952 10))
(assert
 (= phase_953 10))
(assert
 (= phase_974 10))
(assert
 (let ((?x9864 (+ phase_13 1)))
 (let (($x199778 (> ?x9864 (- 1))))
 (let ((?x198004 (ite $x199778 ?x9864 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 5)) (< 5 ?x198004)) x_0 0.0))))))
(assert
 (let (($x199682 (and (distinct window_start_contents read_value) true)))
 (let (($x21202 (not (and (and true (> boundary 5)) (<= boundary 9)))))
 (let (($x197993 (or $x21202 $x199682)))
 (let (($x41424 (= read_value x_0)))
 (let (($x181252 (and (and (= read_index 364) (not false)) (= boundary (- phase_974 1)))))
 (let (($x56311 (and $x181252 $x41424)))
 (let (($x135650 (and (and (= read_index 360) (not false)) (= boundary (- phase_953 1)))))
 (let (($x199443 (and $x135650 $x41424)))
 (let (($x181086 (and (and (= read_index 359) (not false)) (= boundary (- phase_952 1)))))
 (let (($x199726 (and $x181086 $x41424)))
 (let (($x89839 (and (and (= read_index 99) (not false)) (= boundary (- phase_176 1)))))
 (let (($x113143 (and $x89839 $x41424)))
 (let (($x130758 (and (and (= read_index 98) (not false)) (= boundary (- phase_175 1)))))
 (let (($x104616 (and $x130758 $x41424)))
 (let (($x66308 (and (and (= read_index 97) (not false)) (= boundary (- phase_173 1)))))
 (let (($x170387 (and $x66308 $x41424)))
 (let (($x206043 (and (and (= read_index 96) (not false)) (= boundary (- phase_172 1)))))
 (let (($x84779 (and $x206043 $x41424)))
 (let (($x192332 (and (and (= read_index 93) (not false)) (= boundary (- phase_167 1)))))
 (let (($x194105 (and $x192332 $x41424)))
 (let (($x11057 (and (and (= read_index 92) (not false)) (= boundary (- phase_166 1)))))
 (let (($x61991 (and $x11057 $x41424)))
 (let (($x184625 (and (and (= read_index 91) (not false)) (= boundary (- phase_165 1)))))
 (let (($x50485 (and $x184625 $x41424)))
 (let (($x156886 (and (and (= read_index 90) (not false)) (= boundary (- phase_163 1)))))
 (let (($x48489 (and $x156886 $x41424)))
 (let (($x111610 (and (and (= read_index 89) (not false)) (= boundary (- phase_162 1)))))
 (let (($x33283 (and $x111610 $x41424)))
 (let (($x40875 (and (and (= read_index 88) (not false)) (= boundary (- phase_161 1)))))
 (let (($x238674 (and $x40875 $x41424)))
 (let (($x33416 (and (and (= read_index 87) (not false)) (= boundary (- phase_159 1)))))
 (let (($x71084 (and $x33416 $x41424)))
 (let (($x192767 (and (and (= read_index 86) (not false)) (= boundary (- phase_158 1)))))
 (let (($x193792 (and $x192767 $x41424)))
 (let (($x162683 (and (and (= read_index 85) (not false)) (= boundary (- phase_157 1)))))
 (let (($x186016 (and $x162683 $x41424)))
 (let (($x70947 (and (and (= read_index 84) (not false)) (= boundary (- phase_155 1)))))
 (let (($x186155 (and $x70947 $x41424)))
 (let (($x70712 (and (and (= read_index 83) (not false)) (= boundary (- phase_154 1)))))
 (let (($x42912 (and $x70712 $x41424)))
 (let (($x181171 (and (and (= read_index 82) (not false)) (= boundary (- phase_153 1)))))
 (let (($x39829 (and $x181171 $x41424)))
 (let (($x45909 (and (and (= read_index 81) (not false)) (= boundary (- phase_151 1)))))
 (let (($x111706 (and $x45909 $x41424)))
 (let (($x5702 (and (and (= read_index 80) (not false)) (= boundary (- phase_150 1)))))
 (let (($x199522 (and $x5702 $x41424)))
 (let (($x43014 (and (and (= read_index 79) (not false)) (= boundary (- phase_149 1)))))
 (let (($x135828 (and $x43014 $x41424)))
 (let (($x75476 (and (and (= read_index 78) (not false)) (= boundary (- phase_147 1)))))
 (let (($x128847 (and $x75476 $x41424)))
 (let (($x144762 (and (and (= read_index 77) (not false)) (= boundary (- phase_146 1)))))
 (let (($x28186 (and $x144762 $x41424)))
 (let (($x108198 (and (and (= read_index 76) (not false)) (= boundary (- phase_145 1)))))
 (let (($x160319 (and $x108198 $x41424)))
 (let (($x104842 (and (and (= read_index 75) (not false)) (= boundary (- phase_143 1)))))
 (let (($x123495 (and $x104842 $x41424)))
 (let (($x194154 (and (and (= read_index 74) (not false)) (= boundary (- phase_142 1)))))
 (let (($x131619 (and $x194154 $x41424)))
 (let (($x238610 (and (and (= read_index 73) (not false)) (= boundary (- phase_141 1)))))
 (let (($x176032 (and $x238610 $x41424)))
 (let (($x75490 (and (and (= read_index 72) (not false)) (= boundary (- phase_139 1)))))
 (let (($x81845 (and $x75490 $x41424)))
 (let (($x99789 (and (and (= read_index 71) (not false)) (= boundary (- phase_138 1)))))
 (let (($x184596 (and $x99789 $x41424)))
 (let (($x195496 (and (and (= read_index 70) (not false)) (= boundary (- phase_137 1)))))
 (let (($x196705 (and $x195496 $x41424)))
 (let (($x172003 (and (and (= read_index 55) (not false)) (= boundary (- phase_106 1)))))
 (let (($x175063 (and $x172003 $x41424)))
 (let (($x120871 (and (and (= read_index 54) (not false)) (= boundary (- phase_105 1)))))
 (let (($x129830 (and $x120871 $x41424)))
 (let (($x89706 (and (and (= read_index 37) (not false)) (= boundary (- phase_48 1)))))
 (let (($x91013 (and $x89706 $x41424)))
 (let (($x53925 (and (and (= read_index 36) (not false)) (= boundary (- phase_47 1)))))
 (let (($x63633 (and $x53925 $x41424)))
 (let (($x92435 (or $x63633 $x91013 $x129830 $x175063 $x196705 $x184596 $x81845 $x176032 $x131619 $x123495 $x160319 $x28186 $x128847 $x135828 $x199522 $x111706 $x39829 $x42912 $x186155 $x186016 $x193792 $x71084 $x238674 $x33283 $x48489 $x50485 $x61991 $x194105 $x84779 $x170387 $x104616 $x113143 $x199726 $x199443 $x56311)))
 (and $x92435 $x197993)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
