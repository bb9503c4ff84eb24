"""holdout690: builds the ten draft contracts from the sources below, writes the .json labels and asserts the checks
(lengths, threshold scan, derived rules == design, coverage). Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:海平面变化监测与分析平台采购合同
P:合同编号：HYYB-2025-CG-0417    采购项目编号：东滨政采〔2025〕0863号
P:甲方（采购人）：东滨市海洋预报台
P:乙方（供应商）：青岚海洋信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目采购文件、乙方响应文件，甲乙双方经协商一致，订立本合同。本合同采用甲方提供的合同文本，双方共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供海平面变化监测与分析平台软件（以下简称“平台”）的永久使用许可，并完成潮位站及卫星测高数据接入、海平面变化趋势分析模型、风暴增水叠加预警模块的定制开发、部署实施及培训。
P:1.2 平台部署于甲方机房的政务外网区，接入甲方现有23个潮位站、5个GNSS基准站的实时观测数据，以及甲方已订购的卫星测高数据产品，并向甲方海洋灾害预警业务系统推送分析结果。
P:1.3 具体功能与性能要求以采购文件第三章及本合同附件一《需求规格说明书》为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰玖拾陆万捌仟元整（¥1,968,000），其中：平台软件许可费¥1,160,000；定制开发费¥642,000；部署实施费¥138,000；培训费¥28,000。
P:2.2 上述价款已包含税费、差旅、第三方组件授权及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即¥393,600。
P:3.2 平台通过初步验收后十五个工作日内，甲方支付合同总价的45%，即¥885,600。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，即¥688,800。
P:3.4 乙方每次收款前应开具合法有效的增值税专用发票。甲方付款以财政资金到位为前提，因财政审批流程造成的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后九十日内完成平台部署和定制开发，具备初步验收条件。
P:4.2 乙方应在合同签订后七日内提交实施方案、进度计划和人员名单，项目经理及核心技术人员未经甲方书面同意不得更换。
P:4.3 甲方负责提供机房环境、网络接入和必要的数据接口说明，并指定专人配合乙方工作。
P:4.4 乙方应为甲方业务人员和系统管理员各组织不少于两期培训，培训内容包括平台操作、模型参数调整、日常运维和应急处置，并提供培训教材。
P:4.5 乙方应每两周向甲方提交项目周报，说明进度、问题和风险，并参加甲方组织的项目例会。
P:4.6 乙方应在部署完成后向甲方提交系统安装手册、管理员手册、用户手册、接口说明及模型算法说明，文档应为中文并与实际版本一致。
H:第五条 验收
P:5.1 初步验收在平台部署完成并试运行三十日后进行，验收标准包括：（1）附件一所列功能全部实现；（2）潮位站实时数据入库延迟不超过2分钟，缺测数据自动标识；（3）海平面月均值、年均值及线性趋势计算结果与甲方提供的历史核验数据集比对一致，偏差不超过1毫米；（4）风暴增水预警模块在十次历史过程回算中均能正确触发预警。
P:5.2 最终验收在初步验收合格后连续稳定运行六十日后进行，除满足5.1各项要求外，平台还应通过第三方测评机构的安全测评，且运行期间未发生一级故障。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收结论以双方签字的书面验收报告为准。平台上线运行、甲方使用或支付任何款项，均不视为验收合格。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术咨询及每季度一次的巡检服务。
P:6.2 质保期满后，甲方如需继续采购维护服务，年度维护费不高于平台软件许可费的9%（即每年不超过¥104,400），该费率在质保期满后三年内保持不变。维护服务另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（经甲方同意的计划内维护除外）。可用率每低于约定值0.01个百分点，乙方向甲方支付服务扣款¥2,000。
P:7.2 故障分为三级。一级故障指平台无法访问或预警模块失效，乙方应在30分钟内响应、2小时内到达现场；二级故障指部分功能不可用，乙方应在1小时内响应、8小时内修复；三级故障为一般问题，乙方应在1个工作日内处理。
P:7.3 乙方每迟延响应或迟延到场一小时，向甲方支付¥1,000，甲方可从应付款项中直接扣除。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的分析模型、预警模块、接口程序、源代码及技术文档的知识产权归甲方所有，甲方有权自行使用、修改或许可他人使用，乙方应在最终验收时移交完整源代码。
P:8.3 乙方保证所提供的软件及服务不侵犯任何第三方权利，因此引起的纠纷由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台存储和处理的观测数据、分析结果及运行日志均属于甲方所有。乙方仅为履行本合同使用上述数据，不得复制、留存或用于任何其他目的。
P:9.2 乙方应按照网络安全等级保护第三级要求落实安全措施，远程维护须经甲方审批并通过堡垒机进行，操作全程留痕，不得将数据带出甲方机房。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的损失由乙方全额赔偿。
H:第十条 保密
P:10.1 乙方对履行本合同知悉的甲方未公开资料、观测数据、网络结构和账号口令负有保密义务，未经甲方书面同意不得向第三方披露。
P:10.2 保密义务不因本合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 平台未通过验收的，乙方应在十五日内整改并重新组织验收；两次验收仍不合格的，甲方有权解除合同。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:第十二条 分包
P:12.1 乙方不得将本合同转包。确需将非主体、非关键性工作分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 不可抗力
P:14.1 任何一方因不可抗力不能履行合同的，应及时通知对方，并在十日内提供有关证明，双方协商延期履行或部分免除责任。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。
P:15.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 采购文件、乙方响应文件及本合同附件为本合同组成部分，内容不一致的，以本合同为准。
P:16.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:附件一：需求规格说明书；附件二：分项报价表；附件三：实施进度计划。
P:甲方（盖章）：东滨市海洋预报台    乙方（盖章）：青岚海洋信息技术有限公司
"""

Z02 = """T:葫芦丝钻孔调音生产线控制系统改造及维保合同
P:合同编号：YS-HLS-2025-031
P:甲方（买方）：滇南竹韵葫芦丝乐器厂
P:乙方（卖方）：昆明精锐自动化设备有限公司
P:甲方拟对竹管钻孔及调音生产线进行自动化控制改造，经比选确定乙方为供应商。双方依据《中华人民共和国民法典》，就设备供货、控制软件许可、安装调试及维保服务订立本合同。
H:一、合同标的与价格
P:（一）乙方提供的设备、软件及服务明细如下表，合同总价为人民币壹佰壹拾玖万陆仟元整（¥1,196,000），含税、运输、保险及安装费用。
TB:序号|名称|规格/说明|数量|单价（元）|金额（元）
TB:1|PLC控制柜|含触摸屏、变频器、安全继电器|2套|168,000|336,000
TB:2|伺服钻孔单元|六轴定位，孔径0.8–12毫米|6台|58,000|348,000
TB:3|音准检测工位|声学传感器、隔音罩、工控机|4套|46,500|186,000
TB:4|产线控制软件许可|配方管理、工单、音准数据分析|1套|212,000|212,000
TB:|设备及软件小计|||||1,082,000
TB:5|安装调试|拆旧、布线、联调|1项|96,000|96,000
TB:6|操作与维护培训|两期，每期3天|1项|18,000|18,000
TB:|合同总价|||||1,196,000
P:（二）合同总价为固定价格，除甲方书面要求变更范围外不作调整。
H:二、交货与安装
P:（一）乙方应于合同生效后七十五日内将全部设备运抵甲方厂区二号车间，并在到货后二十日内完成安装调试。改造须利用甲方停产检修窗口分段进行，每段停线时间不得超过三日。
P:（二）乙方负责旧控制柜的拆除及与原有输送线、除尘设备的接口改造，拆除的旧设备归甲方所有。
P:（三）到货时双方共同开箱清点，签署到货签收单。到货签收仅确认数量和外观，不代表质量验收。
H:三、付款方式
P:（一）合同生效后十日内，甲方支付合同总价的10%作为预付款，即¥119,600。
P:（二）全部设备到货并安装完毕后十五日内，甲方支付合同总价的55%，即¥657,800。
P:（三）剩余35%（¥418,600）于全部设备到货之日起九十日内支付，该笔款项的支付不以验收结果为条件。
P:（四）乙方应在每期收款前开具增值税专用发票。
H:四、验收
P:（一）安装调试完成后，由甲方组织验收。验收标准为：1.钻孔孔径误差不超过±0.05毫米；2.音准检测工位对标准音的判定偏差不超过±3音分，与甲方调音师逐支复核结果基本一致，每百支复核中判定不同的不超过两支；3.单线产能达到每班1,200支；4.整线连续运行72小时无停机故障。
P:（二）验收不合格的，乙方应在十日内整改后重新验收，费用由乙方承担。验收合格后双方签署验收报告。
H:五、质量保证
P:（一）设备及软件的免费质保期为二十四个月，自验收合格之日起计算。质保期内因设备本身质量问题发生的故障，乙方免费维修或更换。
P:（二）乙方提供的备品备件供应期不少于八年。
H:六、维保服务与服务水平
P:（一）质保期内及维保期内，故障分为两级。一级故障指整线停机或音准检测工位全部失效，乙方应在1小时内响应，8小时内到达现场；二级故障指单台设备故障，乙方应在2小时内响应，次日内修复。
P:（二）乙方迟延响应或迟延到场的，每迟延一小时向甲方支付¥500，甲方可从应付款项中扣除。
P:（三）质保期满后，甲方可委托乙方提供年度维保服务，年度维保费按设备及软件小计的8%计取（即每年¥86,560），质保期满后三年内不上调。维保合同按年签订，不自动续期。
H:七、软件与知识产权
P:（一）产线控制软件的著作权归乙方，乙方授予甲方在本厂范围内永久使用的许可。
P:（二）乙方为本项目编写的PLC程序、配方参数表、接口程序及图纸资料的知识产权归甲方所有，乙方应在验收时交付源程序，甲方可自行修改、使用或委托他人维护。
H:八、数据安全与保密
P:（一）生产线产生的工单、配方、音准检测数据及工艺参数属于甲方所有，乙方不得用于本合同以外的任何目的。
P:（二）乙方远程维护须事先取得甲方同意，通过甲方指定的专用通道进行并留存日志。因乙方原因造成数据泄露、丢失或被篡改的，乙方应立即通知甲方、采取补救措施并赔偿甲方全部损失。
P:（三）双方对在合作中知悉的对方技术秘密和经营信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至相关信息公开为止。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）设备不符合合同约定的，甲方有权要求乙方更换、修理或退货，并赔偿由此造成的停产损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
H:十、分包
P:乙方不得将本合同整体转让。电气布线等辅助工作需要分包的，应事先取得甲方书面同意。
H:十一、合同解除
P:（一）乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:（二）因不可抗力致使合同目的无法实现的，任何一方均可解除合同。
H:十二、双方其他义务
P:（一）乙方进入甲方厂区作业，应遵守甲方安全生产、防火和劳动保护制度，作业人员须经甲方安全交底后方可上岗；动火、登高及带电作业应事先办理甲方作业许可。因乙方人员违章作业造成的人身伤害和财产损失，由乙方负责。
P:（二）乙方应在改造前提交详细施工方案，方案应明确分段停线计划、旧设备拆除顺序、新旧系统切换步骤及失败时的回退措施，经甲方书面确认后实施。
P:（三）乙方应向甲方提供中文操作手册、电气原理图、PLC程序注释文件、备件清单及维护保养规程各两套，并提供电子版。
P:（四）乙方应为甲方操作工、调音师和设备维修人员组织两期培训，使甲方人员能够独立完成日常操作、配方调整、音准标定和一般故障排除。
P:（五）甲方应按约定提供施工场地、水电接口和必要的停产窗口，协调原输送线和除尘设备供应商配合接口改造。
H:十二之二、技术要求
P:（一）改造后生产线应支持至少二十种葫芦丝规格的配方管理，配方切换时间不超过十分钟；钻孔工位应具备断钻检测和自动停机功能。
P:（二）音准检测工位应能记录每支竹管的频率曲线和判定结果，数据保存不少于三年，并可按批次、班组和调音师查询。
P:（三）控制系统应预留与甲方后续建设的生产管理系统的数据接口，接口规范由乙方在验收前提交。
P:（四）所有电气元件应为正规品牌产品，主要元件品牌以乙方投标文件所列为准，未经甲方同意不得替换。
P:（五）乙方应在交货时提供主要设备的出厂检验报告、合格证和说明书，进口元件应提供报关或原厂授权证明。
P:（六）改造施工期间，乙方应保证每日收工后现场整洁，临时拆除的防护罩、除尘管道应当日恢复。
P:（七）乙方应在质保期内每半年对整线进行一次预防性检查，检查伺服单元、传感器和控制柜的运行状态，并向甲方提交检查记录。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交昆明仲裁委员会仲裁。
H:十四、其他
P:本合同附件包括设备技术规格书、施工方案及培训计划。本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：滇南竹韵葫芦丝乐器厂    乙方（盖章）：昆明精锐自动化设备有限公司
"""

