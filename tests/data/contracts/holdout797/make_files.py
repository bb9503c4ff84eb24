"""holdout797: builds the ten draft contracts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, no threshold figure, rules derived from the labels = design list, coverage).
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:无居民海岛监视监测平台建设项目采购合同
P:合同编号：ZRZY-HD-2027-017（政府采购）
P:甲方（采购人）：滨海市自然资源局
P:乙方（供应商）：青屿空间信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就无居民海岛监视监测平台的软件许可、定制开发及实施服务，经协商一致，订立本合同。招标文件、投标文件及澄清材料为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供海岛监视监测平台软件（含基础平台、遥感影像变化检测模块、视频监控接入模块）的永久使用许可，不限用户数，部署于甲方政务云。
P:1.2 乙方按需求规格说明书为甲方定制开发以下内容：全市无居民海岛名录库及“一岛一档”管理、海岛巡查移动端、违法用岛及岸线变化预警、与省级海岛监视监测系统及国土空间基础信息平台的数据接口。
P:1.3 乙方负责历史巡查记录、卫星及无人机影像成果的整合入库，以及部署、联调、试运行和培训。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰柒拾万元整（¥1,700,000），为固定总价，包含税费、差旅及交付所需全部费用。
P:2.2 价款构成：软件许可费¥860,000；定制开发费¥624,000；数据整合入库费¥138,000；部署实施及培训费¥78,000。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥340,000。
P:3.2 平台完成部署、通过初步验收后，甲方支付合同总价的45%，即¥765,000。
P:3.3 平台通过最终验收、乙方交付全部源代码和文档后，甲方支付合同总价的35%，即¥595,000。
P:3.4 甲方付款前，乙方应开具合法有效的等额发票。付款按财政国库集中支付程序办理。
H:第四条 交付期限
P:4.1 乙方应于合同签订后一百五十日内完成全部开发与部署并申请初步验收。
P:4.2 初步验收后平台试运行九十日，试运行期满后十五日内组织最终验收。
P:4.3 乙方应派驻项目经理及不少于六名开发实施人员，项目经理须具备同类海洋或自然资源信息化项目经验。未经甲方同意，乙方不得更换项目经理；确需更换的，应提前十日书面申请并安排不低于原资历的人员。
P:4.4 乙方应每两周向甲方提交项目进度报告，说明已完成工作、存在问题及下一阶段计划，并参加甲方组织的项目例会。
H:第五条 履约保证金与培训
P:5.1 乙方应在合同签订后七日内向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:5.2 乙方应为甲方业务人员及区县执法人员提供不少于三期集中培训，内容包括平台操作、预警处置、移动端巡查及日常维护，并提供操作手册和培训视频。
H:第六条 验收
P:6.1 初步验收标准：需求规格说明书所列功能全部实现；遥感变化检测对一亩以上新增构筑物的检出率不低于92%；视频接入路数与清单一致；省级接口连续十日数据交换无差错。
P:6.2 最终验收标准：试运行期间未发生一级故障；页面响应时间在二百并发下不超过3秒；第三方测评机构出具的安全测评报告无高危问题；全部文档、源代码及部署脚本已移交。
P:6.3 验收由甲方组织，可邀请专家参加，并出具书面验收报告。平台上线运行、甲方使用或付款均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第七条 质量保证与运维
P:7.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复及技术支持。
P:7.2 质保期内平台月度可用率不低于99.95%（计划维护时间除外）。
P:7.3 故障分级及响应：一级故障（平台整体不可用或预警功能失效）30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障于下一工作日处理。
P:7.4 乙方每迟延响应或迟延恢复一小时，甲方有权扣减¥800；月度可用率每低于承诺值0.01个百分点，扣减¥1,500。扣减款项从应付款或履约保证金中抵扣。
P:7.5 质保期满后，甲方如需继续运维服务，年度服务费不超过软件许可费的9%（即每年不超过¥77,400），质保期满后三个年度内不上调。运维服务合同另行签订，不自动续期。
H:第八条 知识产权
P:8.1 平台基础软件的著作权归乙方所有，甲方依本合同取得永久使用许可。
P:8.2 乙方为本项目定制开发的程序、源代码、数据库设计、接口及文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:8.3 乙方保证所交付成果不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 海岛基础数据、影像、巡查记录及平台产生的全部数据归甲方所有。乙方仅为履行本合同使用，不得留存、复制或用于其他任何目的。
P:9.2 乙方应遵守《数据安全法》《测绘法》及涉密测绘成果管理规定，运维操作须经堡垒机进行并留存日志，不得将数据带离甲方政务云。
P:9.3 发生数据泄露、篡改或丢失事件的，乙方应在1小时内报告甲方并采取补救措施。因乙方原因造成的损失及行政处罚，由乙方承担全部赔偿责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、海岛坐标及未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因合同终止而解除。
P:10.2 乙方应与参与本项目的全部人员签订保密承诺书，并在项目结束时收回其访问权限。乙方人员违反保密义务的，视为乙方违约。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定的，应无偿修改或重做，并赔偿由此给甲方造成的损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十二条 分包
P:12.1 本项目不得转包。未经甲方书面同意，乙方不得将任何部分分包给第三方。
P:12.2 经甲方书面同意分包的，乙方仍就分包部分向甲方承担全部责任，分包单位应遵守本合同关于数据安全和保密的约定。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:13.2 乙方逾期超过六十日的，甲方有权解除合同。
P:13.3 合同解除后，乙方应在十日内移交已完成的开发成果、源代码及甲方全部数据，并配合甲方完成工作交接。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并在十五日内提供证明，双方协商延期履行或部分免除责任。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.3 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________　乙方（盖章）：____________
P:签订日期：____年__月__日
"""

Z02 = """T:发热线布线与缝制生产线控制系统改造合同
P:合同编号：RT-GZ-2027-032
P:甲方（买方）：暖意家纺电器有限公司（电热毯厂）
P:乙方（卖方）：衡川智能装备有限公司
P:甲方现有六条电热毯发热线布线与缝制生产线，控制系统老化，布线精度不稳定。为提高布线一致性和产品安全性，甲方委托乙方对上述产线实施控制系统改造，双方经协商一致订立本合同。
H:第一条 改造内容
P:1.1 乙方为六条产线各提供一套PLC控制柜、伺服布线机构改造套件、发热线间距视觉检测单元及工控机与HMI，并提供产线管控软件许可（含与甲方MES系统的接口）。
P:1.2 乙方负责旧控制系统拆除、新系统安装、接线、调试、程序编制及与缝制工位的联动调试，并对甲方操作工和电工进行培训。
P:1.3 改造应分批进行，每批停线不超过七日，不得影响甲方其余产线正常生产。
P:1.4 设备技术要求：PLC及伺服系统应为国内外主流品牌正品，控制柜防护等级不低于IP54；视觉检测单元应能识别发热线间距超差、交叉、断线及漏缝；全部电气设计应符合GB 4706系列家用电器安全标准对生产过程检测的要求。
P:1.5 乙方应在设备发货前提交电气原理图、接线图、程序流程说明及设备合格证明，经甲方技术部门确认后方可发货。
H:第二条 合同价款
P:2.1 合同价款明细如下表（含税）：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含安全继电器）|6套|68,000|408,000
TB:2|伺服布线机构改造套件|6套|52,000|312,000
TB:3|发热线间距视觉检测单元|6套|23,500|141,000
TB:4|工控机及HMI触摸屏|6套|14,000|84,000
TB:5|产线管控软件许可（含MES接口）|1套|165,000|165,000
TB:软硬件小计|||| 1,110,000
TB:6|安装调试及改造施工|1项|96,000|96,000
TB:7|操作及维护培训|1项|14,000|14,000
TB:合计||||1,220,000
P:2.2 合同总价为人民币壹佰贰拾贰万元整（¥1,220,000），包括设备、软件、运输、安装、调试、培训及税费。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，即¥244,000。
P:3.2 全部设备到货并经甲方清点签收后，甲方支付合同总价的25%，即¥305,000。到货签收不视为验收。
P:3.3 六条产线全部改造完成并通过最终验收后，甲方支付合同总价的45%，即¥549,000。
P:3.4 余款10%即¥122,000作为质量保证金，质保期满且无未决质量问题后十个工作日内支付。
H:第四条 交货与工期
P:4.1 乙方应于合同生效后六十日内将全部设备运至甲方厂区，九十日内完成全部六条产线的改造和调试。
P:4.2 乙方进入甲方厂区施工，应遵守甲方安全生产和用电管理制度，动火、带电作业须事先办理作业审批。
P:4.3 乙方应指定一名现场负责人，常驻甲方厂区直至最终验收。施工期间乙方人员的人身安全由乙方负责，因乙方施工造成甲方设备或人员损害的，由乙方赔偿。
P:4.4 乙方应为甲方培训不少于二十名操作工及四名设备维护电工，培训合格后由乙方出具培训记录。
H:第五条 验收
P:5.1 每条产线改造完成后连续试生产十个班次，作为该产线的单线验收依据。
P:5.2 最终验收标准：发热线布线间距偏差不超过±1.5毫米；视觉检测对间距超差及断线漏检率不高于千分之二；单线产能不低于改造前的110%；急停及过流保护动作正常；与MES系统报工数据一致。
P:5.3 六条产线均通过单线验收后，甲方组织最终验收并签署验收报告。设备安装完成或甲方投入生产均不视为验收合格。
P:5.4 验收不合格的，乙方应在十日内整改并重新申请验收，整改期间的停线损失及重新验收费用由乙方承担。乙方应在最终验收时移交设备清单、备件清单、操作规程和维护手册。
H:第六条 质量保证与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件故障由乙方免费维修或更换，易损件除外。
P:6.2 故障响应：一级故障（整线停机）1小时内电话响应，3小时内到场，8小时内恢复生产；二级故障（单工位停机）2小时内响应，24小时内修复。
P:6.3 乙方超过上述时限的，每超过一小时向甲方支付¥500，从质量保证金中扣除。
P:6.4 乙方应在甲方厂区存放不少于一套伺服驱动器、视觉相机及PLC模块作为质保期内的备件，并每季度上门巡检一次，出具巡检报告。
P:6.5 质保期满后，乙方提供全包维保服务（含备件、定期巡检和软件升级），维保年费按软硬件小计的26%计取，即每年¥288,600，质保期满后三个年度内不作调整。维保合同由双方另行签订。
H:第七条 知识产权
P:7.1 产线管控软件的著作权归乙方所有，甲方取得永久使用许可。
P:7.2 乙方为本项目编制的PLC程序、HMI画面、视觉检测参数配置及MES接口程序，其知识产权归甲方所有，乙方应在最终验收时交付源程序及注释文档，甲方可自行修改使用。
H:第八条 数据安全
P:8.1 产线运行数据、工艺参数和质量记录归甲方所有。乙方仅为调试和维修使用，不得复制或用于其他用途。
P:8.2 乙方远程维护须经甲方逐次授权，通过甲方指定的VPN接入并全程记录。乙方应对所提供的工控机安装防病毒软件并关闭不必要的端口。
P:8.3 因乙方原因导致甲方数据泄露、损毁或生产系统遭受网络攻击的，乙方应立即报告并承担赔偿责任。
H:第九条 保密
P:9.1 双方对在履行本合同中知悉的对方技术秘密和商业信息负有保密义务，保密期限为合同终止后三年。
P:9.2 乙方不得向第三方披露甲方的产品结构、工艺参数、产能和客户信息，亦不得在宣传材料中使用甲方名称或现场照片，经甲方书面同意的除外。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:10.2 改造后产线未达到第5.2条标准、经两次整改仍不合格的，甲方有权要求乙方拆除并恢复原系统，乙方退还已收款项并赔偿损失。
P:10.3 乙方逾期超过四十五日的，甲方除收取违约金外，有权解除合同，乙方应退还甲方已付全部款项并自行拆回所供设备，恢复产线原有控制系统。
P:10.4 甲方逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十一条 分包
P:11.1 乙方可将现场电气安装施工分包给具备相应资质的单位，但应提前五个工作日书面通知甲方。乙方对分包部分承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同并要求赔偿损失。
P:12.2 因不可抗力致使合同无法履行的，受影响方应及时通知对方，双方协商延期或解除合同，互不承担违约责任。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同附件包括：技术协议、设备配置清单、改造进度计划及培训计划，附件与本合同具有同等效力。
P:14.2 双方往来通知以书面形式送达本合同首页所列地址，一方地址变更的应及时通知对方。
P:14.3 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：____________　乙方（盖章）：____________
"""

