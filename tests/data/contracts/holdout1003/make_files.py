"""holdout1003: ten blind held-out draft contracts (ordinary drafts, no tricks) and their labels.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
Builds the .txt/.md files from the sources below, the .docx/.pdf files through ../word_pdf.py, writes the .json
labels and asserts: label layout, the design rules against the rules derived from the labels (own reading of policy
section 3), coverage of all 20 CR rules, the length ranges as read back from the built files, no label value on a
policy threshold, and no threshold figure anywhere in the built texts (regex scan, self-tested).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------
# z01 (.pdf, markup for word_pdf)
H1003Z01 = """
T:慈善信托备案管理平台建设项目政府采购合同
P:合同编号：SMZ-ZFCG-2027-0316
P:采购人（甲方）：××市民政局
P:供应商（乙方）：杭州衡信数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目公开招标文件（项目编号：SZCG-2027-GK-0288）、乙方投标文件及中标通知书，甲乙双方按照甲方提供的合同文本，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供慈善信托备案管理平台软件（以下简称"平台"）的永久使用许可，并按甲方业务需要完成定制开发、部署实施、历史数据迁移和培训，建成覆盖慈善信托设立备案、变更备案、终止备案、年度报告、信息公开和监督检查的全流程管理系统。
P:1.2 定制开发内容包括：备案材料在线申报与预审模块；受托人（慈善组织、信托公司）信用档案模块；信托财产管理及资金使用情况年度报告模块；面向社会公众的信息公开页面；与省级民政一体化政务服务平台、统一身份认证平台和电子证照库的接口；统计分析报表二十张。
P:1.3 详细功能及性能要求以招标文件第五章"采购需求"和乙方投标文件为准，二者不一致的，以对甲方更有利者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰壹拾叁万陆仟元整（¥2,136,000），为固定总价，包含软件许可、开发、部署、迁移、培训、差旅、税费及乙方为履行本合同所需的一切费用，甲方不再另行支付任何费用。
P:2.2 价格构成如下：（1）平台软件永久许可费¥1,180,000；（2）定制开发费¥742,000；（3）部署实施及历史数据迁移费¥168,000；（4）培训费¥46,000。
H:第三条 付款方式
P:3.1 本合同签订且甲方收到乙方提交的等额银行预付款保函后10个工作日内，甲方支付合同总价的20%作为预付款，即¥427,200。
P:3.2 平台部署完成并通过初步验收后10个工作日内，甲方支付合同总价的45%，即¥961,200。
P:3.3 平台通过最终验收后10个工作日内，甲方支付合同总价的35%，即¥747,600。
P:3.4 乙方应在每次付款前开具等额合法增值税发票。甲方付款按财政国库集中支付的有关规定办理，因财政审批流程造成的合理时间不视为甲方逾期。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后九十日内完成平台部署及定制开发并提交初步验收申请，于初步验收后六十日内完成试运行并提交最终验收申请。
P:4.2 乙方应派驻项目经理一名及实施工程师不少于三名，人员名单经甲方确认后不得擅自更换；确需更换的，应提前书面征得甲方同意，接替人员资历不得低于原人员。
P:4.3 乙方负责将原备案系统中约八千六百条备案记录、附件及审批日志迁移至平台，迁移前制定方案并经甲方审核，迁移后逐条核对。
P:4.4 乙方应对甲方业务人员、区县民政部门管理人员及受托人填报人员分别开展培训，培训不少于六场，并提供操作手册和视频教程。
H:第五条 验收
P:5.1 初步验收标准：（1）第一条所列功能全部实现，与投标文件功能清单逐项核对一致；（2）各外部接口联调通过，连续十个工作日数据交换无差错；（3）迁移数据逐条核对，条目数、关键字段和附件完整一致；（4）第三方测评机构出具的安全测评报告无高危漏洞。
P:5.2 最终验收标准：试运行期间未发生一级故障；平台在五百个并发用户条件下普通页面响应时间不超过2秒、查询统计不超过5秒；全部文档、源代码及培训记录交付齐全。
P:5.3 甲方应在收到验收申请后十个工作日内组织验收，并出具书面验收意见。验收不合格的，乙方应在十日内整改并重新申请验收，费用由乙方承担。平台上线运行、试运行或甲方实际使用，均不视为验收合格。
H:第六条 服务水平
P:6.1 质保期内，平台月可用率不低于99.95%（计划内维护时间经甲方同意后不计入不可用时间）。
P:6.2 一级故障（平台无法访问或申报、审核功能中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（部分功能异常）应在1小时内响应，24小时内解决；三级故障应在下一个工作日内解决。
P:6.3 服务水平未达标的，甲方按以下标准扣款：响应或恢复每超时1小时扣¥800；月可用率每低于承诺值0.01个百分点扣¥1,500。扣款从甲方应付乙方的款项中抵扣，不足部分由乙方另行支付。
H:第七条 质量保证与维保
P:7.1 质保期为平台最终验收合格之日起二十四个月。质保期内乙方免费提供缺陷修复、版本升级、政策性功能调整和技术支持。
P:7.2 质保期满后，甲方可与乙方另行签订维保合同。年度维保费不超过平台软件永久许可费的9.5%，即每年不超过¥112,100，该标准在质保期满后三年内不得上调。
H:第八条 数据安全
P:8.1 平台中的备案数据、受托人信息、委托人及受益人个人信息和日志等全部数据归甲方所有。乙方仅为履行本合同处理上述数据，不得用于任何其他目的，不得向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》和网络安全等级保护第三级的要求；运维操作一律通过甲方堡垒机进行，不得将数据复制出甲方网络，测试使用经甲方脱敏处理的数据。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应立即采取处置措施并在1小时内书面报告甲方。因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第九条 保密
P:9.1 乙方对履行本合同过程中知悉的甲方工作秘密、备案信息及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 平台软件原有知识产权归乙方所有，乙方授予甲方永久、不可撤销、不限用户数的使用许可。
P:10.2 定制开发成果（包括源代码、接口程序、报表模板及相关文档）的知识产权归甲方所有。乙方应交付完整源代码，甲方可自行或委托第三方修改、使用和部署。
P:10.3 乙方保证所交付软件不侵犯第三方权利，发生侵权纠纷由乙方负责处理并承担全部责任。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定期限提交初步验收或最终验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 甲方无正当理由逾期付款的，每逾期一日，按逾期金额的万分之三支付违约金。
P:11.3 乙方交付内容不符合合同约定的，应负责整改；造成甲方损失的，应予赔偿。
H:第十二条 分包
P:乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，或逾期超过四十五日的，甲方有权书面通知解除本合同，乙方应退还已收款项并赔偿甲方损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及双方确认的补充协议为本合同的组成部分。
P:15.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效，并按规定报同级财政部门备案。
P:甲方（盖章）：××市民政局　　乙方（盖章）：杭州衡信数智科技有限公司
"""

# z02 (.docx, markup for word_pdf)
H1003Z02 = """
T:生产线控制系统改造项目合同
P:合同编号：YKHT-SB-2027-041
P:甲方（买方）：永康市衡准电子衡器有限公司
P:乙方（卖方）：宁波启衡自动化工程有限公司
P:甲方为提升电子秤装配、标定及包装生产线的自动化水平，委托乙方对甲方一号至六号生产线的控制系统进行改造。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。
H:第一条 改造范围
P:1.1 乙方负责六条生产线原有继电器控制柜和单机仪表的拆除，新控制系统的供货、安装、编程、调试、试运行及培训，使改造后的生产线实现称重数据自动采集、配方集中下发、标定记录自动留存和产线状态可视化。
P:1.2 乙方应按甲方确认的改造方案分线施工，每次停线改造不超过两条生产线，不得影响其余生产线正常生产。停线计划须提前七日报甲方生产部批准。
P:1.3 设备及软件的品牌、型号和技术参数以本合同附件一《技术规格书》为准，乙方不得擅自替换；确需替换的，须经甲方书面同意且性能不得低于原型号。
H:第二条 合同价格
P:2.1 本合同总价为人民币壹佰捌拾伍万元整（¥1,850,000），含税，包括设备、软件、运输、安装、调试、培训及乙方履约所需全部费用。分项价格如下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含变频器、低压电器）|6套|138,000|828,000
TB:2|称重控制器及称重模块|24台|9,500|228,000
TB:3|工业触摸屏（HMI）|12台|7,800|93,600
TB:4|工控机|4台|16,500|66,000
TB:5|工业以太网交换机|8台|4,300|34,400
TB:6|产线数据采集与配方管理软件许可（永久）|1套|296,000|296,000
TB:|设备及软件小计|||1,546,000
TB:7|拆除、安装、布线及调试|1项|186,000|186,000
TB:8|PLC程序及标定程序定制|1项|98,000|98,000
TB:9|操作及维护培训|1项|20,000|20,000
TB:|合同总价|||1,850,000
P:2.2 上述价格为固定价格，合同履行期间不因原材料、人工价格变化而调整。
H:第三条 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%作为预付款，即¥370,000。
P:3.2 全部设备到货并完成安装后，甲方支付合同总价的45%，即¥832,500。到货及安装签收仅确认数量和外观，不视为验收。
P:3.3 全部生产线通过最终验收后，甲方支付合同总价的35%，即¥647,500。
P:3.4 乙方应在每次付款前提供等额增值税专用发票。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后四十五日内将全部设备运抵甲方厂区，并于合同签订后一百二十日内完成六条生产线的改造并提交最终验收申请。
P:4.2 设备到货时，双方共同开箱检查，核对型号、数量、合格证及随机资料。
P:4.3 乙方应随设备免费提供易损备件一套（包括继电器、熔断器、称重传感器接线模块、触摸屏保护膜等），并提供备件清单、供货周期和价格，以便甲方日后采购。
P:4.4 乙方应在改造完成后向甲方交付电气原理图、接线图、PLC程序备份、参数表、操作规程和维护手册各两套（纸质及电子版），并对甲方电工、工艺员和班组长分批培训，使其能够独立完成日常操作、配方维护、标定和一般故障处理。
P:4.5 改造期间乙方应派驻现场负责人一名，参加甲方每周生产协调会，及时通报进度、风险和需甲方配合的事项。因甲方原因延误的，工期相应顺延，但乙方应书面提出并经甲方确认。
H:第五条 验收
P:5.1 每条生产线改造完成后连续试运行七日，试运行期间应满足：称重数据采集完整率与产线计数一致；配方下发后控制参数与配方一致；单台秤标定记录自动生成并可追溯；产线节拍不低于改造前水平；无导致停线的控制故障。
P:5.2 六条生产线全部满足第5.1款后，由甲方组织最终验收，验收内容还包括电气安全检查、程序备份、图纸资料和培训记录的交付。验收合格的，双方签署最终验收证书。
P:5.3 设备安装、试运行或甲方使用生产线，均不视为验收合格。验收不合格的，乙方应在七日内整改后重新验收。
H:第六条 质量保证与维保服务
P:6.1 质保期为最终验收合格之日起十八个月。质保期内设备及软件出现质量问题的，乙方免费维修或更换，软件免费升级。
P:6.2 质保期内，一级故障（导致整条生产线停线）乙方应在1小时内响应，6小时内到达现场，24小时内排除；二级故障应在2小时内响应，48小时内排除。乙方每超时1小时，向甲方支付¥1,000。
P:6.3 质保期满后，乙方提供年度维保服务，内容包括定期巡检、备件更换、程序维护和软件升级。年度维保费为设备及软件小计的28%，即每年¥432,880，按年度预付；该费用标准在双方维保合作期间不作上调。
H:第七条 数据安全
P:7.1 生产线采集的称重数据、配方、标定记录、产量数据等全部数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:7.2 乙方远程维护须经甲方设备部逐次批准，通过甲方指定的VPN和账号进行，全程留存日志；乙方不得将甲方数据和程序拷贝带离甲方厂区。
P:7.3 因乙方原因造成甲方数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方，采取补救措施，并赔偿甲方由此遭受的全部损失。
H:第八条 保密
P:乙方对在履行本合同中知悉的甲方配方、工艺参数、产品图纸、客户信息及其他商业秘密负有保密义务，不得向第三方披露或用于其他用途。本条在合同终止后继续有效。
H:第九条 知识产权
P:9.1 第2.1款第8项定制的PLC程序、标定程序及其源程序、注释和说明文档的知识产权归甲方所有，甲方可自行修改或委托第三方维护。
P:9.2 乙方提供的标准软件知识产权归原权利人所有，甲方享有永久使用权。
H:第十条 分包
P:乙方可将拆除、布线等现场电气施工分包给具备相应资质的施工单位，分包前书面通知甲方即可。乙方对分包单位的工作质量和安全承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期提交最终验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:11.3 因乙方施工原因造成甲方停产或设备损坏的，乙方应赔偿甲方实际损失。
H:第十二条 合同解除
P:乙方逾期超过三十日，或交付的控制系统经两次整改仍不合格，或有其他严重违约行为经甲方书面催告后十日内未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
H:第十三条 安全施工
P:乙方在甲方厂区施工应遵守甲方安全生产管理制度，施工人员持证上岗，动火、登高、带电作业须办理作业许可。施工结束后乙方应清理现场，拆除的旧控制柜、电缆等物资按甲方指定地点堆放，由甲方处置。因乙方原因发生安全事故的，由乙方承担全部责任，甲方有权要求乙方更换现场负责人或施工人员。
H:第十四条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院起诉。
H:第十五条 其他
P:本合同附件一《技术规格书》、附件二《改造方案》与本合同具有同等效力。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：永康市衡准电子衡器有限公司　　乙方（盖章）：宁波启衡自动化工程有限公司
"""

# z03 (.txt)
H1003Z03 = """门店预约及会员管理系统服务合同