Z03 = """武术培训连锁门店预约与会员管理SaaS服务合同

合同编号：WL-SAAS-2025-0609
甲方（客户）：湖湘承武武术培训连锁有限公司
乙方（服务商）：长沙云课帮信息科技有限公司

甲方在湖南、江西两省经营40家武术培训门店，现委托乙方提供课程预约、会员与课时管理、教练排班及线上收款的SaaS服务，并完成实施上线。双方依据《中华人民共和国民法典》订立本合同。

一、服务内容
（一）乙方向甲方提供“云课帮”连锁版SaaS服务，覆盖甲方全部40家门店，包括：
1. 学员与家长微信小程序：课程预约、请假补课、课时查询、在线缴费；
2. 门店管理端：排课、签到、教练排班、课消统计、退费审批；
3. 总部管理端：会员储值与课时包管理、跨店通用规则、经营报表；
4. 与甲方现有财务系统的收款对账接口。
（二）实施服务：乙方负责系统配置、历史会员与课时数据迁移（约18,600名学员）、小程序上线、门店人员培训，并为甲方定制总部经营驾驶舱报表8张。
（三）服务期为两个服务年度，第一个服务年度自上线验收合格之日起计算。

（五）门店开通与变更：合同期内甲方新增门店的，按每店每服务年度¥6,700另行计费，按剩余服务期折算；关闭门店的，该门店账号可在总部端注销，当期已付费用不予调整。

二、费用及支付
（一）服务费用：
1. SaaS订阅费每个服务年度¥268,000，两个服务年度合计¥536,000；
2. 实施费¥74,000（一次性）。
合同总价为人民币陆拾壹万元整（¥610,000）。
（二）实施费在上线验收合格后十五日内一次性支付。
（三）订阅费按季度支付，每季度¥67,000，甲方在每季度首月十日前支付当季费用。
（四）乙方收款前应开具增值税专用发票。线上收款产生的第三方支付通道手续费由甲方按通道方标准另行承担，不计入合同总价。

三、实施与上线验收
（一）乙方应在合同签订后四十五日内完成全部门店上线。
（二）上线验收标准：1. 历史学员、课时余额、储值余额迁移后与甲方原系统逐条核对无差异；2. 40家门店全部完成排课和签到测试；3. 小程序预约、缴费、退费流程经甲方抽测全部通过；4. 收款对账接口连续十日对账一致；5. 8张定制报表数据与抽样核算结果一致。
（三）验收合格后双方签署上线验收单。门店开始使用不视为验收合格。
（四）乙方未能按期完成上线的，每逾期一日向甲方支付¥400。

四、服务水平
（一）系统月度可用率不低于99.5%，每月计划内维护不超过两次，应安排在凌晨0点至6点并提前三日通知甲方。
（二）月度可用率低于约定值的，每低于0.1个百分点，乙方按当月订阅费的5%向甲方提供服务抵扣，在下季度费用中扣减。
（三）故障分级：
1. 一级故障：小程序或管理端整体无法使用、收款功能中断，乙方应在30分钟内响应、2小时内恢复；
2. 二级故障：部分门店或部分功能不可用，乙方应在1小时内响应、8小时内恢复；
3. 三级故障：一般使用问题，乙方在1个工作日内答复。
（四）一级故障恢复超时的，每超时一小时，乙方另行按当月订阅费的1%向甲方提供服务抵扣。

（五）服务支持：乙方为甲方提供7×12小时客服热线和在线工单，指定一名客户成功经理负责甲方总部日常对接，每季度向甲方提交服务报告，内容包括可用率统计、故障明细、工单处理情况及功能使用分析。
（六）版本更新：乙方对平台进行版本更新时应提前七日通知甲方，涉及门店操作流程变化的，应提供更新说明并安排线上培训；更新不得导致甲方已配置的课程规则、课时包规则和定制报表失效。

五、数据归属与数据安全
（一）甲方学员、家长及员工的个人信息、课时与交易数据均属于甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他任何目的，不得向第三方提供。
（二）学员中包含未成年人，乙方应按照《个人信息保护法》对未成年人个人信息采取专门保护措施。数据存储于中国境内，传输和存储均加密，后台访问实行最小权限和操作审计。
（三）发生数据泄露、丢失的，乙方应在2小时内通知甲方，配合向监管部门报告，并承担因其原因给甲方造成的全部损失，包括甲方向学员承担的赔偿。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后彻底删除。

六、保密
双方对在合作中获知的对方商业秘密和未公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

七、知识产权
（一）SaaS平台及其标准功能的知识产权归乙方所有。
（二）为甲方定制的驾驶舱报表、数据迁移脚本及配置方案归甲方所有，甲方可自由使用、修改并许可他人使用。

八、续期
服务期满前六十日内双方均未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。每次续期时乙方有权根据市场情况上调订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方书面通知甲方后即生效。

九、分包
乙方不得将本合同项下服务分包或转包给第三方。乙方使用的云服务器资源由乙方自行采购，乙方对其安全和稳定承担全部责任。

十、违约与解除
（一）任何一方严重违反本合同，经对方书面催告后十五日内仍未纠正的，守约方有权书面通知解除本合同。
（二）因乙方原因解除合同的，乙方应退还甲方已付但未使用期间的订阅费，并赔偿甲方因更换系统产生的合理费用。
（三）甲方逾期付款超过三十日的，乙方可在书面通知后暂停服务，但应保证甲方可导出数据。

十一、双方其他义务
（一）甲方应指定项目负责人，按时提供门店清单、课程体系、课时包规则、历史会员数据及收款账户资料，并组织门店人员参加培训。
（二）甲方负责向学员及家长告知个人信息处理规则并取得必要的同意，乙方应在小程序中提供隐私政策和授权页面，内容经甲方确认后上线。
（三）乙方应保证小程序符合微信平台规则，因乙方原因导致小程序被下架或收款功能被限制的，乙方应立即整改，并按一级故障承担服务抵扣。
（四）乙方向甲方提供的培训包括：总部管理员培训两场、门店店长及前台培训四场（线上），并提供操作视频和常见问题手册。
（五）乙方不得利用平台向甲方学员或家长推送与甲方无关的广告或营销信息。

十一之二、不可抗力与通知
（一）因地震、洪水、疫情防控措施等不可抗力导致一方不能按期履行的，应及时通知对方并提供证明，履行期限相应顺延。
（二）本合同项下的通知以书面形式送达合同载明的地址，或发送至双方项目负责人确认的电子邮箱，发送后次日视为送达。
（三）双方应遵守廉洁从业规定，任何一方不得向对方工作人员提供回扣、礼金或其他不正当利益。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，任何一方可向甲方所在地人民法院起诉。

十三、其他
本合同附件包括：附件一《功能清单》、附件二《门店清单》、附件三《定制报表说明》。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：湖湘承武武术培训连锁有限公司
乙方（盖章）：长沙云课帮信息科技有限公司
"""