Z03 = """连锁曲棍球培训门店预约与会员管理系统服务合同

合同编号：BQ-SaaS-2027-0408
甲方：锐棍体育发展有限公司（旗下“锐棍曲棍球”培训门店四十家）
乙方：云驰场馆科技有限公司

甲方为统一管理其四十家曲棍球培训门店的课程预约、场地排期、会员储值和教练课时，采购乙方的场馆预约与会员管理软件服务（SaaS）及实施服务。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务。乙方向甲方四十家门店开通场馆预约与会员管理系统，包括课程与场地预约、会员卡及储值管理、教练排课与课时结算、微信小程序、门店经营报表等功能模块，门店账号不限数量。
（二）实施服务。乙方负责：
1. 将甲方现有会员档案、剩余课时、储值余额从原系统迁移至本系统；
2. 按甲方品牌设计配置小程序页面、课程体系、会员等级及优惠规则；
3. 对接甲方的微信支付商户号和财务系统，实现每日自动对账；
4. 为门店店长、前台和教练开展线上及线下培训。
（三）乙方指派专职客户成功经理一名，负责实施期间的项目协调及服务期内的需求对接、版本更新说明和门店使用情况回访。乙方每季度至少派员走访甲方总部一次，听取门店意见。
（四）甲方应指定项目联系人，及时提供原系统数据、品牌素材和支付商户资料，并组织门店人员参加培训。因甲方原因延误的，上线期限相应顺延。
（五）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，第二个服务年度紧接第一个服务年度。

二、服务费用
（一）订阅费按门店计取，每家门店每个服务年度¥6,800，四十家门店每个服务年度合计¥272,000，两个服务年度合计¥544,000。
（二）实施费为一次性费用¥68,000，包括数据迁移、页面配置、支付及财务对接和培训的全部费用，乙方不得另行收取差旅费或加班费。
（三）本合同总价为人民币陆拾壹万贰仟元整（¥612,000）。
（四）服务期内新增门店的，按每店每个服务年度¥6,800按剩余月数折算；关闭门店的，次一服务年度起相应核减。

三、付款方式
（一）实施费在系统上线验收合格后十五个工作日内一次性支付。
（二）各服务年度订阅费在该服务年度开始后十五个工作日内支付。
（三）乙方应在甲方付款前开具增值税专用发票。
（四）服务抵扣、违约金等甲方应收款项，甲方可从应付乙方的任何款项中直接扣除，并书面告知乙方扣除依据和金额。

四、实施与验收
（一）乙方应于合同签订后四十五日内完成数据迁移、配置与对接，并书面申请上线验收。
（二）验收标准：
1. 迁移后会员人数、剩余课时及储值余额与原系统逐条核对一致；
2. 小程序预约、取消、候补、签到全流程在各门店测试通过；
3. 连续七日支付对账无差错；
4. 在五百名会员同时预约时，页面响应时间不超过2秒。
（三）甲方在收到验收申请后七个工作日内组织验收，合格的签署上线验收单。未经甲方签署验收单，系统上线或试用不视为验收合格。
（四）验收不合格的，乙方应在五个工作日内整改后重新申请验收，整改期间原系统由乙方协助继续运行，不得影响门店正常营业。
（五）乙方逾期完成上线验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。

五、服务水平
（一）系统月度可用率不低于99.5%，计划维护应安排在凌晨一时至六时并提前两日通知甲方。
（二）故障分级与响应：
1. 一级故障（全部门店无法预约、收款或登录）：30分钟内响应，2小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（一般咨询与操作问题）：当日响应。
（三）服务抵扣：月度可用率低于承诺值的，每低0.1个百分点，抵扣当月订阅费的2%；一级故障未按时恢复的，每超过一小时抵扣¥600。抵扣额在下一期订阅费中扣除。
（四）乙方每月向甲方提交服务报告，列明可用率、故障及处理情况。
（五）乙方应提供每日九时至二十二时的在线客服和电话支持，覆盖全部门店营业时间；系统版本升级应提前三日通知甲方，升级不得导致已有功能缺失或数据丢失。
（六）乙方每半年组织一次应急演练，验证备份恢复能力，并将演练结果书面报告甲方。

六、数据与安全
（一）甲方会员信息、预约及消费记录等全部业务数据归甲方所有。乙方仅为提供本合同服务而处理上述数据，不得用于营销、画像或向任何第三方提供。
（二）乙方应将数据存储于中国境内数据中心，对会员手机号、身份证号加密存储，实行分级授权和操作日志审计，每日备份，并通过网络安全等级保护第三级测评。
（三）发生数据泄露或丢失的，乙方应在2小时内通知甲方，配合甲方履行个人信息保护法规定的告知和报告义务，并赔偿甲方因此遭受的全部损失。
（四）合同终止后三十日内，乙方应按甲方要求导出全部数据，导出完成后删除并出具删除证明。
（五）乙方员工仅可在处理故障或甲方请求时访问甲方数据，每次访问须记录访问人、时间和事由，甲方可随时查阅访问记录。

七、知识产权
（一）本系统平台的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、课程体系配置、报表模板及对接程序归甲方所有，甲方可自行使用、修改或交由第三方维护。

八、保密
（一）双方对履行本合同中获知的对方商业秘密负有保密义务，未经对方书面同意不得披露，保密义务在合同终止后三年内继续有效。
（二）乙方不得在宣传材料或客户案例中使用甲方名称、门店照片或经营数据，经甲方书面同意的除外。

九、续期
服务期满前三十日内任何一方未书面提出终止的，本合同自动续期一个服务年度，以此类推。续期时乙方有权根据市场情况上调订阅单价，调整后的单价以乙方书面通知为准。

十、分包
乙方不得转包本合同。乙方使用的云基础设施服务商为本合同附件所列服务商，更换服务商或将任何部分分包的，须经甲方书面同意。

十一、责任限制
乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因数据泄露、故意或重大过失造成的损失不受此限。

十二、合同解除
（一）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，乙方应退还已付未履行期间的订阅费。
（二）连续两个月可用率低于承诺值的，甲方有权解除合同。
（三）合同解除或终止的，乙方应继续提供不少于三十日的过渡服务，保障门店预约和会员消费不受影响，并协助甲方将数据迁移至甲方指定的新系统。
（四）任何一方破产、停业或被吊销营业执照的，对方有权书面通知解除合同。

十三、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。

十四、其他
（一）因不可抗力导致服务中断的，乙方应及时通知甲方并尽快恢复服务；不可抗力持续超过十五日的，甲方可解除合同。
（二）本合同附件包括：功能清单、实施计划、云基础设施服务商清单及数据迁移方案，附件与本合同具有同等效力。
（三）本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：____________　　乙方（盖章）：____________
日期：____年__月__日
"""

