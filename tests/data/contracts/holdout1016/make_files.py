"""holdout1016: builds the ten drafts of this blind held-out set from the sources kept here, writes their .json labels
and asserts the checks of the brief (lengths, thresholds, sums, rules derived from the labels, coverage).

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder; imports ../word_pdf.py for .docx and .pdf)
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------------
# z01 (.pdf): 市住建局 住房租赁监管平台, licence + custom development, 政府采购, buyer's paper. Compliant.
H1016Z01 = """
T:住房租赁监管服务平台建设项目采购合同
P:合同编号：QZJ-ZF-2027-0316
P:采购人（甲方）：清州市住房和城乡建设局
P:供应商（乙方）：杭州安居数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就住房租赁监管服务平台建设项目订立本合同，共同遵守。招标文件、投标文件、中标通知书及合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供“安居租赁监管平台”V5.0软件产品许可（永久使用，不限终端数量），并在该平台基础上完成本项目定制开发，包括房源核验、租赁合同网签备案、租金监管账户对接、住房租赁企业信用评价、监管驾驶舱及移动端巡查等功能。
P:1.2 乙方负责将现有租赁备案系统中约二十六万条房源及合同数据迁移至新平台，并完成与不动产登记、市场监管、公安人口库及银行资金监管系统的接口对接。
P:1.3 乙方负责系统部署、联调、试运行、培训及质保期内的运行维护，详细需求以招标文件第三章《采购需求》为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰壹拾壹万陆仟元整（¥2,116,000），为固定总价，包含软件许可、定制开发、数据迁移、实施部署、培训、税费及质保期内服务的全部费用。分项如下：
P:（1）平台软件产品许可费：¥1,180,000；
P:（2）定制开发及接口开发费：¥760,000；
P:（3）数据迁移及实施部署费：¥140,000；
P:（4）培训费：¥36,000。
P:2.2 除本合同另有约定外，甲方无需向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥423,200。
P:3.2 系统通过初步验收并上线试运行后，甲方支付合同总价的45%，即¥952,200。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥740,600。
P:3.4 乙方每次请款前应开具等额增值税专用发票。甲方按财政国库集中支付程序付款，因财政审批原因造成的合理延迟不视为甲方违约。
H:第四条 履行期限与地点
P:4.1 乙方应于合同签订之日起一百五十日内完成全部开发、迁移与部署并提请初步验收。
P:4.2 履行地点为甲方指定的政务云机房及甲方办公场所。
P:4.3 乙方应组建不少于八人的项目团队，项目经理须具有高级项目管理资质并常驻现场，未经甲方同意不得更换。乙方人员应遵守甲方的安全保密和办公管理制度。
P:4.4 乙方应为甲方业务人员及区县住建部门人员提供不少于六期集中培训，并提供操作手册、运维手册及培训视频，确保相关人员能够独立使用和管理平台。
H:第五条 验收
P:5.1 初步验收由甲方组织，标准为：招标文件所列功能逐项测试通过；迁移数据经全量比对无差错；与各外部系统的接口连续运行十日无异常；在三百名用户并发条件下页面平均响应时间不超过2秒；第三方测评机构出具的安全测评报告无高危漏洞。
P:5.2 试运行期为九十日。试运行期内未发生一级故障，且遗留问题全部关闭的，乙方可提请最终验收。最终验收由甲方会同专家组按上述标准及合同附件《验收方案》进行，形成书面验收报告。
P:5.3 系统上线运行、甲方使用或支付部分价款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收，费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内，平台月度可用率不低于99.98%（计划内维护经甲方同意的除外）。
P:6.2 故障分为三级。一级故障（平台整体不可用或网签备案中断）：乙方接到通知后30分钟内响应，2小时内到达现场；二级故障：2小时内响应，次日内解决；三级故障：两个工作日内解决。
P:6.3 乙方未达到上述要求的，一级故障每超时一小时扣减服务费¥1,000，月度可用率每低于约定值0.01个百分点扣减¥2,000，从质保金或下一期款项中扣除。
H:第七条 质保与后续维护
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、巡检及技术支持。
P:7.2 质保期满后，如甲方需要，乙方按平台软件产品许可费的9%每年（即¥106,200）提供运行维护服务，该价格在质保期满后三年内不得上调。后续维护合同由双方另行签订，不自动续期。
H:第八条 知识产权
P:8.1 平台产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的程序、接口、数据库设计及其源代码、技术文档的知识产权归甲方所有。乙方应在最终验收时移交源代码，甲方可自行或委托第三方修改、使用。
P:8.3 乙方保证其提供的软件不侵犯任何第三方的合法权利。因侵权引起的索赔或诉讼，由乙方负责处理并承担全部责任和费用。
H:第九条 数据安全
P:9.1 平台中的房源、租赁合同、当事人身份信息及资金监管数据均属于甲方，乙方仅为履行本合同处理该等数据，不得用于任何其他目的，不得留存或向任何第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护第三级要求，通过甲方堡垒机进行运维操作，不得将数据拷贝出甲方环境。
P:9.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在发现后2小时内报告甲方并采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的行政处罚后果。
H:第十条 保密
P:10.1 乙方对履行本合同知悉的甲方工作秘密、监管规则、系统架构及未公开信息负有保密义务，未经甲方书面同意不得披露。保密义务在本合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期完成交付或逾期提请验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付的系统不符合合同约定的，应无偿整改；整改后仍不合格的，甲方有权解除合同并要求乙方退还已付款项、赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包。乙方不得将本合同的任何部分转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方有重大违约行为，经甲方书面通知后十五日内未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方可解除合同。受不可抗力影响的一方应及时通知对方，并在合理期限内提供证明。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应友好协商；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:15.2 本合同未尽事宜，依照政府采购法律法规及招标文件的规定执行，或由双方另行签订书面补充协议，补充协议与本合同具有同等效力。
P:15.3 附件：1.采购需求；2.分项报价表；3.验收方案；4.数据安全承诺书。
P:甲方（盖章）：清州市住房和城乡建设局        乙方（盖章）：杭州安居数智科技有限公司
P:签订日期：2027年3月16日
"""

# z02 (.docx): 电动螺丝刀厂 production-line control retrofit (equipment + software), post-warranty 维保 fee.
H1016Z02 = """
T:电批装配生产线控制系统改造合同
P:合同编号：YK-DP-GZ-2027-08
P:甲方（买方）：永康市锐拧电动工具有限公司
P:乙方（卖方）：宁波恒控自动化工程有限公司
P:甲方主要生产锂电电动螺丝刀，现有八条装配线控制系统老化、拧紧数据无法追溯。经询比价，甲方确定由乙方承担装配线控制系统改造项目。双方协商一致，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责甲方一号至八号装配线的控制系统改造，包括更换PLC控制柜、伺服拧紧轴及驱动器、扭矩与视觉检测单元、工业交换机，部署产线监控软件，并开发拧紧工艺程序、HMI画面及与甲方MES系统的数据接口。
P:1.2 改造应分批停线实施，每批不超过两条线，单批停线时间不超过七日，不得影响甲方其余产线正常生产。
P:1.3 设备与软件的技术规格以附件一《技术规格书》为准。
P:1.4 乙方应在合同生效后十日内提交详细设计方案、停线改造计划及安全施工方案，经甲方生产部和设备科书面确认后方可实施。甲方确认不减轻乙方对设计及施工质量的责任。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰零肆万捌仟元整（¥3,048,000），含税、运输、保险、安装、调试及培训费用。分项价格见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含PLC、安全继电器、电源）|8套|144,000|1,152,000
TB:2|伺服拧紧轴及驱动器|96套|9,000|864,000
TB:3|扭矩与视觉检测单元|24套|16,500|396,000
TB:4|产线监控软件许可（8条线，永久）|1套|228,000|228,000
TB:5|工业交换机及网络附件|1批|120,000|120,000
TB:|软硬件小计|||2,760,000
TB:6|工艺程序开发及联调|1项|168,000|168,000
TB:7|安装、布线及拆旧|1项|96,000|96,000
TB:8|操作及维护培训|1项|24,000|24,000
TB:|合同总价|||3,048,000
P:2.2 上述价格为固定价格，不因原材料、芯片供应或汇率变化而调整。乙方报价遗漏的设备、材料或工作，视为已包含在合同总价中。
H:第三条 付款
P:3.1 合同生效后七个工作日内，甲方向乙方支付合同总价的35%作为预付款，即¥1,066,800。
P:3.2 全部设备到货并完成八条线安装调试后，甲方支付合同总价的45%，即¥1,371,600。设备到货签收及安装完成不代表质量验收。
P:3.3 项目最终验收合格后，甲方支付合同总价的20%，即¥609,600。
P:3.4 乙方收款前应提供合法有效的增值税专用发票。甲方付款后，乙方应在三日内确认收款。甲方有权从应付款项中直接扣除乙方应支付的违约金及超时赔付款项。
H:第四条 交付与工期
P:4.1 乙方应在合同生效后四十五日内完成全部设备到货，九十日内完成八条线的改造并提请验收。
P:4.2 设备应为全新原厂正品，随附合格证、说明书及检测报告。
P:4.3 乙方施工人员进入甲方厂区应遵守甲方安全生产、消防及6S管理制度，动火、登高及带电作业须办理作业许可。因乙方原因发生安全事故的，由乙方承担全部责任。
P:4.4 乙方应在最终验收前向甲方移交电气原理图、接线图、PLC程序备份、参数清单、操作规程及备件清单，并对甲方设备科人员进行不少于三十学时的操作及维护培训，使其能够独立完成日常点检、参数调整和一般故障处理。
P:4.5 改造期间，乙方应每周向甲方提交进度报告，说明已完成工作、下周计划及存在问题。改造计划如需调整，应提前三日书面报甲方生产部确认，并同步调整相关产线的排产安排。
H:第五条 验收
P:5.1 每条线改造完成后进行单线验收，标准为：拧紧扭矩精度达到±3%以内；视觉检测漏检率低于0.1%；节拍不低于改造前；拧紧数据实时上传MES且可按产品序列号追溯；连续生产五个班次无停线故障。
P:5.2 八条线全部通过单线验收并连续稳定运行三十日后，由甲方组织最终验收，双方签署最终验收报告。
P:5.3 验收不合格的，乙方应在七日内整改并重新验收，由此造成的停线损失由乙方承担。
H:第六条 质保、服务与维保费
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件的维修、更换和升级均免费。
P:6.2 质保期内，产线停线故障乙方应在1小时内响应，当班内到达现场，8小时内恢复生产；其他故障次日内解决。乙方响应或恢复超时的，每超时一小时向甲方支付¥800。
P:6.3 乙方保证所供设备及备件在最终验收后八年内持续供应，型号停产的，应提前半年通知甲方并提供兼容替代方案。
P:6.4 质保期满后，乙方继续提供维保服务，维保费按软硬件小计的24%每年计取，即每年¥662,400，含备品备件、软件升级及驻厂工程师服务，质保期满后三年内价格不作调整。维保费按季度支付。
H:第七条 违约责任
P:7.1 乙方逾期交付或逾期完成改造的，每逾期一日，按合同总价的千分之一向甲方支付违约金。逾期超过三十日的，甲方有权解除合同。
P:7.2 设备或软件质量不符合约定的，乙方负责更换或修复，并赔偿甲方由此造成的直接损失。
P:7.3 乙方交付的设备与技术规格书不符，或使用翻新、拼装部件的，甲方有权要求乙方在五日内无偿更换，并视情况解除合同。
H:第八条 知识产权
P:8.1 乙方为本项目开发的拧紧工艺程序、HMI画面、MES接口程序及其源代码归甲方所有，甲方可自由使用、修改并委托第三方维护。
P:8.2 PLC固件及产线监控软件的知识产权归原权利人所有，甲方享有永久使用权。
H:第九条 数据安全
P:9.1 产线运行数据、拧紧曲线、工艺参数及产品追溯数据均属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。
P:9.2 乙方远程维护须经甲方逐次审批，通过甲方指定的VPN和堡垒机进行，并保留操作日志。乙方应采取防病毒和访问控制措施，发生数据泄露或被篡改的，应在2小时内报告甲方，并承担相应赔偿责任。
H:第十条 保密
P:10.1 乙方对在履行合同中获知的甲方产品结构、工艺参数、产能数据及其他商业秘密负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至相关信息公开之日止。
H:第十一条 分包
P:11.1 乙方不得转包本合同。现场布线及拆旧工作如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
P:12.2 合同解除后，乙方应配合甲方恢复或移交已改造产线的控制程序及技术资料，确保甲方能够继续生产。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交金华仲裁委员会仲裁。
H:第十四条 不可抗力
P:14.1 因地震、火灾、洪水等不可抗力致使合同不能按期履行的，受影响一方应在三日内通知对方，并在十五日内提供证明，履行期限相应顺延。不可抗力持续超过六十日的，双方可协商解除合同。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一《技术规格书》、附件二《停线改造计划》为本合同组成部分。
P:甲方（盖章）：永康市锐拧电动工具有限公司        乙方（盖章）：宁波恒控自动化工程有限公司
"""

# z03 (.txt): 35-store 收纳整理培训 chain, booking + membership SaaS + 实施, two 服务年度.
H1016Z03 = """预约及会员管理系统服务合同