Z04 = """紫外线与健康气象预报系统运维服务合同

合同编号：QX-YW-2025-017
甲方：南岭省气象服务中心
乙方：粤信气象科技服务有限公司

第一条 服务范围
1. 乙方为甲方紫外线与健康气象预报系统（以下简称“系统”）提供运维服务，服务期自2025年7月1日起至2026年6月30日止。
2. 系统包括：紫外线指数预报模型、中暑气象条件预报、感冒与花粉过敏气象指数、健康气象产品自动制作与发布子系统，以及相关数据库、服务器、存储和网络设备。
3. 运维内容包括：驻场值守、日常巡检、预报模型运行保障、产品发布监控、数据备份、故障处理、安全加固、重大天气过程及节假日保障、季度运行分析报告。

第二条 服务费用及支付
1. 本合同服务费总额为人民币肆拾捌万陆仟元整（¥486,000），包括：驻场运维人员2名，费用¥312,000；模型与产品运维¥118,000；巡检与应急保障¥56,000。
2. 服务费按季度支付。每季度结束后，甲方按第六条完成季度考核，并在考核结果确认后二十日内支付当季服务费¥121,500，扣除当季应扣款项。
3. 乙方收款前应开具合法有效的发票。

第三条 人员要求
1. 乙方派驻的2名运维人员应具备气象或计算机相关专业背景，熟悉Linux系统和Oracle、PostgreSQL数据库，其中至少1人具备三年以上气象业务系统运维经验。
2. 驻场人员工作时间为每日7:30至19:30，节假日轮流值守；重大天气过程期间按甲方要求延长值守。
3. 乙方更换驻场人员应提前十五日书面征得甲方同意，并完成不少于五个工作日的交接。

4. 乙方应建立运维工作台账，记录每日巡检、告警处理、变更操作及备份情况，每月5日前向甲方提交上月运维月报。
5. 系统变更须提交变更申请，说明变更内容、影响范围和回退方案，经甲方批准后在非业务高峰时段实施。

第四条 服务水平
1. 系统月度可用率应不低于99.95%。
2. 故障分为三级：
（1）一级故障：预报产品无法按时制作或发布、系统整体停止运行，乙方应在15分钟内响应，1小时内恢复产品发布；
（2）二级故障：单个指数产品或单个子系统异常，乙方应在30分钟内响应，3小时内恢复；
（3）三级故障：不影响产品发布的一般问题，乙方应在当日内处理完毕。
3. 紫外线指数和健康气象指数产品应按甲方业务规定的时次发布，每日上午8时前完成首次发布。

第五条 服务扣款
1. 发生一级故障未按时响应或恢复的，每次扣减当季服务费¥2,000；二级故障未按时恢复的，每次扣减¥800。
2. 因乙方原因导致预报产品迟发、漏发的，每次扣减¥1,500。
3. 月度可用率低于约定值的，每低于0.01个百分点扣减¥500。
4. 扣款在当季服务费中直接扣除，单季扣款总额不超过当季服务费的20%。

第六条 考核与验收
1. 甲方每季度按照附件《运维服务考核细则》对乙方进行考核，考核内容包括故障处理时效、产品发布及时率、巡检记录完整性、备份恢复演练结果及驻场人员出勤情况。
2. 服务期满后，甲方组织年度验收，验收标准为：全年无因乙方原因造成的重大业务中断；全部巡检、备份和故障记录完整可查；完成两次备份恢复演练且恢复成功；提交完整的运维文档和系统配置清单。
3. 验收合格后双方签署年度验收报告。

第六条之二 重大天气过程及节假日保障
1. 遇台风、高温、寒潮等重大天气过程及春节、国庆等节假日，乙方应按甲方通知增派技术人员，实行双人值守，确保健康气象产品按时制作和发布。
2. 乙方应在每年汛期前完成系统全面巡检和应急演练，并提交保障方案；汛期内每周对模型输入资料的完整性进行检查。
3. 高温期间中暑气象条件预报加密发布的，乙方应在甲方通知后2小时内完成相应配置。

第六条之三 甲方义务
1. 甲方应为驻场人员提供办公场所、网络接入和必要的系统账号，并及时提供业务规定、产品发布时次和考核细则。
2. 甲方应指定专人负责运维工作的对接、考核和验收，及时确认乙方提交的月报和季度报告。
3. 甲方对系统进行业务调整的，应提前通知乙方，并与乙方协商相应的运维安排。

第六条之四 备份与恢复
1. 乙方应按甲方规定每日对数据库和预报产品进行备份，每周将备份介质异地存放，并每季度抽查备份的可用性。
2. 乙方应在服务期内组织不少于两次备份恢复演练，演练方案应事先报甲方同意，演练结果形成书面报告。

第六条之五 安全加固
1. 乙方应每季度对系统主机、数据库和中间件进行安全检查，及时安装经甲方确认的安全补丁，并配合甲方开展网络安全检查和攻防演练。
2. 发现高危漏洞的，乙方应在甲方规定时限内完成整改并提交整改报告。

第七条 数据安全
1. 系统中的观测资料、预报产品、用户数据及日志属于甲方所有，乙方仅为履行本合同使用，不得复制、留存或用于其他目的。
2. 乙方应遵守甲方的网络安全管理制度和等级保护要求，远程操作须经甲方审批，通过堡垒机进行并保存审计记录。
3. 发生数据泄露、丢失或系统被入侵的，乙方应立即报告甲方并采取处置措施；因乙方原因造成的损失，由乙方承担赔偿责任。

第八条 保密
乙方及其人员对在服务过程中接触的甲方未公开资料、系统账号密码、网络拓扑及业务数据负有保密义务，不得向任何第三方泄露。保密义务在本合同终止后继续有效。

第九条 知识产权
乙方在服务期内为甲方编写的运维脚本、巡检工具配置、运维文档及运行分析报告归甲方所有，甲方可自由使用和修改。

第十条 分包
乙方不得将本合同项下的运维服务转包或分包给任何第三方。

第十一条 合同履行
1. 本合同在服务期内持续有效，任何一方不得以对方违约为由单方解除本合同。
2. 乙方服务不符合约定的，甲方可要求乙方限期整改并按第五条扣款，乙方应继续履行本合同直至服务期满。
3. 因不可抗力导致合同无法履行的，双方协商处理。

第十二条 期满
服务期满，本合同自然终止，不自动续期。甲方如需继续采购运维服务，将另行组织采购。乙方应配合新服务商完成不少于十个工作日的交接。

第十二条之二 服务交接
1. 服务开始时，乙方应与原运维单位完成交接，核对系统设备清单、账号权限、运维文档和遗留问题清单，交接情况由甲方确认。
2. 服务期满或合同终止时，乙方应向甲方移交全部账号、密码、脚本、运维文档、配置清单及问题台账，并注销其人员的全部访问权限。

第十二条之三 廉洁与通知
1. 乙方不得向甲方工作人员提供任何形式的回扣、礼金、宴请或其他不正当利益，违反的，甲方有权终止与乙方的后续合作。
2. 本合同项下通知以书面形式送达双方指定联系人，紧急情况可先行电话通知，事后书面确认。
3. 乙方应为驻场人员缴纳社会保险，并对其人身安全负责。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
本合同附件《运维服务考核细则》《系统设备清单》为本合同组成部分。本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：南岭省气象服务中心
乙方（盖章）：粤信气象科技服务有限公司
"""