合同编号：ZQJY-IT-2027-006

甲方：成都方格思维教育咨询有限公司（"九宫格数独"连锁品牌运营方）
乙方：苏州云约信息技术有限公司

甲方在全国经营三十家数独及思维训练门店，拟采用乙方的在线预约与会员管理系统（SaaS）统一管理课程排期、学员预约、会员卡及门店收银。双方经协商，订立本合同。

一、服务内容
（一）乙方向甲方三十家门店提供"云约"预约与会员管理系统的在线订阅服务，包括课程排期、教练排班、学员在线预约与签到、会员卡及课时包管理、积分与优惠券、门店收银、经营报表和总部管理后台。
（二）乙方负责以下实施工作：
1. 按甲方课程体系配置课程、班型、教室和教练资料；
2. 将甲方原有系统中的学员档案、剩余课时和会员卡余额迁移至本系统；
3. 开发甲方品牌微信小程序，实现家长在线预约、缴费和查看学习报告；
4. 完成系统与甲方现有聚合支付收银设备和财务软件的对接；
5. 对门店店长、前台和总部运营人员进行培训。
（三）服务期为两个服务年度，自系统上线验收合格之日起算，每一服务年度为连续的三百六十五日。
（四）服务期内，乙方免费提供系统功能更新、安全补丁、数据备份（每日全量备份，备份保留不少于三十日）及在线客服支持，并为甲方指定一名客户成功经理，每季度向甲方提交服务报告，内容包括可用率统计、故障处理情况和改进建议。

二、费用及支付
（一）本合同总价为人民币肆拾柒万捌仟元整（¥478,000），构成如下：
1. 订阅服务费：每个服务年度¥204,000（三十家门店，每店每年¥6,800），两个服务年度合计¥408,000；
2. 实施及小程序开发费：¥58,000；
3. 培训费：¥12,000。
（二）订阅服务费按季度支付，甲方于每季度首月的十日前支付当季服务费¥51,000。服务期开始前甲方无需支付任何费用。
（三）实施及小程序开发费和培训费在上线验收合格后十五日内一次性支付。
（四）新增门店按每店每年¥6,800按实际服务天数计费，另行结算，不计入本合同总价。
（五）乙方应在收款前开具增值税普通发票。

三、实施与上线验收
（一）乙方应在合同签订后四十日内完成实施工作并提交上线验收申请。
（二）上线验收标准：
1. 三十家门店全部开通，各项功能与本合同“一、服务内容”及附件功能清单一致；
2. 迁移的学员档案、剩余课时和会员卡余额经双方逐店核对，与原系统导出数据完全一致；
3. 小程序通过微信审核并正式发布，预约、支付、退款流程测试通过；
4. 在两百个并发预约条件下，预约提交响应时间不超过2秒；
5. 收银对账连续七日与支付渠道流水一致。
（三）甲方应在收到申请后五个工作日内完成验收。系统开通或门店试用不视为验收合格。验收不合格的，乙方应在五日内整改。

四、服务水平
（一）系统月可用率不低于99.5%（经甲方同意的计划内维护除外，计划内维护应安排在晚间十点至次日早七点之间）。
（二）故障分级及响应：
1. 一级故障（全部或多家门店无法预约、签到或收银）：30分钟内响应，3小时内恢复；
2. 二级故障（单店或单项功能异常）：1小时内响应，8小时内解决；
3. 三级故障（咨询或非紧急问题）：下一个工作日内答复。
（三）服务抵扣：月可用率低于承诺值的，每低0.1个百分点，减免当季服务费的2%；一级故障每超时1小时，减免¥500。减免在下一季度服务费中抵扣，累计以当季服务费为限。

五、数据
（一）甲方及各门店录入或产生的学员资料、家长联系方式、预约记录、消费记录等数据（以下称"甲方数据"）归甲方所有。
（二）乙方有权对甲方数据进行去标识化处理后，汇总用于产品改进、行业经营分析报告及向其他客户提供行业对标服务，该权利在合同终止后继续有效。
（三）数据安全：
1. 乙方应将甲方数据存储于中国境内的数据中心，传输和存储全程加密，按最小权限原则控制访问并保存访问日志；
2. 学员多为未成年人，乙方应协助甲方在小程序中取得监护人的同意，并采取专门的保护措施；
3. 发生数据泄露或可能泄露的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部责任，赔偿甲方损失。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付甲方数据，随后删除乙方系统中的甲方数据，并出具删除证明。

六、甲方义务
（一）甲方应指定总部项目负责人一名，协调各门店配合实施，及时提供课程体系、门店信息和原系统数据。
（二）甲方应妥善保管管理员账号和密码，门店人员离职时及时停用其账号。
（三）甲方应确保门店网络和收银设备满足乙方书面提出的最低配置要求。

七、保密
双方对在合作中知悉的对方商业秘密及未公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条义务在合同终止后三年内继续有效。

八、知识产权
（一）"云约"系统平台的知识产权归乙方所有。
（二）为甲方开发的品牌小程序、定制报表及甲方课程配置成果的知识产权归甲方所有，乙方应交付小程序源代码，甲方可自行或委托第三方修改和使用。

九、违约责任
（一）乙方未按本合同三（一）约定的期限提交上线验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
（三）乙方未按约定交付小程序源代码或迁移数据存在差错的，应在甲方通知后五日内改正；造成门店课时、余额错误而引起家长投诉或退款的，乙方应承担由此产生的费用。
（四）任何一方违约给对方造成损失的，应予赔偿。

十、续期
服务期届满前三十日内双方均未书面提出终止的，本合同自动续期一个服务年度，可多次续期。续期年费由乙方按届时公布的标准价格确定，上调幅度不超过上一服务年度订阅服务费的10%。

十一、分包
乙方不得将本合同项下的实施及运维工作分包给第三方，确需分包的，须事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约，经甲方书面催告后十日内未改正的，或连续两个月月可用率低于承诺值的，甲方有权解除本合同，乙方应退还已收取但未提供服务期间的费用。
（二）甲方因经营调整关闭门店的，可提前三十日书面通知减少相应门店数量，相应服务费按实际服务天数结算。
（三）本合同因任何原因解除或终止的，乙方均应按本合同五（四）的约定向甲方交付全部甲方数据，并配合甲方完成向新系统的迁移，不得以费用结算争议为由拒绝或拖延。

十三、争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

十四、其他
本合同附件《功能清单》《服务水平说明》为本合同组成部分。
双方指定的联系人及联系方式见合同首页，一方变更联系人或地址的，应在三日内书面通知对方；按上述地址或电子邮箱发送的通知，发出后第二日视为送达。
因政策调整、门店搬迁等原因需变更服务内容的，双方另行签订补充协议，补充协议与本合同具有同等效力。
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都方格思维教育咨询有限公司
乙方（盖章）：苏州云约信息技术有限公司
"""

# z04 (.txt)
H1003Z04 = """环卫车辆智能调度系统运维服务合同