Z04 = """海水浴场安全与救生管理系统运维服务合同

项目编号：WLJ-CS-2027-009（竞争性磋商）
采购人（甲方）：海澄市文化和旅游局
供应商（乙方）：蓝湾智安信息技术有限公司

根据海水浴场安全与救生管理系统运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，订立本合同。

第一条 服务范围
1. 运维对象为甲方所辖金沙、银滩、月亮湾三处海水浴场的安全与救生管理系统，包括救生瞭望塔视频监控（共计一百二十八路）、离岸流与溺水行为智能识别、广播预警、电子围栏、救生员定位手环、游客求助终端及指挥调度平台。
2. 服务内容包括：日常巡检与设备维护、故障处置、平台软件维护与小版本升级、开放季前全面检修、汛期及台风前专项检查、重大节假日现场保障、运维数据统计与报告。
3. 乙方应在服务期开始后十日内完成对全部设备的接管盘点，与甲方共同核对设备清单、运行状态和遗留问题，形成接管记录，作为服务期满交接和设备完好率计算的依据。
4. 服务期自2027年5月1日起至2028年4月30日止。服务期届满本合同终止，甲方如需继续采购，依法另行组织采购程序。

第二条 服务费用
1. 本合同总价为人民币肆拾捌万陆仟元整（¥486,000），包括人工、备品备件、工具、交通、保险及税费，服务期内不作调整。
2. 费用构成：驻场运维人员费¥312,000；备品备件费¥96,000；开放季前检修及专项检查费¥54,000；平台软件维护费¥24,000。
3. 单件价值在¥2,000以上的设备更换，由乙方报甲方确认后实施，费用在备品备件费中列支，超出部分另行协商。

第三条 付款方式
1. 服务费按季度支付，每季度¥121,500。
2. 每季度结束后，甲方依据第七条第3项进行季度考核，考核结果确定后十五个工作日内支付该季度服务费。考核扣款从当季服务费中扣除。
3. 乙方应于每次付款前开具合法有效的发票。甲方付款按财政资金支付流程办理。
4. 乙方在服务期内自行承担驻场人员的工资、社会保险、意外伤害保险及食宿交通费用，与甲方不存在劳动关系。

第四条 人员要求
1. 乙方应在开放季（每年6月1日至9月30日）每处浴场安排不少于两名驻场运维人员，非开放季安排不少于两名巡检人员负责三处浴场。
2. 驻场人员应具备电工作业证，熟悉视频监控和无线通信设备，上岗前须经甲方培训并熟悉救生应急预案。
3. 乙方更换驻场人员须提前七日书面告知甲方并经甲方同意，服务期内更换比例不得超过一半。
4. 乙方应指定一名项目负责人，负责与甲方及各浴场管理处的日常联络，并参加甲方组织的开放季安全工作会议和每月运维例会。

第五条 服务水平
1. 服务期内，指挥调度平台及溺水识别功能的月度可用率不低于99.95%，计划维护应安排在浴场关闭时段并提前报甲方同意。
2. 故障等级与时限：
（1）一级故障：溺水识别、广播预警或指挥调度平台任一功能在开放时段失效，或任一浴场超过四分之一的视频中断。乙方应在15分钟内响应，30分钟内到场，2小时内恢复；
（2）二级故障：单个瞭望塔设备或个别求助终端故障，1小时内响应，当日修复；
（3）三级故障：不影响救生工作的一般问题，三个工作日内处理。
3. 乙方应每日开放前完成全部设备自检，并通过平台提交自检记录。
4. 五一、端午、暑期周末及国庆等重大节假日期间，乙方应在每处浴场增派一名技术人员现场值守，值守时间覆盖浴场全部开放时段。
5. 台风、风暴潮预警发布后，乙方应在预警生效前完成设备加固、断电保护，并在预警解除后二十四小时内恢复系统运行。

第六条 开放季前检修
1. 乙方应于每年5月25日前完成开放季前全面检修，包括全部摄像机清洁校准、防腐处理、供电及防雷检测、电子围栏浮标检查、手环电池更换，并提交检修报告。
2. 乙方未按期完成开放季前检修的，每逾期一日，按合同总价的千分之一向甲方支付违约金，并承担甲方因此临时增派人员的费用。

第七条 运维报告、备件与考核验收
1. 乙方应每月5日前提交上月运维报告，内容包括设备运行统计、故障清单及处理过程、可用率计算、备件消耗、隐患及改进建议；开放季结束后十五日内提交开放季运维总结。
2. 乙方应在浴场管理处设立备件库，常备摄像机、广播单元、求助终端及定位手环备件，备件台账每月报甲方核对。
3. 甲方按季度对乙方服务进行考核，考核内容包括：可用率、故障响应与恢复时限、自检及巡检记录完整性、开放季前检修质量、运维报告及时性。
4. 考核扣款：可用率每低于承诺值0.01个百分点，扣¥1,000；一级故障每迟延恢复一小时，扣¥2,000；二级故障每超时一日，扣¥500；自检记录缺失每次扣¥200。
5. 服务期满前，甲方组织年度验收，依据本合同服务水平、四个季度考核结果、设备完好率不低于98%及资料移交情况出具验收意见。乙方在合同签订后七日内提交合同总价5%的履约保证金，年度验收合格后无息退还。

第八条 数据安全
1. 系统产生的视频、定位、求助记录、游客人脸及其他个人信息等全部数据归甲方所有，乙方仅为履行运维职责处理，不得复制、留存或用于其他目的。
2. 乙方运维操作须通过甲方堡垒机进行，使用个人账号，禁止共用账号；远程运维须经甲方逐次审批。乙方应落实网络安全等级保护要求，定期修补系统漏洞、更新病毒库，并每月开展一次安全检查。
3. 发生数据泄露、篡改、丢失或网络攻击事件的，乙方应在1小时内报告甲方，立即采取处置措施，并按甲方要求配合调查。因乙方原因造成的损失和行政处罚由乙方承担。

第九条 知识产权与交接
乙方在服务期内编制的巡检记录、运维报告、配置文件、脚本及应急预案等成果归甲方所有。系统原有软件的知识产权不因本合同而转移。服务期满或合同终止时，乙方应在十日内向甲方或甲方指定的接续单位移交全部运维资料、账号口令、备件台账及未结故障清单，并提供不少于十日的现场交接配合，交接期间不得中断服务。

第十条 分包与转包
乙方不得转包或分包本合同项下的任何服务。

第十一条 甲方的义务
1. 甲方应为乙方驻场人员提供必要的工作场所、设备机房出入权限和浴场内交通便利。
2. 甲方应及时审批乙方提交的设备更换和远程运维申请，并将浴场开放时间调整、重大活动安排提前三日通知乙方。

第十二条 合同的履行
1. 本合同签订后，双方均应全面履行，任何一方不得单方解除或终止本合同。
2. 乙方违反本合同约定的，按第六条、第七条承担违约金和考核扣款；给甲方造成损失的，还应赔偿实际损失。
3. 因不可抗力导致不能履行的，受影响方应及时通知对方，并在十日内提供证明，双方协商处理。

第十三条 争议解决
本合同适用中华人民共和国法律。争议协商不成的，依法向甲方所在地人民法院提起诉讼。

第十四条 其他
1. 磋商文件、响应文件、成交通知书及本合同附件（设备清单、浴场点位图、考核细则）为本合同组成部分。
2. 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：____________　　乙方（盖章）：____________
签订日期：____年__月__日
"""