Z05 = """# 锻锋智造鱼钩锻打开刃工序追溯系统软件许可及定制开发合同

**（锻锋软件标准合同文本 DF-2024 版）**

合同编号：DF-HT-2025-0728

甲方（用户）：浙东海钓渔具制造有限公司（鱼钩厂）

乙方（开发方）：宁波锻锋智造软件有限公司

甲方因鱼钩锻打、开刃、热处理及镀层工序质量追溯需要，同意采用乙方标准合同文本，购买乙方“锻锋工序追溯系统”软件许可并委托乙方进行定制开发。双方经友好协商，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供锻锋工序追溯系统V5.2永久使用许可（服务器端1套、车间扫码终端授权60个），并为甲方定制开发以下内容：锻打炉温曲线采集接口、开刃机参数采集、鱼钩批次与钢丝炉号关联追溯、倒刺尖锐度抽检记录模块、客户投诉反查报表。

1.2 乙方负责系统部署、基础数据初始化及操作培训。

## 第二条 合同价款

| 项目 | 说明 | 金额（元） |
|---|---|---|
| 软件许可费 | 追溯系统V5.2，服务器端及60个终端授权 | 760,000 |
| 定制开发费 | 采集接口、追溯关联、抽检模块、反查报表 | 168,000 |
| 实施服务费 | 部署、初始化、培训 | 52,000 |
| 合计 | | 980,000 |

合同总价为人民币玖拾捌万元整（¥980,000）。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的60%，即¥588,000，乙方收款后启动项目。

3.2 系统上线运行后十日内，甲方支付合同总价的32%，即¥313,600。

3.3 系统验收合格后十日内，甲方支付剩余8%，即¥78,400。

3.4 甲方逾期付款的，乙方有权暂停实施，工期相应顺延。

## 第四条 实施周期

4.1 乙方在收到首付款后一百日内完成系统上线。

4.2 因甲方未及时提供场地、网络、设备接口资料或配合人员造成的延误，工期相应顺延。

## 第五条 验收

5.1 系统上线稳定运行三十日后进行验收。验收标准为：（1）功能清单所列功能全部可用；（2）任一鱼钩批次可在5秒内反查到钢丝炉号、锻打炉温曲线、开刃参数及抽检记录；（3）连续三十日采集数据完整，无整批缺失；（4）60个终端扫码响应时间不超过2秒。

5.2 验收通过后双方签署验收单。

## 第五条之二 双方义务

5.3 甲方应指定项目联系人，及时提供车间网络、服务器、锻打炉和开刃机通讯协议资料，并组织车间班组长、质检员参加培训。

5.4 乙方应派驻实施顾问到甲方现场，完成基础数据整理、条码规则设计、扫码终端安装调试和操作培训。乙方实施人员应遵守甲方车间安全管理规定。

5.5 甲方需求变更的，应书面提出，乙方评估工作量后报价，双方确认后实施，工期相应顺延。

## 第五条之三 培训与文档

5.6 乙方应为甲方提供系统管理员培训、车间班组长培训和质检员培训各一期，培训结束后由甲方组织考核。

5.7 乙方应在上线时向甲方提交用户手册、系统管理手册、条码规则说明及数据字典。文档版本更新时，乙方应同步提供。

5.8 乙方应协助甲方梳理锻打、开刃、热处理、镀层各工序的质量记录表单，并将其转化为系统中的电子记录。

## 第五条之四 系统环境

5.9 系统服务器由甲方按乙方提供的配置清单自行采购，乙方负责操作系统以上的软件安装和配置。

5.10 扫码终端、条码打印机及网络设备由甲方自行采购，乙方负责驱动安装、联调和使用培训。

5.11 系统上线前，乙方应完成与甲方现有ERP系统物料编码的对照，确保批次号、钢丝炉号和客户订单号在两个系统中一致。

5.12 乙方应配合甲方进行上线前的试运行，试运行期间双方每日沟通问题清单，并在当日或次日完成处理。

## 第六条 免费维护期

6.1 系统验收合格后，乙方提供六个月免费维护，包括缺陷修复和远程技术支持。

6.2 免费维护期内，一级故障（系统整体无法使用、扫码终端全部中断）乙方在接到通知后8小时内响应；二级及以下故障在2个工作日内响应。乙方将尽力排除故障，但不因故障处理时间承担任何扣款、赔偿或违约责任。

## 第七条 技术服务费

7.1 免费维护期满后，乙方提供年度技术服务，年度技术服务费为软件许可费的24%，即每年¥182,400，首个服务年度起按此标准执行。

7.2 年度技术服务内容包括版本升级、远程支持、每半年一次现场巡检。甲方不购买技术服务的，乙方不再提供升级和维护。

7.3 技术服务费按服务年度预先支付，甲方应在每个服务年度开始前付清当年费用。

7.4 技术服务期内，乙方对一级故障的响应安排与免费维护期相同。现场服务产生的差旅费用由甲方另行承担。

7.5 甲方在技术服务期内新增车间扫码终端授权的，按乙方当期报价另行采购，乙方应在收到订单后五个工作日内开通授权。

7.6 乙方每年至少发布两个版本更新，更新说明应提前发送甲方。版本更新由乙方远程实施，实施时间应避开甲方生产高峰。

## 第八条 知识产权

8.1 锻锋工序追溯系统及其全部组件的知识产权归乙方所有。

8.2 乙方为本项目完成的定制开发成果，包括采集接口、追溯关联模块、抽检模块、报表及其源代码，知识产权均归乙方所有。甲方在本厂范围内享有非独占的使用权，不得修改、反编译或提供给第三方。

## 第九条 数据

9.1 甲方生产数据归甲方所有。乙方采取访问控制、数据库加密备份及操作日志审计措施保护甲方数据安全，发生数据泄露或丢失时在24小时内通知甲方，因乙方原因造成的直接损失由乙方承担。

9.2 甲方同意，乙方可将甲方生产数据经脱敏处理后用于乙方产品优化、工艺模型训练及行业分析，该项使用在本合同终止后仍可继续。

## 第十条 保密

双方对在合作中知悉的对方技术资料、工艺参数和商业信息负有保密义务，未经对方书面同意不得披露，保密期为合同终止后三年。

## 第十一条 违约责任

11.1 因乙方原因未能按期上线的，每逾期一日，乙方按合同总价的万分之三向甲方支付违约金。

11.2 任何一方违约给对方造成损失的，应承担赔偿责任，但不包括间接损失、利润损失及商誉损失。

11.3 乙方在本合同项下的累计赔偿责任（包括违约金）以合同总价的25%为限。

## 第十二条 合同解除

12.1 一方严重违约，经对方书面催告后三十日内仍未改正的，守约方有权解除本合同。

12.2 甲方解除合同的，已支付的软件许可费不予退还。

## 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，提交宁波仲裁委员会仲裁。

## 第十三条之二 不可抗力

因地震、台风、火灾、战争、政府行为等不可抗力导致一方不能履行合同的，该方应及时通知对方并提供证明，在不可抗力影响范围内免除责任。

## 第十三条之三 通知

本合同项下的通知以书面形式送达合同首页所列地址，或发送至双方确认的电子邮箱，发出之日起第三日视为送达。

## 第十四条 其他

14.1 本合同文本为乙方标准文本，双方补充约定以附件形式另行签署。

14.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：浙东海钓渔具制造有限公司

乙方（盖章）：宁波锻锋智造软件有限公司
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. HSL-CN-2025-114
P:This Software Licence and Services Agreement (the "Agreement") is made between Wuhan Changjiang Freight Logistics Co., Ltd., a company registered in Wuhan, Hubei Province, People's Republic of China (the "Customer"), and Huye Software Labs Ltd., a company registered in Rwanda with its office at Huye, Southern Province, Rwanda (the "Supplier").
P:The Customer operates a fleet of heavy trucks and trailers and wishes to plan and record their maintenance with the Supplier's FleetWise Maintenance Planner software. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the FleetWise Maintenance Planner, version 7, in object code, with its documentation and the updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, configurations, scripts and other work product created by the Supplier specifically for the Customer under Article 4.
P:1.3 "Customer Data" means all data entered into, uploaded to or generated by the Software in the Customer's environment, including vehicle records, work orders, parts stock and driver information.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.3.
H:Article 2 Licence
P:2.1 The Supplier grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Customer's own servers in mainland China for up to 420 named users and 2,600 registered vehicles, for the internal business of the Customer and its wholly owned subsidiaries.
P:2.2 The Customer may make backup copies and may run one test environment and one training environment without further fee.
P:2.3 The Software remains the property of the Supplier. The Customer shall not reverse engineer the Software except as permitted by applicable law.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,660,000 (the "Contract Price"), made up of: Licence Fee CNY 1,240,000; Implementation Services CNY 386,000; Training CNY 34,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel and expenses of the Supplier's staff in China.
H:Article 4 Implementation Services
P:4.1 The Supplier shall install and configure the Software, migrate the Customer's existing maintenance records from spreadsheets and the legacy workshop system, and build interfaces with the Customer's telematics platform, its ERP purchasing module and its fuel-card system.
P:4.2 The Supplier shall deliver a project plan within ten days after signature and shall achieve Go-Live within 110 days after signature.
P:4.3 The Supplier shall provide two project consultants on site in Wuhan during configuration, data migration and the Go-Live period, and shall replace any consultant whom the Customer reasonably considers unsuitable.
P:4.4 The Supplier shall train the Customer's planners, workshop supervisors and system administrators in Mandarin or with an interpreter provided at the Supplier's cost.
P:4.5 The Supplier shall report progress to the Customer's project manager every two weeks in writing, identifying completed tasks, open issues, risks and any information or decision it needs from the Customer. Changes to scope, timing or price require a written change order signed by both project managers and, where the price changes, by an authorised representative of each party.
P:4.6 The Customer shall provide server capacity, network access, workspace for the consultants and timely access to its telematics, ERP and fuel-card vendors.
H:Article 5 Acceptance
P:5.1 After Go-Live the Customer shall run the Software in production for forty-five days (the "Trial Period").
P:5.2 The acceptance criteria are: (a) every function in Annex 1 works as specified; (b) migrated records reconcile with the source files with no missing vehicle or open work order; (c) the telematics interface creates preventive work orders from mileage and engine-hour readings without manual input; (d) the ERP and fuel-card interfaces run daily for the whole Trial Period without data loss; (e) no Severity 1 fault remains open at the end of the Trial Period.
P:5.3 When the criteria are met, the Customer shall issue a Final Acceptance certificate within ten business days. Go-Live, use of the Software in production or any payment does not amount to acceptance.
P:5.4 If the criteria are not met, the Supplier shall correct the defects and the Trial Period shall be repeated for the affected functions.
H:Article 6 Payment
P:6.1 20% of the Contract Price (CNY 332,000) within thirty days after signature, against the Supplier's invoice.
P:6.2 45% of the Contract Price (CNY 747,000) within thirty days after Go-Live.
P:6.3 35% of the Contract Price (CNY 581,000) within thirty days after Final Acceptance.
P:6.4 All payments are made in CNY by bank transfer to the account named in the Supplier's invoice.
H:Article 7 Warranty and Support
P:7.1 The Supplier warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for eighteen months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall correct defects and supply updates free of charge.
P:7.2 Faults are classified as follows. Severity 1: the Software is unavailable or work orders cannot be created; response within one hour and a workaround within eight hours. Severity 2: a major function is impaired; response within two hours and correction within three business days. Severity 3: other problems; response within one business day.
P:7.3 For each full hour by which the Supplier misses a Severity 1 response time, the Supplier shall credit the Customer CNY 1,000, deductible from any amount payable.
P:7.4 After the Warranty Period the Customer may buy annual support at 10% of the Licence Fee (CNY 124,000 per year). This rate is fixed for the first three years after the Warranty Period. Support is ordered year by year by purchase order; there is no automatic renewal.
H:Article 8 Intellectual Property
P:8.1 The Supplier keeps all intellectual property in the Software.
P:8.2 All intellectual property in the Custom Deliverables belongs to the Customer on creation. The Supplier shall deliver their source code at Final Acceptance, and the Customer may use, modify and license them freely.
P:8.3 The Supplier shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Supplier may use Customer Data only to perform this Agreement and shall not copy it outside the Customer's systems or keep it after the work is done.
P:9.2 Remote access by the Supplier requires the Customer's approval for each session, through the Customer's VPN with multi-factor authentication, and is logged. The Supplier shall comply with the PRC Data Security Law and Personal Information Protection Law in handling driver information.
P:9.3 The Supplier shall notify the Customer within twelve hours of any actual or suspected breach affecting Customer Data, shall take all steps to contain it, and shall be liable for the losses caused by a breach attributable to the Supplier.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information received under this Agreement and use it only for this Agreement. This obligation continues for five years after the Agreement ends.
H:Article 11 Delay and Liability
P:11.1 If Go-Live is delayed for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price in total.
P:11.2 Each party's total liability under this Agreement is limited to 200% of the Contract Price, except for personal injury, fraud, wilful misconduct and breach of Articles 9 and 10.
H:Article 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after written notice.
P:13.2 If the Customer terminates under Article 13.1 before Final Acceptance, the Supplier shall refund the amounts paid less the value of accepted work.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Rwanda.
P:15.2 Any dispute arising from this Agreement shall be settled by arbitration at the Kigali International Arbitration Centre in Kigali, in English, under its rules then in force.
P:14.2 If a force majeure event prevents performance for more than sixty days, either party may end the affected part of this Agreement by written notice, and the Supplier shall refund amounts paid for work not delivered.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Interface List), is the entire agreement of the parties on its subject.
P:16.2 Amendments are valid only in writing signed by both parties. Notices are given in writing to the addresses above. This Agreement is signed in two English originals, one for each party.
P:For the Customer: ____________________    For the Supplier: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS — FIELDROUTE SERVICE SCHEDULING PLATFORM

Order Form No. GT-OF-2025-0381

**Provider:** Gitega Cloud Systems SARL, Avenue de l'Indépendance, Gitega, Burundi ("Provider")

**Customer:** Hefei Anjia Elevator Maintenance Co., Ltd., Hefei, Anhui Province, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Subscribed Service

A1.1 FieldRoute, Provider's cloud platform for scheduling and dispatching field technicians, with the mobile technician application, the dispatcher console, the parts-tracking module and the customer-notification module (the "Service").

A1.2 Scope: up to 380 technician users and 45 dispatcher users across Customer's branches in Anhui, Jiangsu and Zhejiang. The Service is hosted for Customer in a data centre in mainland China operated by Provider's hosting partner.

### A2. Subscription Term

A2.1 The Subscription Term is twenty-four months from the Go-Live Date, divided into two Subscription Years.

A2.2 The Agreement ends when the Subscription Term ends. There is no automatic renewal; any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Description | Amount (CNY) |
|---|---|---|
| Subscription Fee, Year 1 | 380 technicians, 45 dispatchers, all modules | 396,000 |
| Subscription Fee, Year 2 | same scope | 396,000 |
| Onboarding Fee | configuration, data import, two integrations, training | 58,000 |
| Total Contract Value | | 850,000 |

A3.1 Additional technician users may be added at CNY 1,040 per user per Subscription Year, prorated; such additions are outside the Total Contract Value.

### A4. Invoicing and Payment

A4.1 The Onboarding Fee is invoiced on Go-Live Acceptance and payable within thirty days of the invoice.

A4.2 Subscription Fees are invoiced quarterly in advance, in eight equal instalments of CNY 99,000, the first on the Go-Live Date. Each invoice is payable within thirty days.

A4.3 Fees are stated in CNY and include VAT. Customer pays by bank transfer to Provider's account in China.

### A5. Onboarding and Go-Live Acceptance

A5.1 Provider shall complete onboarding within sixty days after signature: configure branch structures, skill profiles and service-level rules; import equipment, contract and technician master data; integrate the Service with Customer's ERP (work orders and parts) and with Customer's elevator remote-monitoring platform (alarm-triggered work orders).

A5.2 Go-Live Acceptance criteria: (a) all imported records reconcile with Customer's source extracts; (b) an alarm from the monitoring platform creates a dispatched work order within one minute in twenty consecutive tests; (c) technicians at five pilot branches complete a full work order cycle on the mobile application, including parts use and customer signature; (d) ERP postings match the Service for ten consecutive business days. Customer shall sign an acceptance certificate within five business days after the criteria are met. Use of the Service by pilot branches is not acceptance.

A5.3 If Go-Live Acceptance is delayed for reasons attributable to Provider, Provider shall pay Customer CNY 600 for each day of delay.

### A6. Contacts and Signatures

Customer contact: Director of Service Operations. Provider contact: Account Director, China.

Signed for Customer: ____________________ Signed for Provider: ____________________

## PART B — GENERAL TERMS

### 1. Provision of the Service

1.1 Provider shall provide the Service in accordance with the documentation and this Agreement, and shall not materially reduce its functionality during the Subscription Term.

1.2 Customer shall use the Service only for its own business and shall keep its user credentials secure. Customer is responsible for the accuracy of the data it enters.

1.3 Provider may update the Service from time to time, with at least ten days' notice of changes that affect Customer's workflows.

### 2. Service Levels

2.1 Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced five days in advance and carried out between 00:00 and 05:00 China Standard Time.

2.2 Incidents are classified as Severity 1 (the Service or the mobile application is unavailable to all users, or dispatching has stopped), Severity 2 (a module or a region is impaired) and Severity 3 (all other issues). Provider shall respond to Severity 1 incidents within thirty minutes, around the clock, and restore service within three hours; Severity 2 within two hours with restoration within one business day; Severity 3 within one business day.

2.3 If monthly availability falls below the level in clause 2.1, Customer receives a service credit of 5% of the monthly equivalent of the Subscription Fee for each 0.1 percentage point of shortfall or part of it, and each Severity 1 incident not restored on time earns a further credit of 3%. Credits are deducted from the next invoice.

### 3. Customer Data

3.1 Customer Data means all data submitted to the Service by or for Customer, including equipment records, technician records, customer contact details and work order history. As between the parties, Customer Data belongs to Customer.

3.2 Provider shall use Customer Data only to provide the Service to Customer under this Agreement and shall not sell, disclose or otherwise use it.

3.3 On expiry or termination, Provider shall make Customer Data available for export in CSV format for forty-five days and shall then delete it.

### 4. Customer Configurations

4.1 Configurations, workflow rules, report templates and integration mappings created for Customer belong to Customer, which may use, modify and license them freely, including with another provider. The Service and Provider's pre-existing materials remain Provider's.

### 5. Confidentiality

5.1 Each party shall keep confidential the non-public business, technical and financial information disclosed by the other party and shall use it only for this Agreement. These duties last for three years after the Agreement ends and do not apply to information that is public or independently developed.

### 6. Fees and Taxes

6.1 Undisputed invoices not paid when due bear interest at 0.02% per day. Provider may suspend the Service only after written notice and a further thirty days without payment.

### 7. Subcontracting

7.1 Provider shall not subcontract any part of the Service, other than to the hosting partner named in Part A, without Customer's prior written consent. Provider remains responsible for all subcontractors.

### 8. Term and Termination

8.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

8.2 If Customer terminates for Provider's breach, Provider shall refund prepaid fees for the period after termination.

### 9. Limitation of Liability

9.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

9.2 Each party's aggregate liability arising out of or in connection with this Agreement is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

### 10. Warranties

10.1 Provider warrants that the Service will perform materially in accordance with its documentation and that it has all rights needed to provide it.

10.2 Provider shall defend Customer against third-party claims that the Service infringes intellectual property rights and pay any resulting damages.

### 11. Force Majeure

11.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, provided that it notifies the other party promptly. Provider's disaster-recovery obligations under the documentation continue to apply.

### 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai. The arbitration shall be conducted in Chinese and English.

### 12A. Compliance and Anti-Bribery

12A.1 Each party shall comply with the laws that apply to it in performing this Agreement, including export control laws. Neither party shall offer or give any bribe, commission or improper benefit to the other party's employees in connection with this Agreement, and Customer may terminate the Agreement immediately if Provider breaches this clause.

### 12B. Change Requests

12B.1 Customer may request changes to the configuration, additional integrations or additional modules. Provider shall give a written estimate within ten business days. No change is binding until both parties sign a change order stating its scope, price and timetable. Work under a change order is subject to the acceptance process in A5 where it adds an integration.

### 12C. Records

12C.1 Provider shall keep accurate records of availability, incidents, credits and user numbers and make them available to Customer on request, so that Customer can verify invoices and service credits.

12C.2 Provider shall keep these records for the Subscription Term and two years after it, and shall give Customer's internal auditors reasonable access to them on request.

### 13. General

13.1 Notices must be in writing and sent to the contacts in Part A. Neither party may assign the Agreement without the other's written consent. Amendments must be in writing and signed by both parties.
"""