项目名称：环卫车辆智能调度系统年度运维服务（竞争性磋商）
项目编号：CGJ-JZCS-2027-009
采购人（甲方）：××市城市管理局
供应商（乙方）：合肥智途环境科技有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就环卫车辆智能调度系统运维服务事宜订立本合同。

第一条 服务范围
（一）运维对象：甲方环卫车辆智能调度系统，包括调度指挥平台（含车辆监控、作业调度、油耗与里程统计、考勤及事件处置模块）、移动端应用、数据库及中间件，以及安装在四百二十台环卫作业车辆上的车载终端、视频摄像头和称重传感器。
（二）服务内容：
1. 驻场运维：乙方派驻三名运维人员在甲方指挥中心工作，工作日八点至十八点在岗，其余时间安排专人值班；
2. 平台运维：系统监控、日常巡检、数据库维护、备份与恢复演练、安全补丁、性能优化及小型功能调整；
3. 车载终端维护：终端、摄像头及称重传感器的故障维修、更换和定期校验，车辆报废或新增时的拆装；
4. 数据服务：按月编制车辆作业统计报表和分析报告，配合甲方完成对作业单位的考核；
5. 安全保障：配合等级保护测评和网络安全检查，完成漏洞整改；
6. 应急保障：在重大活动、雨雪冰冻等极端天气及城市保洁应急期间，按甲方通知增派技术人员驻守指挥中心，保障调度系统和车载终端正常运行，所需费用已包含在服务费中。
（三）服务期自2027年3月1日起至2028年2月29日止。

第二条 服务费用及支付
（一）本合同服务费总额为人民币陆拾捌万肆仟元整（¥684,000），构成如下：驻场运维¥354,000；车载终端维护¥193,200（四百二十台，每台¥460）；平台软件运维及升级¥96,800；安全巡检及等保整改配合¥40,000。
（二）本合同不设预付款。服务费按季度支付，每季度服务结束并经甲方确认当季运维报告后十五个工作日内，甲方支付当季服务费¥171,000。
（三）服务费包含人员、备件、工具、交通、税费等全部费用。单次更换的车载终端主机、摄像头、传感器所需备件均由乙方承担，甲方不另行支付。
（四）乙方应在每次付款前开具合法有效的发票。甲方付款按财政国库集中支付的规定办理，因财政资金拨付流程产生的合理延迟不视为甲方逾期。

第三条 服务启动与交接
（一）乙方应在服务期开始前完成与原运维单位的交接，取得系统文档、账号清单、设备台账和未结工单，并在服务期第一日起派驻人员到岗。
（二）乙方应在服务期开始后二十日内完成全部车载终端的普查，形成设备状态台账报甲方确认。
（三）服务期届满或本合同解除时，乙方应向甲方或甲方指定的单位移交全部系统文档、账号、设备台账、备件库存清单和未结工单，并提供不少于十日的交接协助，交接期间不另行收费。

第四条 服务水平
（一）调度指挥平台月可用率不低于99.95%。
（二）故障分级响应：
1. 一级故障（平台整体中断或超过五十台车辆同时离线）：30分钟内响应，2小时内恢复；
2. 二级故障（单个模块异常或十至五十台车辆离线）：1小时内响应，8小时内解决；
3. 三级故障（单车终端故障）：接到工单后24小时内到场，48小时内修复或更换。
（三）乙方每月向甲方提交运维月报，内容包括故障清单、处理时长、可用率统计和巡检记录。
（四）乙方未达到上述服务水平的，应在五个工作日内提交书面原因分析和整改措施，并在季度运维报告中说明。甲方不因服务水平未达标扣减服务费。
（五）乙方应每日对调度平台数据库进行增量备份、每周进行全量备份，备份数据存放于甲方指定的备份服务器，每季度至少进行一次恢复演练并形成记录。

第五条 考核与验收
（一）季度确认：甲方按以下内容对当季运维报告进行确认：驻场人员到岗记录完整；工单全部闭环且有处理记录；月度巡检、备份和恢复演练按计划完成；车载终端在线率统计真实准确。
（二）服务期满验收：服务期满前十五日内，乙方提交年度运维总结。验收标准为：全年四个季度运维报告均经甲方确认；平台功能完整、数据完整可用；设备台账与实际一致；全部文档、账号和脚本已交付甲方；配合新的运维单位完成交接。
（三）甲方应在收到验收申请后十个工作日内组织验收并出具书面意见。

第六条 数据安全
（一）调度系统中的车辆轨迹、作业记录、视频、人员考勤等数据归甲方所有，乙方仅为运维目的访问，不得用于其他目的，不得向任何第三方提供。
（二）乙方应遵守网络安全等级保护的要求，运维操作通过甲方堡垒机进行，特权账号由甲方统一管理；不得在个人设备中存储甲方数据。
（三）发生数据泄露、丢失或遭受网络攻击的，乙方应立即处置并在1小时内报告甲方。因乙方原因导致数据安全事件的，乙方承担全部法律责任并赔偿甲方损失。
（四）考勤模块涉及环卫作业人员的人脸图像等个人信息，乙方应严格按照《个人信息保护法》的要求处理，不得导出、留存。服务期满或合同解除后，乙方应删除其掌握的全部甲方数据并出具书面说明。

第七条 保密
乙方及其驻场人员对在服务中知悉的甲方工作信息、系统账号、网络结构及其他未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。乙方应与驻场人员签订保密承诺书并报甲方备案。本条义务在合同终止后继续有效。

第八条 知识产权
服务期内乙方为甲方编写的统计报表、脚本、接口调整程序及运维文档，其知识产权归甲方所有，乙方应在形成后交付甲方。

第九条 人员管理
（一）驻场人员名单、资质证书应报甲方备案，乙方不得擅自更换；确需更换的，应提前十日书面告知并经甲方同意。
（二）驻场人员应遵守甲方工作纪律，甲方认为不称职的，有权要求乙方更换。
（三）乙方每半年应为甲方调度员和各作业单位管理人员开展一次系统操作培训，并根据功能调整情况及时更新操作手册。

第十条 违约责任
（一）乙方未按第三条约定按时到岗、完成交接或提交设备台账的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）甲方无正当理由逾期付款的，按中国人民银行同期贷款利率支付利息。
（三）乙方违反第六条、第七条约定的，除承担违约责任外，还应赔偿甲方全部损失。

第十一条 分包
乙方不得将本合同项下的服务转包或者分包。

第十二条 合同解除
乙方严重违约，经甲方书面通知后十日内仍未改正的，或发生因乙方原因导致的重大数据安全事件的，甲方有权解除本合同，并按实际服务期间结算服务费。

第十三条 合同期满
本合同服务期满后自动终止，不自动续期。甲方如需继续采购运维服务，依法另行组织采购。

第十四条 争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院起诉。

第十五条 其他
磋商文件、响应文件、成交通知书及双方签署的补充协议为本合同组成部分，相互解释，互为说明；不一致的，以对甲方更有利的约定为准。本合同一式五份，甲方三份，乙方二份，经双方签字盖章后生效。

甲方（盖章）：××市城市管理局
乙方（盖章）：合肥智途环境科技有限公司
"""

# z05 (.md, supplier's own template)
H1003Z05 = """# 匠链工序追踪系统软件销售及定制开发合同

**（匠链软件标准合同文本 V3.0）**

合同编号：JL-XS-2027-0158

甲方（买方）：杭州结艺手作文化工作室

乙方（卖方）：厦门匠链软件有限公司

甲方是从事中国结、编织手链及装饰绳结产品设计与手工制作的工作室，拟采用乙方"匠链工序追踪系统"管理订单、工序、外协编织人员计件和成品出入库。双方根据《中华人民共和国民法典》，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方销售匠链工序追踪系统标准版软件（永久许可，十个并发用户），并按甲方需求进行定制开发、部署和培训。

1.2 定制开发内容：绳结产品工序模板（选绳、编结、定型、串珠、质检、包装）；订单进度看板；外协编织人员手机扫码报工及计件工资统计；电商平台订单导入接口；成品及绳线原料出入库管理。

1.3 定制开发的具体功能以乙方出具的《需求确认单》为准，《需求确认单》签署后甲方提出的修改另行计费。

## 第二条 合同价款

2.1 本合同总价为人民币壹拾陆万贰仟元整（¥162,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠链工序追踪系统标准版软件许可（永久，十个并发用户） | 86,000 |
| 2 | 定制开发 | 64,000 |
| 3 | 部署实施 | 9,000 |
| 4 | 培训（远程两次） | 3,000 |
| | 合计 | 162,000 |

2.2 上述价款不含服务器、网络设备、扫码枪及标签打印机等硬件，由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥105,300，乙方收到款项后启动项目。

3.2 系统部署完成后五个工作日内，甲方支付合同总价的35%，即¥56,700。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停实施或暂停技术支持。

## 第四条 交付与部署

4.1 乙方计划在收到首期款后六十日内完成定制开发和系统部署，具体时间以乙方项目计划为准。因需求变更、甲方配合不及时或其他非乙方原因导致延期的，交付时间相应顺延。

4.2 甲方应提供满足乙方要求的服务器及网络环境，指定专人配合需求调研、数据整理和测试。

4.3 乙方通过远程方式完成系统安装、部署和初始化配置，必要时可派员到甲方现场，差旅费用由甲方承担。

4.4 甲方原有的订单表格、产品资料和外协人员名单由甲方整理成乙方提供的导入模板格式，乙方协助一次性导入系统。

## 第五条 培训

5.1 乙方通过远程视频方式为甲方提供两次培训，每次不超过三小时，培训对象为甲方管理人员和外协编织人员代表。

5.2 培训内容包括系统基本操作、工序模板维护、扫码报工、计件工资统计及出入库操作。甲方需要增加培训次数或现场培训的，按乙方服务价格另行收费。

## 第六条 验收

6.1 乙方完成系统安装部署并通知甲方后，即视为甲方验收合格。

6.2 甲方在使用中发现的问题，可通过乙方客服系统提交，乙方将在后续版本中统筹安排处理。