合同编号：ZN-SAAS-2027-021
甲方：上海栖序收纳整理培训有限公司
乙方：苏州云约信息技术有限公司

甲方在全国经营三十五家收纳整理培训门店，为统一管理课程预约、整理师上门服务排期及会员权益，甲方向乙方采购云端预约及会员管理系统服务（以下简称“本服务”）及相关实施服务。双方经友好协商，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方三十五家门店提供课程预约、上门服务排期、会员储值与积分、课程卡核销、整理师佣金结算、营销活动及经营报表等功能。
2. 每家门店开通一个门店账号及不超过十个员工账号，总部开通管理账号及数据看板。
3. 乙方在服务期内负责平台的运行、维护、安全防护和版本升级，并提供工作日在线客服和全天候故障报告渠道。乙方每月向甲方提交服务报告，列明可用率、故障及处理情况。
（二）实施服务
1. 乙方负责系统配置、甲方现有会员及课程卡数据迁移（约四万八千名会员）、微信小程序预约页面定制、与甲方财务系统及支付通道的对接。
2. 乙方负责对门店店长及总部运营人员分批培训，并提供操作手册和视频教程。
3. 乙方应指定一名项目经理负责实施，并在上线后的第一个月安排专人驻场支持总部运营部，协助门店处理预约、核销及对账问题。
（三）甲方的配合
1. 甲方应及时提供门店信息、课程及价目资料、原系统数据导出文件及支付通道开户资料，并指定专人负责需求确认和验收。
2. 甲方应督促门店员工按照乙方提供的操作规范使用系统，妥善保管账号和密码。

二、服务期限
（一）本合同服务期为两个服务年度。第一个服务年度自系统上线验收合格之日起计算，第二个服务年度紧接第一个服务年度。
（二）服务期满后，如甲方需继续使用，双方另行协商签订续约合同，本合同不自动续期。
（三）乙方应在服务期满前六十日书面提示甲方服务到期事宜，并提供续约方案供甲方选择。

三、费用及支付
（一）本合同总价为人民币陆拾贰万肆仟元整（¥624,000），其中：
1. 订阅服务费：每家门店每个服务年度¥7,680，三十五家门店每个服务年度合计¥268,800，两个服务年度合计¥537,600；
2. 实施服务费：¥86,400（一次性）。
（二）实施服务费在系统上线验收合格后十五日内支付。
（三）每个服务年度的订阅服务费，在该服务年度开始后十五日内一次性支付。
（四）乙方应在每次收款前开具增值税专用发票。服务期内门店数量增减的，按门店单价及实际开通月份折算。
（五）除本合同约定的费用外，乙方不得以短信包、存储空间、功能模块升级等名义另行收取费用。服务期内乙方推出的标准功能升级，甲方有权免费使用。

四、实施与验收
（一）乙方应在合同签订后四十日内完成实施并提请上线验收。
（二）上线验收标准：
1. 合同约定的功能逐项测试通过；
2. 迁移的会员余额、积分、课程卡次数与甲方原系统逐户核对一致；
3. 小程序预约下单在五百人同时在线时页面响应不超过3秒；
4. 支付对账连续七日无差错。
（三）上线前，乙方应在两家门店进行为期十日的试点运行，试点期间发现的问题应在正式上线前全部解决。
（四）甲方在收到验收申请后七个工作日内组织验收，验收合格的签署上线验收单。验收不合格的，乙方应在十日内整改后重新提请验收。
（五）乙方逾期完成上线验收的，每逾期一日向甲方支付违约金¥500。

五、服务水平
（一）乙方保证本服务月度可用率不低于99.95%，计划内维护应安排在凌晨一时至五时，并提前三日通知甲方。
（二）故障分级及响应：
1. 一级故障（系统整体无法访问、无法预约或无法收款）：乙方在接到报告后8小时内响应并开始处理；
2. 二级故障（部分功能不可用）：一个工作日内响应，三个工作日内解决；
3. 三级故障（咨询及一般问题）：三个工作日内答复。
（三）月度可用率低于约定值的，按以下标准扣减当年订阅服务费：低于99.95%但不低于99.5%的，扣减当月应分摊服务费的5%；低于99.5%的，扣减10%。一级故障超过二十四小时未恢复的，另扣减当月应分摊服务费的10%。

六、数据权属与数据安全
（一）甲方及其会员在系统中产生的会员信息、预约记录、消费及储值数据归甲方所有。
（二）甲方同意，乙方可在对前述数据进行脱敏和汇总处理后，用于乙方的行业经营分析报告编制、产品功能改进及算法模型训练，此项使用在本合同终止后仍可继续。
（三）乙方应采取加密存储、访问权限控制、操作日志审计等措施保护数据安全，服务器部署于中国境内，并通过网络安全等级保护第三级测评。
（四）乙方每日对甲方数据进行备份，备份数据保留不少于三十日，并每季度进行一次恢复演练，演练结果书面告知甲方。
（五）发生数据泄露、丢失或被篡改的，乙方应在发现后2小时内通知甲方并采取补救措施，因乙方原因造成的，乙方承担赔偿责任，包括甲方因此向会员承担的赔偿。
（六）合同终止后三十日内，乙方应按甲方要求以通用格式完整导出全部数据交付甲方，此后删除乙方系统中的甲方数据并出具书面确认。

七、知识产权
（一）乙方云平台及其标准功能的知识产权归乙方所有。
（二）乙方保证其提供的平台及定制内容不侵犯第三方的知识产权，因此引起的纠纷由乙方负责处理并承担全部费用。
（三）乙方为甲方定制的小程序页面、报表模板及财务接口程序的知识产权归甲方所有，乙方应交付相关源代码，甲方可自行修改、使用或委托第三方开发。

八、保密
（一）双方对在合作中获知的对方商业秘密、经营数据及会员信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。
（二）乙方应与接触甲方信息的员工签订保密协议，并对其进行保密培训。乙方员工违反保密义务的，视为乙方违约。

九、转包与分包
乙方不得转包本合同。乙方如需将实施服务的部分工作分包，应事先征得甲方书面同意，并对分包方的行为承担连带责任。

十、合同解除
（一）一方严重违约，经对方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。
（二）乙方连续两个月月度可用率低于99.5%的，甲方有权解除合同，乙方应退还未履行期间的订阅服务费。
（三）合同解除或服务期满的，乙方应保证系统在数据导出完成前持续可用，不得以任何理由扣留甲方数据或停止数据导出服务。

十一、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

十二、通知
双方指定的联系人及联系方式见附件，任何一方变更联系人或联系方式的，应提前三日书面通知对方。与本合同有关的通知以书面或电子邮件方式送达，电子邮件发出即视为送达。

十三、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：1.功能清单；2.门店清单；3.数据迁移方案。

甲方（盖章）：上海栖序收纳整理培训有限公司
乙方（盖章）：苏州云约信息技术有限公司
签订日期：2027年4月8日
"""

# z04 (.txt): 住建局 城市内涝预警系统, annual O&M service, 竞争性磋商. Numbering 第X条 / （一）.
H1016Z04 = """城市内涝监测预警系统运行维护服务合同