Z05 = """# 软件许可及定制开发合同

**羽迹软件标准合同文本 V3.0**（本文本由乙方提供）

合同编号：YJ-2027-HT-0215

甲方（用户）：翎华羽毛画工艺坊有限公司
乙方（供应商）：羽迹软件科技有限公司

甲方因羽毛画染色、配色及粘贴工序管理需要，向乙方采购“羽迹工艺追溯系统”软件许可及定制开发服务。双方本着平等自愿原则，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供羽迹工艺追溯系统标准版软件许可（二十个并发用户）及染色配方与批次管理模块许可，许可期限为永久，仅限甲方内部使用。

1.2 乙方根据甲方需求进行以下定制开发：粘贴工序看板、扫码报工、订单至羽毛原料批次的全程追溯、与甲方现有进销存软件的数据对接。

1.3 乙方负责系统部署、基础数据初始化及操作培训。

1.4 甲方应自行提供服务器、数据库软件、扫码枪、标签打印机及网络环境，配置要求以乙方出具的《运行环境说明》为准。因运行环境不符合要求导致系统无法正常运行的，乙方不承担责任。

1.5 定制开发需求以双方签字确认的《需求确认书》为准。需求确认后甲方提出变更的，乙方可评估工作量并另行收费，交付期限相应顺延。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工艺追溯系统标准版许可（二十并发用户） | 168,000 |
| 2 | 染色配方与批次管理模块许可 | 64,000 |
| 3 | 定制开发（看板、扫码报工、追溯、对接） | 126,000 |
| 4 | 部署实施及培训 | 22,000 |
| | 合计 | 380,000 |

2.1 合同总价为人民币叁拾捌万元整（¥380,000），含增值税。

2.2 甲方需增加用户数的，按乙方届时价格另行采购。

2.3 上述价款不包括服务器、数据库软件、扫码及打印设备费用，也不包括超出《需求确认书》范围的开发费用。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥247,000。乙方收到该款项后启动项目。

3.2 系统上线运行后十日内，甲方支付合同总价的35%，即¥133,000。

3.3 甲方逾期付款的，乙方有权暂停服务，并按逾期金额每日千分之一收取滞纳金。

## 第四条 交付

4.1 乙方应在收到首期款后九十日内完成定制开发并部署上线。

4.2 因甲方未及时提供需求确认、样品数据或现场条件导致延误的，交付期限相应顺延。

4.3 乙方完成部署并向甲方发出上线通知之日为系统上线之日。

4.4 乙方交付物包括：系统安装程序、用户操作手册、培训课件及许可证书。定制开发部分以可执行程序形式交付，不提供源代码。

4.5 乙方为甲方提供一次集中操作培训，培训对象为甲方染色、粘贴及仓库岗位人员，培训时长不少于两天。额外培训按乙方标准收费。

## 第五条 验收

5.1 系统上线后，甲方应按双方确认的功能清单进行验收测试，验收内容包括：染色批次登记与配方调用、粘贴工序扫码报工、订单追溯查询结果与纸质记录一致、与进销存软件的数据同步。

5.2 验收测试完成后，双方签署验收报告。甲方对验收结果有异议的，应在验收测试后五日内书面提出，乙方予以修改。

5.3 验收测试应在系统上线后二十日内完成。甲方在上线后已使用系统开展生产报工的，不影响甲方依本合同支付款项的义务。

## 第六条 免费维护与售后服务

6.1 乙方自系统上线之日起提供六个月的免费维护服务，包括缺陷修复、远程技术支持和操作指导。

6.2 故障响应：一级故障（系统无法登录或无法报工）乙方在2小时内响应，通过远程方式处理；二级故障在一个工作日内响应；一般问题在三个工作日内答复。

6.3 免费维护期满后，甲方如需乙方继续提供维护服务，维护费按乙方当年公布的维护服务价格标准收取，双方另行签订维护服务协议。

6.4 免费维护期内乙方提供工作日九时至十八时的电话及远程支持，现场服务需另行收取差旅费用。

6.5 以下情况不属于免费维护范围：甲方擅自修改系统或数据库；甲方硬件、网络或操作系统故障；因病毒或不可抗力导致的问题。

## 第七条 知识产权

7.1 本合同项下软件及乙方为甲方定制开发的全部程序、界面、文档及其知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行反向工程、修改或向第三方提供。

7.3 乙方有权将定制开发形成的功能纳入其标准产品，向其他客户提供。

## 第八条 数据

8.1 甲方录入系统的业务数据归甲方所有。

8.2 甲方同意，乙方可对系统中的染色配方参数、工序耗时及良品率等数据进行脱敏处理后，用于乙方产品改进、行业数据分析及算法模型训练。

8.3 系统部署在甲方服务器上，数据备份由甲方自行负责。乙方建议甲方每日备份数据库并异地保存。

8.4 乙方对其维护访问采取账号权限控制、操作日志及传输加密等安全措施。因乙方过错导致甲方数据泄露或丢失的，乙方应在发现后24小时内通知甲方，协助恢复数据，并承担由此造成的直接损失。

## 第九条 保密

9.1 双方对在合作过程中获知的对方商业秘密及技术信息负有保密义务，未经对方书面同意不得向第三方披露，但依法律规定或有权机关要求披露的除外。

9.2 保密义务自本合同签订之日起至合同终止后两年内有效。

9.3 乙方可在其官方网站及宣传资料中将甲方列为客户案例，甲方书面反对的除外。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的5%。

10.2 甲方逾期支付首期款的，乙方交付期限相应顺延；逾期超过三十日的，乙方有权解除合同。

10.3 乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的20%为限，且不承担任何间接损失、利润损失或数据损失。

## 第十一条 合同解除

11.1 任何一方严重违反本合同约定，经对方书面催告后十五日内仍未改正的，守约方有权书面通知解除本合同。

11.2 合同解除后，乙方已完成工作对应的费用甲方仍应支付。

11.3 因乙方原因解除合同的，乙方退还甲方已付款项中未完成工作对应的部分，但软件许可费不予退还。

## 第十二条 不可抗力

因地震、火灾、疫情、政府行为、网络运营商故障等不可抗力导致合同不能履行或迟延履行的，受影响一方不承担责任，但应及时通知对方并在事件结束后十日内提供证明。不可抗力持续超过六十日的，双方可协商解除合同。

## 第十三条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同文本为乙方标准文本，双方对其他事项有补充约定的，以书面补充协议为准。

14.3 本合同附件包括：《需求确认书》《功能清单》《运行环境说明》及乙方报价单。附件与正文不一致的，以正文为准。

14.4 双方通知以书面形式或电子邮件发送至本合同首页所列联系人，发出后即视为送达。

甲方（盖章）：____________　乙方（盖章）：____________

签订日期：____年__月__日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. ALS-CN-2027-044
P:This Software Licence and Services Agreement (the "Agreement") is made between Yiwu Crescent Export Trading Co., Ltd., a company established in the People's Republic of China with its registered office in Yiwu, Zhejiang Province (the "Customer"), and Ajloun Lexica Software LLC, a company registered in the Hashemite Kingdom of Jordan with its principal office in Ajloun, Jordan (the "Vendor").
P:Background: the Customer sells household goods to importers in the Middle East and North Africa and prepares product catalogues, labels and compliance documents in Chinese, Arabic, English and French. The Customer wishes to acquire a perpetual licence to the Vendor's LexiBridge translation management system, together with implementation, connectors to its own systems, training and support.
H:Article 1 Definitions
P:1.1 "Software" means the LexiBridge translation management system in the version current at signature, including its terminology, translation memory, workflow and quality-check modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the connectors, workflow templates, terminology import scripts, reports and documentation developed by the Vendor specifically for the Customer under Article 3.
P:1.3 "Go-Live" means the date on which the Customer's users first use the Software in production after the Vendor has completed installation and configuration. Go-Live is not acceptance.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 6.
P:1.5 "Customer Data" means all data, texts, translation memories, term bases, product information and files that the Customer or its users load into or create with the Software.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers in mainland China for up to 120 named users, for the internal business of the Customer and its wholly owned subsidiaries.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. Additional named users may be purchased at the unit price stated in Article 4 for three years after signature.
P:2.3 The Software is installed on premises. The Vendor has no access to the Customer's environment except as described in Article 9.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software, migrate the Customer's existing term lists and bilingual files, and build the following connectors: (a) to the Customer's ERP product master, for automatic export of new product descriptions for translation; (b) to the Customer's content management system, for publishing approved catalogue texts; and (c) to the Customer's label printing system.
P:3.2 The Vendor shall deliver two rounds of administrator training and four rounds of user training, in Chinese and English, at the Customer's premises in Yiwu, and shall provide user manuals in both languages.
P:3.3 The Vendor shall appoint a project manager who speaks English and Chinese. The project plan agreed at kick-off forms part of this Agreement.
H:Article 4 Price
P:4.1 The total price of this Agreement is CNY 1,786,000 (the "Contract Price"), inclusive of all taxes, travel and expenses, and is made up as follows: perpetual licence for 120 named users CNY 1,140,000 (the "Licence Fee"); implementation and configuration CNY 386,000; Custom Deliverables (three connectors) CNY 214,000; training CNY 46,000.
P:4.2 Additional named users: CNY 9,500 per user, perpetual.
P:4.3 All amounts are payable in Chinese yuan to the Vendor's bank account stated on its invoice. Each party bears its own bank charges.
H:Article 5 Payment
P:5.1 The Customer shall pay 20% of the Contract Price (CNY 357,200) within 15 days after signature of this Agreement and receipt of the Vendor's invoice.
P:5.2 The Customer shall pay 45% of the Contract Price (CNY 803,700) within 15 days after Go-Live.
P:5.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 625,100) within 15 days after Final Acceptance.
P:5.4 Payments do not imply acceptance of any deliverable.
H:Article 6 Delivery and Acceptance
P:6.1 The Vendor shall achieve Go-Live within 100 days after signature and shall request Final Acceptance within 60 days after Go-Live (the "Target Acceptance Date").
P:6.2 The acceptance tests shall show that: (a) all functions in the agreed functional specification work as described; (b) migrated term bases and translation memories match the source files record by record; (c) each connector transfers at least 500 test records without error or loss; (d) the system supports 80 concurrent users with screen response below 3 seconds; and (e) no Severity 1 or Severity 2 defect has occurred in the last 20 working days before the request.
P:6.3 The Customer shall test within 15 working days after the request and either issue the Final Acceptance certificate or list the failures in writing. The Vendor shall correct the failures at its own cost and repeat the tests. Go-Live, use of the Software or payment does not constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Vendor shall correct defects, provide updates and new versions free of charge, and provide remote support in English and Chinese.
P:7.2 Response times: Severity 1 (the system is unavailable to all users, or a connector has stopped) - response within 1 hour and workaround within 8 hours, at any time; Severity 2 (a major function is impaired) - response within 2 hours and resolution within 2 working days; Severity 3 - response within 1 working day.
P:7.3 For each full hour by which the Vendor exceeds a Severity 1 response or workaround time, the Vendor shall credit the Customer CNY 1,000, to be deducted from the next payment or paid on demand.
P:7.4 After the warranty period, the Vendor shall provide annual support, at the Customer's option, at 11% of the Licence Fee per year (CNY 125,400), fixed for the three years following the warranty period. Support is ordered by purchase order for each year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all rights in the Software.
P:8.2 All rights in the Custom Deliverables, including source code, belong to the Customer on creation. The Vendor shall deliver the source code and build documentation with the request for Final Acceptance. The Customer may use, modify and license the Custom Deliverables and have third parties maintain them.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's intellectual property rights.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not keep, copy or use it for any other purpose, including in aggregated or anonymised form.
P:9.2 Remote access by the Vendor requires the Customer's approval for each session, shall be made through the Customer's VPN with multi-factor authentication, and shall be logged. The Vendor shall not transfer Customer Data outside mainland China and shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:9.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to, loss or disclosure of Customer Data caused by the Vendor, take immediate remedial measures, and be liable for the resulting losses of the Customer, including fines and costs of notification.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement, and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations. This obligation survives for six years after termination.
H:Article 11 Delay Damages and Liability
P:11.1 If Final Acceptance is not achieved by the Target Acceptance Date for reasons attributable to the Vendor, the Vendor shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to liability under Articles 8.3, 9 and 10, to personal injury, or to fraud and wilful misconduct.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent, and remains fully responsible for any subcontractor approved by the Customer.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after written notice, or if delay damages reach their maximum under Article 11.1.
P:13.2 On termination by the Customer, the Vendor shall refund the amounts paid for services not performed, deliver all work in progress, and return or destroy Customer Data as the Customer directs. The licence under Article 2 survives if the Licence Fee has been paid.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Hashemite Kingdom of Jordan.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be settled by arbitration in Amman, Jordan, under the arbitration rules of the Amman Chamber of Commerce, by three arbitrators, in the English language. The award is final and binding.
H:Article 15 General
P:15.1 This Agreement, with its annexes, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English in two originals. Annex 1: Functional Specification. Annex 2: Project Plan. Annex 3: Acceptance Test Plan.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# ShiftWell Subscription - Order Form and General Terms

Order Form No. QSW-2027-0186

This Order Form is entered into by **Tianjin Harbourline Logistics Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in the Binhai New Area, Tianjin ("Customer"), and **Qalqilya ShiftWorks Technologies Ltd.**, a company registered in Qalqilya, Palestine ("Provider"). It consists of Part A (Order Form) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## Part A - Order Form

### A1. Service

ShiftWell, Provider's cloud service for workforce scheduling, time and attendance and labour reporting in warehouses, in the Enterprise edition, including the mobile app for warehouse staff, the supervisor console and the standard reporting pack (the "Service").

Scope of use: up to 180 named supervisor and planner users and up to 2,400 warehouse staff profiles, across Customer's six bonded and distribution warehouses in Tianjin and Langfang.

### A2. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the date of Onboarding Acceptance under A4; the second Subscription Year follows immediately after the first. This Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 180 users, 2,400 staff profiles | 326,000 |
| Subscription, Subscription Year 2 | 180 users, 2,400 staff profiles | 326,000 |
| Onboarding services (one-time) | fixed price | 58,000 |
| **Total Fees** | | **710,000** |

All fees are in Chinese yuan and include value-added tax. Fees for each Subscription Year are fixed for the Subscription Term. Additional staff profiles may be ordered in blocks of 100 at CNY 1,150 per block per Subscription Year, pro rata for a part year.

### A4. Onboarding and Acceptance

Provider shall configure the Service for Customer's six warehouses, import Customer's staff master data and shift patterns, connect the Service to Customer's turnstile access-control system and to Customer's payroll system by file interface, and train Customer's supervisors and planners. Target Onboarding Completion Date: 70 days after signature of this Order Form.

Onboarding Acceptance requires that: (a) staff master data for all six warehouses has been imported and checked by Customer against its HR list without discrepancies; (b) rosters for two consecutive weeks have been produced in the Service for each warehouse; (c) clock-in records from the turnstile interface match the turnstile logs for ten consecutive working days; and (d) the payroll file for one pay period has been accepted by Customer's payroll system without manual correction. Customer shall test within ten working days after Provider's written notice of completion and either sign the Onboarding Acceptance certificate or state the failures in writing. Use of the Service before Onboarding Acceptance is not acceptance.

### A5. Hosting and Named Subcontractor

The Service for Customer is hosted on Alibaba Cloud in its Shanghai region. Alibaba Cloud is approved by Customer by signature of this Order Form as Provider's hosting subcontractor. Any other subcontractor requires Customer's prior written consent under B9.

### A6. Invoicing and Payment

- Onboarding services: invoiced after Onboarding Acceptance, payable within 30 days of invoice.
- Subscription fees: invoiced at the start of each Subscription Year, payable within 30 days of invoice.
- Customer makes no payment before Onboarding Acceptance.

Signed for Customer: ____________________  Signed for Provider: ____________________

## Part B - General Terms

### 1. Definitions

1.1 "Customer Data" means all data submitted to or generated in the Service by or for Customer, including staff personal information, rosters, clock-in records and reports.

1.2 "Documentation" means Provider's user guides and the configuration workbook agreed for Customer.

1.3 "Customer Configurations" means the roster rules, shift templates, report layouts and interface mappings created by Provider for Customer during onboarding or later at Customer's request.

### 2. Provision of the Service

2.1 Provider shall make the Service available to Customer during the Subscription Term in accordance with the Documentation and this Order Form.

2.2 Provider will use commercially reasonable efforts to keep the Service available 24 hours a day, seven days a week, except for planned maintenance and events beyond Provider's reasonable control. Provider will try to schedule planned maintenance outside Customer's main shift changes.

2.3 Support is provided by e-mail and through the online ticket portal. Provider will respond to support requests as soon as reasonably practicable during Provider's business hours and will use reasonable efforts to resolve reported errors.

2.4 Provider may update the Service from time to time, provided that updates do not materially reduce its functionality.

### 3. Customer Responsibilities

3.1 Customer is responsible for its users' account credentials and for the accuracy of the data it submits.

3.2 Customer shall ensure that it has a lawful basis, including any required notice to and consent of its staff, for processing staff personal information in the Service.

3.3 Customer shall provide the turnstile log exports, payroll file specifications and shift patterns needed for onboarding within ten working days after Provider's request, and shall name one project coordinator for the onboarding period. Delays caused by Customer extend the Target Onboarding Completion Date accordingly.

### 4. Customer Data and Data Security

4.1 Customer Data belongs to Customer. Provider shall process Customer Data only to provide the Service and support to Customer under this Order Form, and for no other purpose.

4.2 Provider shall store Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to named support staff on a need-to-know basis with multi-factor authentication, keep access logs for at least 180 days, and perform daily backups.

4.3 Provider shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, cooperate with Customer's investigation and notifications to authorities and individuals, and bear the costs and losses caused by an incident attributable to Provider.

4.4 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data in CSV format and then delete it from the Service and its backups, and confirm the deletion in writing.

### 5. Intellectual Property

5.1 Provider retains all rights in the Service and the Documentation.

5.2 Customer Configurations belong to Customer. Customer may use and modify them and allow a third party to use them, including in a replacement system.

### 6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public business, technical and financial information received in connection with this Order Form and shall use it only for this Order Form. This obligation continues for three years after the end of the Subscription Term.

### 7. Onboarding Delay

7.1 If Onboarding Acceptance is not achieved by the Target Onboarding Completion Date for reasons attributable to Provider, Provider shall pay Customer delay damages of 0.1% of the Total Fees for each day of delay, up to 10% of the Total Fees, and the Subscription Term shall start only on Onboarding Acceptance.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profit.

8.2 Provider's total aggregate liability arising out of or in connection with this Order Form shall not exceed the fees paid by Customer in the six months preceding the event giving rise to the claim.

8.3 The limits in this Section 8 do not apply to a breach of Section 4 or Section 6, or to personal injury caused by negligence.

### 9. Subcontracting

9.1 Except for the hosting subcontractor named in A5, Provider shall not subcontract the Service or any part of it without Customer's prior written consent. Provider remains responsible for the acts of its subcontractors.

### 10. Term and Termination

10.1 This Order Form starts on signature and ends at the end of the Subscription Term.

10.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If Customer terminates for Provider's breach, Provider shall refund the prepaid fees for the remainder of the Subscription Year.

10.3 Customer may also terminate if Onboarding Acceptance has not been achieved within 60 days after the Target Onboarding Completion Date.

### 11. Governing Law and Disputes

11.1 This Order Form is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin in accordance with its rules. The award is final and binding on both parties.

### 12. General

12.1 Notices must be in writing and sent to the contact persons named by each party at signature.

12.2 Neither party may assign this Order Form without the other party's prior written consent.

12.3 If any provision of this Order Form is held invalid, the remaining provisions remain in force, and the parties shall replace the invalid provision with a valid one that comes as close as possible to its purpose.

12.4 This Order Form may be signed in counterparts and by electronic signature. The English text prevails.
"""