## 第七条 技术支持与维护

7.1 乙方在工作日9:00至17:30通过电话、微信及远程方式提供技术支持，乙方将尽合理努力解决甲方反映的问题。

7.2 自系统部署完成之日起三个月内为免费维护期，乙方免费提供缺陷修复和技术咨询。

7.3 免费维护期满后，甲方如需继续获得技术支持、缺陷修复和版本升级服务，应按乙方当年公布的服务价格标准购买年度维护服务。未购买维护服务的，乙方不再提供任何支持。

## 第八条 甲方的权利和义务

8.1 甲方应按本合同约定及时支付款项，提供系统运行所需的服务器、操作系统、数据库及网络环境，并负责日常数据备份。

8.2 甲方应妥善保管系统管理员账号，因甲方人员操作不当、擅自修改配置或计算机病毒造成的系统故障和数据损失，由甲方自行承担。

8.3 甲方不得将软件转让、出租或提供给甲方以外的任何单位或个人使用，不得超出许可的用户数使用软件。超出的，乙方有权按标准价格收取增加用户的许可费。

8.4 甲方需要在本合同约定范围以外增加功能或修改已确认的需求的，应另行签订补充协议，费用按乙方人天单价计算。

## 第九条 知识产权

9.1 匠链工序追踪系统及其全部模块的著作权及其他知识产权归乙方所有。

9.2 乙方为甲方定制开发的工序模板、看板、报工程序、接口程序及相关文档，其知识产权归乙方所有。甲方在本合同约定的用户数范围内享有非独占、不可转让的使用权，不得对软件进行修改、反向工程，不得自行或委托第三方进行二次开发。

9.3 乙方有权将定制开发中形成的通用功能纳入乙方标准产品。

## 第十条 数据安全

10.1 甲方在系统中录入和产生的订单、客户、外协人员及计件工资等数据归甲方所有，乙方仅为提供技术支持的目的在甲方授权下访问，不得用于其他用途。

10.2 乙方远程维护须经甲方同意并由甲方开启远程连接，乙方不得留存甲方数据副本；乙方应对其技术人员进行安全管理，防止甲方数据被泄露、篡改或丢失。

10.3 因乙方原因造成甲方数据泄露或丢失的，乙方应在发现后24小时内通知甲方，协助恢复数据，并承担相应的赔偿责任。

## 第十一条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，未经对方同意不得向第三方披露，包括甲方的产品设计图样、工艺、客户名单及乙方的软件源代码、技术文档和报价。本条在合同终止后两年内有效。

## 第十二条 违约责任

12.1 任何一方违反本合同约定的，应承担相应的违约责任。

12.2 乙方对本合同项下的全部责任，无论基于违约、侵权或其他原因，累计不超过本合同总价的20%。乙方不承担甲方的间接损失、利润损失和数据损失。

12.3 软件存在缺陷的，乙方的责任限于在合理期限内修复缺陷或提供替代解决方案。

## 第十三条 合同解除

13.1 一方严重违反本合同，经另一方书面催告后十五日内仍未纠正的，守约方有权解除本合同。

13.2 本合同解除后，乙方已完成部分的费用甲方仍应支付，甲方已支付的软件许可费不予退还。

## 第十四条 不可抗力

因地震、火灾、洪水、疫情、网络攻击、政府行为等不可抗力导致不能履行的，受影响方不承担责任，但应及时通知对方并在合理期限内提供证明。发生不可抗力后，双方应协商确定是否继续履行、变更或解除合同。

## 第十五条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十六条 其他

16.1 本合同经双方签字盖章后生效，一式两份，双方各执一份。

16.2 《需求确认单》、乙方产品说明书为本合同附件。本合同未尽事宜，双方另行协商。

16.3 双方通过合同首页载明的地址、电子邮箱或微信工作群发送的通知，发出即视为送达；一方联系方式变更的，应及时通知对方，否则按原联系方式发送的通知仍视为有效送达。

16.4 本合同为乙方标准合同文本，双方确认已就全部条款进行了充分协商，甲方已理解各条款的含义。

甲方（盖章）：杭州结艺手作文化工作室

乙方（盖章）：厦门匠链软件有限公司
"""

# e01 (.pdf, markup for word_pdf)
H1003E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. GMM-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Great Miami Metrology Software, Inc., a corporation organised under the laws of the State of Ohio with its principal office in Piqua, Ohio, United States ("Vendor"), and Suzhou Hengyun Precision Bearing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Suzhou, Jiangsu Province ("Customer").
P:Customer manufactures precision ball and roller bearings and wishes to replace its paper-based and spreadsheet-based inspection records with Vendor's statistical process control software. Vendor agrees to license the software and to configure, integrate and implement it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means Vendor's QualiTrack SPC suite, version 9, in object code, including the inspection-plan designer, the real-time control-chart engine, the gauge-connection server and the reporting module, together with all updates Vendor supplies under this Agreement.
P:1.2 "Custom Deliverables" means all configurations, inspection plans, gauge drivers, interface programs, report templates, scripts and documents that Vendor prepares specifically for Customer under this Agreement.
P:1.3 "Customer Data" means all measurement data, inspection results, part and lot records, operator records and other data entered into or generated by the Software at Customer's sites.
P:1.4 "Final Acceptance" means Customer's written confirmation under Article 5.3 that the system meets the acceptance criteria.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software at Customer's two plants in Suzhou for up to 180 named users and 40 connected gauge stations, for Customer's internal business purposes, including use by its affiliates in mainland China.
P:2.2 Customer may make copies for backup, test and disaster-recovery purposes. Additional users or gauge stations may be ordered at the unit prices in Article 3.3.
P:2.3 The licence survives any termination of this Agreement once the Licence Fee has been paid, except where Customer terminates before Final Acceptance and receives a refund under Article 13.
H:Article 3 Price
P:3.1 The total price of this Agreement (the "Contract Price") is CNY 1,876,000, inclusive of applicable PRC taxes, and consists of:
P:(a) Licence Fee for the Software: CNY 1,260,000;
P:(b) configuration and gauge integration services: CNY 486,000;
P:(c) migration of historical inspection records: CNY 92,000;
P:(d) training: CNY 38,000.
P:3.2 The Contract Price is fixed. Travel, accommodation and all other expenses of Vendor's personnel are included.
P:3.3 Additional named users may be purchased at CNY 5,200 each and additional gauge stations at CNY 9,800 each during the first three years after Final Acceptance.
H:Article 4 Payment
P:4.1 Customer shall pay 20% of the Contract Price (CNY 375,200) within 20 days after signature of this Agreement and receipt of Vendor's invoice.
P:4.2 Customer shall pay 45% of the Contract Price (CNY 844,200) within 20 days after the parties sign the Installation Certificate. The Installation Certificate only confirms that the Software has been installed on Customer's servers and is not acceptance.
P:4.3 Customer shall pay the remaining 35% of the Contract Price (CNY 656,600) within 20 days after Final Acceptance.
P:4.4 All payments are made in CNY by bank transfer to Vendor's account designated in writing. Vendor shall issue valid invoices before each payment.
H:Article 5 Implementation and Acceptance
P:5.1 Vendor shall install the Software within 45 days after signature and shall complete configuration, gauge integration, data migration and training within 150 days after signature, following the project plan agreed at the kick-off meeting.
P:5.2 Acceptance criteria: (a) every function in the agreed functional specification works as specified; (b) all 40 gauge stations transmit readings to the Software without manual re-entry, and a sample of 2,000 readings matches the gauge displays; (c) control charts and out-of-control alarms appear at the line terminal within 3 seconds of a reading; (d) migrated inspection records reconcile with the source records in count and key fields; (e) the interface to Customer's ERP exchanges lot and part master data without error for 10 consecutive working days; and (f) the system runs in production for 30 days without a Severity 1 incident.
P:5.3 When the criteria are met Vendor shall request Final Acceptance in writing. Customer shall carry out the final test within 10 working days and either sign the acceptance certificate or list the failures. Vendor shall correct any failure and request acceptance again. Installation, go-live or productive use of the Software is not acceptance.
H:Article 6 Warranty
P:6.1 Vendor warrants that the Software and the Custom Deliverables will conform to the functional specification for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period Vendor shall correct defects, supply all updates and new versions and provide technical support free of charge.
P:6.2 Vendor warrants that the Software contains no virus, time lock or other code that could disable it.
H:Article 7 Support Levels
P:7.1 During the Warranty Period and any support year, Vendor shall respond to incidents as follows: Severity 1 (the Software is down or control-chart data stop flowing on any production line): response within 1 hour and a workaround or fix within 8 hours; Severity 2 (a major function fails but production inspection continues): response within 2 hours and a fix within 2 working days; Severity 3 (other issues): response within one working day.
P:7.2 Support is provided remotely through a secure connection approved by Customer and, where remote work cannot resolve a Severity 1 incident, by Vendor's engineer in Suzhou within 24 hours.
P:7.3 For each full hour by which Vendor exceeds a response or fix time for a Severity 1 or Severity 2 incident, Vendor shall credit Customer CNY 1,000 against the next payment or support fee.
H:Article 8 Annual Support after Warranty
P:8.1 After the Warranty Period, Customer may order annual support covering the services in Articles 6.1 and 7. The annual support fee shall be 11% of the Licence Fee, namely CNY 138,600 per year, and shall not increase during the first three support years.
P:8.2 Support is ordered by Customer's purchase order for each support year and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 Vendor retains all intellectual property rights in the Software.
P:9.2 All rights in the Custom Deliverables vest in Customer on creation. Vendor shall deliver their source code and documentation, and Customer may use, modify and license them freely, including through third parties.
P:9.3 Vendor shall defend Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall bear all resulting damages and costs.
H:Article 10 Customer Data and Data Security
P:10.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:10.2 Vendor shall access Customer's systems only through remote sessions that Customer opens and logs for each incident, shall comply with the PRC Data Security Law and Personal Information Protection Law, and shall not transfer Customer Data outside mainland China.
P:10.3 Vendor shall notify Customer within 24 hours after becoming aware of any actual or suspected breach affecting Customer Data, shall take all reasonable remedial steps and shall be liable for losses caused by a breach attributable to Vendor or its personnel.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including Customer's product drawings, tolerances, process parameters and quality results and Vendor's pricing and product roadmap, and shall use it only for this Agreement.
P:11.2 These obligations survive termination for five years.
H:Article 12 Delay and Liability
P:12.1 If Vendor fails to meet the Final Acceptance date under Article 5.1 for reasons attributable to Vendor, Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:12.2 Each party's total liability under this Agreement is limited to 200% of the Contract Price, except for liability for personal injury, wilful misconduct, infringement under Article 9.3 and breach of Articles 10 and 11, which is not limited.
H:Article 13 Termination
P:13.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and fails to cure it within 20 days after written notice, or if liquidated damages under Article 12.1 reach their maximum. If Customer terminates before Final Acceptance, Vendor shall refund all amounts paid, and Customer shall uninstall the Software.
P:13.2 Vendor may terminate this Agreement if Customer fails to pay an undisputed amount within 45 days after a written reminder.
H:Article 14 Subcontracting
P:Vendor shall not subcontract any part of the services without Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the State of Ohio, United States, without regard to its conflict-of-laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:15.2 Any dispute arising out of this Agreement shall be submitted to the state or federal courts located in Ohio, and each party submits to their jurisdiction.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Functional Specification) and Annex 2 (Project Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:16.2 Notices shall be given in writing in English or Chinese to the addresses on the signature page. This Agreement is signed in two English originals, one for each party.
P:For Customer: ____________________    For Vendor: ____________________
"""