项目编号：LCZJ-CS-2026-119（竞争性磋商）
采购人（甲方）：临川市住房和城乡建设局
供应商（乙方）：江西水联智控科技有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就城市内涝监测预警系统运行维护服务事宜订立本合同。

第一条 服务范围
（一）运维对象：甲方已建成的城市内涝监测预警系统，包括全市一百八十六个易涝点的积水监测站、四十二个排水管网液位计、二十八座雨量站、十六处下穿通道视频监控及LED预警屏、预警平台软件及其服务器、数据库和通信链路。
（二）服务内容：日常巡检、设备清淤校准、故障维修、备品备件更换、平台软件维护与升级、数据质量核查、汛期值守及应急保障、运维月报和年度运维报告编制。
（三）监测设备、平台软件及相关硬件的产权属于甲方，乙方仅提供运行维护服务。

第二条 服务期限
本合同服务期自2027年1月1日起至2027年12月31日止。服务期满，本合同自然终止；甲方是否续购，依法另行组织采购。服务期开始前，乙方应完成与原运维单位的交接，对全部站点逐一核查设备状态、备件库存和系统账号，并形成交接清单报甲方确认。

第三条 合同价款及支付
（一）本合同总价为人民币玖拾陆万捌仟元整（¥968,000），包含人工、备品备件、车辆、通信费、税费及乙方履行本合同所需的全部费用，服务期内不作调整。
（二）服务费按季度支付。每季度结束后，甲方依据第六条进行季度考核，考核合格的，于考核结束后十五个工作日内支付当季服务费¥242,000；考核扣款从当季服务费中扣除。
（三）乙方应在每次付款前开具合法有效的发票。
（四）乙方为履行本合同所需的交通、通信、住宿、保险及人员社保费用均已包含在合同总价中，甲方不再另行支付。

第四条 服务要求
（一）日常巡检：非汛期每月对全部站点巡检一次，汛期（每年5月至9月）每半月巡检一次，并于每年4月20日前完成汛前全面巡检、清淤和校准。
（二）数据质量：监测数据的到报率和准确率应符合现行城镇内涝防治技术规范及附件《运维考核细则》的要求，液位及雨量数据每季度比测一次。
（三）汛期值守：汛期及气象部门发布暴雨黄色以上预警期间，乙方应安排技术人员在甲方指挥中心二十四小时值守，并保证三支抢修队伍随时待命。
（四）备品备件：乙方应在甲方指定地点储备不少于各类站点设备总量5%的备品备件，备件使用情况每月报甲方备案，服务期满时按清单移交甲方。
（五）运维文档：乙方应于每月5日前提交上月运维月报，内容包括巡检情况、故障处理、数据质量分析及下月计划；重大故障处理完毕后三日内提交故障分析报告。
（六）人员配置：乙方应配备项目负责人一名、平台工程师二名、现场运维人员不少于八名，人员名单报甲方备案，变更须经甲方同意。

第五条 服务水平
（一）预警平台年度可用率不低于99.95%。
（二）故障分级与时限：
1. 一级故障（预警平台中断、预警信息无法发布或片区站点集体离线）：乙方在接报后30分钟内响应，1小时内到达现场，3小时内恢复；
2. 二级故障（单个站点或单块预警屏失效）：2小时内响应，二十四小时内修复；
3. 三级故障（数据异常、一般缺陷）：三个工作日内处理完毕。
（三）乙方未达到上述要求的，一级故障每超时一小时扣减服务费¥2,000，二级故障每超时一日扣减¥500；平台年度可用率每低于约定值0.01个百分点，扣减¥3,000。

第六条 考核与验收
（一）甲方按季度对乙方进行考核，考核内容包括巡检完成率、故障处理及时率、数据到报率、汛期值守及运维文档质量，考核标准见附件《运维考核细则》。季度考核得分低于八十分的，扣减当季服务费的5%。
（二）甲方可以委托第三方机构对乙方的服务质量进行抽查，抽查结果计入季度考核。
（三）季度考核结果由甲方书面通知乙方，乙方对考核结果有异议的，可在五个工作日内提出书面复核申请，甲方应在五个工作日内答复。
（四）服务期满后，甲方组织年度验收，验收标准为：全年季度考核均合格；全部站点运行正常且数据完整入库；运维台账、故障记录、巡检记录及年度运维报告齐全；备品备件清点无误。验收合格后双方签署验收报告。

第七条 违约责任
（一）乙方未按期完成汛前全面巡检或设备整改的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方未按要求完成月度或半月巡检的，每缺漏一个站点扣减服务费¥200。
（三）因乙方运维不到位导致预警信息漏发、误发并造成不良影响的，乙方应承担相应责任并赔偿甲方损失。
（四）乙方人员配置不足或未经同意擅自更换项目负责人的，每人每日扣减服务费¥800。
（五）甲方无正当理由逾期支付服务费的，应按同期贷款市场报价利率向乙方支付逾期利息。

第八条 运维成果与数据
（一）运维过程中形成的巡检记录、故障台账、校准数据、运维报告以及乙方为本项目编写的脚本和配置文件，归甲方所有。系统监测数据属于甲方，乙方不得用于本合同以外的用途。
（二）服务期满或合同终止时，乙方应向甲方或甲方指定的单位完整移交运维资料、备品备件、系统账号及密码，并配合新的运维单位完成不少于十五日的交接工作。

第九条 保密
乙方对履行本合同中接触的甲方工作信息、城市排水管网资料、系统账号密码及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露或用于其他项目。保密义务不因合同终止而解除。

第十条 分包
本项目不允许分包，乙方不得将本合同服务的任何部分委托第三方实施。设备原厂提供的返厂维修不属于分包，但乙方应事先告知甲方并对维修期间的监测工作采取临时替代措施。

第十一条 合同变更与终止
（一）合同履行期间，双方不得擅自变更、中止或者终止合同。确需变更的，双方应在不改变合同其他条款的前提下协商一致，签订书面补充协议。
（二）因不可抗力致使合同无法继续履行的，经双方协商一致可以解除合同，已履行部分按实际完成的服务据实结算。

第十二条 不可抗力
因地震、超标准洪水等不可抗力导致设备损毁或服务中断的，受影响一方应及时通知对方，双方协商采取补救措施，相应责任予以免除。但在暴雨、台风等可以预见的天气条件下，乙方仍应按照汛期值守和应急保障要求履行义务，不得以不可抗力为由推卸责任。

第十三条 争议解决
因本合同引起的争议，由双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。争议处理期间，乙方不得中断运维服务，特别是汛期值守和应急保障工作。

第十四条 其他
（一）本合同履行期间，乙方应接受甲方及上级主管部门的监督检查，如实提供运维记录和相关资料。本合同未尽事宜，依据磋商文件、响应文件及相关法律法规执行。
（二）本合同一式五份，甲方三份，乙方二份，经双方法定代表人或授权代表签字并加盖公章后生效。
（三）附件：1.运维对象清单；2.运维考核细则；3.乙方响应文件。

甲方（盖章）：临川市住房和城乡建设局
乙方（盖章）：江西水联智控科技有限公司
签订日期：2026年12月18日
"""

# z05 (.md): 棕扇工作室 buys process-tracking software licence + custom development, supplier's own template.
H1016Z05 = """# 软件许可及定制开发合同

**禾码软件标准合同文本 HM-RJ-2026 版**

合同编号：HM-2027-0527

甲方：福州棕扇工作室（手工棕扇制作）

乙方：福建禾码软件有限公司

甲方为手工棕扇制作工作室，因订单增多、工序分散，需要对原料批次、各道工序的完成情况和匠人计件进行统一管理。甲方因生产管理需要，向乙方购买“禾码工序追踪系统”软件使用许可并委托乙方进行定制开发。双方本着平等互利的原则，经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供禾码工序追踪系统标准版软件许可一套（二十个用户，永久使用）。

1.2 乙方根据甲方需求进行定制开发，内容包括：棕叶原料入库与批次管理、劈丝/编织/锁边/上色/装柄等十二道工序的扫码报工、订单进度看板、匠人计件工资统计及微信端订单查询。

1.3 乙方负责系统安装部署及对甲方人员的操作培训。

1.4 定制开发的具体功能以双方确认的《需求确认书》为准，需求调研时间不超过五个工作日，甲方应安排熟悉生产流程的人员全程配合。《需求确认书》签署后，甲方提出的新增或变更需求，乙方有权另行报价，并相应顺延交付期限。

## 第二条 合同价款

2.1 本合同总价为人民币叁拾贰万贰仟元整（¥322,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 禾码工序追踪系统标准版软件许可（20用户） | 168,000 |
| 2 | 定制开发（工序扫码、订单看板、计件统计、微信查询） | 126,000 |
| 3 | 安装部署及培训 | 28,000 |
| | 合计 | 322,000 |

2.2 以上价格含税。甲方另行采购的扫码枪、平板电脑、服务器等硬件不在本合同范围内。

2.3 乙方提供的上门服务，除本合同约定的安装部署外，按每人每天¥1,200另行收费，差旅费用由甲方承担。

## 第三条 付款方式

3.1 本合同签订后三日内，甲方向乙方支付合同总价的65%，即¥209,300。乙方收到该款项后开始开发工作。

3.2 系统安装上线后五日内，甲方支付剩余35%，即¥112,700。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之五支付违约金，乙方并有权暂停服务。

## 第四条 交付

4.1 乙方在收到首付款后六十日内完成定制开发并安装上线。因甲方需求变更、资料提供不及时或硬件未到位造成的延误，交付期限相应顺延。

4.2 甲方应在合同签订后十日内提供工序流程、产品清单、匠人名单及历史订单等资料，并按乙方要求准备服务器和网络环境。甲方未按时提供的，乙方不承担逾期责任。

4.3 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

## 第五条 验收

5.1 系统安装上线即视为甲方验收合格。

5.2 甲方在上线后发现的问题，可通过乙方客服渠道提交，由乙方在后续版本中统一处理。

5.3 系统上线后，甲方应安排专人负责日常使用和基础数据维护，并按乙方提供的操作手册规范操作。甲方未按手册操作造成的数据错误，由甲方自行负责。

## 第六条 售后服务