E03 = """T:Purchase Contract for Condition-Monitoring Sensors and Monitoring Software
P:Contract No. YS-EQ-2027-118
P:Buyer: Hebei Yanshan Building Materials Co., Ltd., Tangshan, Hebei Province, People's Republic of China (the "Buyer").
P:Supplier: Tafilah Sensing Systems Co., a company registered in Tafilah, Hashemite Kingdom of Jordan (the "Supplier").
P:The Buyer operates two clinker production lines and four cement mills at its Tangshan plant. The Buyer wishes to buy wireless condition-monitoring sensors, gateways and a perpetual licence to the Supplier's monitoring software, with installation, configuration of analytics models and training, on the terms of this Contract, which is the Buyer's standard purchase contract.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in clause 3.
P:1.2 "Software" means the Supplier's KilnGuard monitoring software, licensed perpetually under clause 7.
P:1.3 "Custom Work" means the analytics model configurations, alarm rules, dashboards, interface programs to the Buyer's DCS historian and all related documentation prepared for the Buyer.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate under clause 5.
P:1.5 "Buyer Data" means all measurements, alarms, reports and other data collected or generated by the Equipment and the Software at the Buyer's plant.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install and commission vibration and temperature sensors on the kiln drives, ID fans, raw mills and cement mills listed in Annex 1, gateways covering all measuring points, and the Software installed on the Buyer's servers in the plant data centre.
P:2.2 The Supplier shall configure analytics models for bearing wear, misalignment, imbalance and gear defects for each monitored machine, set alarm thresholds with the Buyer's maintenance department, and connect the Software to the Buyer's DCS historian by OPC UA.
P:2.3 The Supplier shall train 16 maintenance engineers and 4 system administrators of the Buyer at the plant.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,840,000, inclusive of value-added tax, packing, transport to the Tangshan plant, import duties, insurance, installation, commissioning and training, broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensor|180|4,600|828,000
TB:2|Wireless temperature sensor|60|2,150|129,000
TB:3|Industrial gateway with mounting kit|12|18,500|222,000
TB:4|KilnGuard monitoring software, perpetual site licence|1|396,000|396,000
TB:|Hardware and Licence Subtotal|||1,575,000
TB:5|Installation and commissioning|1 lot|148,000|148,000
TB:6|Analytics model configuration|1 lot|92,000|92,000
TB:7|Training|1 lot|25,000|25,000
TB:|Contract Price|||1,840,000
P:3.2 The Contract Price is fixed and is not subject to exchange-rate adjustment.
P:3.3 The Supplier shall deliver with the Equipment the packing list, certificates of origin and quality, the explosion-protection certificates required for the coal mill area, and the customs documents needed by the Buyer. Equipment shall be new, of current production and suitable for the dust, heat and vibration conditions of a cement plant.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 184,000) within 20 days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:4.2 55% of the Contract Price (CNY 1,012,000) within 30 days after delivery of all Equipment and signature of the installation certificate. The installation certificate confirms quantities and installation only and is not acceptance.
P:4.3 35% of the Contract Price (CNY 644,000) within 30 days after Final Acceptance.
H:5. Delivery, Installation and Acceptance
P:5.1 The Supplier shall deliver all Equipment to the plant within 75 days after signature and complete installation within 30 days after delivery, working only during shutdown windows notified by the Buyer.
P:5.2 After installation the system shall run for 45 days. Final Acceptance requires that: (a) all 240 sensors transmit data to the Software with at least 98% of scheduled readings received in each week; (b) vibration readings of 20 sample points agree with the Buyer's calibrated portable analyser within 5%; (c) the analytics models have detected the faults introduced during the witnessed tests on two mills; (d) data flows to the DCS historian without loss for the last 14 days of the run; and (e) all documentation and Custom Work, including source files, has been handed over.
P:5.3 The Buyer shall carry out the acceptance tests within 15 days after the Supplier's request and sign the Final Acceptance certificate or state the failures in writing. Delivery, installation, the installation certificate, use of the system or any payment does not constitute acceptance.
H:6. Warranty and Technical Support
P:6.1 The warranty period is 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective Equipment, including batteries that fail before their rated life, and provide Software updates and technical support free of charge.
P:6.2 Response and restoration times:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Software unavailable, or more than 10% of sensors not reporting|30 minutes|8 hours
TB:Severity 2|A gateway or an analytics model not working|2 hours|2 working days
TB:Severity 3|Other defects and questions|1 working day|Next update
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 1,200, deducted from any amount due or paid on demand.
P:6.4 The Supplier shall keep spare sensors and a spare gateway at the plant, equal to at least 3% of the installed quantity, throughout the warranty period.
P:6.5 After the warranty period the Buyer may order technical support at an annual fee of 8.5% of the Hardware and Licence Subtotal (CNY 133,875 per year), fixed for the two years following the warranty period. Support is ordered year by year and does not renew automatically.
H:7. Licence and Intellectual Property
P:7.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Tangshan plant, including any updates supplied under clause 6.
P:7.2 All rights in the Custom Work belong to the Buyer. The Buyer may use, modify and license the Custom Work and have it maintained by third parties.
P:7.3 The Supplier warrants that the Equipment, the Software and the Custom Work do not infringe any third party's rights and shall indemnify the Buyer against any claim of infringement.
H:8. Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not keep, copy or use it for any other purpose, in any form.
P:8.2 The Software shall run on the Buyer's servers only. The gateways shall send data only to those servers. Remote access by the Supplier requires the Buyer's approval for each session, shall use the Buyer's VPN and shall be recorded.
P:8.3 The Supplier shall report any security incident affecting Buyer Data or the Buyer's control network within 6 hours, cooperate in the investigation, and compensate the Buyer for losses caused by the Supplier's breach of this clause.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the information received from the other party in connection with this Contract, including process data, drawings and prices, and shall not disclose it to third parties without prior written consent, during the Contract and for six years after it ends.
H:10. Delay Damages and Liability
P:10.1 If the Supplier delays delivery, installation or Final Acceptance for reasons attributable to it, the Supplier shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and liability under clauses 7.3 and 8, which are not limited.
H:11. Subcontracting
P:11.1 The Supplier may not subcontract any part of the work, including installation, without the Buyer's prior written consent. The Supplier remains responsible for the work of any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after the Buyer's notice, or if delay damages reach their maximum.
P:12.2 On such termination the Supplier shall refund the amounts paid for Equipment or services not accepted and remove rejected Equipment at its own cost.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time. The award is final.
H:14. General
P:14.1 The Supplier shall comply with the Buyer's plant safety rules, including permits for work at height and near rotating equipment.
P:14.2 Notices shall be in writing and sent to the addresses on the first page, or by e-mail to the contact persons named at kick-off.
P:14.3 This Contract is made in English and Chinese. Both texts are equally authentic.
P:Annex 1: List of measuring points. Annex 2: Acceptance test procedure.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Service Desk and Field Support Agreement

Agreement No. CWR-MSA-2027-07

**Customer:** Chengdu Western Route Engineering Group Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Chengdu, Sichuan Province ("Customer").

**Supplier:** Tulkarm Digital Services Company, a company registered in Tulkarm, Palestine ("Supplier").

Customer builds and operates infrastructure projects and runs project offices and site camps in the Middle East that are supported from its Chengdu headquarters. Customer wishes to outsource the first-line and second-line IT service desk for these offices, in Arabic, English and Chinese, together with on-site field support, to Supplier for 36 months on the terms below.

## Section 1 - Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the transition acceptance certificate under Section 4.

1.3 "Service Levels" means the levels set out in Schedule 3, and "Service Credits" means the credits calculated under Schedule 3.

1.4 "Customer Data" means all data of Customer, its employees and its project partners that Supplier receives or can access in performing the Services, including tickets, user accounts, device inventories and the contents of devices and mailboxes.

1.5 "Knowledge Base" means the runbooks, known-error records, user guides and knowledge articles prepared by Supplier for Customer.

## Section 2 - Term

2.1 This Agreement starts on signature. The service period is 36 months from the Service Commencement Date.

2.2 The Agreement ends at the end of the service period. It does not renew automatically; any extension requires a written amendment signed by both parties.

## Section 3 - Services

3.1 Supplier shall provide the Services described in Schedule 1 to all Customer users at the project offices and site camps listed in the annex, which at signature number about 1,350 users.

3.2 Supplier shall staff the service desk with agents who speak Arabic and English, and shall keep at least two Chinese-speaking agents on every shift.

3.3 Supplier shall use Customer's IT service management tool for all tickets. Supplier shall not move tickets or Customer Data into its own tools.

3.4 Supplier shall propose improvements at least once per quarter and shall attend a monthly service review with Customer's IT department in Chengdu by video conference.

## Section 4 - Transition and Acceptance

4.1 Supplier shall complete transition within 60 days after signature. Transition includes knowledge transfer from Customer's current support team, setting up telephone lines and queues, building the initial Knowledge Base, and a two-week shadow period.

4.2 Transition acceptance requires that: (a) the Knowledge Base covers the 50 most frequent ticket types of the previous six months; (b) during the shadow period Supplier has handled at least 300 tickets with a first-contact resolution rate of at least 65%; (c) all field engineers have been introduced at their sites and have passed Customer's site safety induction; and (d) reporting from the service management tool works as described in Schedule 3.

4.3 Customer shall sign the transition acceptance certificate within five working days after the criteria are met, or list the open items in writing. Supplier shall close the open items and request acceptance again.

## Section 5 - Service Levels

5.1 Supplier shall meet the Service Levels in Schedule 3. Service Levels are measured monthly from the data in Customer's service management tool.

5.2 If Supplier fails a Service Level, Customer is entitled to the Service Credits in Schedule 3. Service Credits are deducted from the next invoice. Service Credits are not Customer's only remedy.

5.3 If Supplier fails the same Service Level in three months within any period of six consecutive months, Customer may require a corrective action plan, and a further failure in the following three months is a material breach.

## Section 6 - Charges and Payment

6.1 The charges are set out in Schedule 2. The Total Contract Value is CNY 1,746,000.

6.2 The transition fee is invoiced after transition acceptance. The monthly service charge is invoiced monthly in arrears. Customer shall pay each correct invoice within 30 days after receipt.

6.3 The monthly service charge is fixed for the service period. It covers up to 1,500 users; additional users are charged at CNY 28 per user per month.

## Section 7 - Personnel

7.1 Supplier shall name a service delivery manager and shall not replace the service delivery manager or the team leaders without one month's notice to Customer.

7.2 Field engineers shall comply with Customer's site rules on safety, working hours and conduct, and Customer may require the removal of any Supplier person from its sites for good reason.

## Section 8 - Customer Data

8.1 Customer Data remains the property of Customer. Supplier shall use Customer Data only to perform the Services and for no other purpose, and shall return it to Customer at the end of the Agreement.

## Section 9 - Confidentiality

9.1 Each party shall keep confidential all information of the other party that is marked confidential or that by its nature should be treated as confidential, and shall use it only for this Agreement. Supplier shall ensure that its agents and engineers are bound by written confidentiality undertakings.

9.2 This Section continues to apply for three years after the end of the Agreement.

## Section 10 - Intellectual Property

10.1 The Knowledge Base and all reports, scripts and documents prepared by Supplier specifically for Customer belong to Customer. Customer may use and modify them freely and may give them to any successor supplier.

10.2 Supplier retains its general methods and tools that it used before this Agreement.

## Section 11 - Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value, except for personal injury, fraud and wilful misconduct.

11.2 Neither party is liable for indirect or consequential loss.

## Section 12 - Subcontracting

12.1 Supplier shall not subcontract any part of the Services without Customer's prior written consent. Where Customer consents, Supplier remains responsible for the subcontractor as for itself.

## Section 13 - Termination

13.1 Customer may terminate this Agreement by written notice if Supplier commits a material breach and does not remedy it within 30 days after written notice.

13.2 Customer may also terminate this Agreement for convenience at any time after the first 18 months by giving three months' written notice, without any termination charge.

13.3 On termination or expiry Supplier shall provide exit assistance for up to three months at the monthly service charge then applicable, including handover of the Knowledge Base and open tickets to Customer or a successor supplier.

## Section 14 - Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The award is final and binding.

## Section 15 - General

15.1 This Agreement, with Schedules 1 to 3, is the entire agreement between the parties on its subject. Amendments require a written document signed by both parties.

15.2 Supplier is an independent contractor. Nothing in this Agreement creates an employment relationship between Customer and any Supplier person.

## Schedule 1 - Service Description

| Service | Description | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and chat support in Arabic, English and Chinese; logging, first-line diagnosis and resolution; escalation to Customer's headquarters IT | 24 x 7 |
| Second-line remote support | Laptop, printer, mobile device and collaboration tool issues; account and access requests; software installation from Customer's catalogue | 07:00-22:00 local time, seven days |
| Field support | On-site support at project offices and site camps, device replacement, meeting-room support, new-starter set-up | Office hours, plus on-call for P1 |
| Asset records | Keeping Customer's device inventory up to date in the service management tool | Continuous |
| Reporting | Monthly service report and quarterly improvement plan | Monthly / quarterly |

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | One-time, after transition acceptance | 72,000 |
| Monthly service charge | 46,500 per month x 36 months | 1,674,000 |
| **Total Contract Value** | | **1,746,000** |

## Schedule 3 - Service Levels and Service Credits

| Priority | Definition | Response | Resolution or workaround | Service Credit per failed ticket (CNY) |
|---|---|---|---|---|
| P1 | A whole office or site camp cannot work, or a senior manager cannot work before a deadline | 30 minutes | 6 hours | 1,500 |
| P2 | A group of users or a key device is affected | 1 hour | 1 business day | 500 |
| P3 | A single user is affected | 8 business hours | 3 business days | 100 |

Further Service Levels, measured monthly: calls answered within 60 seconds in at least 85% of cases (credit 2% of the monthly service charge if missed); user satisfaction score at least 4.2 out of 5 (credit 2% of the monthly service charge if missed). Total Service Credits in a month are limited to 12% of that month's service charge.
"""