E03 = """T:PURCHASE CONTRACT FOR COLD-CHAIN MONITORING SENSORS AND SOFTWARE
P:Contract No. SC-CCM-2025-0912
P:Buyer: Chengdu Tianfu Fresh Food Distribution Co., Ltd., Chengdu, Sichuan Province, People's Republic of China (the "Buyer").
P:Supplier: Mzuzu Instruments and Controls Ltd., Mzuzu, Northern Region, Malawi, acting through its authorised representative office in Chengdu (the "Supplier").
P:This Contract is made on the Buyer's standard terms for equipment and software purchases. The Buyer operates six cold-storage warehouses and a fleet of refrigerated vehicles and buys from the Supplier wireless temperature and humidity sensors, gateways and a perpetual monitoring software licence, with installation and training.
H:1. Definitions
LN:"Equipment" means the sensors, gateways and accessories listed in clause 2.1.
LN:"Software" means the Supplier's ColdWatch monitoring software, with its mobile alert application, licensed under clause 7.
LN:"System" means the Equipment and the Software as installed and configured at the Buyer's sites.
LN:"Final Acceptance" means the acceptance certificate signed by the Buyer under clause 5.
H:2. Scope and Price
P:2.1 The Supplier shall supply the following at the prices below. The Contract Price is CNY 1,155,000, fixed, including VAT, delivery to each site, insurance and installation.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature/humidity sensor, -40 to +60 °C, accuracy ±0.3 °C|420|1,150|483,000
TB:2|LoRa gateway with 4G backup and battery|36|6,800|244,800
TB:3|ColdWatch software, perpetual licence, 6 sites and 80 vehicles|1|318,000|318,000
TB:|Equipment and Software Subtotal|||1,045,800
TB:4|Installation, mapping study and commissioning|1|92,400|92,400
TB:5|Training of operators and administrators|1|16,800|16,800
TB:|Contract Price|||1,155,000
P:2.2 The Supplier shall carry out a temperature mapping study of each cold room before installation and propose sensor positions for the Buyer's approval.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver the Equipment to the six warehouse sites within forty-five days after signature and complete installation and commissioning within seventy-five days after signature.
P:3.2 Installation shall not interrupt warehouse operations. Work inside cold rooms shall follow the Buyer's safety rules, and the Supplier shall provide cold-protection equipment for its staff.
P:3.3 When installation is complete at all sites, the parties shall sign an Installation Certificate. The Installation Certificate confirms quantities and installation only and is not acceptance.
H:4. Payment
P:4.1 10% of the Contract Price (CNY 115,500) within twenty days after signature, against an advance payment guarantee from a bank in China.
P:4.2 55% of the Contract Price (CNY 635,250) within twenty days after the Installation Certificate.
P:4.3 35% of the Contract Price (CNY 404,250) within twenty days after Final Acceptance.
H:5. Acceptance
P:5.1 After commissioning the System shall operate for a trial period of thirty days.
P:5.2 Final Acceptance requires that: (a) every sensor reports at its configured interval with no gap longer than ten minutes during the trial period; (b) a side-by-side check against the Buyer's calibrated reference thermometers at twenty points per warehouse shows deviations within ±0.5 °C; (c) alarms reach the responsible duty staff by SMS and application within two minutes in the alarm tests of Annex 2; (d) reports meet the record-keeping requirements of the Buyer's food safety management system; (e) calibration certificates for all sensors are delivered.
P:5.3 The Buyer shall sign the Final Acceptance certificate within seven business days after the criteria are met. Use of the System before then, or any payment, is not acceptance.
H:6. Warranty and Post-Warranty Support
P:6.1 The warranty period for the Equipment and the Software is thirty-six months from Final Acceptance. During the warranty the Supplier shall repair or replace defective Equipment, replace batteries that fail early, recalibrate sensors once a year and supply Software updates free of charge.
P:6.2 Service levels during the warranty and any support period are set out in the table below.
TB:Severity|Definition|Response|Restoration
TB:Severity 1|Monitoring or alarms unavailable at a warehouse or for the vehicle fleet|30 minutes|6 hours
TB:Severity 2|Part of a site or several sensors not reporting|2 hours|2 business days
TB:Severity 3|Other defects or questions|1 business day|agreed plan
P:6.3 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay the Buyer CNY 800, deducted from the next payment or from the performance bond.
P:6.4 After the warranty, the Buyer may order annual support at 7% of the Equipment and Software Subtotal (CNY 73,206 per year). The rate is fixed for the first two years after the warranty. Each year of support is ordered separately; nothing renews automatically.
H:7. Licence and Intellectual Property
P:7.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at all its sites and on all its vehicles, including sites and vehicles added later within the licensed scale.
P:7.2 Dashboards, report templates, alarm rules and interface programs made for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall hand over their source files at Final Acceptance.
H:8. Data Security and Data Ownership
P:8.1 All monitoring data, alarm records and reports belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The Software is installed on the Buyer's servers. The Supplier shall harden the servers and gateways to the Buyer's security baseline, change all default passwords, encrypt data in transit and obtain the Buyer's approval for each remote session.
P:8.3 The Supplier shall report any security incident affecting the System within six hours and is liable for the losses caused by incidents attributable to it.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information, including the Buyer's customer lists, warehouse layouts and product data, and shall not disclose it without prior written consent, for five years after the Contract ends.
H:10. Delay and Liability
P:10.1 If delivery or commissioning is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9.
H:10A. Documentation and Training
P:10A.1 The Supplier shall deliver, in Chinese, operating manuals for the Software and the mobile application, installation drawings showing every sensor and gateway position, calibration certificates, a spare parts list and a maintenance guide for battery replacement.
P:10A.2 The Supplier shall train the Buyer's warehouse duty staff, fleet dispatchers and IT administrators at each warehouse, in sessions agreed with the Buyer, and shall train additional staff at no extra charge during the first three months after Final Acceptance.
H:10B. Insurance and Site Rules
P:10B.1 The Supplier shall maintain public liability insurance and employer's liability insurance covering its staff working at the Buyer's sites and shall provide evidence of cover before installation starts.
P:10B.2 The Supplier's staff shall follow the Buyer's food hygiene, cold-room safety and forklift traffic rules, wear the protective clothing the Buyer requires and be accompanied by the Buyer's staff in areas where food is stored.
P:10B.3 The Supplier shall remove all packaging and waste from each site at its own cost.
H:10C. Spare Parts and Compliance
P:10C.1 The Supplier shall make spare sensors, gateways and batteries available for at least seven years after Final Acceptance at prices no higher than those in clause 2.1, adjusted only for documented changes in component costs.
P:10C.2 The Equipment shall hold the radio type approvals required in China, and the Supplier shall provide copies of the approvals at delivery.
H:10D. Performance Bond
P:10D.1 Within twenty days after signature the Supplier shall provide a performance bond from a bank in China for 5% of the Contract Price, valid until sixty days after Final Acceptance. The Buyer may claim under the bond for any amount due from the Supplier under this Contract that remains unpaid thirty days after written demand, including delay damages, service credits and the cost of remedying defects.
P:10D.2 The Supplier shall keep a project manager in Chengdu from delivery until Final Acceptance, who shall report progress weekly to the Buyer and attend the Buyer's site meetings.
P:10D.3 The Supplier shall give the Buyer a list of the software components used in the System, including any open-source components and their licences, and shall keep the list current during the warranty.
P:10D.4 Each party shall name a contact person for this Contract and inform the other party in writing of any change.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within fifteen days after notice.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.
P:Annex 1: Site list and sensor positions. Annex 2: Alarm test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED END-USER IT SERVICES AGREEMENT

Agreement No. MS-EUS-2025-207

This Managed End-User IT Services Agreement is made between:

**Dongguan Huaxin Garments Co., Ltd.**, Dongguan, Guangdong Province, People's Republic of China (the "Customer"); and

**Musanze Digital Services Ltd.**, Musanze, Northern Province, Rwanda, acting through its branch in Shenzhen (the "Provider").

## Section 1. Definitions and Structure

1.1 "Services" means the service desk, desktop support, device management and on-site support services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer confirms in writing that the transition described in Section 3 is complete.

1.3 "Customer Data" means all data of the Customer and its employees that the Provider accesses, processes or stores in performing the Services.

1.4 This Agreement consists of these Sections and Schedules 1 to 3. Schedule 1 sets out the scope, Schedule 2 the service levels and credits, Schedule 3 the charges.

## Section 2. Term

2.1 The Services run for thirty-six months from the Service Commencement Date. The Agreement then expires. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## Section 3. Transition

3.1 The Provider shall complete transition within sixty days after signature, including knowledge transfer from the Customer's current IT team, set-up of the service desk tools, asset discovery of all devices and testing of the escalation paths.

3.2 The transition is complete when: (a) the service desk handles a two-week parallel run with no P1 ticket missed; (b) the asset register covers every laptop, desktop, printer and mobile device at the three factories; (c) the knowledge base contains at least the articles listed in the transition plan; (d) the Customer's IT manager confirms the runbooks. The Customer shall confirm completion in writing within five business days after the criteria are met.

3.3 If the Service Commencement Date is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 750 for each day of delay.

## Section 4. Charges and Payment

4.1 The charges are set out in Schedule 3. The Total Contract Value is CNY 2,550,000.

4.2 The transition fee is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. Invoices are payable within thirty days.

4.3 Service credits under Schedule 2 are deducted from the invoice for the following month.

## Section 5. Service Delivery

5.1 The Provider shall deliver the Services in accordance with Schedules 1 and 2, using qualified staff who speak Mandarin or Cantonese.

5.2 The Provider shall keep two field engineers on site at the Humen factory and one at each of the Chang'an and Houjie factories during factory working hours.

5.3 The Provider shall submit a monthly service report and hold a quarterly review meeting with the Customer.

## Section 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall return or delete it at the end of the Agreement.

6.2 The Provider shall apply the Customer's information security policies, use named accounts with multi-factor authentication, keep access logs for one hundred and eighty days, encrypt laptops it re-images and wipe storage media before any device leaves the Customer's premises.

6.3 The Provider shall report any security incident affecting Customer Data within six hours, cooperate in the investigation and bear the losses that result from an incident caused by the Provider or its staff.

## Section 7. Intellectual Property

7.1 Knowledge articles, scripts, device images, runbooks and reports created for the Customer belong to the Customer, which may use and modify them freely and hand them to any successor provider. Tools owned by the Provider before this Agreement remain the Provider's.

## Section 8. Personnel

8.1 The Provider shall vet its staff before assignment, keep the on-site team stable and replace any person whom the Customer reasonably objects to.

8.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## Section 8A. Continuous Improvement and Governance

8A.1 Each party shall name a service manager. The service managers shall meet monthly to review performance against Schedule 2, open problems, planned changes and user feedback, and shall agree actions with owners and dates.

8A.2 The Provider shall propose at least two improvement initiatives each contract year, such as self-service password resets, automated software deployment or better printer monitoring on the production lines, with an estimate of their cost and benefit. The Customer decides whether to adopt them.

8A.3 The Provider shall keep the asset register, the knowledge base and the runbooks up to date and accessible to the Customer at all times.

## Section 8B. Compliance

8B.1 The Provider shall comply with the labour, social insurance and work safety laws of the People's Republic of China for all staff assigned to the Customer, and with the Customer's factory rules, including fire safety and visitor rules.

8B.2 Neither party shall offer any improper payment or benefit to the other party's employees in connection with this Agreement.

8B.3 The Provider shall maintain employer's liability and public liability insurance for its staff at the Customer's factories and provide certificates of cover on request. The Provider shall keep attendance records of its on-site staff and share them with the Customer every month.

8B.4 At the end of each contract year the Provider shall present a written summary of the year's service performance, major incidents, root causes and the actions taken, and shall propose the staffing plan for the following year for the Customer's approval.

## Section 9. Liability

9.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value, except for personal injury, fraud and wilful misconduct.

## Section 10. Termination

10.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within thirty days after notice, or if service credits reach the monthly ceiling in three consecutive months.

10.2 On expiry or termination the Provider shall provide exit assistance for up to sixty days at the rates in Schedule 3 and hand over all materials under Section 7.

## Section 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## Section 12. General

12.1 Notices must be in writing. Amendments must be signed by both parties. Neither party may assign this Agreement without the other's written consent.

Signed for the Customer: ____________________ Signed for the Provider: ____________________

## Schedule 1 — Scope of Services

| Service | Description | Coverage |
|---|---|---|
| Service desk | Phone, e-mail and chat support in Mandarin, Cantonese and English for about 1,150 users | 07:00–23:00 daily |
| Desktop support | Installation, moves, repairs and re-imaging of laptops and desktops | Factory working hours |
| Device management | Patching, antivirus, software distribution and asset register for about 1,300 devices | Continuous |
| Printer and scanner support | First-line fixes and vendor coordination for production-line label printers | Factory working hours |
| On-site support | Field engineers at Humen, Chang'an and Houjie | Factory working hours |
| Reporting | Monthly service report and quarterly review | Monthly / quarterly |

## Schedule 2 — Service Levels and Credits

| Priority | Definition | Response | Resolution |
|---|---|---|---|
| P1 | Production-line printing stopped, or a whole factory cannot work | 15 minutes | 3 hours |
| P2 | A department or a key user cannot work | 1 hour | 8 hours |
| P3 | A single user affected with workaround | 8 business hours | 3 business days |
| P4 | Requests and questions | 1 business day | 5 business days |

| Measure | Target | Credit if missed |
|---|---|---|
| P1 response and resolution | every ticket | CNY 2,000 per ticket missed |
| P2 resolution | 95% of tickets per month | 3% of the monthly charge |
| Calls answered within 60 seconds | 90% per month | 2% of the monthly charge |
| Customer satisfaction | average 4.2 of 5 | 1% of the monthly charge |

Total credits in a month are limited to 20% of that month's service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Service Commencement Date | 84,000 |
| Monthly service charge | 68,500 per month × 36 months | 2,466,000 |
| Total Contract Value | | 2,550,000 |
| Exit assistance | per engineer day, if requested | 1,800 |
| Additional devices above 1,450 | per device per month | 38 |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. ZAD-API-2025-044

BETWEEN

Zomba Agri-Data Analytics Ltd., Zomba, Southern Region, Malawi (the "Provider"); and

Zhengzhou Zhongyuan Grain Trading Co., Ltd., Zhengzhou, Henan Province, People's Republic of China (the "Customer").

BACKGROUND

The Provider compiles crop-condition, weather and yield-forecast data for maize, wheat and soybean growing regions and makes it available through an application programming interface (the "API"). The Customer trades and stores grain and wishes to use the data in its procurement planning and risk systems. The parties agree as follows.

1. DEFINITIONS

1.1 "Data" means the datasets listed in Schedule A, including daily gridded weather observations, vegetation indices, soil-moisture estimates, weekly yield forecasts and the historical archive.

1.2 "Subscription Year" means each period of one year beginning on the Activation Date or its anniversary. The subscription covers two Subscription Years.

1.3 "Activation Date" means the date on which the Customer confirms in writing that the integration acceptance tests in clause 4 have been passed.

1.4 "Customer Inputs" means field boundaries, storage locations, query logs and any other information the Customer submits to the API.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the subscription to access the API, download the Data and use it within the Customer's group for its internal business, including in reports shared with its lenders and insurers.

2.2 The Customer may keep and continue to use Data downloaded during the subscription after the subscription ends.

2.3 The Customer shall not resell the Data as such or make the API available to third parties.

3. FEES AND PAYMENT

3.1 Fees:
(a) Subscription Fee for Subscription Year 1: CNY 286,000;
(b) Subscription Fee for Subscription Year 2: CNY 286,000;
(c) Set-up and integration fee: CNY 22,000, one time.
The total contract value is CNY 594,000.

3.2 The set-up and integration fee is invoiced after the Activation Date. Each Subscription Fee is invoiced at the start of the relevant Subscription Year and is payable within thirty days of the invoice.

3.3 API calls above 2,500,000 per Subscription Year are charged at CNY 0.03 per call, invoiced at the end of the Subscription Year. These usage charges are outside the total contract value.

3.4 All fees include VAT. Payment is made in CNY to the Provider's account in China.

4. SET-UP AND INTEGRATION ACCEPTANCE

4.1 Within thirty days after signature the Provider shall deliver API credentials, the historical archive from 2005 onwards for the regions in Schedule A, and documentation, and shall support the Customer's developers in integrating the API with the Customer's data warehouse.

4.2 The integration acceptance tests are: (a) the historical archive loads completely and its record counts match the Provider's manifest; (b) the daily weather and vegetation data for ten consecutive days arrive before 08:00 Beijing time; (c) a sample of fifty yield forecasts matches the values shown in the Provider's web portal; (d) the Customer's test suite of two hundred typical queries completes without error. The Customer shall confirm the result in writing within five business days.

4.3 If the deliveries in clause 4.1 are late for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay.

5. SERVICE

5.1 The Provider will use commercially reasonable efforts to keep the API available and to deliver daily updates on time, and will investigate problems that the Customer reports by e-mail to the support address in Schedule B.

5.2 The Provider may suspend the API for maintenance and will try to give advance notice of planned maintenance.

5.3 If data for a day is missing or wrong, the Provider will deliver the corrected data in a later update.

6. CUSTOMER INPUTS AND DATA SECURITY

6.1 Customer Inputs belong to the Customer. The Provider shall use Customer Inputs only to provide the subscription to the Customer and shall not disclose them or use them for any other purpose, including its own analytics or products.

6.2 The Provider shall keep Customer Inputs on servers in mainland China, encrypt them in transit and at rest, restrict access to named staff and keep access logs.

6.3 The Provider shall notify the Customer within twenty-four hours of any breach affecting Customer Inputs, take the steps needed to contain it, and compensate the Customer for losses caused by a breach attributable to the Provider.

7. CUSTOM REPORTS

7.1 Customised reports, risk indicators and data extracts prepared by the Provider for the Customer under a work order belong to the Customer, which may use, modify and license them freely. The Provider keeps its general models and the Data.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including the Customer's storage positions and trading strategies, and use it only for this Agreement, for five years after the Agreement ends.

9. SUBCONTRACTORS

9.1 The Provider may engage subcontractors, including hosting providers and data-processing contractors, to perform any part of this Agreement, by giving the Customer written notice before the subcontractor starts work. The Provider remains responsible for its subcontractors.

10. WARRANTIES

10.1 The Provider warrants that it has the right to license the Data and that the Data is compiled with reasonable skill and care from the sources described in Schedule A.

10.2 The Provider shall defend the Customer against claims that the Data or the API infringe a third party's rights.

11. LIABILITY

11.1 Neither party is liable for indirect loss or loss of profit. Trading decisions made with the Data are the Customer's responsibility.

11.2 Each party's total liability under this Agreement is limited to 150% of the total contract value, except for fraud, wilful misconduct and breach of clauses 6 and 8.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; a further term requires a new agreement.

12.2 Either party may terminate this Agreement by written notice if the other commits a material breach and fails to remedy it within thirty days after notice. If the Customer terminates for the Provider's breach, the Provider shall refund the Subscription Fee for the remainder of the Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing, in Chinese.

13A. CHANGES TO THE DATA

13A.1 The Provider may improve the methods used to compile the Data. It shall notify the Customer at least thirty days before any change to the API format, field definitions or delivery times, keep the previous version of the API running for at least ninety days after the change, and provide documentation of the new version.

13A.2 If the Provider stops compiling a dataset listed in Schedule A, it shall offer an equivalent dataset or reduce the Subscription Fee in proportion to the value of the discontinued dataset, as agreed in writing.

13B. AUDIT OF USE

13B.1 Once per Subscription Year, on thirty days' notice, the Provider may ask the Customer to confirm in writing the number of users and systems that access the API. The Provider shall not inspect the Customer's systems.

13C. COMPLIANCE

13C.1 Each party shall comply with the export control and data laws that apply to it. The Provider confirms that the Data contains no personal information and no data whose export from or import into China requires approval.

13D. DATA QUALITY REVIEWS

13D.1 At the end of each quarter the Provider shall send the Customer a short data quality note describing late deliveries, corrected values, changes in source coverage and known limitations of the yield forecasts, so that the Customer's analysts can take them into account. The parties shall meet by video once per Subscription Year to review the Data and the Customer's planned uses.

13E. COOPERATION

13E.1 The Customer shall name a technical contact for the integration and keep its own systems and credentials secure. The Provider shall answer the Customer's technical questions about the Data definitions and the API within two business days, and shall provide sample code for the main endpoints in Python and Java.

14. GENERAL

14.1 Notices must be in writing and sent to the addresses above. Amendments must be in writing and signed by both parties. Neither party may assign this Agreement without the other's consent, except to an affiliate.

SCHEDULE A — DATA

Regions: Henan, Hebei, Shandong, Anhui, Heilongjiang, Jilin and Inner Mongolia, and the main exporting regions of Brazil, Argentina, Ukraine and the United States.
Datasets: daily gridded weather (5 km), vegetation indices (10-day), soil moisture (daily), weekly yield forecasts by province and state, historical archive.

SCHEDULE B — SUPPORT

Support by e-mail in English and Chinese on business days, 09:00 to 18:00 Beijing time.

Signed for the Customer: ____________________
Signed for the Provider: ____________________
"""