6.1 乙方自系统上线之日起提供六个月免费维护服务，包括远程技术支持及缺陷修复。

6.2 免费维护期内，乙方提供工作日9:00至18:00的电话、微信及远程协助服务，节假日仅受理严重故障。

6.3 免费维护期内，甲方报告的严重故障（系统无法登录或无法报工），乙方在接到通知后8小时内响应，并尽快安排处理；一般问题在三个工作日内答复。

6.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年度公布的服务价格标准执行。

6.5 乙方的培训为一次性集中培训，时间不超过两天。甲方人员变动需要再次培训的，按本合同第2.3条另行收费。

6.6 乙方对甲方自行修改系统、操作不当或硬件故障引起的问题不承担责任。

## 第七条 知识产权

7.1 禾码工序追踪系统及其全部功能模块的知识产权归乙方所有。

7.2 乙方为甲方定制开发的程序、页面、数据模型及相关文档，其著作权及其他知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得自行或委托他人修改、复制、反向工程，亦不得许可第三方使用。

7.3 乙方有权将定制开发成果作为标准功能提供给其他客户。

7.4 甲方应在授权范围内使用软件，不得将软件出租、出借或转让给第三方使用，不得超过许可用户数量使用。甲方需增加用户的，按乙方届时报价另行购买。

## 第八条 数据安全

8.1 甲方的订单、工序、客户及计件工资数据归甲方所有，乙方仅为安装、维护目的接触该等数据，不得用于其他用途。

8.2 甲方应自行负责服务器、网络环境及数据的日常备份，乙方可根据甲方要求提供备份方法指导。

8.3 乙方远程维护须经甲方同意，维护人员应使用独立账号并保留操作记录；乙方应对其接触的甲方数据采取必要的安全保护措施。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方、协助恢复，并赔偿甲方由此造成的损失。

## 第九条 保密

9.1 双方对在合作中知悉的对方技术信息、经营信息及客户资料负有保密义务，未经对方书面同意不得向第三方披露。甲方对乙方软件的界面设计、功能逻辑及报价同样负有保密义务。

## 第十条 责任限制

10.1 乙方在本合同项下的累计赔偿责任（含违约金）以本合同软件许可费金额为限。

10.2 乙方不对甲方的间接损失、利润损失、商誉损失或数据丢失承担责任。

10.3 因甲方提供的资料不准确、硬件设备或网络环境不符合要求、第三方软件冲突等原因造成的系统故障或损失，由甲方自行承担，乙方可协助处理并另行收取服务费用。

## 第十一条 合同解除

11.1 一方严重违反本合同约定，经对方书面通知后十五日内仍未改正的，另一方有权解除本合同。

11.2 合同解除的，乙方已完成的工作及已发生的费用，甲方应予结算，已付款项不予退还。

11.3 甲方未按约定支付任何一期款项超过十五日的，乙方有权暂停开发、维护等全部服务，或单方解除本合同，由此产生的后果由甲方承担。

## 第十二条 不可抗力

因不可抗力致使本合同不能履行的，受影响方不承担违约责任，但应及时通知对方并提供相关证明。本合同所称不可抗力包括自然灾害、政府行为、网络运营商故障、电力中断、黑客攻击及病毒入侵等不能预见、不能避免并不能克服的客观情况。

## 第十三条 争议解决

因本合同引起的争议，双方应协商解决；协商不成的，提交乙方所在地的福州仲裁委员会仲裁。仲裁期间，除争议事项外，双方应继续履行本合同其他条款。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同为乙方标准合同文本，双方另有书面约定的，以书面约定为准。

14.3 甲方同意乙方将本项目作为成功案例用于宣传推广，包括使用甲方名称及系统界面截图。

14.4 双方往来通知以电子邮件或微信方式发送，发送即视为送达。本合同未尽事宜，双方可另行签订补充协议。

甲方（签章）：福州棕扇工作室　　　　乙方（签章）：福建禾码软件有限公司

签订日期：2027年5月27日
"""

# e01 (.pdf): perpetual licence + services, Miles City (Montana) vendor, Montana law. Only CR-GOVERNING-LAW.
H1016E01 = """
T:Software Licence and Services Agreement
P:Agreement No. SRL-MC-2027-044
P:This Software Licence and Services Agreement (the "Agreement") is made on 19 April 2027 between Inner Mongolia Caoyuan Dairy Farming Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hohhot (the "Customer"), and Big Sky Herd Systems, Inc., a Montana corporation with its principal office at 1015 Main Street, Miles City, Montana 59301, United States (the "Vendor").
P:The Customer operates eleven dairy farms with about 38,000 cows and wishes to replace its herd records, feeding and milk-quality tools with a single system. The Vendor develops the HerdLedger herd-management software. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means HerdLedger Enterprise version 9, including the herd records, breeding, health, feed planning and milk-quality modules, in object code, together with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, data conversion programs, configuration scripts and related documentation created by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into, uploaded to or generated by the Software in the Customer's operations, including animal records, milk yield and quality data, feed formulas, employee data and supplier data.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the system has passed the acceptance tests.
H:Article 2 Licence and Services
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Customer's own servers in the PRC for up to 400 named users and all farms owned or operated by the Customer and its affiliates.
P:2.2 The Vendor shall install and configure the Software, convert the historical records of the eleven farms, build interfaces to the Customer's milking parlour controllers, feed mixer wagons and ERP system, and train the Customer's staff, all as described in the statement of work in Schedule 1.
P:2.3 The Vendor shall provide a project manager who speaks Mandarin and shall keep at least two consultants on site during installation, data conversion and the pilot run.
P:2.4 The Customer shall provide server hardware, operating system and database licences meeting the Vendor's written specification, network access to the farms, and a project team with authority to approve designs and test results. The Customer's contact persons shall answer the Vendor's questions on requirements within five working days.
P:2.5 Before any work on a farm the Vendor's staff shall receive the Customer's biosecurity briefing and follow its rules on vehicles, clothing and animal contact. Staff who do not follow these rules may be refused access.
H:Article 3 Price
P:3.1 The total price is CNY 1,760,000 (the "Contract Price"), fixed and inclusive of all taxes, travel and expenses, made up as follows:
P:(a) perpetual Software licence fee: CNY 1,240,000;
P:(b) implementation, configuration and interfaces: CNY 380,000;
P:(c) data conversion: CNY 96,000;
P:(d) training: CNY 44,000.
P:3.2 No other charge is payable for the work described in Schedule 1. Any additional work requested by the Customer shall be agreed in a written change order stating its scope, price and effect on the timetable before the work starts.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 352,000) within 20 days after signature, against the Vendor's invoice and an advance payment guarantee from a bank acceptable to the Customer.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 792,000) within 20 days after Go-Live on all eleven farms. Go-Live is not acceptance.
P:4.3 The Customer shall pay the balance of 35% (CNY 616,000) within 20 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the Vendor's account stated on its invoice. The Customer may deduct from any payment the delay damages and credits due to it under this Agreement.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, interfaces and data conversion and notify the Customer that the system is ready for acceptance testing within 150 days after signature.
P:5.2 The acceptance tests, set out in Schedule 2, include: every function in the requirements list works as specified; converted animal records reconcile with the source records for every farm; the parlour and feed-wagon interfaces run for 20 consecutive days without data loss; standard reports return within 3 seconds with 150 concurrent users; and no Severity 1 or Severity 2 defect remains open.
P:5.3 If the tests are passed, the Customer shall sign a Final Acceptance certificate within 10 working days. If they are not passed, the Vendor shall correct the defects at its own cost and repeat the tests. Go-Live, use of the system or payment does not amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions, and provide support free of charge.
P:6.2 Severity 1 incidents (the system is down or milk-quality data cannot be recorded on any farm) shall be responded to within 1 hour, at any time, and a workaround shall be provided within 8 hours. Severity 2 incidents shall be responded to within 2 hours on working days.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response time, the Vendor shall credit the Customer CNY 1,000 against the next invoice or pay it on demand.
P:6.4 After the Warranty Period the Customer may order annual support at 11% of the licence fee in Article 3.1(a), that is CNY 136,400 per year. This fee is fixed for the first three support years. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 The Custom Deliverables, including source code, belong to the Customer from creation. The Vendor shall deliver their source code at Final Acceptance, and the Customer may use, modify and license them freely.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and may not copy, retain or use it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication and with the Customer's approval for each session, shall keep Customer Data inside the PRC and shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:8.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any unauthorised access to, or loss or alteration of, Customer Data, shall take immediate remedial steps, and shall be liable for the losses caused by a breach of this Article 8.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to staff and advisers who need to know it. This obligation survives termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to notify readiness for acceptance testing by the date in Article 5.1, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to Article 7.3, Article 8, Article 9, personal injury or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 If the Customer terminates under Article 12.1 before Final Acceptance, the Vendor shall refund all amounts paid, less the price of any part the Customer elects to keep.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Montana, United States, without regard to its conflict of laws rules.
P:13.2 Any dispute arising out of this Agreement shall be decided by the state courts sitting in Custer County, Montana, to whose jurisdiction both parties submit.
H:Article 14 General
P:14.1 This Agreement, with Schedule 1 (Statement of Work) and Schedule 2 (Acceptance Test Plan), is the entire agreement between the parties and may be amended only in writing signed by both parties.
P:14.2 Notices shall be in writing in English and Chinese and sent to the addresses above.
P:14.3 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and does what it reasonably can to limit the effect.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

