(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_93 () Int)
(declare-fun phase_97 () Int)
(declare-fun phase_98 () Int)
(declare-fun phase_133 () Int)
(declare-fun phase_134 () Int)
(declare-fun phase_172 () Int)
(declare-fun phase_173 () Int)
(declare-fun phase_175 () Int)
(declare-fun phase_176 () Int)
(declare-fun phase_317 () Int)
(declare-fun phase_318 () Int)
(declare-fun phase_319 () Int)
(declare-fun phase_321 () Int)
(declare-fun phase_322 () Int)
(declare-fun phase_323 () Int)
(declare-fun phase_325 () Int)
(declare-fun phase_326 () Int)
(declare-fun phase_327 () Int)
(declare-fun phase_329 () Int)
(declare-fun phase_330 () Int)
(declare-fun phase_331 () Int)
(declare-fun phase_333 () Int)
(declare-fun phase_334 () Int)
(declare-fun phase_335 () Int)
(declare-fun phase_337 () Int)
(declare-fun phase_338 () Int)
(declare-fun phase_339 () Int)
(declare-fun phase_341 () Int)
(declare-fun phase_342 () Int)
(declare-fun phase_343 () Int)
(declare-fun phase_345 () Int)
(declare-fun phase_346 () Int)
(declare-fun phase_347 () Int)
(declare-fun phase_788 () Int)
(declare-fun phase_795 () Int)
(declare-fun phase_801 () Int)
(declare-fun phase_806 () Int)
(declare-fun phase_810 () Int)
(declare-fun phase_813 () Int)
(declare-fun phase_815 () Int)
(declare-fun phase_816 () Int)
(declare-fun phase_914 () Int)
(declare-fun phase_915 () Int)
(declare-fun phase_916 () Int)
(declare-fun phase_917 () Int)
(declare-fun phase_918 () Int)
(declare-fun phase_919 () Int)
(declare-fun phase_920 () Int)
(declare-fun phase_921 () Int)
(declare-fun phase_922 () Int)
(declare-fun phase_923 () Int)
(declare-fun phase_924 () Int)
(declare-fun phase_925 () Int)
(declare-fun phase_926 () Int)
(declare-fun phase_927 () Int)
(declare-fun phase_928 () Int)
(declare-fun phase_929 () Int)
(declare-fun phase_930 () Int)
(declare-fun phase_931 () Int)
(declare-fun phase_932 () Int)
(declare-fun phase_933 () Int)
(declare-fun phase_934 () Int)
(declare-fun phase_935 () Int)
(declare-fun phase_936 () Int)
(declare-fun phase_937 () Int)
(declare-fun phase_938 () Int)
(declare-fun phase_939 () Int)
(declare-fun phase_940 () Int)
(declare-fun phase_941 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_93 34))
(assert
 (= phase_97 38))
(assert
 (= phase_98 38))
(assert
 (= phase_133 38))
(assert
 (= phase_134 38))
(assert
 (= phase_172 38))
(assert
 (= phase_173 38))
(assert
 (= phase_175 38))
(assert
 (= phase_176 38))
(assert
 (= phase_317 38))
(assert
 (= phase_318 38))
(assert
 (= phase_319 38))
(assert
 (= phase_321 38))
(assert
 (= phase_322 38))
(assert
 (= phase_323 38))
(assert
 (= phase_325 38))
(assert
 (= phase_326 38))
(assert
 (= phase_327 38))
(assert
 (= phase_329 38))
(assert
 (= phase_330 38))
(assert
 (= phase_331 38))
(assert
 (= phase_333 38))
(assert
 (= phase_334 38))
(assert
 (= phase_335 38))
(assert
 (= phase_337 38))
(assert
 (= phase_338 38))
(assert
 (= phase_339 38))
(assert
 (= phase_341 38))
(assert
 (= phase_342 38))
(assert
 (= phase_343 38))
(assert
 (= phase_345 38))
(assert
 (= phase_346 38))
(assert
 (= phase_347 38))
(assert
 (= phase_788 36))
(assert
 (= phase_795 36))
(assert
 (= phase_801 36))
(assert
 (= phase_806 36))
(assert
 (= phase_810 36))
(assert
 (= phase_813 36))
(assert
 (= phase_815 36))
(assert
 (= phase_816 36))
(assert
 (= phase_914 38))
(assert
 (= phase_915 38))
(assert
 (= phase_916 38))
(assert
 (= phase_917 38))
(assert
 (= phase_918 38))
(assert
 (= phase_919 38))
(assert
 (= phase_920 38))