E05 = """TARIFF DATA API SUBSCRIPTION AGREEMENT

Agreement No. JTD-SZ-2027-031

PARTIES

Customer: Shenzhen Qianhai Bridgeway Cross-Border Commerce Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Qianhai, Shenzhen ("Customer").

Provider: Jericho Trade Data Ltd., a company registered in Jericho, Palestine ("Provider").

Customer sells consumer goods online to buyers in the Middle East and North Africa and needs reliable import tariff rates, HS code classifications and import restrictions for these markets in its order and shipping systems. Provider maintains a tariff and classification database for the region and makes it available through an application programming interface. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's tariff data application programming interface, including the classification, duty calculation and restriction endpoints described in the API documentation.

1.2 "Data" means the tariff rates, HS code classifications, import restrictions, regulatory notes and other content delivered through the API.

1.3 "Subscription Year" means the period from the Subscription Start Date to the day before its first anniversary, and each following period from one anniversary to the day before the next.

1.4 "Customer Inputs" means product descriptions, product images, order details, query logs and any other information that Customer or its systems submit to the API.

1.5 "Custom Mapping" means the mapping tables between Customer's product catalogue categories and HS codes, and the rule files for Customer's shipping system, prepared by Provider for Customer under clause 4.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and to use the Data in Customer's own order, pricing, shipping and compliance systems and in documents issued to Customer's buyers, carriers and customs brokers.

2.2 The subscription covers the following markets: Saudi Arabia, the United Arab Emirates, Qatar, Kuwait, Oman, Bahrain, Jordan, Egypt and Morocco, and up to 2,000,000 API calls per Subscription Year.

2.3 Provider shall update tariff rates within two working days after an official change is published, and shall notify Customer of changes that affect more than 50 of Customer's product categories.

3. TERM

3.1 The Subscription Term is two Subscription Years, starting on the date on which Provider issues the production API keys (the "Subscription Start Date").

3.2 This Agreement does not renew automatically. Any further subscription requires a new written agreement signed by both parties.

4. ONBOARDING AND ACCEPTANCE

4.1 Provider shall prepare the Custom Mapping for Customer's 3,600 product categories, help Customer integrate the API with its order management and shipping systems, and train Customer's compliance staff, within 45 days after the Subscription Start Date (the "Onboarding Date").

4.2 Onboarding acceptance requires that: (a) in a test of 1,000 sample products selected by Customer, at least 980 receive the correct six-digit HS code for each covered market, as checked by Customer's customs broker; (b) duty calculations for the same sample match the official tariff schedules; (c) the 95th percentile response time of the classification endpoint is below 800 milliseconds over five consecutive working days; and (d) the Custom Mapping and the API documentation in English and Chinese have been delivered.

4.3 Customer shall complete the acceptance tests within ten working days after Provider's notice of completion and sign the onboarding acceptance certificate or list the failures in writing. Provider shall correct the failures and repeat the tests.

5. FEES AND PAYMENT

5.1 The fees are:

   Onboarding and integration fee (one-time) ........ CNY 64,000
   Subscription fee, Subscription Year 1 ............. CNY 298,000
   Subscription fee, Subscription Year 2 ............. CNY 298,000
   Total Fees ........................................ CNY 660,000

5.2 Calls beyond the annual allowance in clause 2.2 are charged at CNY 0.35 per call, invoiced quarterly in arrears.

5.3 Customer shall pay the onboarding and integration fee and the subscription fee for Subscription Year 1 within ten days after signature of this Agreement. Provider shall issue the production API keys after receiving this payment.

5.4 The subscription fee for Subscription Year 2 is payable within 30 days after the start of Subscription Year 2.

5.5 All fees are in Chinese yuan, include value-added tax, and are fixed for the Subscription Term.

6. SERVICE LEVELS

6.1 The API shall be available at least 99.95% of each calendar month, excluding planned maintenance announced at least three days in advance and carried out between 01:00 and 05:00 China Standard Time.

6.2 Incidents are classified and handled as follows: Priority 1 (the API is unavailable or returns wrong duty rates for a whole market) - response within 1 hour and restoration within 6 hours, at any time; Priority 2 (an endpoint is degraded or a single tariff line is wrong) - response within 3 hours and correction within 2 working days; Priority 3 - response within 1 working day.

6.3 Service credits: for each 0.1 percentage point, or part of it, by which monthly availability falls below the level in clause 6.1, Customer receives a credit of 5% of one twelfth of the current Subscription Year fee; for each hour by which a Priority 1 restoration is late, Customer receives CNY 800. Credits are set off against the next invoice or paid at the end of the Subscription Term.

6.4 Provider shall publish a monthly service report showing availability, incidents and data corrections.

7. DATA QUALITY

7.1 Provider shall compile the Data with professional care from official sources and shall correct any error within two working days after it is reported.

7.2 Customer remains responsible for its own customs declarations. If a wrong duty rate in the Data causes Customer to pay additional duties, penalties or carrier charges, Provider shall reimburse them, subject to clause 11.

8. CUSTOMER INPUTS

8.1 Customer Inputs belong to Customer, and Provider shall use them to provide the API and the Data to Customer.

8.2 Customer grants Provider a perpetual, royalty-free licence to use Customer Inputs in aggregated and de-identified form to train and improve Provider's classification models and to compile market and trade statistics offered to Provider's other customers. This licence continues after the end of this Agreement.

9. DATA SECURITY

9.1 Provider shall store Customer Inputs only on servers in mainland China operated for Provider by the hosting provider approved under clause 12, encrypt them in transit and at rest, limit access to authorised staff with multi-factor authentication, keep access logs for at least one hundred and eighty days, and comply with the PRC Personal Information Protection Law and Data Security Law.

9.2 Order details submitted to the API shall not contain buyers' names, telephone numbers or addresses. Provider shall delete any personal information received by mistake.

9.3 Provider shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Inputs, take immediate measures to contain it, and compensate Customer for the resulting losses.

10. INTELLECTUAL PROPERTY AND CONFIDENTIALITY

10.1 Provider retains all rights in the API and the Data, subject to Customer's rights under clause 2.1.

10.2 The Custom Mapping belongs to Customer. Customer may use, modify and share it with its service providers, also after the end of this Agreement.

10.3 Each party shall keep confidential the other party's non-public information received under this Agreement, including prices, product plans and technical documentation, and shall use it only for this Agreement, during the Subscription Term and for three years after.

11. DELAY DAMAGES AND LIABILITY

11.1 If the onboarding is not accepted by the Onboarding Date for reasons attributable to Provider, Provider shall pay Customer delay damages of 0.08% of the Total Fees for each day of delay, up to 8% of the Total Fees.

11.2 Each party's total liability under this Agreement is limited to 200% of the Total Fees, except for liability under clause 9, personal injury, fraud and wilful misconduct.

11.3 Neither party is liable for indirect loss or loss of profit, except under clause 9.

12. SUBCONTRACTING

12.1 Provider may use the mainland China hosting provider named in Annex 2, which Customer approves by signing this Agreement. Provider shall not use any other subcontractor for the API, the Data or the onboarding without Customer's prior written consent.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

13.2 If Customer terminates for Provider's breach, Provider shall refund the fees paid for the remainder of the current Subscription Year and the part of the onboarding fee relating to work not accepted.

13.3 On expiry or termination Provider shall return Customer Inputs on request and then delete them, except as permitted by clause 8.2.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen in accordance with its rules. The award is final and binding.

15. GENERAL

15.1 Neither party may assign this Agreement without the other party's written consent.

15.2 Annex 1 (API documentation and covered endpoints) and Annex 2 (hosting provider) form part of this Agreement.

15.3 This Agreement is made in English in two originals, one for each party.

For Customer: ____________________    For Provider: ____________________
"""