# ---------------------------------------------------------------- files, labels, checks
NAMES = {
    "z01": ("h690z01_ocean_sea_level_monitoring_platform", "pdf", Z01),
    "z02": ("h690z02_hulusi_drilling_tuning_line_retrofit", "docx", Z02),
    "z03": ("h690z03_martial_arts_chain_booking_saas", "txt", Z03),
    "z04": ("h690z04_uv_health_weather_system_om", "txt", Z04),
    "z05": ("h690z05_fishhook_forging_tracking_supplier_template", "md", Z05),
    "e01": ("h690e01_fleet_maintenance_licence_rwanda_vendor", "pdf", E01),
    "e02": ("h690e02_field_service_saas_order_form_burundi_vendor", "md", E02),
    "e03": ("h690e03_cold_chain_sensors_monitoring_licence", "docx", E03),
    "e04": ("h690e04_managed_end_user_it_services_36_months", "md", E04),
    "e05": ("h690e05_crop_weather_data_api_subscription", "txt", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: (category, terms in KEYS order, sla_clause, ld_stated, capped (goods only), deemed, contract_value, fee base, forum_outside)
D = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False,
                         "PRC", G], True, True, True, False, 1968000, 1160000, False),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.02, None, 10, True, False, 24, 8, False, True, False,
                         "PRC", G], True, True, True, False, 1196000, 1082000, False),
    "z03": ("cloud", [99.5, 0.5, True, "buyer", True, True, True, 400 / 610000 * 100, None, None, True, None, None, None,
                      True, True, False, "PRC", S], True, True, None, False, 610000, None, False),
    "z04": ("services", [99.95, 0.25, True, "buyer", True, True, True, None, None, None, True, None, None, None, False,
                         False, False, "PRC", S], True, False, None, False, 486000, None, False),
    "z05": ("software", [None, 8, False, "supplier", True, False, True, 0.03, 25, 60, True, True, 6, 24, False, True, None,
                         "PRC", G], True, True, True, False, 980000, 760000, False),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 18, 10, False, True, False,
                         "Rwanda", G], True, True, True, False, 1660000, 1240000, True),
    "e02": ("cloud", [99.95, 0.5, True, "buyer", False, True, True, 600 / 850000 * 100, 6 / 24 * 100, None, True, None,
                      None, None, False, True, False, "PRC", S], True, True, None, False, 850000, None, False),
    "e03": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 36, 7, False, True, False,
                         "PRC", G], True, True, True, False, 1155000, 1045800, False),
    "e04": ("services", [None, 0.25, True, "buyer", True, True, False, 750 / 2550000 * 100, 150, None, True, None, None,
                         None, False, True, False, "PRC", S], True, True, None, False, 2550000, None, False),
    "e05": ("cloud", [None, None, False, "buyer", True, True, True, 500 / 594000 * 100, 150, None, True, None, None, None,
                      False, True, True, "PRC", S], False, True, None, False, 594000, None, False),
}
DESIGN = {
    "z01": [], "e03": [], "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-ACCEPTANCE", "CR-LD-LOW"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-MISSING", "CR-TERMINATION"],
    "z05": ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e02": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "e04": ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
    "e05": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOWR = {"CR-GOVERNING-LAW"}


def tco_share(k):
    cat, v, sla, lds, capped, deemed, cv, base, fo = D[k]
    t = dict(zip(KEYS, v))
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not capped:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * (base or cv)
    return fees / (cv + fees) * 100


def derive(k):
    """My reading of policy §3 applied to the label."""
    cat, v, sla, lds, capped, deemed, cv, base, fo = D[k]
    t = dict(zip(KEYS, v))
    goods = t["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not lds:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or fo:
        r.add("CR-GOVERNING-LAW")
    s = tco_share(k)
    if s is not None and s > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    return "medium" if set(rules) - LOWR else "low"


def label(k):
    cat, v, sla, lds, capped, deemed, cv, base, fo = D[k]
    stem, ext, _ = NAMES[k]
    extra = {"sla_clause": sla, "ld_stated": lds}
    if v[-1] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = cv
    return {"file": f"{stem}.{ext}", "language": "zh" if k[0] == "z" else "en", "category": cat,
            "expected_terms": dict(zip(KEYS, v)), "expected_extra": extra, "expected_rules": derive(k)}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            parts += [" ".join(c.text for c in row.cells) for row in tb.rows]
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


NB = r"(?<![\d.,])"
PCT = r"(?:\.0+)?\s*(?:%|％|percent|per\s*cent)"
THRESH = re.compile("|".join([
    NB + r"99\.90*(?!\d)",
    r"(?<![\d.,\-\w])(?:4|four)\s*-?\s*(?:hours?|hrs?|h\b)", r"(?<![十\d])(?:4|四)\s*个?\s*小时",
    NB + r"(?:12|twelve)\s*\)?\s*-?\s*months?", r"(?<![\d十])(?:12|十二)\s*个?\s*月",
    NB + r"0\.050*\s*(?:%|percent|per\s*cent)", r"万分之五(?![十\d])", r"千分之零点五",
    NB + r"(?:30|15|40|100)" + PCT, r"(?:thirty|fifteen|forty|one\s*hundred)\s*(?:%|percent|per\s*cent)",
    r"百分之(?:三十|十五|四十|百|一百)(?![一二三四五六七八九点])",
]), re.I)
MUST_HIT = ["30%", "3 0 %", "百分之三十", "4 hours", "four hours", "4小时", "四小时", "12 months", "twelve (12) months",
            "十二个月", "12个月", "99.9%", "99.90 %", "0.05%", "万分之五", "15 %", "40%", "100%", "百分之四十", "15 per cent"]
MUST_MISS = ["130%", "24小时", "二十四小时", "twenty-four hours", "24 hours", "99.95%", "0.08%", "万分之八", "112 months",
             "二十四个月", "25%", "CNY 115,500", "1.5 hours", "300%", "百分之三十五", "14 hours"]
for s in MUST_HIT:
    assert THRESH.search(s) or THRESH.search(re.sub(r"\s", "", s)), s
for s in MUST_MISS:
    assert not THRESH.search(s) and not THRESH.search(re.sub(r"\s", "", s)), s


def check_label_values(k):
    t = dict(zip(KEYS, D[k][1]))
    bad = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
           "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    for key, th in bad.items():
        assert t[key] is None or abs(t[key] - th) > 1e-9, (k, key)
    s = tco_share(k)
    assert s is None or not 38 <= s <= 42, (k, s)


def check_sums():
    assert 1160000 + 642000 + 138000 + 28000 == 1968000 and 393600 + 885600 + 688800 == 1968000
    assert 336000 + 348000 + 186000 + 212000 == 1082000 and 1082000 + 96000 + 18000 == 1196000
    assert 119600 + 657800 + 418600 == 1196000 and round(1082000 * 0.08) == 86560
    assert 2 * 268000 + 74000 == 610000 and 4 * 67000 == 268000
    assert 312000 + 118000 + 56000 == 486000 and 4 * 121500 == 486000
    assert 760000 + 168000 + 52000 == 980000 and 588000 + 313600 + 78400 == 980000 and 760000 * 0.24 == 182400
    assert 1240000 + 386000 + 34000 == 1660000 and 332000 + 747000 + 581000 == 1660000 and 1240000 * 0.1 == 124000
    assert 2 * 396000 + 58000 == 850000 and 8 * 99000 == 792000
    assert 483000 + 244800 + 318000 == 1045800 and 1045800 + 92400 + 16800 == 1155000
    assert 115500 + 635250 + 404250 == 1155000 and round(1045800 * 0.07) == 73206
    assert 420 * 1150 == 483000 and 36 * 6800 == 244800 and 68500 * 36 == 2466000 and 2466000 + 84000 == 2550000
    assert 2 * 286000 + 22000 == 594000


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    check_sums()
    sources = {k: v[2] for k, v in NAMES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (f"{v[0]}.{v[1]}", v[1]) for k, v in NAMES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (stem, ext, src) in NAMES.items():
        if ext in ("txt", "md"):
            (OUT / f"{stem}.{ext}").write_text(src, encoding="utf-8")
    covered = set()
    for k, (stem, ext, src) in NAMES.items():
        lab = label(k)
        assert lab["expected_rules"] == sorted(DESIGN[k]), (k, lab["expected_rules"], DESIGN[k])
        covered |= set(lab["expected_rules"])
        check_label_values(k)
        (OUT / f"{stem}.json").write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / f"{stem}.{ext}")
        if k[0] == "z":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (k, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (k, n)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESH.search(variant)
            assert not m, (k, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        s = tco_share(k)
        print(f"{stem}.{ext}: {n} {'chars' if k[0] == 'z' else 'words'}, risk {risk(lab['expected_rules'])}, "
              f"TCO share {'-' if s is None else round(s, 2)}, rules {lab['expected_rules']}")
    assert len(covered) == 20, sorted(covered)
    print("all 20 rules covered")