(assert
 (= phase_921 38))
(assert
 (= phase_922 38))
(assert
 (= phase_923 38))
(assert
 (= phase_924 38))
(assert
 (= phase_925 38))
(assert
 (= phase_926 38))
(assert
 (= phase_927 38))
(assert
 (= phase_928 38))
(assert
 (= phase_929 38))
(assert
 (= phase_930 38))
(assert
 (= phase_931 38))
(assert
 (= phase_932 38))
(assert
 (= phase_933 38))
(assert
 (= phase_934 38))
(assert
 (= phase_935 38))
(assert
 (= phase_936 38))
(assert
 (= phase_937 38))
(assert
 (= phase_938 38))
(assert
 (= phase_939 38))
(assert
 (= phase_940 38))
(assert
 (= phase_941 38))
(assert
 (let ((?x4803 (+ phase_93 1)))
 (let (($x161848 (> ?x4803 (- 1))))
 (let ((?x196237 (ite $x161848 ?x4803 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 33)) (< 33 ?x196237)) x_0 0.0))))))
(assert
 (let (($x155831 (and (distinct window_start_contents read_value) true)))
 (let (($x159602 (not (and (and true (> boundary 33)) (<= boundary 37)))))
 (let (($x132999 (or $x159602 $x155831)))
 (let (($x23999 (= read_value x_0)))
 (let (($x202800 (and (and (= read_index 353) (not false)) (= boundary (- phase_941 1)))))
 (let (($x135069 (and $x202800 $x23999)))
 (let (($x96622 (and (and (= read_index 352) (not false)) (= boundary (- phase_940 1)))))
 (let (($x146803 (and $x96622 $x23999)))
 (let (($x180160 (and (and (= read_index 351) (not false)) (= boundary (- phase_939 1)))))
 (let (($x177021 (and $x180160 $x23999)))
 (let (($x202792 (and (and (= read_index 350) (not false)) (= boundary (- phase_938 1)))))
 (let (($x202805 (and $x202792 $x23999)))
 (let (($x96683 (and (and (= read_index 349) (not false)) (= boundary (- phase_937 1)))))
 (let (($x202848 (and $x96683 $x23999)))
 (let (($x35548 (and (and (= read_index 348) (not false)) (= boundary (- phase_936 1)))))
 (let (($x113376 (and $x35548 $x23999)))
 (let (($x131945 (and (and (= read_index 347) (not false)) (= boundary (- phase_935 1)))))
 (let (($x150894 (and $x131945 $x23999)))
 (let (($x180246 (and (and (= read_index 346) (not false)) (= boundary (- phase_934 1)))))
 (let (($x82940 (and $x180246 $x23999)))
 (let (($x161766 (and (and (= read_index 345) (not false)) (= boundary (- phase_933 1)))))
 (let (($x76614 (and $x161766 $x23999)))
 (let (($x202849 (and (and (= read_index 344) (not false)) (= boundary (- phase_932 1)))))
 (let (($x202853 (and $x202849 $x23999)))
 (let (($x33406 (and (and (= read_index 343) (not false)) (= boundary (- phase_931 1)))))
 (let (($x32090 (and $x33406 $x23999)))
 (let (($x89299 (and (and (= read_index 342) (not false)) (= boundary (- phase_930 1)))))
 (let (($x32917 (and $x89299 $x23999)))
 (let (($x100454 (and (and (= read_index 341) (not false)) (= boundary (- phase_929 1)))))
 (let (($x57767 (and $x100454 $x23999)))
 (let (($x143654 (and (and (= read_index 340) (not false)) (= boundary (- phase_928 1)))))
 (let (($x50272 (and $x143654 $x23999)))
 (let (($x127412 (and (and (= read_index 339) (not false)) (= boundary (- phase_927 1)))))
 (let (($x105833 (and $x127412 $x23999)))
 (let (($x83064 (and (and (= read_index 338) (not false)) (= boundary (- phase_926 1)))))
 (let (($x69337 (and $x83064 $x23999)))
 (let (($x206872 (and (and (= read_index 337) (not false)) (= boundary (- phase_925 1)))))
 (let (($x131684 (and $x206872 $x23999)))
 (let (($x111283 (and (and (= read_index 336) (not false)) (= boundary (- phase_924 1)))))
 (let (($x33677 (and $x111283 $x23999)))
 (let (($x33920 (and (and (= read_index 335) (not false)) (= boundary (- phase_923 1)))))
 (let (($x195017 (and $x33920 $x23999)))
 (let (($x130597 (and (and (= read_index 334) (not false)) (= boundary (- phase_922 1)))))
 (let (($x102465 (and $x130597 $x23999)))
 (let (($x147263 (and (and (= read_index 333) (not false)) (= boundary (- phase_921 1)))))
 (let (($x40257 (and $x147263 $x23999)))
 (let (($x105688 (and (and (= read_index 332) (not false)) (= boundary (- phase_920 1)))))
 (let (($x21001 (and $x105688 $x23999)))
 (let (($x39705 (and (and (= read_index 331) (not false)) (= boundary (- phase_919 1)))))
 (let (($x52370 (and $x39705 $x23999)))
 (let (($x196225 (and (and (= read_index 330) (not false)) (= boundary (- phase_918 1)))))
 (let (($x204600 (and $x196225 $x23999)))
 (let (($x62709 (and (and (= read_index 329) (not false)) (= boundary (- phase_917 1)))))
 (let (($x6614 (and $x62709 $x23999)))
 (let (($x56519 (and (and (= read_index 328) (not false)) (= boundary (- phase_916 1)))))
 (let (($x16232 (and $x56519 $x23999)))
 (let (($x16930 (and (and (= read_index 327) (not false)) (= boundary (- phase_915 1)))))
 (let (($x1556 (and $x16930 $x23999)))
 (let (($x103630 (and (and (= read_index 326) (not false)) (= boundary (- phase_914 1)))))
 (let (($x83449 (and $x103630 $x23999)))
 (let (($x34999 (and (and (= read_index 241) (not false)) (= boundary (- phase_816 1)))))
 (let (($x99222 (and $x34999 $x23999)))
 (let (($x194590 (and (and (= read_index 240) (not false)) (= boundary (- phase_815 1)))))
 (let (($x159814 (and $x194590 $x23999)))
 (let (($x169447 (and (and (= read_index 238) (not false)) (= boundary (- phase_813 1)))))
 (let (($x194599 (and $x169447 $x23999)))
 (let (($x179472 (and (and (= read_index 235) (not false)) (= boundary (- phase_810 1)))))
 (let (($x38257 (and $x179472 $x23999)))
 (let (($x46485 (and (and (= read_index 231) (not false)) (= boundary (- phase_806 1)))))
 (let (($x150117 (and $x46485 $x23999)))
 (let (($x177670 (and (and (= read_index 226) (not false)) (= boundary (- phase_801 1)))))
 (let (($x13565 (and $x177670 $x23999)))
 (let (($x196197 (and (and (= read_index 220) (not false)) (= boundary (- phase_795 1)))))
 (let (($x135946 (and $x196197 $x23999)))
 (let (($x105808 (and (and (= read_index 213) (not false)) (= boundary (- phase_788 1)))))
 (let (($x156790 (and $x105808 $x23999)))
 (let (($x113143 (and (and (= read_index 157) (not false)) (= boundary (- phase_347 1)))))
 (let (($x84268 (and $x113143 $x23999)))
 (let (($x161777 (and (and (= read_index 156) (not false)) (= boundary (- phase_346 1)))))
 (let (($x131031 (and $x161777 $x23999)))
 (let (($x152776 (and (and (= read_index 155) (not false)) (= boundary (- phase_345 1)))))
 (let (($x89511 (and $x152776 $x23999)))
 (let (($x71191 (and (and (= read_index 154) (not false)) (= boundary (- phase_343 1)))))
 (let (($x150075 (and $x71191 $x23999)))
 (let (($x135277 (and (and (= read_index 153) (not false)) (= boundary (- phase_342 1)))))
 (let (($x123987 (and $x135277 $x23999)))
 (let (($x104728 (and (and (= read_index 152) (not false)) (= boundary (- phase_341 1)))))
 (let (($x131526 (and $x104728 $x23999)))
 (let (($x134294 (and (and (= read_index 151) (not false)) (= boundary (- phase_339 1)))))
 (let (($x134523 (and $x134294 $x23999)))
 (let (($x106084 (and (and (= read_index 150) (not false)) (= boundary (- phase_338 1)))))
 (let (($x73711 (and $x106084 $x23999)))
 (let (($x79943 (and (and (= read_index 149) (not false)) (= boundary (- phase_337 1)))))
 (let (($x26559 (and $x79943 $x23999)))
 (let (($x194858 (and (and (= read_index 148) (not false)) (= boundary (- phase_335 1)))))
 (let (($x89758 (and $x194858 $x23999)))
 (let (($x23539 (and (and (= read_index 147) (not false)) (= boundary (- phase_334 1)))))
 (let (($x127078 (and $x23539 $x23999)))
 (let (($x23433 (and (and (= read_index 146) (not false)) (= boundary (- phase_333 1)))))
 (let (($x54303 (and $x23433 $x23999)))
 (let (($x140184 (and (and (= read_index 145) (not false)) (= boundary (- phase_331 1)))))
 (let (($x38820 (and $x140184 $x23999)))
 (let (($x191982 (and (and (= read_index 144) (not false)) (= boundary (- phase_330 1)))))
 (let (($x63837 (and $x191982 $x23999)))
 (let (($x94591 (and (and (= read_index 143) (not false)) (= boundary (- phase_329 1)))))
 (let (($x133235 (and $x94591 $x23999)))
 (let (($x73763 (and (and (= read_index 142) (not false)) (= boundary (- phase_327 1)))))
 (let (($x151534 (and $x73763 $x23999)))
 (let (($x197502 (and (and (= read_index 141) (not false)) (= boundary (- phase_326 1)))))
 (let (($x116940 (and $x197502 $x23999)))
 (let (($x209070 (and (and (= read_index 140) (not false)) (= boundary (- phase_325 1)))))
 (let (($x183264 (and $x209070 $x23999)))
 (let (($x65364 (and (and (= read_index 139) (not false)) (= boundary (- phase_323 1)))))
 (let (($x77928 (and $x65364 $x23999)))
 (let (($x108234 (and (and (= read_index 138) (not false)) (= boundary (- phase_322 1)))))
 (let (($x72523 (and $x108234 $x23999)))
 (let (($x78548 (and (and (= read_index 137) (not false)) (= boundary (- phase_321 1)))))
 (let (($x122406 (and $x78548 $x23999)))
 (let (($x42377 (and (and (= read_index 136) (not false)) (= boundary (- phase_319 1)))))
 (let (($x3238 (and $x42377 $x23999)))
 (let (($x26816 (and (and (= read_index 135) (not false)) (= boundary (- phase_318 1)))))
 (let (($x170399 (and $x26816 $x23999)))
 (let (($x161779 (and (and (= read_index 134) (not false)) (= boundary (- phase_317 1)))))
 (let (($x190505 (and $x161779 $x23999)))
 (let (($x202689 (and (and (= read_index 99) (not false)) (= boundary (- phase_176 1)))))
 (let (($x6337 (and $x202689 $x23999)))
 (let (($x39802 (and (and (= read_index 98) (not false)) (= boundary (- phase_175 1)))))
 (let (($x80358 (and $x39802 $x23999)))
 (let (($x190624 (and (and (= read_index 97) (not false)) (= boundary (- phase_173 1)))))
 (let (($x200291 (and $x190624 $x23999)))
 (let (($x176733 (and (and (= read_index 96) (not false)) (= boundary (- phase_172 1)))))
 (let (($x178483 (and $x176733 $x23999)))
 (let (($x153612 (and (and (= read_index 69) (not false)) (= boundary (- phase_134 1)))))
 (let (($x155458 (and $x153612 $x23999)))
 (let (($x128798 (and (and (= read_index 68) (not false)) (= boundary (- phase_133 1)))))
 (let (($x130768 (and $x128798 $x23999)))
 (let (($x92009 (and (and (= read_index 51) (not false)) (= boundary (- phase_98 1)))))
 (let (($x92369 (and $x92009 $x23999)))
 (let (($x32887 (and (and (= read_index 50) (not false)) (= boundary (- phase_97 1)))))
 (let (($x38590 (and $x32887 $x23999)))
 (let (($x202856 (or $x38590 $x92369 $x130768 $x155458 $x178483 $x200291 $x80358 $x6337 $x190505 $x170399 $x3238 $x122406 $x72523 $x77928 $x183264 $x116940 $x151534 $x133235 $x63837 $x38820 $x54303 $x127078 $x89758 $x26559 $x73711 $x134523 $x131526 $x123987 $x150075 $x89511 $x131031 $x84268 $x156790 $x135946 $x13565 $x150117 $x38257 $x194599 $x159814 $x99222 $x83449 $x1556 $x16232 $x6614 $x204600 $x52370 $x21001 $x40257 $x102465 $x195017 $x33677 $x131684 $x69337 $x105833 $x50272 $x57767 $x32917 $x32090 $x202853 $x76614 $x82940 $x150894 $x113376 $x202848 $x202805 $x177021 $x146803 $x135069)))
 (and $x202856 $x132999)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