# e02 (.md): SaaS Order Form (Part A, A1-A6) + General Terms (Part B), Devils Lake (North Dakota) vendor.
H1016E02 = """# Order Form and General Terms — FieldServ Cloud

**Order Form No. PR-OF-27-0612**

Vendor: Prairie Rock Software LLC, 402 4th Street NE, Devils Lake, North Dakota 58301, United States ("Vendor")

Customer: Shandong Hengfeng Agricultural Machinery Sales & Service Co., Ltd., Jinan, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Vendor and Customer for the subscription described below. If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Subscribed Service

FieldServ Cloud, Vendor's hosted dealer service management platform: work orders, technician dispatch, parts inventory, warranty claims, customer portal and the FieldServ mobile app for technicians, delivered from Vendor's hosting partner's data centre in Shanghai.

### A2. Subscription Term

Twenty-four (24) months, starting on the date of Onboarding Acceptance under A5 (the "Start Date"). The Subscription Term consists of two "Subscription Years": the first starts on the Start Date and the second on its first anniversary.

### A3. Fees

| Item | Quantity | Unit fee (CNY per Subscription Year) | Fee per Subscription Year (CNY) | Total for the Subscription Term (CNY) |
|---|---|---|---|---|
| FieldServ Cloud named user | 420 | 1,080 | 453,600 | 907,200 |
| FieldServ mobile technician licence | 160 | 720 | 115,200 | 230,400 |
| Subscription subtotal | | | 568,800 | 1,137,600 |
| Onboarding services (one-time) | 1 | | | 148,000 |
| Total Fees | | | | 1,285,600 |

All fees are in CNY and include VAT. Additional users may be added at the unit fees above, pro rata for the remaining part of the Subscription Year. Users may be reassigned from one employee to another at no charge when an employee leaves or changes role, and Customer may reduce the number of users by up to one tenth at the start of the second Subscription Year.

### A4. Invoicing and Payment

(a) The onboarding fee is invoiced after Onboarding Acceptance.

(b) The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year.

(c) Invoices are payable within 30 days after receipt of a valid VAT invoice (fapiao). No fee is payable before the Start Date other than as stated in this A4.

### A5. Onboarding and Acceptance

(a) Vendor shall configure the platform for Customer's 23 service branches, migrate open work orders, parts master data and six years of warranty-claim history, integrate the platform with Customer's Kingdee ERP and the manufacturers' warranty portals, and train 40 key users, within 75 days after signature of this Order Form.

(b) Onboarding Acceptance requires: every function in the Customer Requirements List passes Customer's test scripts; migrated records reconcile with the source systems branch by branch; the ERP interface posts parts and invoices without error for 10 consecutive working days; and the mobile app works offline and synchronises correctly on Customer's standard devices. Customer shall sign an acceptance certificate within 7 working days after the tests are passed.

(c) If Onboarding Acceptance is not reached within the period in A5(a) for reasons attributable to Vendor, Vendor shall pay Customer CNY 1,200 for each day of delay.

### A6. Service Levels

(a) Vendor shall make the platform available at least 99.5% of each calendar month, excluding scheduled maintenance announced 5 days in advance and carried out between 01:00 and 05:00 Beijing time.

(b) Priority 1 incidents (platform unavailable, or work orders cannot be created or closed) shall be responded to within 1 hour and resolved or worked around within 6 hours, 24 hours a day. Priority 2 incidents shall be responded to within 3 hours during business hours.

(c) If availability in a month falls below the level in A6(a), Vendor shall credit Customer 5% of the monthly share of the subscription fee for each 0.5 percentage point, or part of it, below that level. Each Priority 1 response more than one hour late earns a credit of CNY 800. Credits are deducted from the next invoice or refunded at the end of the term.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data that Customer or its users enter into the Service or that the Service generates from it, including customer, machine, work order, parts and technician data.

1.2 "Customer Configurations" means the workflows, forms, report templates, interface mappings and scripts that Vendor creates for Customer during onboarding or later at Customer's request.

### 2. Access and Use

2.1 Vendor grants Customer and its affiliates a non-exclusive right to access and use the Service during the Subscription Term for their internal business.

2.2 Customer shall not resell the Service or use it to provide services to unrelated third parties.

2.3 Vendor shall keep the Service functionally equivalent or better throughout the Subscription Term. Vendor shall give Customer at least 30 days' notice of any change that removes a feature Customer uses, and shall then offer a replacement feature or a fair reduction of the fees.

2.4 Vendor shall provide release notes for each new version, keep a Chinese-language user interface and help pages, and run a test environment that Customer may use to check new versions before they reach its production environment.

### 3. Customer Data and Security

3.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to provide the Service to Customer and shall not use, analyse or share it for any other purpose, including in aggregated or anonymised form.

3.2 Vendor shall host Customer Data in the PRC, encrypt it in transit and at rest, restrict access to named personnel with multi-factor authentication, keep access logs for at least 180 days, back up Customer Data daily and test restoration every quarter, and maintain ISO 27001 certification and an MLPS level-3 filing for the hosting environment.

3.3 Vendor shall notify Customer within 12 hours after discovering any security incident affecting Customer Data, cooperate in its investigation and remediation, and compensate Customer for losses caused by a breach of this Section 3.

3.4 Within 30 days after the end of the Subscription Term Vendor shall return all Customer Data in a documented, machine-readable format and then delete it, confirming deletion in writing.

### 4. Intellectual Property

4.1 Vendor retains all rights in the Service and its underlying software.

4.2 Customer Configurations belong to Customer. Vendor shall deliver them in editable form on request, and Customer may use, modify and have third parties use them without restriction.

### 5. Confidentiality

5.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for this agreement and not disclose it to third parties except to its personnel and advisers who need to know it and are bound by similar obligations. This Section survives for three years after the end of the agreement.

### 6. Subcontractors

6.1 The hosting partner and the SMS provider named in the Annex are approved. Vendor shall not engage any other subcontractor to perform the Service or process Customer Data without Customer's prior written consent, and remains responsible for all subcontractors.

### 7. Renewal

7.1 At the end of the Subscription Term the subscription renews automatically for successive renewal terms of one Subscription Year each unless either party gives notice of non-renewal at least 60 days before the end of the current term.

7.2 Vendor may increase the fees for any renewal term by giving Customer notice at least 45 days before the renewal takes effect. The increased fees apply automatically to the renewal term.

### 8. Term and Termination

8.1 This agreement runs for the Subscription Term and any renewal term.

8.2 Either party may terminate this agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

8.3 On termination by Customer under Section 8.2, Vendor shall refund any prepaid fees for the period after termination.

### 9. Liability

9.1 Each party's total liability under this agreement is limited to two times the Total Fees stated in A3. The limit does not apply to breach of Section 3, breach of Section 5, infringement claims, personal injury or fraud.

9.2 Neither party is liable for indirect or consequential loss, except where this agreement provides otherwise.

### 10. Governing Law and Jurisdiction

10.1 This agreement is governed by the laws of the State of North Dakota, United States, excluding its conflict of laws rules and the United Nations Convention on Contracts for the International Sale of Goods.

10.2 The state and federal courts located in North Dakota have exclusive jurisdiction over any dispute arising out of this agreement.

### 11. General

11.1 Neither party may assign this agreement without the other party's written consent, except to a successor of its whole business.

11.2 This Order Form may be signed electronically and in counterparts.

11.3 Neither party is responsible for failure to perform caused by events beyond its reasonable control, but Vendor's hosting, backup and disaster recovery arrangements must be designed to withstand the failure of a single data centre.

Signed for Vendor: ____________________   Signed for Customer: ____________________
"""