# e02 (.md, vendor's order form + general terms)
H1003E02 = """# ORDER FORM AND GENERAL TERMS — DEALERLINK SERVICE PLATFORM

Order Form No. BSD-OF-27-0092

## PART A — ORDER FORM

### A1. Parties

- **Provider:** Black Swamp Dealer Systems LLC, an Ohio limited liability company, 1180 Fox Road, Van Wert, Ohio 45891, United States.
- **Customer:** Weifang Huanong Tractor Co., Ltd., a company incorporated in the People's Republic of China, registered in Weifang, Shandong Province.

This Order Form, together with the General Terms in Part B, forms the agreement between Provider and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Service Ordered

Customer subscribes to the DealerLink service platform (the "Service"), a hosted application for managing warranty claims, dealer service orders, spare-parts returns and field-campaign recalls for Customer's network of tractor and harvester dealers. The subscription covers up to 420 dealer outlets, 1,600 dealer user accounts and 90 Customer head-office users, the claims, service-order and parts-return modules, the dealer mobile app and the analytics dashboards.

### A3. Subscription Term

The Initial Subscription Term is 24 months, made up of two Subscription Years, starting on the date of Go-Live Acceptance under A5 (the "Subscription Start Date").

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 420 outlets, fixed | 348,000 |
| Subscription fee, Subscription Year 2 | 420 outlets, fixed | 348,000 |
| Onboarding and configuration | one-time, fixed price | 64,000 |
| **Total fees for the Initial Subscription Term** | | **760,000** |

- Subscription fees are invoiced quarterly in advance at CNY 87,000 per quarter, the first invoice being issued on the Subscription Start Date. No fee is payable before the Subscription Start Date.
- The onboarding and configuration fee is invoiced on Go-Live Acceptance.
- Invoices are payable within 30 days. All fees are in CNY and include PRC value-added tax.
- Additional dealer outlets may be added at CNY 830 per outlet per Subscription Year, pro rata. Such additions are outside the fees above.

### A5. Onboarding and Go-Live Acceptance

- Provider will complete onboarding within 75 days after signature of this Order Form: configuration of Customer's warranty policies, claim types and labour-time tables; import of dealer master data, product serial numbers and open claims; integration with Customer's ERP for parts and credit notes; and training of Customer's administrators and dealer trainers.
- Go-Live Acceptance criteria: (a) all configured workflows pass the test scripts agreed in the onboarding plan; (b) imported dealer, serial-number and open-claim records reconcile with Customer's extracts in count and key fields; (c) ERP credit-note postings match Service records for 10 consecutive working days; (d) a pilot with 30 dealers runs for 14 days without a Severity 1 incident. Customer will sign a Go-Live Acceptance certificate within 5 working days after the criteria are met. Use of the Service by pilot dealers is not acceptance.
- If Go-Live Acceptance is delayed beyond the 75-day period for reasons attributable to Provider, Provider will pay Customer CNY 600 for each day of delay, up to CNY 45,000.

### A6. Signatures

Signed for Provider: ____________________  Signed for Customer: ____________________

## PART B — GENERAL TERMS

### 1. The Service

1.1 Provider will make the Service available to Customer's authorised users during the Subscription Term in accordance with the documentation and the service levels in Section 2.

1.2 Provider may improve or modify the Service, provided that no modification materially reduces its functionality or security during the Subscription Term.

1.3 Customer is responsible for its users' accounts and for the accuracy of the data it and its dealers submit.

1.4 Provider will provide online help, a dealer training video library and a named customer success manager who meets Customer each quarter to review usage, incidents, open requests and planned releases.

### 2. Service Levels

2.1 Provider will make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced five days in advance and performed between 23:00 and 05:00 China Standard Time.

2.2 Provider will respond to incidents reported by Customer as follows: Severity 1 (the Service is unavailable or claims cannot be submitted or approved): response within 30 minutes, 24 hours a day, and restoration within 6 hours; Severity 2 (a major function is impaired): response within 2 hours and a fix within 2 business days; Severity 3: response within one business day.

2.3 If monthly availability falls below the commitment in Section 2.1, Customer receives a service credit of 5% of the monthly share of the subscription fee for each started 0.1 percentage point of shortfall. Each late Severity 1 response earns a credit of CNY 1,000. Credits are deducted from the next invoice.

### 3. Customer Data and Security

3.1 "Customer Data" means all data submitted to the Service by Customer, its dealers and their users, including claims, photographs, vehicle serial numbers and dealer and farmer contact details. Customer Data belongs to Customer. Provider will use Customer Data only to provide the Service to Customer and will not use it for any other purpose.

3.2 Provider will host the Service and Customer Data in data centres located in mainland China, operated by a licensed cloud provider, and will not transfer Customer Data outside mainland China.

3.3 Provider will maintain encryption in transit and at rest, role-based access control, multi-factor authentication for administrative access, daily backups and audit logs, and will comply with the PRC Personal Information Protection Law and Data Security Law.

3.4 Provider will notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Data, will take all measures needed to contain the incident and will be responsible for losses caused by a breach attributable to Provider.

3.5 On expiry or termination Provider will return Customer Data in a standard format within 30 days and then delete it.

### 4. Intellectual Property

4.1 Provider owns the Service and all its underlying software.

4.2 Configurations, workflows, report templates and integration code created specifically for Customer during onboarding belong to Customer, and Customer may use, modify and have them used by third parties without restriction.

### 5. Confidentiality

Each party will keep the other party's confidential information secret, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar obligations. This Section survives for three years after the Agreement ends.

### 6. Subcontractors

Provider may engage subcontractors and subprocessors of its choice, including its affiliates, to perform any part of the Service. Provider will keep a current list of them on its online trust page and remains responsible for their performance.

### 7. Renewal

At the end of the Initial Subscription Term the Agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives notice of non-renewal at least 60 days before the end of the current term. Provider may increase the subscription fee for any renewal term by up to 9% over the fee for the preceding Subscription Year by notice given with the renewal invoice.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential loss or loss of profit.

8.2 Provider's total liability arising out of or relating to this Agreement shall not exceed the fees paid by Customer in the 6 months preceding the event giving rise to the claim.

### 9. Termination

9.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after receiving notice of the breach.

9.2 Customer may also terminate if monthly availability falls below the commitment in Section 2.1 in any two consecutive months.

9.3 On termination by Customer under this Section, Provider will refund any prepaid fees for the period after termination.

### 10. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 11. General

11.1 Neither party may assign this Agreement without the other's written consent, except to an affiliate that takes over the relevant business.

11.2 This Agreement is made in English and Chinese; both versions are equally authentic.

11.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Failures of Provider's hosting provider or subcontractors are not such events unless they are themselves caused by such an event.

11.4 Notices under this Agreement must be in writing and sent by courier or e-mail to the addresses given in the Order Form or later notified. Operational notices about maintenance may be given through the Service.

11.5 This Agreement is the entire agreement of the parties on its subject matter and replaces all earlier proposals. Terms printed on Customer's purchase orders or Provider's invoices do not apply. Any change to this Agreement must be agreed in writing and signed by both parties.
"""