# --------------------------------------------------------------------------------------------------------------------
# Files, formats and labels
# --------------------------------------------------------------------------------------------------------------------
FILES = {  # key: (stem, ext, language, category, contract_kind, source)
    "z01": ("h797z01_island_monitoring_platform_licence_development", "pdf", "zh", "software", "goods_or_licence", Z01),
    "z02": ("h797z02_electric_blanket_line_control_retrofit", "docx", "zh", "hardware", "goods_or_licence", Z02),
    "z03": ("h797z03_hockey_chain_booking_membership_saas", "txt", "zh", "cloud", "service", Z03),
    "z04": ("h797z04_bathing_beach_lifesaving_system_om", "txt", "zh", "services", "service", Z04),
    "z05": ("h797z05_feather_art_tracking_software_supplier_template", "md", "zh", "software", "goods_or_licence", Z05),
    "e01": ("h797e01_translation_management_perpetual_licence_ajloun", "pdf", "en", "software", "goods_or_licence", E01),
    "e02": ("h797e02_workforce_scheduling_saas_order_form_qalqilya", "md", "en", "cloud", "service", E02),
    "e03": ("h797e03_cement_condition_monitoring_sensors_tafilah", "docx", "en", "hardware", "goods_or_licence", E03),
    "e04": ("h797e04_managed_service_desk_36_months_tulkarm", "md", "en", "services", "service", E04),
    "e05": ("h797e05_tariff_data_api_subscription_jericho", "txt", "en", "cloud", "service", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law"]

# Design: terms in TERM_KEYS order, then extras, then internal facts (forum outside mainland, TCO inputs), then the
# rules I expect.
T, F, N = True, False, None
DESIGN = {
    "z01": dict(terms=[99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 36, 9, F, T, F, "PRC"],
                sla=T, ld=T, capped=T, deemed=F, value=1700000, forum_out=F, fee_base=860000,
                rules=[]),
    "z02": dict(terms=[N, 1, T, "buyer", T, T, T, 0.1, N, 20, T, T, 18, 26, F, T, T, "PRC"],
                sla=T, ld=T, capped=T, deemed=F, value=1220000, forum_out=F, fee_base=1110000,
                rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "z03": dict(terms=[99.5, 0.5, T, "buyer", T, T, T, 0.08, 200, N, T, N, N, N, T, T, F, "PRC"],
                sla=T, ld=T, deemed=F, value=612000, forum_out=F,
                rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": dict(terms=[99.95, 0.25, T, "buyer", T, T, F, 0.1, N, N, T, N, N, N, F, F, F, "PRC"],
                sla=T, ld=T, deemed=F, value=486000, forum_out=F,
                rules=["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "z05": dict(terms=[N, 2, F, "supplier", T, F, T, 0.02, 20, 65, T, F, 6, N, F, T, N, N],
                sla=T, ld=T, capped=F, deemed=F, value=380000, forum_out=F, fee_base=232000,
                rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                       "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-WARRANTY"]),
    "e01": dict(terms=[N, 1, T, "buyer", T, T, T, 0.08, 200, 20, T, T, 24, 11, F, T, F, "Jordan"],
                sla=T, ld=T, capped=T, deemed=F, value=1786000, forum_out=T, fee_base=1140000,
                rules=["CR-GOVERNING-LAW"]),
    "e02": dict(terms=[N, N, F, "buyer", T, T, T, 0.1, 6 / 24 * 100, N, T, N, N, N, F, T, F, "PRC"],
                sla=F, ld=T, deemed=F, value=710000, forum_out=F,
                rules=["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "e03": dict(terms=[N, 0.5, T, "buyer", T, T, T, 0.1, 150, 10, T, T, 36, 8.5, F, T, F, "PRC"],
                sla=T, ld=T, capped=T, deemed=F, value=1840000, forum_out=F, fee_base=1575000,
                rules=[]),
    "e04": dict(terms=[N, 0.5, T, "buyer", F, T, T, N, 150, N, T, N, N, N, F, T, F, "PRC"],
                sla=T, ld=F, deemed=F, value=1746000, forum_out=F,
                rules=["CR-DATA-SECURITY", "CR-LD-MISSING"]),
    "e05": dict(terms=[99.95, 1, T, "buyer", T, F, T, 0.08, 200, (64000 + 298000) / 660000 * 100, T, N, N, N, F, T, F,
                       "PRC"],
                sla=T, ld=T, deemed=F, value=660000, forum_out=F,
                rules=["CR-DATA-OWNERSHIP", "CR-PREPAYMENT"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}

# policy §3 thresholds (defaults of the shipped pack)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15, tco_share=40)
HORIZON = 5


def tco(d, t):
    """TCO share (%) of post-warranty fees over the horizon, or None when not computable / not applicable."""
    if "fee_base" not in d or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    post_years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = post_years * t["post_warranty_fee_pct"] / 100 * d["fee_base"]
    return fees / (d["value"] + fees) * 100, d["value"] + fees, fees


def derive(d, t, kind):
    """My reading of policy §3, from the label values."""
    r = set()
    if not d["sla"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if d["sla"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not d["ld"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or d["deemed"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if kind == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not d["capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco(d, t)
        if share is not None and share[0] > TH["tco_share"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d["forum_out"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    stem, ext, lang, cat, kind, _ = FILES[key]
    d = DESIGN[key]
    t = dict(zip(TERM_KEYS, d["terms"]))
    t["contract_kind"] = kind
    extra = {"sla_clause": d["sla"], "ld_stated": d["ld"]}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["capped"]
    extra["acceptance_deemed_on_delivery"] = d["deemed"]
    extra["contract_value"] = d["value"]
    return {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": t,
            "expected_extra": extra, "expected_rules": sorted(d["rules"])}


# --------------------------------------------------------------------------------------------------------------------
# Reading back, lengths, threshold scan
# --------------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


RANGES = {"zh": (2750, 3000), "en": (1450, 1650)}

_PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.9(?!\d)", r"九十九点九(?![一二三四五六七八九])",
    r"(?<![\d.])4(?:\.0+)?\s*(?:个)?\s*(?:小时|hours?|hrs?|h)(?![a-z])", r"(?<![十二三])四\s*(?:个)?\s*小时",
    r"\bfour\s*(?:\(4\)\s*)?hours?",
    r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十百])", r"千分之零点五",
    r"(?<![\d.,])100" + _PCT, r"百分之(?:一)?百", r"one\s*hundred\s*per\s*cent",
    r"(?<![\d.,])30" + _PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent",
    r"(?<![\d.,])40" + _PCT, r"百分之四十(?![一二三四五六七八九])", r"forty\s*per\s*cent",
    r"(?<![\d.,])15" + _PCT, r"百分之十五", r"fifteen\s*per\s*cent",
    r"(?<![\d.])12\s*(?:个)?\s*(?:月|months?)", r"十二\s*个\s*月", r"twelve\s*(?:calendar\s*)?months?",
    r"(?<![第每])一年(?!度)", r"(?<![\d.])1\s*年(?!度)", r"\bone\s*year\b", r"\b1\s*year\b",
    r"(?<![\d.])5\s*(?:年|years?)\b", r"五年", r"\bfive\s*years?\b", r"(?<![\d.])60\s*(?:个)?\s*(?:月|months?)",
]
MUST_HIT = ["99.9%", "可用率99.9％", "4小时", "4 个小时", "4 hours", "within 4h", "四小时", "four hours", "0.05%",
            "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 ％", "百分之三十", "thirty per cent", "40 %",
            "百分之四十", "15%", "百分之十五", "12个月", "12 months", "十二个月", "twelve calendar months", "质保一年",
            "one year", "5 years", "五年", "five years", "60 months", "4hours", "12months", "99.9"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "24 hours", "14 hours", "2.4 hours", "4.5 hours", "0.055%", "0.08%",
             "万分之五十", "1,100%", "130%", "115%", "0.15%", "35%", "45%", "112 months", "18个月", "每年", "第一年",
             "服务年度", "Annex 4 hosting", "6.4The", "350%", "24个月", "one yearly", "15 days", "30 days", "40家",
             "12 hours", "25 years"]


def threshold_hits(text):
    hits = []
    for pat in THRESHOLD_PATTERNS:
        for m in re.finditer(pat, text, flags=re.I):
            hits.append((pat, text[max(0, m.start() - 20):m.end() + 20]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "regex misses " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), ("regex hits", s, threshold_hits(s))


def no_threshold_values(key, t, d):
    for k in ("availability_pct", "p1_response_hours", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
              "warranty_months", "post_warranty_fee_pct"):
        v = t[k]
        assert v is None or abs(v - TH[k]) > 1e-9, (key, k, v)
    share = tco(d, t)
    if share is not None:
        assert abs(share[0] - TH["tco_share"]) > 2, (key, "tco share near threshold", share)


# --------------------------------------------------------------------------------------------------------------------
if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    sources, targets = {}, {}
    for key, (stem, ext, lang, cat, kind, src) in FILES.items():
        if ext in ("docx", "pdf"):
            sources[key] = src
            targets[key] = (stem + "." + ext, ext)
        else:
            (OUT / (stem + "." + ext)).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", stem + "." + ext)
    write(sources, targets, OUT, wrap_words=True)

    fired = set()
    groups = {"compliant": [], "few": [], "many": []}
    for key, (stem, ext, lang, cat, kind, src) in FILES.items():
        lab = label(key)
        d = DESIGN[key]
        t = lab["expected_terms"]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        derived = derive(d, t, kind)
        assert derived == sorted(d["rules"]), (key, "derived", derived, "design", sorted(d["rules"]))
        fired |= set(derived)
        no_threshold_values(key, t, d)
        text = read_back(OUT / (stem + "." + ext))
        n = length(text, lang)
        lo, hi = RANGES[lang]
        assert lo <= n <= hi, (key, "length", n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            assert not threshold_hits(variant), (key, threshold_hits(variant))
        risk = "high" if set(derived) & HIGH else ("medium" if set(derived) - LOW else "low")
        share = tco(d, t)
        print("%s %-62s %5d %-6s %s%s" % (key, lab["file"], n, risk, ", ".join(r[3:] for r in derived) or "(none)",
                                          "" if share is None else "  [TCO %.0f, share %.2f%%]" % (share[1], share[0])))
        groups["compliant" if not derived else ("many" if len(derived) >= 8 else "few")].append((key, derived, risk))
    # the mix of the brief
    assert fired == set(ALL_RULES), set(ALL_RULES) - fired
    comp = [k for k, _, _ in groups["compliant"]]
    assert sorted(comp) in (["e03", "z01"],) and {k[0] for k in comp} == {"z", "e"}, comp
    assert derive(DESIGN["e01"], label("e01")["expected_terms"], "goods_or_licence") == ["CR-GOVERNING-LAW"]
    assert [k for k, _, _ in groups["many"]] == ["z05"] and 8 <= len(DESIGN["z05"]["rules"]) <= 10
    few = [k for k, r, _ in groups["few"] if k != "e01"]
    assert sorted(few) == sorted(["z02", "z03", "z04", "e02", "e04", "e05"]), few
    assert all(2 <= len(DESIGN[k]["rules"]) <= 3 for k in few)
    print("all checks passed; rules covered:", len(fired))