# e03 (.docx): grain-bin sensors + monitoring licence, buyer's paper, Valley City (North Dakota) vendor. Compliant.
H1016E03 = """
T:Supply and Licence Contract for Grain Storage Monitoring Equipment
P:Contract No. HLJ-GS-2027-0703
P:Buyer: Heilongjiang Beidahuang Longxiang Grain Storage Co., Ltd., Jiamusi, Heilongjiang Province, People's Republic of China (the "Buyer")
P:Supplier: Sheyenne Valley Sensing Corp., 230 Central Avenue North, Valley City, North Dakota 58072, United States (the "Supplier")
P:The Buyer operates forty steel silos and flat warehouses at three depots and has selected the Supplier, after a competitive procurement, to supply and install a grain temperature and moisture monitoring system with its monitoring software. This Contract is issued on the Buyer's standard terms.
H:1. Definitions and Scope
P:1.1 "Equipment" means the temperature cables, moisture sensors, wireless gateways, weather station and accessories listed in clause 2.1.
P:1.2 "Software" means the Supplier's BinSight monitoring software, version 6, including its server, web and mobile components and documentation.
P:1.3 "Interfaces" means the programs, mappings and scripts developed by the Supplier to connect the Software with the Buyer's grain condition management system and the provincial grain reserve supervision platform.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under clause 5.2 that the complete system has passed the acceptance tests.
P:1.5 The Supplier shall supply, deliver, install and commission the Equipment, install the Software on the Buyer's servers, develop the Interfaces, and train the Buyer's staff, as described in Annex 1 (Technical Specification).
H:2. Contract Price
P:2.1 The Contract Price is CNY 2,300,000, fixed, including taxes, delivery to the three depots, customs clearance, insurance, installation and all other costs. It is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Digital temperature cable, 24 m, 8 sensing points|320|3,150|1,008,000
TB:2|Grain moisture and humidity sensor|64|4,500|288,000
TB:3|Wireless gateway with solar power kit|40|9,600|384,000
TB:4|BinSight monitoring software, perpetual licence for 40 bins|1|296,000|296,000
TB:|Equipment and Software subtotal|||1,976,000
TB:5|Installation and cable hanging|1 lot|184,000|184,000
TB:6|Commissioning and Interfaces|1 lot|112,000|112,000
TB:7|Training|1 lot|28,000|28,000
TB:|Contract Price|||2,300,000
P:2.2 The Buyer pays no other amount for the scope of this Contract. Spare parts that the Buyer orders outside the warranty shall be supplied at the unit prices in the table above, less the discount stated in Annex 1, for as long as the Supplier offers support under clause 6.2.
H:3. Payment
P:3.1 10% of the Contract Price (CNY 230,000) within 15 working days after signature, against an advance payment bank guarantee of the same amount.
P:3.2 55% of the Contract Price (CNY 1,265,000) within 15 working days after the Equipment has been delivered and installed at all three depots and the Buyer has signed the installation certificate. The installation certificate is not acceptance.
P:3.3 35% of the Contract Price (CNY 805,000) within 15 working days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice issued by the Supplier or its appointed PRC agent.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the three depots within 70 days after signature and complete installation within 110 days after signature, before the autumn intake of grain.
P:4.2 Installation shall follow the Buyer's safety rules for work at height and in confined spaces. The Supplier bears the risk of loss of the Equipment until delivery to each depot is signed for.
P:4.3 Before shipment the Supplier shall send the Buyer the factory test records and calibration certificates for every temperature cable and moisture sensor. The Buyer may witness factory tests at its own travel cost.
P:4.4 Installation in any silo that contains grain shall be planned with the depot manager, shall not damage the stored grain or the silo structure, and shall be carried out only after the depot's fumigation and ventilation schedule has been checked. The Supplier shall remove all packing and waste from the depots.
P:4.5 The Supplier shall train at least 20 of the Buyer's storage keepers and two system administrators at the depots in operating the system, replacing sensors and gateways, setting alarm thresholds and reading the reports, and shall provide Chinese-language manuals.
H:5. Acceptance
P:5.1 Final Acceptance tests, described in Annex 2, include: each temperature sensing point reads within 0.5 degrees Celsius of a calibrated reference; each moisture sensor reads within the tolerance in Annex 1 against oven-dry samples; every gateway reports at the configured interval for 30 consecutive days with no data gaps longer than one cycle; alarms reach the duty officer's mobile phone within 60 seconds; and the Interfaces transfer all readings to the grain condition management system and the provincial platform without error.
P:5.2 When all tests are passed the Buyer shall issue a Final Acceptance certificate within 10 working days. Delivery, installation, use of the system or any payment does not constitute acceptance. Failed tests are repeated at the Supplier's cost after correction.
H:6. Warranty and After-Warranty Support
P:6.1 The warranty period for the Equipment and the Software is 36 months from Final Acceptance. During it, the Supplier shall repair or replace defective Equipment, correct Software defects and supply Software updates free of charge, including parts, labour and travel.
P:6.2 After the warranty period the Buyer may order support at 8% of the Equipment and Software subtotal per year (CNY 158,080), fixed for the fourth and fifth years after Final Acceptance. Support is ordered by separate purchase order and does not renew automatically.
H:7. Service Levels
P:7.1 A critical fault is a failure of the Software server, or of a gateway or cables such that a whole silo or warehouse is not monitored. The Supplier's support centre shall respond to a critical fault within 30 minutes, give remote diagnosis within 2 hours, and have an engineer or replacement parts on site within 48 hours.
P:7.2 For each hour by which the Supplier misses the critical fault response time, the Supplier shall pay the Buyer CNY 800, and for each day by which it misses the on-site time, CNY 2,000.
H:8. Delay Damages
P:8.1 If the Supplier fails to complete installation by the date in clause 4.1, it shall pay the Buyer delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days, the Buyer may terminate under clause 13.
H:9. Intellectual Property
P:9.1 The Software remains the property of the Supplier. The Supplier grants the Buyer a perpetual, irrevocable licence to use it for the 40 bins and any bins added under later orders.
P:9.2 The Interfaces, including their source code and documentation, belong to the Buyer. The Buyer may use, modify and license them freely.
H:10. Buyer Data and Data Security
P:10.1 All grain condition data, readings, alarm records and depot information collected by the system belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:10.2 The system shall be installed on the Buyer's own servers. The Supplier's remote access shall be approved by the Buyer for each session, made through the Buyer's VPN and logged. The Supplier shall not copy Buyer data outside the Buyer's systems.
P:10.3 The Supplier shall report any security incident involving Buyer data within 12 hours, take remedial measures and compensate the Buyer for losses caused by its breach of this clause.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all information on the Buyer's depots, grain stocks and reserve operations received under this Contract and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues after the Contract ends.
H:12. Liability and Subcontracting
P:12.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 10 and 11.
P:12.2 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, and may recover the amounts paid for the parts it does not keep.
P:13.2 Termination does not affect the warranty for Equipment the Buyer keeps, or the licence to use the Software installed with it.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be referred to the Harbin Arbitration Commission for arbitration in Harbin.
H:15. General
P:15.1 This Contract is made in English and Chinese; both versions have equal effect. Annex 1 (Technical Specification) and Annex 2 (Acceptance Test Plan) form part of it.
P:15.2 The Supplier shall obtain and keep all export licences and PRC import approvals needed for the Equipment and shall bear the consequences if any are refused. The Equipment shall carry the radio type approval required in the PRC for the gateways.
P:15.3 Neither party is liable for delay caused by force majeure, provided that it notifies the other party within five days and takes reasonable steps to limit the delay. If force majeure lasts more than 60 days, either party may end the Contract for the undelivered part.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# e04 (.md): managed services over 36 months, schedules as tables, Wolf Point (Montana) vendor.
H1016E04 = """# Managed Infrastructure Services Agreement

Agreement No. NW-MSA-2027-118

**Between**

Suzhou Jinhe Precision Components Co., Ltd., Suzhou Industrial Park, Jiangsu Province, People's Republic of China ("Customer"), and

Northern Plains Managed IT, Inc., 117 Main Street, Wolf Point, Montana 59201, United States, acting through its Shanghai branch office ("Provider").

**Background.** Customer runs two factories and a regional office with about 1,300 users. It wishes to hand the day-to-day operation of its data centre, network and service desk to Provider for three years. Provider has offered to do so on the terms below.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2, and "Service Credits" the credits in Schedule 3.

1.3 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider accesses, stores or processes in providing the Services.

1.4 "Service Commencement Date" means the day after Transition Acceptance under clause 3.3.

1.5 "Business hours" means 08:00 to 18:00 China Standard Time on the working days of Customer's factories.

## 2. Term

2.1 The Services run for 36 months from the Service Commencement Date (the "Term").

2.2 The Term does not renew automatically. Any extension requires a written amendment signed by both parties at least 90 days before the end of the Term.

## 3. Transition

3.1 Provider shall take over the Services from Customer's current in-house team and previous contractor in accordance with the transition plan in Schedule 1, within 60 days after signature.

3.2 Transition is complete when: all systems in scope are in Provider's monitoring tools; the configuration management database is reconciled with a physical audit of both factories; runbooks for every critical system have been written and tested; backup restoration has been tested for each critical system; and the service desk has handled tickets for 10 working days in parallel with Customer's team without a missed Priority 1 target.

3.3 Customer shall confirm Transition Acceptance in writing within 5 working days after Provider demonstrates that the criteria in clause 3.2 are met, or list the criteria not met.

3.4 If Transition Acceptance is delayed beyond the period in clause 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 2,000 for each day of delay.

## 4. Charges and Payment

4.1 Customer shall pay the charges in Schedule 1. The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears.

4.2 Invoices are payable within 30 days after receipt of a valid VAT invoice. Service Credits are deducted from the next invoice.

4.3 The charges are fixed for the Term. Changes in the number of users of up to 10% either way do not change the monthly service charge.

4.4 If the number of servers or users in scope changes by more than that, the parties shall agree an adjustment of the monthly service charge in a written change note, based on the unit rates in Provider's proposal. No other charge is payable for the Services unless agreed in writing in advance.

## 5. Service Levels

5.1 Provider shall meet the Service Levels in Schedule 2 each month and report on them by the fifth working day of the following month.

5.2 If Provider fails a Service Level, Customer is entitled to the Service Credits in Schedule 3. Service Credits do not limit Customer's other remedies.

5.3 Provider shall hold a monthly service review with Customer's IT manager to go through the service report, open problems, planned changes and improvement actions. Provider shall follow Customer's change management process and shall not make changes to production systems without an approved change request, except in an emergency to restore service.

5.4 Once a year Provider shall take part in a disaster recovery test of Customer's critical systems and report the results and any corrective actions.

## 6. Customer Data and Security

6.1 Customer Data belongs to Customer. Provider shall use it only to provide the Services and shall not use it for any other purpose, whether in identifiable, aggregated or anonymised form.

6.2 Provider shall access Customer's systems only from its Shanghai operations centre or Customer's premises, through Customer's privileged access management system, with individual accounts and multi-factor authentication. Provider shall not store Customer Data outside Customer's systems or outside the PRC.

6.3 Provider shall maintain ISO 27001 certification for its operations centre, apply security patches within the times in Schedule 2, and follow Customer's information security policies.

6.4 Provider shall notify Customer within 2 hours after discovering any incident affecting the security of Customer Data, contain and remedy it, and compensate Customer for losses caused by Provider's breach of this clause 6.

## 7. Intellectual Property

7.1 Provider's own tools and methods remain Provider's property.

7.2 Runbooks, scripts, configurations, documentation and reports that Provider creates for Customer under this Agreement belong to Customer, which may use, modify and give them to any successor provider.

## 8. Personnel and Subcontracting

8.1 Provider shall assign a named service delivery manager and keep at least six engineers on site at Customer's factories during business hours. Provider shall not replace the service delivery manager without Customer's agreement, except where the person leaves Provider's employment.

8.2 Provider's personnel shall follow Customer's site rules on safety, clean rooms and access control. Customer may require Provider to remove from the Services any person who breaches those rules or whose performance is unsatisfactory, and Provider shall provide a suitable replacement within 10 working days.

8.3 Provider may subcontract any part of the Services, including on-site support and after-hours monitoring, to its affiliates or to third parties by giving Customer written notice at least 10 days before the subcontractor starts work. Provider remains responsible for the acts and omissions of its subcontractors.

## 9. Liability

9.1 Provider's total liability arising out of or in connection with this Agreement in any contract year is limited to the charges paid by Customer in the nine months preceding the event giving rise to the claim.

9.2 The limit in clause 9.1 does not apply to personal injury, fraud or wilful misconduct.

## 10. Termination

10.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within 30 days after notice, or if Provider misses the same Priority 1 Service Level in three consecutive months.

10.2 Provider may terminate if Customer fails to pay undisputed charges within 60 days after a written reminder.

10.3 Termination does not affect Service Credits or other amounts that have already accrued, and Customer shall pay the charges for Services properly performed up to the termination date.

10.4 On expiry or termination, Provider shall give exit assistance for up to 90 days at the rates in Schedule 1, hand over all Customer Data, documentation and credentials, and then delete any copies it holds.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Shanghai, under its rules in force at the time.

## Schedule 1 — Services and Charges