# e03 (.docx, markup for word_pdf; buyer's paper)
H1003E03 = """
T:PURCHASE CONTRACT FOR CONDITION-MONITORING SENSORS AND SOFTWARE
P:Contract No. LNP-EQ-2027-0311
P:Buyer: Guangdong Lingnan Paper Co., Ltd., Jiangmen, Guangdong Province, People's Republic of China (the "Buyer").
P:Supplier: Ohio River Sensing Corp., an Indiana corporation, 700 Main Street, Tell City, Indiana 47586, United States (the "Supplier").
P:The Buyer operates two paper machines and a pulp line and wishes to monitor the vibration and temperature of its rotating equipment continuously. The Supplier agrees to supply, install and commission a wireless condition-monitoring system on the Buyer's standard purchase terms set out below.
H:1. Definitions
P:1.1 "System" means the sensors, gateways, edge servers, software and documentation listed in Clause 2, installed and integrated as described in this Contract.
P:1.2 "Software" means the Supplier's RiverWatch condition-monitoring software, licensed for 500 monitoring points, including its analytics, alarm and reporting modules.
P:1.3 "Custom Work" means the alarm rules, machine models, dashboards, DCS and CMMS interface programs, scripts and documents prepared by the Supplier specifically for the Buyer.
P:1.4 "Buyer Data" means all measurements, alarms, machine records, maintenance records and other data collected or generated by the System.
H:2. Scope and Price
P:2.1 The Supplier shall deliver, install, configure, integrate and commission the System at the Buyer's mill in Jiangmen and train the Buyer's staff. The Contract Price is CNY 2,160,000, fixed and inclusive of PRC taxes, duties, freight, insurance and all costs of the Supplier's personnel, itemised as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensor, ATEX-rated|320|2,650|848,000
TB:2|Wireless temperature sensor|180|980|176,400
TB:3|Wireless gateway with mounting kit|24|11,800|283,200
TB:4|Edge server, redundant pair member|2|46,500|93,000
TB:5|RiverWatch software, perpetual licence, 500 points|1|388,000|388,000
TB:|Hardware and software subtotal|||1,788,600
TB:6|Installation and commissioning|1 lot|214,000|214,000
TB:7|Integration with DCS and CMMS|1 lot|126,400|126,400
TB:8|Training|1 lot|31,000|31,000
TB:|Contract Price|||2,160,000
P:2.2 The Software licence is perpetual, non-exclusive and irrevocable, and permits use at all sites of the Buyer and its affiliates in mainland China.
H:3. Payment
P:3.1 10% of the Contract Price (CNY 216,000) within 30 days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:3.2 55% of the Contract Price (CNY 1,188,000) within 30 days after all equipment has been delivered and installed and the parties have signed a delivery and installation record. This record confirms quantity and visible condition only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 756,000) within 30 days after Final Acceptance under Clause 5.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment DDP to the Buyer's mill within 70 days after signature and complete installation, integration and commissioning within 140 days after signature.
P:4.2 Installation on running machines shall be carried out during the maintenance shutdowns notified by the Buyer. The Supplier's personnel shall follow the Buyer's safety rules, permit-to-work system and hot-work procedures. The Supplier shall submit a method statement and a risk assessment for each shutdown at least ten days in advance for the Buyer's approval.
P:4.3 The Supplier shall provide spare sensors equal to 2% of each sensor type free of charge, and shall keep spare parts available for at least eight years after Final Acceptance.
H:5. Acceptance
P:5.1 Final Acceptance tests shall show that: (a) all 500 monitoring points report to the Software at the configured interval, with no gap longer than two reporting intervals at any point over a 14-day period; (b) vibration readings of 20 sample points agree with a calibrated portable analyser within the tolerance stated in the technical specification; (c) alarms reach the DCS operator screens and create CMMS work orders within 10 seconds; (d) the Software functions listed in the technical specification work as specified; and (e) the System then runs for 30 days without a Severity 1 incident.
P:5.2 The Buyer shall carry out the tests within 10 working days after the Supplier's written notice of readiness and shall either sign the Final Acceptance certificate or list the failures. The Supplier shall correct failures at its own cost and the tests shall be repeated.
P:5.3 Delivery, installation, commissioning or use of the System by the Buyer does not constitute acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the System, including sensor batteries, against defects in design, materials and workmanship for 36 months after Final Acceptance. During this period the Supplier shall repair or replace defective items and supply Software updates free of charge.
P:6.2 Severity 1 incidents (loss of monitoring on a paper machine or a pulp line section) shall be responded to within 30 minutes and restored within 8 hours; Severity 2 incidents within 2 hours and restored within 2 working days; other incidents within one working day.
P:6.3 For each full hour by which the Supplier exceeds a response or restoration time for a Severity 1 or Severity 2 incident, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
H:7. Support after Warranty
P:7.1 After the warranty period the Buyer may order annual support on the terms of Clause 6. The annual support fee shall not exceed 7.5% of the hardware and software subtotal, that is CNY 134,145 per year, and is fixed for the first two support years.
P:7.2 Annual support is ordered by purchase order and does not renew automatically.
H:8. Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Supplier shall process Buyer Data only to perform this Contract and shall not use it for any other purpose, including product development or benchmarking.
P:8.2 The System shall be hosted on the Buyer's premises. Remote access by the Supplier requires the Buyer's approval for each session and shall use the Buyer's VPN and bastion host. The Supplier shall not copy Buyer Data off the Buyer's network.
P:8.3 The Supplier shall comply with the PRC Cybersecurity Law and Data Security Law, shall notify the Buyer within 6 hours of any security incident affecting the System or Buyer Data, and shall be liable for all losses caused by an incident attributable to the Supplier.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information received from the Buyer, including machine data, process parameters, drawings and network details, and shall disclose it to no third party without the Buyer's prior written consent. This obligation survives termination.
H:10. Intellectual Property
P:10.1 The Software remains the property of the Supplier and is licensed to the Buyer under Clause 2.2.
P:10.2 Custom Work belongs to the Buyer. The Supplier shall deliver source code and documentation, and the Buyer may use, modify and license the Custom Work freely.
H:11. Delay
P:11.1 If the Supplier fails to complete delivery or commissioning by the dates in Clause 4.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the liquidated damages under Clause 11 reach their maximum. The Supplier shall then refund all amounts paid for items not accepted.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final.
H:15. Training and Documentation
P:15.1 The Supplier shall train up to 24 of the Buyer's reliability engineers, instrument technicians and operators in three courses held at the mill: system administration, vibration analysis with the Software, and sensor installation and battery replacement. Each course shall end with a practical test, and the Supplier shall repeat a course at no charge for participants who do not pass.
P:15.2 The Supplier shall deliver, in English and Chinese, the as-built point list, network drawings, gateway and server configuration records, operation and maintenance manuals and the training materials, both printed and in editable electronic form, before Final Acceptance.
H:16. Force Majeure
P:16.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party within seven days and takes reasonable steps to limit the effects. If such an event lasts more than 60 days, either party may terminate this Contract by written notice, and the parties shall settle the value of work performed.
H:17. General
P:17.1 The technical specification and the Supplier's bid are annexed to this Contract. In case of conflict, this Contract prevails, then the technical specification, then the bid.
P:17.2 The Supplier may not assign this Contract or any payment under it without the Buyer's prior written consent.
P:17.3 This Contract is made in English and Chinese in four originals, two for each party. Both language versions are equally authentic. It takes effect on signature by the authorised representatives of both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# e04 (.md)
H1003E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. ITS-XR-2027-05

**Between** Dongguan Xinrui Electronics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Dongguan, Guangdong Province ("Customer"),

**and** Iroquois Technology Services, Inc., an Indiana corporation with its principal office at 215 West Washington Street, Rensselaer, Indiana 47978, United States ("Provider").

Customer makes printed circuit board assemblies at three plants and wishes to outsource its service desk, end-user computing and site network support. Provider has offered to deliver these services from its service centre and through on-site engineers employed by its branch office in Dongguan. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" and "Service Credits" mean the levels and credits set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Customer Data" means all data of Customer, its employees and its customers that Provider receives or can access in performing the Services.

1.5 "Transition" means the takeover of the Services from Customer's current provider in accordance with Clause 3.

## 2. Term

2.1 This Agreement starts on the date of signature. The Services start on the Service Commencement Date, which is the date of Transition Acceptance, and run for 36 months from that date (the "Term").

2.2 The parties may extend the Term by written agreement signed before the Term ends. Unless agreed otherwise, any extension is at the Charges then in force. This Agreement does not renew automatically.

## 3. Transition

3.1 Provider shall complete Transition within 60 days after signature. Transition includes knowledge transfer from the current provider, set-up of the service desk tools and telephone numbers, import of the asset register and open tickets, documentation of each site's network, and recruitment and induction of the on-site engineers.

3.2 Transition Acceptance requires that: (a) all items of the transition plan are complete; (b) the service desk has handled live calls from all three sites for ten working days in parallel with the current provider without a missed Priority 1 target; (c) the asset register reconciles with a physical sample count of 200 devices at each site; and (d) runbooks for every site network have been delivered and approved by Customer. Customer shall confirm Transition Acceptance in writing within five working days after these conditions are met, or state which are not met.

3.3 If Transition Acceptance is delayed beyond the period in Clause 3.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,500 for each day of delay, up to CNY 90,000.

## 4. Services and Service Levels

4.1 Provider shall perform the Services described in Schedule 1 with due skill and care, in accordance with good industry practice and Customer's IT policies as notified to Provider.

4.2 Provider shall meet the Service Levels in Schedule 2. If Provider misses a Service Level, Customer is entitled to the Service Credits in Schedule 2, which are deducted from the next invoice.

4.3 Provider shall report its performance against each Service Level monthly and attend a monthly service review with Customer's IT manager. Provider shall prepare a remediation plan for any Service Level missed in two consecutive months.

4.4 Customer shall give Provider's personnel access to the sites, systems and tools needed for the Services, provide desks, storage and parking for the on-site engineers, and keep its own software licences and carrier contracts current. Provider is not responsible for a missed Service Level to the extent it is caused by Customer's failure to do so.

## 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The Monthly Service Charge is invoiced monthly in arrears. The Transition Charge is invoiced after Transition Acceptance. No amount is payable before the Service Commencement Date.

5.2 Customer shall pay correct invoices within 45 days after receipt. Charges are in CNY and include PRC value-added tax.

5.3 The Charges are fixed for the Term. Changes to the scope of the Services shall be agreed through a written change order.

5.4 Customer may withhold an amount it disputes in good faith, provided that it pays the undisputed part and notifies Provider of the reasons within 15 days after receipt of the invoice. The parties shall resolve the dispute at the next monthly service review.

## 6. Personnel

6.1 Provider shall assign a named service delivery manager and keep at least the on-site engineers listed in Schedule 1. Provider shall not replace the service delivery manager without Customer's prior consent, which Customer shall not unreasonably withhold.

6.2 Provider's personnel shall comply with Customer's site rules, including electrostatic-discharge, clean-area and safety rules.

## 7. Customer Data

7.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to perform the Services and shall return it to Customer at the end of the Term.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's business information that is marked as confidential or would reasonably be understood to be confidential, and shall not disclose it to third parties except to its professional advisers or where required by law.

8.2 This Clause survives for three years after the end of the Term.

## 9. Intellectual Property

9.1 Provider retains ownership of its own tools, methods and software used to deliver the Services.

9.2 Runbooks, knowledge articles, network documentation, scripts and reports prepared by Provider for Customer under this Agreement belong to Customer, which may use, modify and give them to any successor provider without restriction.

## 10. Subcontracting

Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the acts and omissions of its subcontractors.

## 11. Liability

11.1 Neither party is liable for indirect or consequential loss.

11.2 Each party's total liability under this Agreement is limited to 150% of the total Charges for the Term, except for liability for death or personal injury, fraud or wilful misconduct, which is not limited.

## 12. Termination

12.1 This Agreement ends at the end of the Term. Neither party may terminate this Agreement before the end of the Term. Customer's remedies for a failure of the Services are the Service Credits under Clause 4.2 and a claim for damages under Clause 11.

12.2 At the end of the Term Provider shall, for up to 60 days and at the rates in Schedule 3, give all reasonable help to transfer the Services to Customer or a successor provider.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The award is final and binding.

## 14. General

14.1 This Agreement, including its Schedules, is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties.

14.2 This Agreement is made in English and Chinese; in case of difference the English text prevails.

Signed for Customer: ____________________  Signed for Provider: ____________________

## Schedule 1 — Services and Sites

| Service | Scope | Hours |
|---|---|---|
| Service desk | Single point of contact by telephone, e-mail, portal and WeCom, in Mandarin and English, for about 2,300 users | 24 x 7 |
| End-user computing | Set-up, repair and replacement of about 1,900 PCs, 260 shop-floor terminals and 340 printers and scanners; software installation and patching | Site shifts |
| Site network support | Monitoring and support of switches, Wi-Fi, firewalls and cabling at the three plants; carrier fault handling | 24 x 7 monitoring |
| Asset and licence management | Asset register, software licence records, joiner and leaver handling | Business days |
| On-site engineers | Dongguan 3, Suzhou 2, Chengdu 2, named in the transition plan | Site shifts |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response | Resolution | Service Credit per missed ticket |
|---|---|---|---|---|
| Priority 1 | A production line, a whole site or more than 50 users cannot work | 15 minutes | 3 hours | 3% of the Monthly Service Charge |
| Priority 2 | A department or a critical user cannot work | 30 minutes | 8 hours | 1% of the Monthly Service Charge |
| Priority 3 | A single user is affected and a workaround exists | 2 hours | 2 business days | CNY 200 |
| Priority 4 | Requests and questions | 1 business day | 5 business days | none |

Service Credits in any month are limited to 20% of that month's Monthly Service Charge. Service desk calls shall be answered in an average of 30 seconds or less each month; each month in which this is missed earns a credit of CNY 2,000.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, fixed | 84,000 |
| Monthly Service Charge | CNY 58,000 per month x 36 months | 2,088,000 |
| Total Charges for the Term | | 2,172,000 |
| Additional work on request | per engineer day | 2,600 |
"""