| Service element | Scope | Charge (CNY) |
|---|---|---|
| Transition (one-time) | Takeover, audit, runbooks, parallel run | 124,000 |
| Data centre operations | 210 virtual servers, 36 physical hosts, storage, backup | included in monthly charge |
| Network operations | Two factory networks, office network, SD-WAN links, firewalls | included in monthly charge |
| Service desk | Mandarin and English, 07:00–22:00, 1,300 users | included in monthly charge |
| On-site support | Two factories and the regional office | included in monthly charge |
| Monthly service charge | 36 months × CNY 86,000 | 3,096,000 |
| Total for the Term | | 3,220,000 |
| Exit assistance, if ordered | per engineer day | 2,600 |

## Schedule 2 — Service Levels

| Service Level | Measure | Target |
|---|---|---|
| Availability of critical systems (ERP, MES, email) | Monthly, excluding agreed maintenance | 99.95% |
| Priority 1 incident response | Time from alert or call to engineer working on it | 15 minutes |
| Priority 1 incident restoration | Time to restore service or workaround | 3 hours |
| Priority 2 incident response | Time to engineer working on it | 1 hour |
| Critical security patches | Time from vendor release to installation | 7 days |
| Backup success | Share of scheduled backup jobs completed | 99% |

## Schedule 3 — Service Credits

| Failure | Service Credit |
|---|---|
| Availability below target | 5% of the monthly service charge for each 0.1 percentage point or part below target, up to 20% |
| Priority 1 response later than target | CNY 1,500 per incident |
| Priority 1 restoration later than target | CNY 3,000 per started hour beyond target |
| Monthly report late | CNY 500 per working day |

Signed for Customer: ____________________   Signed for Provider: ____________________
"""

# e05 (.txt): crop and weather data API subscription over two Subscription Years, Cut Bank (Montana) vendor.
H1016E05 = """DATA SUBSCRIPTION AGREEMENT

Agreement No. GPD-DS-2027-0219

This Data Subscription Agreement is made on 3 August 2027 between:

(1) Dalian Haixin Grain and Oilseeds Trading Co., Ltd., Dalian Free Trade Zone, Liaoning Province, People's Republic of China (the "Customer"); and

(2) Glacier Plains Data Co., 14 East Main Street, Cut Bank, Montana 59427, United States (the "Provider").

The Customer imports wheat, canola and soybeans from North America. The Provider compiles field-level crop condition, yield forecast and agricultural weather data for the northern United States and Canada and makes it available through an application programming interface. The Customer wishes to subscribe to that data for its trading and risk teams.

1. DEFINITIONS

1.1 "Data" means the crop condition indices, yield forecasts, planting and harvest progress estimates, weather observations and forecasts, and related metadata that the Provider makes available through the API for the regions and crops listed in Annex A.

1.2 "API" means the Provider's programming interface, its documentation and the credentials issued to the Customer.

1.3 "Customer Inputs" means the field boundaries, shipment plans, positions, queries and other information that the Customer submits to the API or otherwise provides to the Provider.

1.4 "Custom Deliverables" means the data connector, the mapping of the Data to the Customer's commodity and region codes, and the custom dashboards that the Provider builds for the Customer under clause 4.

1.5 "Subscription Year" means each of the two consecutive years of the Subscription Term.

1.6 "Business day" means a day on which banks are open in both Dalian and Montana.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable licence during the Subscription Term to access the API, download and store the Data, and use it for the internal business of the Customer and its affiliates, including in reports to its management, banks and auditors.

2.2 The Subscription Term consists of two Subscription Years, starting on the date of Integration Acceptance under clause 4.3.

2.3 The Customer may use up to 25 named user accounts and make up to 200,000 API calls per calendar month. Usage above that level is charged at the rates in Annex B.

2.4 The Customer may grant access to the Data to its auditors and to consultants working on its behalf, provided they use it only for the Customer.

2.5 The Provider shall use commercially reasonable efforts to keep the API available and to publish updated Data on the schedule in Annex A, and may suspend the API for maintenance from time to time.

3. FEES AND PAYMENT

3.1 The fees are:
(a) subscription fee: CNY 486,000 per Subscription Year, CNY 972,000 for the Subscription Term;
(b) integration fee (one-time): CNY 58,000.
The total fees are CNY 1,030,000, excluding any usage charges under clause 2.3.

3.2 The integration fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

3.3 Invoices are payable in CNY within 30 days after receipt. Fees are fixed for the Subscription Term.

4. INTEGRATION AND ACCEPTANCE

4.1 The Provider shall build and install the data connector that loads the Data into the Customer's market data warehouse, map the Data to the Customer's commodity and region codes, and build three dashboards for the trading desk, within 45 days after signature.

4.2 Integration Acceptance requires that: the connector loads the complete daily Data set for every region and crop in Annex A on 15 consecutive business days without manual intervention; a reconciliation of the loaded Data against the Provider's published files shows no missing or altered records; the code mappings are complete and approved by the Customer's risk team; and the dashboards show the agreed indicators and refresh after each load.

4.3 The Customer shall confirm Integration Acceptance in writing within 5 business days after the Provider shows that the requirements in clause 4.2 are met, or state which requirements are not met. The Provider shall correct the shortcomings and repeat the tests.

5. SUPPORT

5.1 The Provider shall provide support by e-mail and telephone during its business hours, Monday to Friday, Mountain Time, and shall answer support requests as soon as reasonably practicable. Support includes help with the API documentation, explanations of the methods behind the Data, and the correction of errors in the Data that the Customer reports.

5.2 The Provider shall assign a named account manager for the Customer, who shall hold a review call with the Customer's market data team every quarter on data coverage, usage and planned changes.

5.3 The Provider shall notify the Customer in advance of any change to the API or the Data format and shall keep the previous version available for at least 60 days after the change.

6. INTELLECTUAL PROPERTY

6.1 The Data and the API remain the property of the Provider and its licensors. The Customer may keep Data downloaded during the Subscription Term and continue to use it for its internal records after the term ends.

6.2 The Custom Deliverables, including their source code and documentation, belong to the Customer. The Customer may use, modify and have third parties maintain them freely.

7. CUSTOMER INPUTS AND DATA SECURITY

7.1 Customer Inputs belong to the Customer. The Provider shall use them only to provide the Data and services to the Customer under this Agreement and shall not use them for any other purpose, including its own products, research or models, and shall not combine them with other clients' information.

7.2 The Provider shall protect Customer Inputs with encryption in transit and at rest, role-based access restricted to the staff who support the Customer, multi-factor authentication and access logging. API credentials shall be issued and revoked only on the Customer's written request.

7.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Inputs, take all reasonable steps to contain it, and be liable for the losses caused by its breach of this clause 7.

7.4 Within 30 days after the end of the Subscription Term the Provider shall delete all Customer Inputs and confirm the deletion in writing.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public business information, including the Customer's positions, shipment plans and trading strategies, and shall use it only for this Agreement. This obligation continues for three years after the end of the Agreement.

9. WARRANTIES AND LIABILITY

9.1 The Provider warrants that it has the right to license the Data, that it has obtained the Data lawfully, and that the Customer's use of the Data in accordance with this Agreement will not infringe any third party's rights. The Provider shall defend the Customer against any claim to the contrary and pay the resulting costs and damages.

9.2 The Provider further warrants that the Data is compiled with reasonable skill and care using the methods described in Annex A. The Provider does not warrant that forecasts will prove accurate.

9.3 Each party's total liability under this Agreement is limited to 150% of the total fees in clause 3.1, except for breach of clauses 7 and 8, infringement claims and wilful misconduct.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract the integration work or the hosting of Customer Inputs without the Customer's prior written consent.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new written order.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. If the Customer terminates under this clause, the Provider shall refund the part of the subscription fee paid for the period after termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising out of this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

13. GENERAL

13.1 This Agreement, with Annex A (Data Coverage and Update Schedule) and Annex B (Usage Rates), is the entire agreement between the parties.

13.2 Notices shall be given in writing in English to the addresses above, with a copy by e-mail to the contact persons named in Annex A.

13.3 Neither party may assign this Agreement without the other party's prior written consent, except to an affiliate that takes over the relevant business.

13.4 Neither party is liable for a failure caused by events beyond its reasonable control, provided it gives prompt notice and resumes performance as soon as possible. The Customer may end the Agreement if such an event prevents delivery of the Data for more than 30 days, and shall then receive a refund of the fees for the remaining period.

13.5 Any amendment to this Agreement must be in writing and signed by both parties.

Signed for the Customer: ____________________

Signed for the Provider: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------------
SOURCES = {"z01": H1016Z01, "z02": H1016Z02, "z03": H1016Z03, "z04": H1016Z04, "z05": H1016Z05,
           "e01": H1016E01, "e02": H1016E02, "e03": H1016E03, "e04": H1016E04, "e05": H1016E05}
FILES = {
    "z01": "h1016z01_housing_rental_supervision_platform.pdf",
    "z02": "h1016z02_screwdriver_plant_line_control_retrofit.docx",
    "z03": "h1016z03_storage_training_chain_booking_saas.txt",
    "z04": "h1016z04_urban_waterlogging_warning_om_service.txt",
    "z05": "h1016z05_palm_fan_studio_process_tracking_supplier_template.md",
    "e01": "h1016e01_dairy_herd_software_perpetual_licence_montana.pdf",
    "e02": "h1016e02_dealer_service_saas_order_form_north_dakota.md",
    "e03": "h1016e03_grain_bin_sensors_monitoring_licence.docx",
    "e04": "h1016e04_managed_infrastructure_services_36_months.md",
    "e05": "h1016e05_crop_weather_data_api_subscription.txt",
}

# Price sums (asserted)
assert 1180000 + 760000 + 140000 + 36000 == 2116000
assert 423200 + 952200 + 740600 == 2116000 and round(2116000 * 0.20) == 423200
assert 1152000 + 864000 + 396000 + 228000 + 120000 == 2760000 and 8 * 144000 == 1152000 and 96 * 9000 == 864000
assert 24 * 16500 == 396000 and 2760000 + 168000 + 96000 + 24000 == 3048000
assert 1066800 + 1371600 + 609600 == 3048000 and round(3048000 * 0.35) == 1066800 and round(2760000 * 0.24) == 662400
assert 35 * 7680 == 268800 and 2 * 268800 + 86400 == 624000
assert 4 * 242000 == 968000
assert 168000 + 126000 + 28000 == 322000 and round(322000 * 0.65) == 209300 and 209300 + 112700 == 322000
assert 1240000 + 380000 + 96000 + 44000 == 1760000 and 352000 + 792000 + 616000 == 1760000
assert round(1240000 * 0.11) == 136400
assert 420 * 1080 == 453600 and 160 * 720 == 115200 and 453600 + 115200 == 568800 and 2 * 568800 + 148000 == 1285600
assert 320 * 3150 == 1008000 and 64 * 4500 == 288000 and 40 * 9600 == 384000
assert 1008000 + 288000 + 384000 + 296000 == 1976000 and 1976000 + 184000 + 112000 + 28000 == 2300000
assert 230000 + 1265000 + 805000 == 2300000 and round(1976000 * 0.08) == 158080
assert 36 * 86000 == 3096000 and 3096000 + 124000 == 3220000
assert 2 * 486000 == 972000 and 972000 + 58000 == 1030000

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# lang, category, terms (in KEYS order), extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only),
# acceptance_deemed_on_delivery, contract_value
LABELS = {
    "z01": ("zh", "software", [99.98, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False,
                               True, False, "PRC", G], [True, True, True, False, 2116000]),
    "z02": ("zh", "hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 35, True, True, 18, 24, False,
                               True, False, "PRC", G], [True, True, True, False, 3048000]),
    "z03": ("zh", "cloud", [99.95, 8, True, "buyer", True, False, True, 500 / 624000 * 100, None, None, True, None,
                            None, None, False, True, False, "PRC", S], [True, True, None, False, 624000]),
    "z04": ("zh", "services", [99.95, 0.5, True, "buyer", False, True, True, 0.1, None, None, True, None, None, None,
                               False, False, False, None, S], [True, True, None, False, 968000]),
    "z05": ("zh", "software", [None, 8, False, "supplier", True, True, True, 0.02, 168000 / 322000 * 100, 65, False,
                               False, 6, None, False, True, None, None, G], [True, True, False, True, 322000]),
    "e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False,
                               True, False, "Montana", G], [True, True, True, False, 1760000]),
    "e02": ("en", "cloud", [99.5, 1, True, "buyer", True, True, True, 1200 / 1285600 * 100, 200, None, True, None,
                            None, None, True, True, False, "North Dakota", S], [True, True, None, False, 1285600]),
    "e03": ("en", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 36, 8, False,
                               True, False, "PRC", G], [True, True, True, False, 2300000]),
    "e04": ("en", "services", [99.95, 0.25, True, "buyer", True, True, False, 2000 / 3220000 * 100, 9 / 36 * 100,
                               None, True, None, None, None, False, True, True, "PRC", S],
            [True, True, None, False, 3220000]),
    "e05": ("en", "cloud", [None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None,
                            False, True, False, "PRC", S], [False, False, None, False, 1030000]),
}
# Facts that are not label keys: forum outside mainland China; itemised licence / hardware fee base for TCO.
FORUM_OUTSIDE = {"e01", "e02"}
FEE_BASE = {"z01": 1180000, "z02": 2760000, "z05": 168000, "e01": 1240000, "e03": 1976000}

DESIGN = {
    "z01": [], "e03": [],
    "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-DATA-OWNERSHIP", "CR-SLA-RESPONSE"],
    "z04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e02": ["CR-AUTO-RENEWAL", "CR-GOVERNING-LAW", "CR-SLA-AVAILABILITY"],
    "e04": ["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
RISK = {"z01": "low", "e03": "low", "e01": "low", "z02": "high", "z03": "medium", "z04": "high", "z05": "high",
        "e02": "medium", "e04": "medium", "e05": "high"}


def label(key):
    lang, cat, terms, extra = LABELS[key]
    assert len(terms) == len(KEYS) and len(extra) == 5
    t = dict(zip(KEYS, terms))
    x = {"sla_clause": extra[0], "ld_stated": extra[1]}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = extra[2]
    else:
        assert extra[2] is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    x["acceptance_deemed_on_delivery"] = extra[3]
    x["contract_value"] = extra[4]
    return {"file": FILES[key], "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": sorted(DESIGN[key])}


def tco_share(key, t, x):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def derive(key, lab):
    """My reading of policy §3, applied to the label values."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


# ---------------------------------------------------------------------------------------------------------------------
# Threshold scan: no text may state a policy threshold figure.
NUM_PCT = r"\s*(?:%|％|percent|per\s*cent)"
THRESHOLD_PATTERNS = [
    r"99\.90*(?!\d)",                                                     # availability 99.9 %
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?\b|h\b|个?小时)",                  # 4 hours
    r"(?<!twenty-)(?<!twenty)four\s*(?:\(4\)\s*)?-?\s*hours?", r"(?<!十)四个?小时",
    r"(?<![\d.])0?\.05(?!\d)", r"万分之五(?![十])", r"0\.5\s*‰", r"千分之零点五",  # 0.05 % per day
    r"(?<![\d.,])100" + NUM_PCT, r"百分之(?:一)?百",                        # 100 %
    r"(?<![\d.,])30" + NUM_PCT, r"百分之三十(?![一二三四五六七八九])", r"thirty\s*(?:\(30\)\s*)?(?:percent|per\s*cent)",
    r"(?<![\d.,])15" + NUM_PCT, r"百分之十五", r"fifteen\s*(?:\(15\)\s*)?(?:percent|per\s*cent)",
    r"(?<![\d.,])40" + NUM_PCT, r"百分之四十(?![一二三四五六七八九])", r"forty\s*(?:\(40\)\s*)?(?:percent|per\s*cent)",
    r"(?<![\d.,])12\s*-?\s*(?:months?|个(?:自然)?月)", r"(?<!\d)十二个(?:自然)?月",  # 12-month warranty
    r"twelve\s*(?:\(12\)\s*)?-?\s*(?:calendar\s*)?months?",
    r"(?<![\d.,])5\s*-?\s*(?:years?|年)", r"(?<![十\d〇零])五年", r"(?<!twenty-)five\s*(?:\(5\)\s*)?-?\s*years?",  # horizon
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["可用率不低于99.9%", "99.90%", "within 4 hours", "4-hour response", "4小时内响应", "四小时", "four (4) hours",
            "0.05% per day", "万分之五", "100%", "100 percent", "百分之百", "30%", "百分之三十", "thirty percent",
            "15 %", "百分之十五", "40%", "百分之四十", "12 months", "12-month", "12个月", "十二个月", "twelve months",
            "5 years", "5年", "五年", "five years"]
MUST_MISS = ["99.95%", "99.5%", "99.98%", "24 hours", "24小时", "二十四小时", "twenty-four hours", "14 hours",
             "0.055%", "0.5%", "0.08%", "万分之八", "万分之二", "130%", "1,100%", "115%", "140%", "百分之三十五",
             "百分之四十五", "2027年12月31日", "120 months", "36 months", "2025年", "十五年", "45%", "35%", "20%",
             "CNY 1,240,000", "¥1,066,800", "1.5 hours", "65%"]
for s in MUST_HIT:
    assert THRESHOLD_RE.search(s) and THRESHOLD_RE.search(re.sub(r"\s+", "", s)), ("must hit", s)
for s in MUST_MISS:
    assert not THRESHOLD_RE.search(s) and not THRESHOLD_RE.search(re.sub(r"\s+", "", s)), ("must miss", s)


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


THRESH_VALUES = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                 "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    binary = {k: (FILES[k], FILES[k].rsplit(".", 1)[1]) for k in FILES if FILES[k].endswith((".docx", ".pdf"))}
    write(SOURCES, binary, OUT, wrap_words=True)
    for k, name in FILES.items():
        if k not in binary:
            (OUT / name).write_text(SOURCES[k].lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    covered, problems = set(), []
    for k in FILES:
        lab = label(k)
        t, x = lab["expected_terms"], lab["expected_extra"]
        for f, v in THRESH_VALUES.items():
            if t[f] is not None and abs(t[f] - v) < 1e-9:
                problems.append("%s: %s on threshold" % (k, f))
        share = tco_share(k, t, x)
        if share is not None and abs(share - 40) <= 2:
            problems.append("%s: TCO share %.2f within 2 points of 40" % (k, share))
        rules = derive(k, lab)
        if rules != sorted(DESIGN[k]):
            problems.append("%s: derived %s != design %s" % (k, rules, sorted(DESIGN[k])))
        risk = "high" if any(SEVERITY[r] == "high" for r in rules) else (
            "medium" if any(SEVERITY[r] == "medium" for r in rules) else "low")
        if risk != RISK[k]:
            problems.append("%s: risk %s != %s" % (k, risk, RISK[k]))
        covered |= set(rules)
        text = read_back(OUT / FILES[k])
        n = length(text, lab["language"])
        lo, hi = (2750, 3000) if lab["language"] == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s: length %d outside %d-%d" % (k, n, lo, hi))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            m = THRESHOLD_RE.search(variant)
            if m:
                problems.append("%s: threshold figure %r in %r" % (k, m.group(0),
                                                                  variant[max(0, m.start() - 30):m.end() + 30]))
                break
        stem = FILES[k].rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s %-62s len %5d  rules %s  risk %s%s" % (k, FILES[k], n, ",".join(r[3:] for r in rules) or "-", risk,
                                                     "" if share is None else "  TCO share %.2f" % share))
    if covered != set(SEVERITY):
        problems.append("rules never fired: %s" % sorted(set(SEVERITY) - covered))
    zh_ok = [k for k in FILES if k.startswith("z") and not DESIGN[k]]
    en_ok = [k for k in FILES if k.startswith("e") and not DESIGN[k]]
    if len(zh_ok) != 1 or len(en_ok) != 1:
        problems.append("compliant drafts: %s %s" % (zh_ok, en_ok))
    if DESIGN["e01"] != ["CR-GOVERNING-LAW"] or not 8 <= len(DESIGN["z05"]) <= 10:
        problems.append("e01 / z05 mix")
    if sorted(k for k in FILES if 2 <= len(DESIGN[k]) <= 3) != sorted(["z02", "z03", "z04", "e02", "e04", "e05"]):
        problems.append("six drafts with two or three rules")
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed")