# e05 (.txt)
H1003E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. TAD-CN-2027-031

PARTIES

1.1 Tippecanoe Agronomic Data, Inc., an Indiana corporation with its principal office at 120 North Market Street, Winamac, Indiana 46996, United States ("Vendor").

1.2 Dalian Beiliang Grain Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Dalian, Liaoning Province ("Customer").

1.3 Customer trades soybeans, corn and wheat and wishes to receive crop-condition, weather and yield-forecast data for the main producing regions of North and South America through Vendor's application programming interface. Vendor agrees to provide that data on the terms below.

DEFINITIONS

2.1 "API" means Vendor's CropSignal application programming interface and the related developer portal.

2.2 "Vendor Data" means the datasets delivered through the API, including daily weather observations and forecasts, satellite vegetation indices, crop-progress estimates and county-level and state-level yield forecasts, and their historical archives.

2.3 "Customer Materials" means the queries, watch lists, field boundaries, position-related parameters and other information that Customer submits to the API, and the request logs associated with Customer's account.

2.4 "Subscription Year" means each successive period of 365 days starting on the Subscription Start Date; the Subscription Term consists of two Subscription Years.

2.5 "Subscription Start Date" means the date of API Acceptance under Clause 4.3.

SUBSCRIPTION AND LICENCE

3.1 Vendor grants Customer, during the Subscription Term, a non-exclusive, non-transferable right to access the API and to use Vendor Data for its internal trading, risk-management and research purposes, for up to 25 named users and 4 production applications of Customer and its subsidiaries in mainland China.

3.2 Customer may store Vendor Data received during the Subscription Term and keep using it internally after the Subscription Term, but may not resell or publish Vendor Data in raw form. Analyses, models, forecasts and reports that Customer derives from Vendor Data belong to Customer.

3.3 Call volume is limited to 2 million API calls per Subscription Year. Calls above this volume are charged at CNY 0.06 per hundred calls and are not included in the fees below.

3.4 Customer shall keep its credentials secure, make sure that only its named users and production applications use the API, and tell Vendor without delay if it suspects misuse of its account. Customer is responsible for the systems into which it loads Vendor Data.

3.5 Vendor may add datasets or improve the API during the Subscription Term. Vendor shall give at least 90 days' notice through the developer portal before retiring any API version or changing a field used by the custom data mapping, and shall keep the previous version running during that period.

ONBOARDING AND ACCEPTANCE

4.1 Within 35 days after signature Vendor shall provision production and test credentials, configure Customer's coverage regions and crop calendars, build a custom data mapping that converts Vendor Data into the field structure of Customer's market-data warehouse, and train Customer's developers and analysts.

4.2 API Acceptance criteria: (a) all datasets in Annex 1 can be retrieved for every coverage region; (b) daily updates arrive in Customer's warehouse by 07:30 China Standard Time on ten consecutive business days; (c) a sample of 500 records reconciles with Vendor's published values; and (d) median API response time is below 800 milliseconds under the agreed test load.

4.3 When the criteria are met Customer shall issue an API Acceptance notice within five business days. Access to test credentials or trial use of the API is not acceptance.

4.4 If API Acceptance is delayed beyond the period in Clause 4.1 for reasons attributable to Vendor, Vendor shall pay Customer CNY 700 for each day of delay, up to CNY 35,000.

FEES AND PAYMENT

5.1 The fees are:
(a) Subscription fee, Subscription Year 1: CNY 462,000;
(b) Subscription fee, Subscription Year 2: CNY 462,000;
(c) Onboarding and custom data mapping, one-time: CNY 36,000.
The total fees for the Subscription Term are CNY 960,000, excluding any usage charges under Clause 3.3.

5.2 Subscription fees are invoiced quarterly in advance in four equal instalments of CNY 115,500 per Subscription Year, the first invoice being issued on the Subscription Start Date. The onboarding fee is invoiced on API Acceptance. Nothing is payable before API Acceptance.

5.3 Invoices are payable within 30 days in CNY and include PRC value-added tax. Fees are fixed for the Subscription Term.

SERVICE LEVELS

6.1 Vendor shall make the API available at least 99.8% of each calendar month, excluding maintenance windows announced three business days in advance and scheduled on weekends.

6.2 Daily datasets shall be published by 06:00 China Standard Time. Vendor shall notify Customer of any delayed or corrected dataset through the developer portal and by e-mail.

6.3 Incident response: Priority 1 (the API is unavailable, or a daily dataset is missing or materially wrong): response within 1 hour, 24 hours a day, and a fix or workaround within 6 hours; Priority 2 (degraded performance or a delayed dataset): response within 3 hours and a fix within one business day; Priority 3: response within two business days.

6.4 Service credits: for each started 0.1 percentage point by which monthly availability falls below the level in Clause 6.1, Customer receives a credit of 4% of the monthly share of the subscription fee; for each late daily dataset, CNY 300; for each late Priority 1 response, CNY 800. Credits are deducted from the next invoice or refunded after the last invoice.

DATA SECURITY

7.1 Customer Materials belong to Customer. Vendor shall use Customer Materials only to provide the API to Customer and shall not analyse, combine or use them for any other purpose, including Vendor's own products or other customers.

7.2 Vendor shall protect Customer Materials and Customer's credentials with encryption in transit and at rest, access restricted to named support staff, multi-factor authentication and audit logs, and shall store Customer Materials in mainland China. Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law to the extent they apply.

7.3 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Materials or credentials, shall take all reasonable steps to contain it and shall be liable for losses caused by a security incident attributable to Vendor.

7.4 Within 30 days after the end of the Subscription Term Vendor shall delete Customer Materials and confirm deletion in writing.

INTELLECTUAL PROPERTY

8.1 Vendor owns the API and Vendor Data, subject to the licence in Clause 3.

8.2 The custom data mapping, its source code and documentation belong to Customer, which may use and modify it freely and have it maintained by any third party.

SUBCONTRACTING

9.1 Vendor shall not subcontract any part of its obligations under this Agreement without Customer's prior written consent, except for the use of its existing hosting provider named in Annex 2. Vendor remains responsible for any subcontractor.

TERM, RENEWAL AND TERMINATION

10.1 This Agreement runs until the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written order at prices agreed at that time.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. Customer may also terminate if monthly availability falls below the level in Clause 6.1 in three months of any Subscription Year.

10.3 If Customer terminates under Clause 10.2, Vendor shall refund the fees paid for the period after termination.

LIABILITY

11.1 Neither party is liable for indirect or consequential loss or lost profits, including trading losses arising from market movements.

11.2 Each party's total liability under this Agreement is limited to 200% of the total fees for the Subscription Term, except for liability under Clause 7.3 and for wilful misconduct, which is not limited.

11.3 Vendor Data consists of observations and forecasts. Vendor shall compile it with due care in accordance with its published methods but does not warrant the outcome of any crop season or price movement.

GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising from this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules in force at the time. The award is final and binding on both parties.

GENERAL

13.1 Annex 1 (Datasets and Coverage Regions) and Annex 2 (Hosting Provider) form part of this Agreement.

13.2 Notices shall be in writing and sent by courier or e-mail to the addresses in the signature block. Operational notices may be given through the developer portal.

13.3 Changes to this Agreement must be in writing and signed by both parties. This Agreement is made in English and Chinese; both versions are equally authentic.

13.4 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war, failures of public networks or government action, provided that it informs the other party promptly and works to resume performance. Service credits remain payable for unavailability caused by failures of Vendor's own systems or of its hosting provider.

13.5 Neither party may assign this Agreement without the written consent of the other party, except to a successor of its entire business.

For Customer: ____________________    For Vendor: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
# files, labels and design

FILES = {
    "h1003z01": ("h1003z01_civil_affairs_charitable_trust_filing_platform.pdf", "zh", H1003Z01),
    "h1003z02": ("h1003z02_scale_factory_production_line_control_retrofit.docx", "zh", H1003Z02),
    "h1003z03": ("h1003z03_sudoku_school_chain_booking_membership_saas.txt", "zh", H1003Z03),
    "h1003z04": ("h1003z04_urban_management_sanitation_dispatch_om_service.txt", "zh", H1003Z04),
    "h1003z05": ("h1003z05_knot_studio_process_tracking_supplier_template.md", "zh", H1003Z05),
    "h1003e01": ("h1003e01_spc_quality_software_perpetual_licence_ohio_vendor.pdf", "en", H1003E01),
    "h1003e02": ("h1003e02_dealer_service_saas_order_form_ohio_vendor.md", "en", H1003E02),
    "h1003e03": ("h1003e03_paper_mill_condition_monitoring_sensors_indiana_vendor.docx", "en", H1003E03),
    "h1003e04": ("h1003e04_managed_it_services_36_months_indiana_vendor.md", "en", H1003E04),
    "h1003e05": ("h1003e05_crop_data_api_subscription_indiana_vendor.txt", "en", H1003E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def terms(avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prep, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, prep, acc, final, war, pwf, auto,
                                term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (category, terms, extra, design)  design: forum_outside, tco_base (itemised licence/hardware subtotal),
# price_items (must sum to the contract value), payments (must sum to the contract value), expected rules
LABELS = {
    "h1003z01": ("software",
                 terms(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9.5, False, True,
                       False, "PRC", G),
                 dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                      acceptance_deemed_on_delivery=False, contract_value=2136000),
                 dict(forum_outside=False, tco_base=1180000, price_items=[1180000, 742000, 168000, 46000],
                      payments=[427200, 961200, 747600], rules=[])),
    "h1003z02": ("hardware",
                 terms(None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 28, False, True,
                       True, "PRC", G),
                 dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                      acceptance_deemed_on_delivery=False, contract_value=1850000),
                 dict(forum_outside=False, tco_base=1546000,
                      price_items=[828000, 228000, 93600, 66000, 34400, 296000, 186000, 98000, 20000],
                      subtotal=(6, 1546000), payments=[370000, 832500, 647500],
                      rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"])),
    "h1003z03": ("cloud",
                 terms(99.5, 0.5, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True,
                       True, False, "PRC", S),
                 dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=478000),
                 dict(forum_outside=False, price_items=[204000, 204000, 58000, 12000],
                      payments=[51000] * 8 + [58000, 12000],
                      rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"])),
    "h1003z04": ("services",
                 terms(99.95, 0.5, False, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False,
                       True, False, "PRC", S),
                 dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=684000),
                 dict(forum_outside=False, price_items=[354000, 420 * 460, 96800, 40000], payments=[171000] * 4,
                      rules=["CR-LD-LOW", "CR-SLA-NO-REMEDY"])),
    "h1003z05": ("software",
                 terms(None, None, False, "supplier", True, True, True, None, 20, 65, False, False, 3, None, False,
                       True, None, "PRC", G),
                 dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=False,
                      acceptance_deemed_on_delivery=True, contract_value=162000),
                 dict(forum_outside=False, tco_base=86000, price_items=[86000, 64000, 9000, 3000],
                      payments=[105300, 56700],
                      rules=["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                             "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE",
                             "CR-WARRANTY"])),
    "h1003e01": ("software",
                 terms(None, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 24, 11, False, True,
                       False, "Ohio", G),
                 dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                      acceptance_deemed_on_delivery=False, contract_value=1876000),
                 dict(forum_outside=True, tco_base=1260000, price_items=[1260000, 486000, 92000, 38000],
                      payments=[375200, 844200, 656600], rules=["CR-GOVERNING-LAW"])),
    "h1003e02": ("cloud",
                 terms(99.95, 0.5, True, "buyer", True, True, True, 600 / 760000 * 100, 6 / 24 * 100, None, True,
                       None, None, None, True, True, True, "PRC", S),
                 dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=760000),
                 dict(forum_outside=False, price_items=[348000, 348000, 64000], payments=[87000] * 8 + [64000],
                      rules=["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"])),
    "h1003e03": ("hardware",
                 terms(None, 0.5, True, "buyer", True, True, True, 0.1, None, 10, True, True, 36, 7.5, False, True,
                       False, "PRC", G),
                 dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                      acceptance_deemed_on_delivery=False, contract_value=2160000),
                 dict(forum_outside=False, tco_base=1788600,
                      price_items=[320 * 2650, 180 * 980, 24 * 11800, 2 * 46500, 388000, 214000, 126400, 31000],
                      subtotal=(5, 1788600), payments=[216000, 1188000, 756000], rules=[])),
    "h1003e04": ("services",
                 terms(None, 0.25, True, "buyer", False, True, True, 1500 / 2172000 * 100, 150, None, True, None,
                       None, None, False, False, False, "PRC", S),
                 dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=2172000),
                 dict(forum_outside=False, price_items=[84000, 58000 * 36], payments=[58000] * 36 + [84000],
                      rules=["CR-DATA-SECURITY", "CR-TERMINATION"])),
    "h1003e05": ("cloud",
                 terms(99.8, 1, True, "buyer", True, True, False, 700 / 960000 * 100, 200, None, True, None, None,
                       None, False, True, False, "PRC", S),
                 dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=960000),
                 dict(forum_outside=False, price_items=[462000, 462000, 36000], payments=[115500] * 8 + [36000],
                      rules=["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"])),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
# policy thresholds (defaults of the shipped pack)
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15, tco_share=40, horizon=5)


def tco(t, x, d):
    """(TCO, post-warranty share %) or None when not computable (policy section 4, horizon 5 years)."""
    if t["contract_kind"] != G:
        return None
    if t["warranty_months"] is None or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, TH["horizon"] - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * d["tco_base"]
    total = x["contract_value"] + fees
    return total, fees / total * 100


def derive(t, x, d):
    """My reading of policy section 3 applied to the labels."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(t, x, d)
        if c and c[1] > TH["tco_share"]:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or d["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ----------------------------------------------------------------------------------------------------------------
# reading the built files back

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

CN_DIGIT = "十二三四五六七八九零〇两百千"
THRESHOLD_PATTERNS = [
    r"99[.．]9(?![0-9])",                                                     # availability 99.9 %
    r"(?<![0-9])0[.．]05(?![0-9])", r"万分之五", r"千分之零点五", r"0[.．]5\s*‰",   # delay damages 0.05 %/day
    r"(?<![0-9.,])(?:100|30|15|40)\s*(?:[%％]|percent|per\s*cent)",           # cap / prepayment / fee / TCO
    r"百分之(?:百|一百|三十|十五|四十)(?![一二三四五六七八九十点])", r"[三四]成",
    r"(?i)\b(?:one\s*hundred|thirty|fifteen|forty)\s*(?:percent|per\s*cent)",
    r"(?i)(?<![0-9.])4\s*(?:hours?|hrs?\b|h\b|-hour)", r"(?<![0-9.])4\s*个?小时",  # P1 response 4 hours
    r"(?i)\bfour[\s-]*hours?\b", r"(?<![" + CN_DIGIT + r"])四个?小时",
    r"(?i)(?<![0-9.])12\s*(?:个月|months?\b|-month)", r"十二个月", r"(?i)\btwelve[\s-]*months?\b",  # warranty 12 months
    r"(?<![" + CN_DIGIT + r"每第])一年(?!度)", r"(?i)\b(?:one|1)[\s-]*years?\b",
]
MUST_HIT = ["99.9%", "可用率99.9％", "0.05%", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十",
            "thirty percent", "15%", "百分之十五", "40%", "40 per cent", "4 hours", "4小时", "四小时", "四个小时",
            "four hours", "4-hour", "12 months", "12个月", "十二个月", "twelve months", "12-month", "一年",
            "one year", "1 year"]
MUST_MISS = ["99.95%", "99.98", "10.05", "0.055", "130%", "1,100%", "24 hours", "14 hours", "二十四小时", "24小时",
             "每年", "服务年度", "第一年", "one Subscription Year", "112 months", "2,100 %", "300%", "百分之四十五",
             "百分之一百五十", "404 hours", "二成"]


def threshold_hits(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
        for pat in THRESHOLD_PATTERNS:
            hits += [m.group(0) for m in re.finditer(pat, form)]
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), "must miss: %s %s" % (s, threshold_hits(s))


def label_on_threshold(t, x, d):
    bad = []
    for k in ("availability_pct", "p1_response_hours", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
              "warranty_months", "post_warranty_fee_pct"):
        if t[k] is not None and abs(t[k] - TH[k]) < 1e-9:
            bad.append(k)
    c = tco(t, x, d)
    if c and abs(c[1] - TH["tco_share"]) <= 2:
        bad.append("tco_share")
    return bad


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    targets, sources = {}, {}
    for key, (name, lang, src) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            targets[key], sources[key] = (name, ext), src
        else:
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    fired = set()
    for key, (name, lang, src) in FILES.items():
        cat, t, x, d = LABELS[key]
        assert list(t) == TERM_KEYS
        kind = t["contract_kind"]
        xkeys = ["sla_clause", "ld_stated"] + (["post_warranty_fee_capped"] if kind == G else []) + [
            "acceptance_deemed_on_delivery", "contract_value"]
        assert list(x) == xkeys, key
        if kind == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
            assert t["final_payment_on_acceptance"] is None  # every service draft here is paid per period
        assert sum(d["price_items"]) == x["contract_value"], key
        assert sum(d["payments"]) == x["contract_value"], key
        if "subtotal" in d:
            n, sub = d["subtotal"]
            assert sum(d["price_items"][:n]) == sub == d["tco_base"], key
        rules = derive(t, x, d)
        assert rules == sorted(d["rules"]), (key, rules, d["rules"])
        fired |= set(rules)
        bad = label_on_threshold(t, x, d)
        assert not bad, (key, bad)
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = RANGES[lang]
        assert lo <= n <= hi, (name, n)
        hits = threshold_hits(text)
        assert not hits, (name, hits)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                              encoding="utf-8")
        c = tco(t, x, d)
        print("%-72s %-3s %5d  risk %-6s %s%s" % (name, lang, n, risk(rules), ", ".join(r[3:] for r in rules) or
                                                  "(none)", "  TCO %.0f share %.2f%%" % c if c else ""))
    assert fired == set(ALL_RULES), sorted(set(ALL_RULES) - fired)
    print("all 20 CR rules fire at least once; all checks passed")


if __name__ == "__main__":
    main()
