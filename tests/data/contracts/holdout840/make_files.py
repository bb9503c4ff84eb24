"""holdout840: builds the ten drafts (txt/md written directly, docx/pdf through ../word_pdf.py), writes the .json
labels and asserts lengths, sums, threshold avoidance, the derived rules and the coverage of all 20 CR rules.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:华岭县林业局野生菌采集监管平台采购合同
P:合同编号：HLLY-ZFCG-2027-014　　采购项目编号：HLCG2027-0326
P:采购人（甲方）：华岭县林业局
P:供应商（乙方）：云栖数林科技有限公司
P:本合同依据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书订立，上述文件为本合同组成部分。文件之间不一致的，以本合同条款为准。
H:第一条 项目内容
P:1.1 乙方向甲方提供野生菌采集监管平台软件许可，并完成定制开发、部署实施和培训，使甲方能够对全县十二个乡镇的采集点登记、采集证核发、采集量申报、林区巡护和菌品溯源实施统一监管。
P:1.2 定制开发内容包括：采集点电子地图与红线管理、采集证在线申领与核验、采集量日报与超量预警、巡护人员移动端应用、菌品批次溯源码生成与查询、与省林长制信息平台的数据接口。详细需求以招标文件技术要求及双方确认的需求规格说明书为准。
P:1.3 平台部署于甲方指定的县政务云，乙方不得将平台或其中数据部署至其他环境。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰壹拾玖万捌仟元整（¥1,198,000），含税，包括：平台软件许可费620,000元（永久许可，不限用户数）；定制开发费486,000元；部署实施费74,000元；培训费18,000元。
P:2.2 合同总价为固定价格，除甲方书面变更需求外不作调整。乙方为履行本合同所需的差旅、食宿、测试工具等费用均已包含在合同总价内。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即239,600元。
P:3.2 平台完成部署并通过初步验收后十五个工作日内，甲方支付合同总价的45%，即539,100元。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，即419,300元。
P:3.4 每次付款前乙方应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
P:3.5 乙方应在合同签订前按合同总价的5%提交履约保证金，最终验收合格且无违约情形的，甲方在三十日内无息退还。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后九十日内完成平台部署和全部定制功能开发，并提交初步验收申请。
P:4.2 乙方应指派一名项目经理常驻甲方，未经甲方同意不得更换。
P:4.3 乙方应在初步验收前完成对甲方及各乡镇林业站管理人员、巡护人员的操作培训，培训不少于三期，每期结束后提交培训记录和考核结果。
P:4.4 甲方应为乙方提供必要的工作场地、政务云资源和接口联调所需的配合，并在五个工作日内对乙方提交的需求规格说明书提出书面意见。
H:第五条 验收
P:5.1 初步验收由甲方组织，按需求规格说明书逐项测试，标准为：全部功能项可正常使用；移动端在离线状态下可完成巡护记录并在联网后同步；二百个并发用户下页面平均响应时间不超过两秒；与省级平台的接口连续七日数据交换无差错。
P:5.2 初步验收通过后平台试运行六十日，试运行期间未发生一级故障、遗留问题全部整改完毕的，甲方组织专家进行最终验收，并出具书面验收报告。
P:5.3 平台上线使用、甲方支付款项均不视为验收合格。验收不合格的，乙方应在十日内整改并重新提交验收，由此增加的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 免费质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 平台月度可用率不低于99.95%，计划内维护须提前三日经甲方同意，且不计入不可用时间。质保期内乙方每季度对平台进行一次巡检，并向甲方提交巡检报告。
P:6.3 一级故障（平台整体不可用或采集证核验中断）乙方应在三十分钟内响应、两小时内到场、八小时内恢复；二级故障两小时内响应、二十四小时内解决；其他问题三个工作日内解决。
P:6.4 乙方未按时响应或恢复的，每超时一小时扣减违约金五百元；月度可用率每低于约定值0.1个百分点，扣减违约金两千元，甲方可从应付款项或履约保证金中直接扣除。
P:6.5 质保期满后，甲方如需乙方继续提供运维服务，年度运维费不超过平台软件许可费的8%（即每年不超过49,600元），该标准在质保期满后三年内不上调，具体以双方届时签订的运维合同为准。运维合同不自动续期。
H:第七条 知识产权
P:7.1 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销、不限用户数的使用许可。
P:7.2 本合同定制开发的程序、源代码、接口、数据库设计和技术文档，其知识产权归甲方所有，乙方应在最终验收时一并交付源代码。甲方有权自行或委托第三方修改和使用，无需另行付费。
P:7.3 乙方保证所交付的软件不侵犯任何第三方合法权益，因侵权引起的索赔由乙方负责处理并承担全部费用。
P:7.4 乙方应列明本项目使用的开源组件清单，并保证其许可条件不影响甲方对定制成果的使用和修改。
H:第八条 数据安全
P:8.1 平台采集和产生的全部数据，包括采集人员身份信息、采集点坐标、巡护轨迹和溯源记录，均归甲方所有。乙方仅可为履行本合同使用，不得复制、留存或用于任何其他目的。
P:8.2 乙方应按照网络安全等级保护第二级要求落实安全措施，对个人信息进行加密存储和脱敏展示，运维操作须经甲方审批并通过堡垒机进行，操作日志保存不少于六个月。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在一小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应的行政法律责任。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、林区资源信息和其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因本合同终止而解除。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限提交初步验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:10.2 乙方交付的平台不符合约定且经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包
P:11.1 本项目不允许分包。乙方不得将本合同的任何部分转包或分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方承担违约责任。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同，双方互不承担违约责任。
H:第十三条 适用法律与争议解决
P:13.1 本合同的订立、履行和解释适用中华人民共和国法律。
P:13.2 因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:14.3 本合同附件包括：需求规格说明书、分项报价表、项目实施计划和验收测试方案。
P:甲方（盖章）：华岭县林业局　　　　乙方（盖章）：云栖数林科技有限公司
P:签订日期：2027年　月　日
"""

Z02 = """T:生产线控制系统改造合同
P:合同编号：JBB-SB-2027-031
P:甲方：金笔坊圆珠笔制造有限公司
P:乙方：衡拓工业自动化有限公司
P:甲方拟对其注塑、笔头装配、灌墨及包装四条生产线的控制系统进行改造，乙方为专业工业自动化集成商。双方经友好协商，就控制系统设备供货、软件许可、安装调试及售后服务事宜订立本合同。
H:第一条 改造范围
P:1.1 乙方负责拆除原有继电器控制柜，提供并安装新的PLC控制柜、伺服驱动系统、笔头视觉检测单元和工业网络设备，部署产线监控软件，并完成控制程序定制开发、联调和人员培训。
P:1.2 改造须在甲方安排的停线窗口内分线实施，每条线停线时间不超过六日，不得影响其他生产线正常生产。
P:1.3 设备的品牌、型号和技术参数以附件一《设备技术规格书》为准，乙方不得擅自替换。确需替换的，须经甲方书面同意且性能不低于原约定。
P:1.4 乙方应在实施前提交改造实施方案和停线切换计划，经甲方生产部、设备部审核同意后方可施工。
H:第二条 合同价格
P:2.1 合同总价为人民币1,800,000元（含13%增值税），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC及控制柜|8套|85,500|684,000
TB:2|伺服驱动及电机|24套|16,500|396,000
TB:3|笔头视觉检测单元|6套|43,000|258,000
TB:4|工业以太网交换机|10台|4,600|46,000
TB:5|产线监控软件许可（永久）|1套|188,000|188,000
TB:|软硬件小计|||1,572,000
TB:6|安装调试及旧柜拆除|1项|126,000|126,000
TB:7|控制程序定制开发|1项|88,000|88,000
TB:8|操作及维护培训|1项|14,000|14,000
TB:|合同总价|||1,800,000
P:2.2 上述价格包含设备运输、保险、安装辅材、调试及税费，甲方无需另行支付任何费用。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款，计360,000元。
P:3.2 全部设备到货并完成安装、经甲方签收后，甲方支付合同总价的35%，计630,000元。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 四条生产线全部通过终验后，甲方支付合同总价的45%，计810,000元。
P:3.4 乙方应在每期付款前开具等额增值税专用发票。
H:第四条 交货与安装
P:4.1 乙方应在合同生效后四十五日内将全部设备运至甲方工厂，并在到货后六十日内完成四条生产线的安装调试。
P:4.2 乙方现场人员应遵守甲方的安全生产和防静电管理制度，因乙方人员违规造成的人身或财产损失由乙方承担。
P:4.3 甲方应按双方确认的实施计划安排停线窗口，提供施工用电、压缩空气和临时存放场地，并指定一名设备工程师负责现场协调。甲方未按计划安排停线的，乙方的工期相应顺延。
P:4.4 乙方应在安装调试期间对甲方操作工、设备维修工和工艺工程师分别进行培训，培训内容包括设备操作、日常点检、常见故障处理和程序备份恢复。培训结束后乙方应组织考核，考核不合格的人员应安排补训。
P:4.5 乙方应随设备交付中文操作手册、电气原理图、接线图、PLC程序备份、备件清单及合格证、原厂质保证明等技术资料，资料不全的，甲方有权拒绝签收。
H:第五条 验收
P:5.1 每条生产线改造完成后，双方进行单线调试验收，标准为：设备数量、型号与规格书一致；控制程序满足工艺要求；产线连续满负荷运行七十二小时无停机故障；笔头视觉检测漏检率不高于0.2%、误剔率不高于0.5%；监控软件准确采集产量、停机和报警数据。
P:5.2 四条生产线全部通过单线调试验收并稳定运行三十日后，甲方组织终验，签署终验报告。
P:5.3 设备安装、试生产或甲方使用均不视为验收合格。验收不合格的，乙方应在七日内整改，并承担重新验收的费用。
H:第六条 质量保证与维保
P:6.1 质保期为十八个月，自终验合格之日起计算。质保期内乙方免费维修或更换故障部件，并免费提供软件升级。
P:6.2 质保期内，一级故障（整线停机）乙方应在三十分钟内响应，六小时内到场处理，二十四小时内恢复生产；二级故障（单台设备故障但不停线）两小时内响应，四十八小时内修复。
P:6.3 乙方未按时响应或修复的，每超时一小时向甲方支付违约金八百元。
P:6.4 质保期满后，乙方按年提供维保服务，内容包括定期巡检、故障维修、备件更换和程序维护。维保费按软硬件小计的26%每年计取，即每年408,720元，前三年不作调整。
P:6.5 乙方应保证质保期满后八年内持续供应备品备件，价格不高于本合同同类单价。
P:6.6 乙方应在甲方工厂存放一套PLC主模块、两套伺服驱动器和一台交换机作为备件，质保期内免费使用，所有权归乙方。乙方每季度对四条生产线进行一次预防性巡检，并提交巡检报告和整改建议。
H:第七条 知识产权
P:7.1 PLC、伺服及监控软件的标准产品仍归原厂或乙方所有，甲方获得永久使用许可。
P:7.2 乙方为本项目定制开发的控制程序、HMI画面、配方参数和接口程序，其知识产权归甲方所有，乙方应交付完整源程序及注释，甲方可自行修改或交由第三方维护。
H:第八条 数据安全
P:8.1 控制系统运行中产生的生产数据、工艺参数和配方数据归甲方所有，乙方不得复制、留存或用于其他目的。
P:8.2 乙方远程维护须经甲方逐次审批，通过甲方提供的VPN和堡垒机接入，不得在控制网络中安装未经甲方许可的软件或接入移动存储介质。
P:8.3 因乙方原因导致数据泄露、篡改或控制系统遭受网络攻击的，乙方应在二小时内报告甲方，配合处置并承担相应赔偿责任。
H:第九条 保密
P:9.1 乙方对甲方的工艺配方、产能数据、设备布局及其他商业秘密负保密义务，未经甲方书面同意不得向第三方披露，保密期限至相关信息公开为止。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:10.2 设备或软件存在质量缺陷，经两次维修仍不能正常运行的，乙方应免费更换同型号新品；因质量缺陷造成甲方停产的，乙方赔偿甲方由此产生的直接损失。
P:10.3 甲方逾期付款的，每逾期一日按应付金额的万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 乙方可将现场布线、控制柜安装等辅助工作分包给具备相应资质的第三方，但应提前五个工作日书面告知甲方分包单位名称和工作内容。乙方对分包工作向甲方承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内未能纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:12.2 乙方逾期交货超过三十日的，甲方有权解除合同。
P:12.3 因不可抗力导致合同无法履行的，受影响一方应在三日内通知对方并提供证明，双方协商延期履行或解除合同，互不承担违约责任。
H:第十三条 适用法律与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:第十四条 其他
P:14.1 本合同自双方签字盖章之日起生效，一式四份，双方各执两份。
P:14.2 本合同未尽事宜，双方另行签订补充协议。
P:14.3 附件一《设备技术规格书》、附件二《改造实施方案》为本合同不可分割的组成部分。
P:甲方（盖章）：　　　　　　　乙方（盖章）：
P:日期：　　　　　　　　　　　日期：
"""

Z03 = """回响手碟音乐培训连锁门店预约及会员管理系统服务合同

合同编号：HX-IT-2027-008

甲方：成都回响手碟文化传播有限公司
乙方：蓉信云合软件有限公司

甲方在成都、重庆两地经营三十家手碟培训门店，为统一课程预约、会员储值和教师排课管理，向乙方订购门店预约及会员管理SaaS服务，并委托乙方完成上线实施。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方通过其云平台向甲方三十家门店提供课程预约、会员卡与储值、教师排课、琴房管理、消课统计、营销券和小程序端服务，服务版本为“连锁旗舰版”。
2. 每家门店开通五个员工账号，总部开通二十个管理账号，会员端用户数不限。
3. 服务期内乙方负责平台的运行、维护、安全防护和版本更新，新版本上线前应提前七日通知甲方。
（二）实施服务
1. 乙方负责三十家门店的系统配置、课程体系和价目表录入、原有会员数据迁移、微信小程序上线以及店长和前台人员培训。
2. 乙方为甲方定制开发“手碟课程进阶档案”页面和总部经营分析报表，按甲方确认的需求说明书交付。
3. 实施工作应在合同生效后四十五日内完成，并具备上线验收条件。
4. 乙方应在数据迁移前提交迁移方案和回退方案，迁移安排在门店营业结束后进行，迁移期间不得影响门店次日正常营业。
5. 乙方应为甲方开通测试环境，供甲方在上线前对课程规则、储值规则和营销券规则进行验证。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自上线验收通过之日起算，第二个服务年度紧接第一个服务年度。
（二）服务期满后，甲方如需继续使用，双方另行签订合同，续订价格由双方协商确定。本合同不自动续期。

三、费用及支付
（一）合同总价为人民币肆拾伍万肆仟元整（¥454,000），包括：
1. 订阅服务费：每家门店每个服务年度6,800元，三十家门店每个服务年度合计204,000元，两个服务年度合计408,000元；
2. 实施费（含数据迁移、定制页面及报表、培训）：46,000元。
（二）实施费在上线验收通过后十五个工作日内一次性支付。
（三）订阅服务费按季度支付，每季度51,000元，由乙方在每个季度结束后开具发票，甲方在收到发票后十五个工作日内支付。
（四）服务期内新增门店的，按每家门店每个服务年度6,800元按月折算计费；关闭门店的，自次月起相应减少服务费。

四、上线验收
（一）实施完成后，乙方提交上线验收申请，甲方在十个工作日内组织验收。
（二）验收标准：
1. 三十家门店均可正常完成预约、签到、消课和储值操作；
2. 原有会员、储值余额和剩余课时迁移后与甲方提供的原始台账逐条核对一致；
3. 小程序在晚间高峰时段二千名会员同时在线时，预约提交响应时间不超过两秒；
4. 定制页面和报表符合需求说明书；
5. 店长和前台人员培训完成且考核合格。
（三）系统试用或部分门店先行使用的，不视为验收通过。验收不合格的，乙方应在七日内整改后重新提交验收。

五、服务水平
（一）平台月度可用率不低于99.95%，经甲方同意的计划内维护安排在凌晨一时至六时，不计入不可用时间。
（二）故障分级及处理时限：
1. 一级故障：全部或多家门店无法预约、签到或储值，乙方应在三十分钟内响应，三小时内恢复；
2. 二级故障：单个门店或单项功能异常，两小时内响应，八小时内解决；
3. 三级问题：咨询及一般缺陷，一个工作日内答复。
（三）服务补偿：月度可用率每低于约定值0.1个百分点，乙方减免当月服务费的5%；一级故障每超过处理时限一小时，乙方另行减免三百元。当月减免总额不超过当月服务费。
（四）乙方每月五日前向甲方提供上月服务报告，列明可用率、故障和处理情况。
（五）乙方应提供全年不间断的电话和在线工单支持渠道，门店在营业时间内提出的问题，乙方应有专人跟进直至关闭。
（六）乙方进行版本更新导致门店功能异常的，应立即回退至原版本，回退期间按一级故障处理。

六、会员数据与数据安全
（一）甲方及其会员在平台中产生的全部数据，包括会员姓名、手机号、储值记录、课程记录和评价，均归甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他任何目的，不得向第三方提供。
（二）乙方应按照《个人信息保护法》和《数据安全法》的要求，对会员个人信息加密存储，实行最小权限访问和操作留痕，平台部署于境内数据中心，并保持网络安全等级保护第二级备案有效。
（三）乙方每日备份甲方数据，备份保留不少于三十日。服务期满或合同终止后，乙方应在三十日内向甲方完整移交数据，并在甲方确认后删除留存的副本。
（四）发生数据泄露、丢失或被篡改的，乙方应在二十四小时内通知甲方，采取补救措施并协助甲方履行告知义务；因乙方原因造成的，乙方承担全部赔偿责任。

七、双方的其他权利义务
（一）甲方应指定一名项目负责人，负责需求确认、门店协调和验收组织，并按时提供原有系统的会员台账、课程价目表和门店信息。
（二）甲方应督促门店员工妥善保管账号和密码，因甲方员工泄露账号造成的损失由甲方承担。
（三）乙方应为甲方配备专属客户成功经理，每季度到甲方总部回访一次，收集门店使用意见，并提交功能优化建议。
（四）乙方在服务期内应免费为甲方新入职的店长和前台人员提供线上培训，每季度至少安排一次集中培训。
（五）平台功能调整涉及预约、储值或消课规则的，乙方应提前十五日书面征得甲方同意，不得降低甲方已订购版本的功能。
（六）甲方需要乙方提供本合同约定范围以外的定制开发的，双方另行签订补充协议，费用按乙方投标时的人天单价1,600元计算。

八、知识产权
（一）平台及其标准功能的知识产权归乙方所有，乙方保证平台不侵犯第三方的合法权益。
（二）乙方为甲方定制开发的课程进阶档案页面和经营分析报表，其设计、源代码和文档的知识产权归甲方所有，甲方可自由使用、修改或交由第三方开发维护。

九、违约责任
（一）乙方未能在约定时间内具备上线验收条件的，每逾期一日，应向甲方支付违约金400元。
（二）因乙方原因导致会员储值或课时数据错误的，乙方应负责更正，并赔偿甲方因此向会员退款或补偿产生的损失。
（三）甲方逾期支付服务费的，每逾期一日按逾期金额的万分之三支付违约金。

十、合同的履行
（一）服务期内，除因不可抗力致使合同目的无法实现外，任何一方不得提前解除本合同。
（二）乙方不得将本合同项下的服务转包或分包给第三方。

十一、适用法律与争议解决
（一）本合同适用中华人民共和国法律。
（二）因本合同产生的争议，双方应友好协商；协商不成的，提交成都仲裁委员会仲裁。

十二、其他
（一）本合同自双方盖章之日起生效，一式两份，双方各执一份。
（二）双方往来通知以书面形式送达本合同载明的地址或电子邮箱，一方变更联系方式的应在三日内通知对方。
（三）乙方开具的发票应为增值税专用发票，发票信息错误的，付款期限相应顺延。
（四）需求说明书、门店清单为本合同附件。

甲方（盖章）：成都回响手碟文化传播有限公司
乙方（盖章）：蓉信云合软件有限公司
签订日期：2027年　月　日
"""

Z04 = """海西州能源局光热电站运维监控系统年度运维服务合同

采购方式：竞争性磋商　　项目编号：HXNY-CS-2026-117

甲方（采购人）：海西州能源局
乙方（成交供应商）：青海昱辉能源信息技术有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就光热电站运维监控系统年度运维服务事项订立本合同。

第一条 服务对象与范围
（一）服务对象为甲方建设的光热电站运维监控系统，包括：州级监控中心平台软件、数据采集前置机、三座光热电站的接入网关、气象与直射辐照监测子系统、大屏展示系统，以及与省能源监测平台的数据接口。
（二）服务内容包括：系统日常巡检与监控、故障处理、软件缺陷修复与配置调整、数据质量核查、接口维护、安全加固与漏洞修补、数据备份与恢复演练、重要时段保障及年度运维总结。
（三）本合同不含硬件设备的更换采购。需更换硬件的，乙方应提出方案，经甲方同意后另行采购。
（四）服务期内甲方新建电站需接入本系统的，乙方应负责接入调试并纳入运维范围，所需费用由双方另行协商。
（五）乙方应配合甲方完成网络安全等级保护测评、电力监控系统安全评估和上级部门的检查，对发现的问题在规定期限内整改完毕。

第二条 服务期限
（一）服务期自2027年1月1日起至2027年12月31日止。
（二）服务期满本合同自行终止，不自动续期。甲方如需继续采购，按政府采购程序另行组织。
（三）乙方应在服务期开始前完成与原运维单位的交接，交接清单包括系统账号、配置文件、运维记录和遗留问题，交接完成后由双方签字确认。

第三条 服务费用及支付
（一）本合同服务费总额为人民币伍拾捌万陆仟元整（¥586,000），为固定总价，包括人员、工具、差旅、备品及税费等全部费用。
（二）服务费按季度支付，每季度146,500元。每季度结束后，甲方依据第六条进行季度考核，考核结果确认后十五个工作日内，甲方按考核结果支付当季服务费。
（三）乙方应在每次付款前开具合法有效的发票。甲方通过财政国库集中支付方式付款。因乙方未按约定开具发票导致付款延迟的，甲方不承担责任。

第四条 服务团队与工作方式
（一）乙方应配备驻场运维工程师二名，工作日在甲方监控中心驻场；另配备系统架构师、数据库工程师和安全工程师各一名作为远程支撑。驻场人员名单须经甲方确认，未经甲方同意不得更换。
（二）乙方每日对系统运行状态进行巡检并填写巡检记录，每月提交运维月报，每季度提交运维季报，服务期满前提交年度运维总结。
（三）每年六月至九月为电站发电高峰期，乙方应增派一名工程师驻场，并在节假日及重要时段安排专人值守。

第五条 服务水平
（一）监控中心平台的月度可用率不低于99.5%。经甲方批准的计划内维护不计入不可用时间。
（二）故障分级与处理时限：
1. 一级故障：监控中心平台整体不可用，或任一电站数据中断超过三十分钟。乙方应在三十分钟内响应，两小时内到场，六小时内恢复。
2. 二级故障：部分功能异常或单个子系统数据异常。乙方应在一小时内响应，二十四小时内修复。
3. 三级故障：一般缺陷或使用咨询。乙方应在一个工作日内处理。
（三）乙方应在每次一级故障处理完毕后二个工作日内提交故障分析报告，说明原因、处理过程和预防措施。

（四）乙方应制定系统应急预案，每半年组织一次应急演练，演练方案和总结报甲方备案。遇极端天气、电网调度要求或上级检查等情形，乙方应按甲方通知在二小时内安排人员到位。
（五）乙方每月对系统数据进行完整备份，每日进行增量备份，备份介质由甲方保管。乙方每季度对数据质量进行核查，对缺测、跳变和异常数据提出处理建议，经甲方确认后处理。

第六条 考核与扣款
（一）甲方每季度依据运维记录、系统日志和服务报告对乙方进行考核。
（二）月度可用率每低于约定值0.1个百分点，扣减当季服务费的2%；一级故障响应或恢复每超时一小时，扣减八百元；二级故障每超时一小时，扣减二百元。
（三）驻场人员无故缺勤的，每人每日扣减一千元。
（四）单个季度扣减金额不超过当季服务费。考核扣款从当季服务费中直接扣除。

第七条 服务验收
（一）服务期满后，甲方组织验收，验收标准为：全年各月可用率均符合约定；运维文档、巡检记录、故障报告齐全；数据备份完整且年内至少完成两次恢复演练并成功恢复；未发生因乙方原因造成的网络安全事件；与省能源监测平台的数据上报完整及时。
（二）验收结果作为甲方评价乙方履约情况的依据，并按政府采购有关规定公开。
（三）验收不合格的，乙方应在三十日内完成整改并重新申请验收，整改期间不另行收费。

第八条 数据安全与网络安全
（一）系统中的全部数据，包括电站运行数据、辐照数据、设备台账和告警记录，均归甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向第三方提供。
（二）乙方应遵守《电力监控系统安全防护规定》和网络安全等级保护第三级要求，严格执行安全分区、网络专用、横向隔离和纵向认证，不得擅自开通远程访问，所有运维操作须通过甲方堡垒机并留存日志。
（三）乙方发现安全漏洞或安全事件的，应在一小时内报告甲方并立即处置；因乙方原因导致数据泄露、篡改、丢失或系统遭受攻击的，乙方承担全部责任并赔偿甲方损失。

第九条 保密
（一）乙方及其人员对在服务中接触的系统架构、网络拓扑、账号口令、电站运行数据及甲方其他非公开信息负保密义务，未经甲方书面同意不得对外披露。驻场人员应签署保密承诺书。
（二）保密义务在本合同终止后继续有效。

第十条 甲方的义务
（一）甲方应为驻场人员提供办公场所、网络接入和必要的工作条件，并指定专人负责运维工作的联络与监督。
（二）甲方应及时审批乙方提交的变更和维护申请，并向乙方提供履行本合同所需的技术资料和原运维记录。
（三）甲方对乙方提交的月报、季报应在收到后十个工作日内提出意见，逾期未提出的视为无异议。

第十一条 知识产权
乙方在服务过程中为甲方编写的运维脚本、巡检工具配置、故障分析报告和运维文档，其知识产权归甲方所有，甲方可自由使用和修改。

第十二条 分包
本项目不得分包。乙方不得将本合同项下的服务全部或部分转包或分包给第三方。

第十三条 合同解除
（一）乙方连续两个季度考核不合格，或发生重大网络安全事件，或有其他严重违约行为经甲方书面通知后十日内未纠正的，甲方有权解除本合同。
（二）合同解除后，乙方应在十日内完成运维交接，并按实际服务期结算服务费。

第十四条 违约责任
乙方未按本合同约定提供服务的，应继续履行并采取补救措施；给甲方造成损失的，应赔偿甲方的实际损失。

第十五条 适用法律与争议解决
（一）本合同适用中华人民共和国法律。
（二）因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十六条 其他
（一）本合同一式五份，甲方三份，乙方二份，经双方签字盖章后生效。
（二）竞争性磋商文件、乙方响应文件和成交通知书为本合同的组成部分。

甲方（盖章）：海西州能源局　　　　乙方（盖章）：青海昱辉能源信息技术有限公司
签订日期：2026年12月　日
"""

Z05 = """# 匠云工艺追溯系统软件销售及开发合同

**（匠云软件标准合同文本 JZ-2026 版）**

合同编号：JY-XS-2027-0219

- 甲方（买方）：鹤庆银韵银器工坊有限公司
- 乙方（卖方）：杭州匠云软件有限公司

甲方因生产管理需要，向乙方购买“匠云工艺追溯系统”软件许可，并委托乙方进行定制开发。双方根据《中华人民共和国民法典》，在平等自愿的基础上，就以下条款达成一致。

## 第一条 产品及服务内容

1.1 乙方向甲方提供匠云工艺追溯系统（标准版）软件许可，许可用户数为二十个，许可期限为永久。

1.2 乙方按甲方需求进行定制开发，内容包括：熔炼、拉丝、錾刻、焊接、抛光、錾花等工序的扫码报工；银料领用与损耗核算；成色检测仪数据接口；批次追溯码生成及顾客扫码查询页面；工匠计件工资报表。

1.3 乙方负责系统在甲方本地服务器上的安装部署，以及对甲方管理人员和工匠的使用培训。

## 第二条 合同金额

2.1 本合同总金额为人民币叁拾肆万肆仟元整（¥344,000），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 匠云工艺追溯系统软件许可（标准版，二十用户） | 1套 | 168,000 |
| 2 | 定制开发（工序报工、损耗核算、检测接口、追溯码） | 1项 | 142,000 |
| 3 | 安装部署及系统初始化 | 1项 | 26,000 |
| 4 | 使用培训 | 1项 | 8,000 |
| | 合计 | | 344,000 |

2.2 以上金额含增值税。服务器、扫码枪、标签打印机等硬件由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总金额的65%，即223,600元，乙方收到该款项后启动项目。

3.2 系统上线运行后十个工作日内，甲方支付合同总金额的35%，即120,400元。

3.3 甲方逾期付款的，乙方有权暂停实施和技术支持，由此造成的工期延误由甲方承担。甲方每逾期一日，应按逾期金额的千分之一向乙方支付违约金。

3.4 乙方在收到每期款项后十个工作日内向甲方开具增值税普通发票。甲方需要专用发票的，应在合同签订时提供开票信息。

## 第四条 实施与交付

4.1 乙方在收到首期款后七十五日内完成软件部署和定制开发，并通知甲方上线运行。

4.2 甲方应按乙方要求提供工序流程、物料编码、检测仪通讯协议等资料，并安排人员配合测试。因甲方资料提供不及时或需求变更导致的延误，交付期限相应顺延。

4.3 甲方在开发过程中提出的需求变更，由乙方评估工作量后另行报价，经甲方确认后实施。

4.4 乙方交付的内容包括：系统安装程序、许可授权文件、用户操作手册、管理员手册及培训课件。定制开发部分以可执行程序形式交付，不提供源代码。

4.5 乙方对甲方指定的管理人员进行不超过两天的集中培训，对工匠进行一次现场操作演示。超出上述范围的培训，按乙方标准收费另行计算。

## 第五条 验收

5.1 系统部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，由乙方在维护期内按第六条处理，不影响验收结论及付款。

## 第六条 维护服务

6.1 乙方自系统上线之日起提供六个月的免费维护，包括程序缺陷修复和远程技术支持。

6.2 免费维护期内，甲方报告的一级故障（系统无法登录或无法报工），乙方在接到通知后八小时内响应；其他问题在三个工作日内响应。乙方通过电话、远程桌面方式提供支持，需要现场服务的，甲方承担差旅费用。

6.3 免费维护期满后，甲方如需乙方继续提供维护服务，应与乙方签订年度维护合同，年维护费为软件许可费的10%，即每年16,800元。

6.4 因甲方擅自修改系统、操作不当或硬件、网络故障引起的问题，不属于免费维护范围。

6.5 甲方应为系统提供符合乙方要求的服务器、操作系统、数据库和网络环境，并负责日常数据备份。因运行环境不符合要求导致的系统故障或数据丢失，乙方不承担责任。

6.6 乙方每年发布的标准版升级补丁，维护期内的甲方可以免费获取；涉及定制开发部分的适配工作，乙方另行收费。

## 第七条 知识产权

7.1 匠云工艺追溯系统及其相关文档的著作权归乙方所有。

7.2 乙方为甲方定制开发的程序、接口、报表及相关文档，其知识产权同样归乙方所有。甲方在本合同约定范围内享有非独占的使用权，不得修改、复制、反编译或提供给任何第三方使用。

7.3 乙方有权将定制开发成果纳入其标准产品向其他客户提供。

## 第八条 数据

8.1 甲方在系统中录入和产生的生产数据归甲方所有。

8.2 乙方对其在远程维护中接触的甲方数据采取访问控制和加密传输措施，维护账号实行专人专用并保留操作日志。发生数据泄露的，乙方应在四十八小时内通知甲方并协助处置；因乙方过错导致数据泄露的，乙方承担相应赔偿责任。

8.3 甲方同意乙方为改进产品和开发行业工艺模型的目的，使用经脱敏处理的甲方工艺参数、损耗数据和报工数据，该等使用不需另行取得甲方同意。

8.4 合同终止后，甲方可在三十日内通过系统导出功能自行导出其生产数据，逾期未导出的，乙方不负有保存义务。

## 第九条 甲方的责任

9.1 甲方应指定专人作为项目联系人，负责需求确认、资料提供和内部协调。甲方联系人变更的，应提前书面通知乙方。

9.2 甲方应妥善保管系统账号和许可授权文件，不得超出许可用户数使用系统，不得将系统安装于许可范围以外的服务器。超出许可使用的，甲方应按本合同许可单价补缴许可费。

9.3 甲方应对工匠扫码报工的真实性负责，因报工数据错误导致的计件工资或损耗核算差错，由甲方自行承担。

## 第十条 保密

双方对在合作中获知的对方商业秘密和技术信息负有保密义务，未经对方书面同意，不得向第三方披露。本条在合同终止后两年内有效。

## 第十一条 违约责任

11.1 乙方未按第四条约定期限交付的，每逾期一日，按合同总金额的万分之二向甲方支付违约金，违约金总额不超过合同总金额的5%。

11.2 乙方在本合同项下承担的全部赔偿责任（包括违约金）累计不超过合同总金额的20%。乙方对甲方的间接损失、利润损失不承担责任。

## 第十二条 合同解除

任何一方严重违反本合同，经守约方书面通知后十五日内仍未纠正的，守约方有权解除本合同并要求违约方赔偿损失。

合同解除的，甲方已支付的许可费不予退还；定制开发部分按乙方已完成的工作量结算，甲方应在解除后十日内付清。

## 第十三条 不可抗力

因不可抗力导致本合同不能履行的，受影响一方应及时通知对方，并在十五日内提供证明，双方可根据影响程度部分或全部免除责任。

## 第十四条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 本合同为乙方标准合同文本，双方另有约定的，以补充协议为准。

甲方（盖章）：鹤庆银韵银器工坊有限公司　　　乙方（盖章）：杭州匠云软件有限公司

日期：　　　　　　　　　　　　　　　　　　　　日期：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. LMS-CN-2027-0042
P:This Software Licence and Services Agreement (the "Agreement") is made between Changzhou Hengrun Precision Components Co., Ltd., a company incorporated in the People's Republic of China with its registered office in the Wujin District of Changzhou, Jiangsu Province (the "Customer"), and Limburg Metrology Software NV, a company incorporated in Belgium with its registered office at Kempische Steenweg, 3500 Hasselt, Belgium (the "Vendor").
P:The Customer manufactures machined aluminium and steel components for the automotive industry and wishes to replace its spreadsheet-based inspection records with a single metrology data management system. The Vendor develops and licenses the QualiCore metrology data management software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the QualiCore Server, QualiCore Inspector clients and QualiCore SPC modules listed in Annex 1, in object code, together with their user documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means all interfaces, report templates, inspection plan converters, scripts, configurations and documentation prepared by the Vendor specifically for the Customer under this Agreement, including the interfaces to the Customer's coordinate measuring machines, its ERP system and its supplier portal.
P:1.3 "Customer Data" means all measurement results, inspection plans, drawings, part numbers, supplier data and other data entered into or generated by the Software at the Customer's sites.
P:1.4 "Go-Live" means the first day on which the Software is used for production inspection at the Customer's Changzhou plant.
P:1.5 "Final Acceptance" means the Customer's written acceptance of the whole system under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software on servers and workstations controlled by the Customer and its affiliates in mainland China, for up to 60 named inspector users and unlimited read-only users.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The Customer shall not decompile or reverse engineer the Software except as permitted by applicable law.
P:2.3 The licence survives any termination of this Agreement once the licence fee has been paid, except where the Agreement is terminated because the Customer has failed to pay the licence fee.
H:Article 3 Services
P:3.1 The Vendor shall install and configure the Software, develop the Custom Deliverables, migrate the historical inspection records of the last three production years, and train the Customer's quality engineers, inspectors and system administrators, all as described in the Statement of Work in Annex 2.
P:3.2 The Vendor shall complete installation and configuration within 60 days after the Effective Date and shall be ready for Go-Live within 110 days after the Effective Date.
P:3.3 The Vendor shall appoint a project manager who speaks Chinese or works with a qualified interpreter, and shall not replace the project manager without the Customer's consent, which shall not be unreasonably withheld.
P:3.4 The Customer shall provide timely access to its sites, systems and personnel, and shall nominate a project lead with authority to approve specifications.
H:Article 4 Fees and Payment
P:4.1 The total contract price is CNY 1,764,000, inclusive of applicable taxes, made up as follows: perpetual Software licence fee CNY 1,240,000; implementation and Custom Deliverables CNY 386,000; data migration CNY 96,000; training CNY 42,000.
P:4.2 The Customer shall pay the contract price in three instalments: 20% (CNY 352,800) within 30 days after signature of this Agreement and receipt of the Vendor's invoice; 45% (CNY 793,800) within 30 days after Go-Live; and 35% (CNY 617,400) within 30 days after Final Acceptance.
P:4.3 All prices are fixed. Payments shall be made in CNY to the bank account designated by the Vendor against a valid invoice.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software shall run in production for 45 days. During that period the parties shall run the acceptance tests in Annex 3, which include: every function listed in the Statement of Work operates as specified; measurement results from each of the eleven coordinate measuring machines are imported without loss or rounding error; SPC charts and capability indices match the reference calculations supplied by the Customer; migrated records reconcile with the source files by count and by checksum; and a report over one month of data is produced in less than ten seconds.
P:5.2 If all tests are passed and no Severity 1 defect has occurred in the last 20 days of the period, the Customer shall issue a Final Acceptance certificate within ten working days. Go-Live, production use or payment shall not by themselves constitute acceptance.
P:5.3 If a test fails, the Vendor shall correct the defect at its own cost and the relevant tests shall be repeated.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their specifications for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall provide corrections, updates, new releases and support at no charge.
P:6.2 The Vendor shall respond to a Severity 1 incident (the system is down or inspection results cannot be recorded) within 1 hour, around the clock, and shall provide a workaround within 8 hours. Severity 2 incidents shall be responded to within 2 hours during business hours and resolved within 3 working days.
P:6.3 For each full hour by which the Vendor misses the Severity 1 response or workaround time, the Vendor shall credit the Customer CNY 1,000 against any amount due.
P:6.4 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the licence fee, that is CNY 136,400 per year, and shall not be increased during the first three years after the Warranty Period. Support does not renew automatically; each year is ordered separately.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain with the Vendor and its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation at Go-Live. The Customer may use, modify and license the Custom Deliverables without restriction and without further payment.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may use Customer Data only to perform this Agreement and shall not retain, copy or use it for any other purpose.
P:8.2 The Software is installed on the Customer's premises. Remote access by the Vendor requires prior approval for each session, shall use the Customer's VPN with multi-factor authentication, and shall be logged. The Vendor shall not transfer Customer Data outside mainland China.
P:8.3 The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law, shall notify the Customer within 12 hours of any actual or suspected security incident affecting Customer Data, shall cooperate in remedying it, and shall be liable for any loss caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including drawings, tolerances, customer names and prices, shall use it only for this Agreement and shall not disclose it to third parties without prior written consent. This obligation continues for three years after termination.
H:Article 10 Delay and Liability
P:10.1 If the Vendor is not ready for Go-Live by the date in Article 3.2 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the total contract price for each day of delay, up to 10% of the total contract price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total contract price. The limit does not apply to personal injury, wilful misconduct, gross negligence, infringement under Article 7.3 or breach of Articles 8 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 The Customer may also terminate if the delay damages under Article 10.1 reach their maximum. On termination the Vendor shall refund amounts paid for services not delivered and return all Customer Data.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to mitigate the effects.
H:Article 14 Governing Law and Jurisdiction
P:14.1 This Agreement is governed by the laws of Belgium.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the exclusive jurisdiction of the competent courts of Hasselt, Belgium.
H:Article 15 General
P:15.1 This Agreement, with its Annexes, is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English and Chinese. Both versions have equal force.
P:Annex 1: Software and licence quantities. Annex 2: Statement of Work. Annex 3: Acceptance tests.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM — QUALITYBRIDGE SUPPLIER QUALITY CLOUD

Order Form No. MA-OF-27-0318

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A the parties agree to both Parts. If Part A and Part B conflict, Part A prevails.

# PART A — ORDER DETAILS

## A1. Parties

- **Provider:** Maasveld Analytics B.V., Kapellerlaan, 6041 Roermond, the Netherlands, acting through its registered representative office in Shanghai.
- **Customer:** Foshan Huameng Home Appliances Co., Ltd., Shunde District, Foshan, Guangdong Province, People's Republic of China.

## A2. Subscribed Service

QualityBridge Supplier Quality Cloud, Enterprise edition, hosted for the Customer in the Provider's data centre region in mainland China, with the following modules: supplier onboarding and audits, incoming inspection, non-conformance and 8D reports, PPAP document management, supplier scorecards, and the open API for connection to the Customer's ERP and MES systems. Up to 350 named internal users and up to 900 supplier users.

## A3. Subscription Term

The Subscription Term is 36 months, starting on the Go-Live Date (the date on which the Customer accepts the configured service under B4). The Subscription Term consists of three Subscription Years.

## A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | annual | 268,000 |
| Subscription fee, Subscription Year 2 | annual | 268,000 |
| Subscription fee, Subscription Year 3 | annual | 268,000 |
| Onboarding (configuration, data load of 1,400 supplier records, ERP/MES interfaces, training) | one-time | 58,000 |
| **Total Contract Value** | | **862,000** |

All fees include VAT. Storage above 2 TB is charged at CNY 1,800 per additional terabyte per Subscription Year and is not part of the Total Contract Value.

## A5. Invoicing and Payment

- The onboarding fee is invoiced after the Go-Live Date.
- The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.
- Invoices are payable within 30 days of receipt. No amount is payable before the Go-Live Date.

## A6. Signatures

Signed for the Provider: ____________________ Signed for the Customer: ____________________

# PART B — GENERAL TERMS

## 1. Definitions

1.1 "Customer Data" means all data, documents and files uploaded to the Service by or for the Customer or its suppliers, and all reports generated from them.

1.2 "Service" means the subscribed service described in A2, including its updates.

1.3 "Configurations" means the workflows, forms, scorecard models, report layouts and interface mappings prepared by the Provider for the Customer during onboarding or later.

## 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer and its suppliers during the Subscription Term in accordance with this Order Form and the documentation.

2.2 The Provider may update the Service from time to time, but shall not materially reduce the functions subscribed under A2.

2.3 The Customer is responsible for its users' compliance with this Order Form and for keeping log-in credentials secure.

2.4 The Provider shall provide a named customer success manager, quarterly service reviews with the Customer's quality department, and Chinese-language support through a hotline, e-mail and a ticket portal.

2.5 The Provider may suspend a user account only where that account is used in a way that threatens the security of the Service, and shall inform the Customer immediately, giving its reasons. Suspension of individual accounts does not affect the fees or the service levels for the remaining users.

2.6 The Customer may add named users in blocks of 50 at the unit rate shown in the Provider's quotation attached to this Order Form, pro-rated to the end of the current Subscription Year.

## 3. Onboarding

3.1 The Provider shall complete onboarding within 70 days after signature of this Order Form, in accordance with the onboarding plan agreed at the kick-off meeting.

3.2 If the Service is not ready for acceptance testing by that date for reasons attributable to the Provider, the Provider shall pay the Customer liquidated damages of CNY 600 for each day of delay, up to a total of CNY 36,000.

## 4. Acceptance

4.1 The Customer shall test the configured Service within 15 working days after the Provider's readiness notice. The acceptance criteria are: every module in A2 works as described in the documentation and the agreed onboarding plan; the 1,400 supplier records and their certificates are loaded and reconcile with the Customer's source list; purchase orders and inspection lots flow from the ERP and MES interfaces without error over five consecutive working days; and the key pages open in less than three seconds with 200 concurrent users.

4.2 The Customer shall confirm acceptance in writing when the criteria are met. If they are not met, the Provider shall correct the defects and the Customer shall test again. Use of the Service for testing is not acceptance.

## 5. Service Levels

5.1 The Provider shall ensure that the Service is available at least 99.5% of each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 00:00 and 06:00 China Standard Time.

5.2 Priority 1 incidents (the Service is unavailable, or incoming inspection cannot be recorded) shall be responded to within 30 minutes at any time and restored within 6 hours. Priority 2 incidents shall be responded to within 2 hours during business hours and resolved within 2 business days.

5.3 If monthly availability falls below the level in 5.1, the Provider shall credit the Customer 5% of the monthly equivalent of the subscription fee for each 0.1 percentage point of shortfall, up to half of that monthly amount. Service credits are deducted from the next invoice.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the Service to the Customer and shall not use it for any other purpose, including analytics or benchmarking for other customers.

6.2 The Provider shall host Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to named support staff, keep access logs for at least six months, hold a valid MLPS level-3 filing for the hosting environment, and back up Customer Data daily.

6.3 The Provider shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take all necessary remedial steps, and compensate the Customer for losses caused by the Provider's breach of this Section 6.

6.4 At the end of the Subscription Term the Provider shall return all Customer Data in a standard format within 30 days and then delete it.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public business and technical information, use it only for this Order Form, and not disclose it to any third party except to its professional advisers bound by equivalent duties. These obligations continue for three years after the Subscription Term.

## 8. Intellectual Property

8.1 The Provider retains all rights in the Service and its underlying software.

8.2 The Configurations belong to the Customer. The Provider shall deliver them in an exportable format at the Customer's request and the Customer may use, modify and let third parties use them freely.

## 9. Renewal

9.1 At the end of the Subscription Term this Order Form renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

9.2 The Provider may increase the subscription fee for any renewal term by notice to the Customer at least 30 days before the renewal term begins. The new fee applies from the first day of the renewal term.

## 10. Liability

10.1 Each party's total aggregate liability arising out of or in connection with this Order Form shall not exceed the fees paid by the Customer under this Order Form in the nine months preceding the event giving rise to the claim.

10.2 The limit in 10.1 does not apply to breach of Section 6 or 7, to personal injury or to wilful misconduct. Neither party is liable for indirect or consequential loss.

## 11. Subcontracting

11.1 The Provider shall not subcontract the hosting, operation or support of the Service to any third party without the Customer's prior written consent. The hosting provider named in the onboarding plan is approved by the Customer's signature of this Order Form.

## 12. Term and Termination

12.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving written notice describing it.

12.2 On termination by the Customer under 12.1, the Provider shall refund the fees paid for the remaining part of the current Subscription Year.

## 13. Governing Law and Disputes

13.1 This Order Form is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time of filing. The award is final and binding on both parties.

## 14. General

14.1 Neither party may assign this Order Form without the other party's written consent, except to an affiliate as part of a reorganisation.

14.2 Notices shall be in writing and sent to the addresses in A1.
"""

E03 = """T:Purchase Contract for Wireless Condition Monitoring Sensors and Monitoring Software
P:Contract No. QL-EQ-2027-066
P:Buyer: Shandong Quanlin Paper Co., Ltd., Zoucheng, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Tatra Sense s.r.o., Priemyselná street, 058 01 Poprad, Slovak Republic (the "Supplier").
P:The Buyer operates two paper machines and a pulp line at its Zoucheng mill and wishes to monitor the vibration and temperature of its rotating equipment continuously. Following the Buyer's invitation to bid, the Supplier offered wireless sensors, gateways and its TatraWatch monitoring software. The parties agree on the Buyer's standard terms below.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission 240 wireless triaxial vibration and temperature sensors, 18 industrial gateways and a perpetual licence of the TatraWatch condition monitoring software for installation on the Buyer's servers, and shall configure the analytics, alarm thresholds and dashboards for 236 measuring points on pumps, fans, refiners, dryer cylinders and gearboxes.
P:1.2 The Supplier shall train the Buyer's maintenance engineers, reliability analysts and IT administrators, and shall deliver the documentation listed in Annex 2.
P:1.3 All equipment shall be new, of the models stated in Annex 1, certified for use in the mill environment, and supplied with its certificates of origin and conformity.
H:2. Contract Price
P:2.1 The total contract price is CNY 1,980,000, inclusive of 13% VAT, delivery to the Zoucheng mill, insurance, installation materials and all taxes and duties, made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor TS-3X|240|4,600|1,104,000
TB:2|Industrial gateway TG-20, with mounting kit|18|9,800|176,400
TB:3|TatraWatch software licence, perpetual, unlimited users|1|438,000|438,000
TB:|Hardware and Licence Subtotal|||1,718,400
TB:4|Installation and commissioning|1 lot|164,000|164,000
TB:5|Analytics and alarm configuration, dashboards|1 lot|72,000|72,000
TB:6|Training|1 lot|25,600|25,600
TB:|Total Contract Price|||1,980,000
P:2.2 The prices are fixed and shall not be adjusted for exchange-rate changes or any other reason.
H:3. Payment
P:3.1 10% of the contract price (CNY 198,000) within 20 days after signature, against the Supplier's invoice and an advance-payment bank guarantee of the same amount.
P:3.2 55% of the contract price (CNY 1,089,000) within 30 days after all equipment has been delivered and installed and the Installation Certificate has been signed. The Installation Certificate confirms quantities and installation only and is not acceptance.
P:3.3 35% of the contract price (CNY 693,000) within 30 days after Final Acceptance under clause 5.
P:3.4 Each payment is subject to receipt of a valid special VAT invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the mill within 75 days after signature and shall complete installation and commissioning within 50 days after delivery. Installation work on running machines shall be coordinated with the Buyer's production schedule and carried out during planned shutdowns where the Buyer so requires.
P:4.2 The Supplier's personnel shall comply with the Buyer's safety rules, including lock-out and tag-out procedures and hot-work permits.
P:4.3 The Buyer shall provide the Supplier with access to the machines, suitable storage for the equipment, power and network connections for the gateways, and two virtual servers meeting the specification in Annex 1. The Buyer shall nominate a project engineer who coordinates shutdown windows and signs the Installation Certificate.
P:4.4 The equipment shall be packed for sea and road transport, marked with the contract number, and delivered DAP Zoucheng mill. Risk passes to the Buyer on signature of the Installation Certificate; title passes on payment of the relevant instalment.
P:4.5 The Supplier shall attend a weekly progress meeting, report any expected delay immediately, and propose measures to recover the schedule.
H:5. Acceptance
P:5.1 After commissioning the system shall run for 30 consecutive days. Final Acceptance requires that: all 240 sensors report at the configured intervals with a packet loss rate below 0.5% per gateway; measured vibration values agree with the Buyer's calibrated portable analyser within the tolerance stated in Annex 3; alarms for each machine class are raised and cleared as specified in tests with simulated faults; the software runs on the Buyer's servers without a Severity 1 fault during the run; and all documentation has been delivered.
P:5.2 If the criteria are met, the Buyer shall sign the Final Acceptance Certificate within ten working days. Delivery, installation, commissioning, use of the system or any payment shall not be deemed acceptance.
P:5.3 If a test fails, the Supplier shall remedy the defect at its cost within 15 days and the test shall be repeated.
H:6. Warranty and Support
P:6.1 The Supplier warrants the equipment and the software for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective sensors and gateways free of charge, including batteries that fail early, and shall provide software updates and technical support without charge.
P:6.2 Severity 1 faults (the monitoring software is down, or a gateway serving a paper machine fails) shall be responded to within 2 hours at any time, with a remote fix or an engineer dispatched within 24 hours. Severity 2 faults shall be responded to within one working day.
P:6.3 For each hour by which the Supplier exceeds the Severity 1 response time, the Supplier shall pay CNY 1,000, which the Buyer may deduct from any amount due.
P:6.4 After the warranty period the Supplier shall offer annual support at 7.5% of the Hardware and Licence Subtotal per year (CNY 128,880), fixed for the first three years after the warranty period. Support contracts are concluded year by year and do not renew automatically.
P:6.5 The Supplier shall keep spare sensors and gateways available for at least eight years after Final Acceptance.
P:6.6 During the warranty period the Supplier shall visit the mill twice a year to review sensor health, battery status and alarm settings with the Buyer's reliability team, and shall submit a written report with recommendations after each visit.
H:7. Intellectual Property
P:7.1 The TatraWatch software remains the property of the Supplier. The Buyer's perpetual licence is irrevocable once paid.
P:7.2 The analytics models, alarm configurations, dashboards and interface scripts prepared for the Buyer under this Contract belong to the Buyer, who may use, modify and have them modified by third parties without restriction.
H:8. Data Security
P:8.1 All measurement data, machine records and reports belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The system shall run on the Buyer's own servers in the mill. Remote access by the Supplier is permitted only with the Buyer's approval for each session, through the Buyer's VPN with two-factor authentication, and is recorded.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any security incident caused by its equipment, software or personnel, shall remedy it promptly, and is liable for the resulting loss.
H:9. Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's processes, production data, equipment and site layout, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives the end of this Contract for three years.
H:10. Liquidated Damages and Liability
P:10.1 If the Supplier delays delivery or completion of commissioning, it shall pay liquidated damages of 0.1% of the contract price for each day of delay, up to 10% of the contract price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the contract price. The limit does not apply to personal injury, wilful misconduct, breach of clause 8 or clause 9, or infringement of third-party rights.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. An approved subcontractor does not relieve the Supplier of its obligations.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to cure it within 20 days after notice, or if liquidated damages under clause 10.1 reach their maximum.
P:12.2 On such termination the Supplier shall refund all amounts paid for equipment and services not accepted, and shall remove any equipment the Buyer rejects at its own cost.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Jinan Arbitration Commission for arbitration in Jinan. The award is final.
H:14. Force Majeure
P:14.1 Neither party is liable for failure or delay caused by force majeure, such as natural disasters, war or government action, provided it informs the other party within five days and takes reasonable steps to limit the effects. If force majeure lasts more than 60 days, either party may terminate the unperformed part of this Contract.
H:15. General
P:15.1 This Contract takes effect on signature by both parties and is made in two originals in English and Chinese; both versions are equally authentic.
P:15.2 Annex 1: Equipment specifications. Annex 2: Documentation list. Annex 3: Acceptance test procedure.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. GIS-WX-2027-009

**Between**

**Wuxi Kaiyuan Engineering Machinery Co., Ltd.**, Huishan District, Wuxi, Jiangsu Province, People's Republic of China ("Customer"); and

**Gaume IT Services SA**, Avenue de Longwy, 6700 Arlon, Belgium, acting through its wholly owned subsidiary in Suzhou for local delivery ("Provider").

**Background.** The Customer operates a head office and three manufacturing plants in Wuxi, Xuzhou and Changsha with about 1,900 end users. The Customer wishes to outsource its IT service desk, end-user device support and on-site field services to the Provider for 36 months. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer confirms in writing that transition is complete under Section 4.

1.3 "Service Levels" means the levels set out in Schedule 2.

1.4 "Charges" means the charges set out in Schedule 3.

1.5 "Customer Data" means all data of the Customer, its employees and its customers that the Provider receives, accesses or generates in performing the Services, including tickets, user directories and device records.

## Section 2. Term

2.1 This Agreement starts on signature. The service term is 36 months from the Service Commencement Date.

2.2 The parties may extend the service term by written agreement. Any extension is at the same Charges unless the parties agree otherwise in writing. This Agreement does not renew automatically.

## Section 3. Services

3.1 The Provider shall perform the Services with appropriately skilled staff, in accordance with Schedule 1, the Service Levels and the Customer's IT policies as notified to the Provider.

3.2 The Provider shall appoint a service delivery manager as the single point of contact, who shall meet the Customer's IT manager monthly to review performance, incidents, trends and improvement actions.

3.3 The Provider shall keep the knowledge base, configuration records and standard operating procedures up to date and accessible to the Customer at all times.

3.4 The Customer shall provide the Provider with desk space at each site, access to its service management tool and the administrative rights needed to perform the Services.

## Section 4. Transition and Service Commencement

4.1 The Provider shall complete transition within 60 days after signature. Transition includes knowledge transfer from the Customer's current team, set-up of the service desk hotline and ticket queues, documentation of all sites and asset records, and a two-week parallel run.

4.2 Transition is complete when: the service desk handles all calls and tickets in Chinese and English for five consecutive working days during the parallel run; all P1 and P2 tickets in the parallel run are handled within the Service Levels; the asset register reconciles with the Customer's records; and the runbooks for all sites have been approved by the Customer. The Customer shall confirm in writing within five working days after the criteria are met.

4.3 If the Service Commencement Date is later than 60 days after signature for reasons attributable to the Provider, the Provider shall pay liquidated damages of CNY 1,600 for each day of delay, up to CNY 96,000.

## Section 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The total contract value is CNY 2,200,000.

5.2 The transition charge is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. Invoices are payable within 30 days of receipt.

5.3 The Charges are fixed for the service term. Volumes within the range stated in Schedule 3 do not change the Charges.

## Section 6. Service Levels and Service Credits

6.1 The Provider shall meet the Service Levels in Schedule 2 and report on them monthly.

6.2 If a Service Level is missed in a month, the Provider shall give the service credit shown in Schedule 2. Service credits are deducted from the next invoice and do not limit the Customer's other remedies.

## Section 7. Customer Data

7.1 Customer Data remains the property of the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

7.2 On expiry or termination the Provider shall hand over all Customer Data, knowledge base articles and records to the Customer or its new provider.

## Section 8. Confidentiality

8.1 Each party shall keep confidential the other party's confidential information, use it only for this Agreement and not disclose it to anyone except employees and permitted subcontractors who need to know it and are bound by confidentiality duties no less strict. This obligation continues for three years after the end of this Agreement.

## Section 9. Intellectual Property

9.1 The Provider's tools and pre-existing materials remain the Provider's property; the Customer receives a free licence to use them during the service term and the exit period.

9.2 The knowledge base articles, runbooks, scripts, reports and documentation created for the Customer under this Agreement belong to the Customer, who may use, modify and pass them to a successor provider freely.

## Section 10. Subcontracting

10.1 The Provider may engage subcontractors for on-site field services at the Xuzhou and Changsha plants. The Provider shall give the Customer written notice of each subcontractor at least ten working days before it starts work.

10.2 The Provider remains fully responsible for the acts and omissions of its subcontractors.

## Section 11. Liability

11.1 The Provider's total liability under this Agreement is limited to 150% of the total contract value. The limit does not apply to personal injury, fraud or wilful misconduct, or to breach of Section 8.

11.2 Neither party is liable for loss of profit or indirect loss, except in case of wilful misconduct.

## Section 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after notice, or if the Provider misses the same Service Level in three consecutive months.

12.2 On termination or expiry the Provider shall provide exit assistance for up to 90 days at the then-current monthly service charge, pro-rated.

## Section 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Wuxi Arbitration Commission for arbitration in Wuxi. The award is final.

## Section 14. Personnel and Force Majeure

14.1 The Provider shall assign named staff to the on-site roles in Schedule 1 and shall not replace the service delivery manager without the Customer's approval. The Provider shall ensure that its staff follow the Customer's site safety rules and IT acceptable-use policy, and shall remove from the Customer's sites any person whom the Customer reasonably objects to.

14.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it informs the other party promptly and takes reasonable steps to resume performance. The Charges are reduced for any period in which the Services are not provided.

## Section 15. General

15.1 This Agreement, with Schedules 1 to 3, is the entire agreement between the parties on its subject matter. Amendments require a written document signed by both parties.

## Schedule 1 — Service Description

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, e-mail and portal support in Chinese and English; incident logging, first-line resolution, password resets | 07:00–22:00, seven days |
| End-user device support | Desktops, laptops, printers, mobile devices; imaging, installation, moves and changes | Business days |
| On-site field services | Engineers at the head office (two) and at each plant (one) | Business days and shift hand-overs |
| Asset management | Asset register, lifecycle tracking, disposal records | Business days |
| Reporting | Monthly service report and quarterly service review | Monthly / quarterly |

## Schedule 2 — Service Levels

| Priority | Definition | Response time | Resolution time | Service credit for a miss in a month |
|---|---|---|---|---|
| P1 | A plant or the head office cannot work, or a production line is stopped by an IT fault | 15 minutes | 2 hours | 5% of the monthly service charge |
| P2 | A department or a key user cannot work | 30 minutes | 8 hours | 3% of the monthly service charge |
| P3 | A single user is affected and a workaround exists | 2 hours | 2 business days | 1% of the monthly service charge |
| Service desk | Calls answered by an agent | average within 30 seconds | — | 2% of the monthly service charge |

## Schedule 3 — Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition | one-time | 94,000 |
| Monthly service charge | 36 months × 58,500 | 2,106,000 |
| Total contract value | | 2,200,000 |
| Volume range covered | 1,700 to 2,100 end users | included |
"""

E05 = """TIMBER MARKET DATA SUBSCRIPTION AGREEMENT

Agreement No. PTD-CN-27-014

THIS AGREEMENT is made between:

(1) Zhangjiagang Linhai Timber Trading Co., Ltd., Bonded Zone, Zhangjiagang, Jiangsu Province, People's Republic of China (the "Customer"); and

(2) Polana Timber Data s.r.o., Namestie SNP, 960 01 Zvolen, Slovak Republic (the "Provider").

BACKGROUND

The Provider collects and publishes prices, volumes and trade flows of European softwood and hardwood logs and sawn timber, and makes them available through a data portal and an application programming interface. The Customer imports European timber into China and wishes to use the data in its purchasing, pricing and risk systems.

1. DEFINITIONS

1.1 "Data" means the price series, assessments, trade statistics, forecasts and related content made available by the Provider under this Agreement, including the Historical Data Set.

1.2 "Historical Data Set" means the price and volume series for the species and grades listed in Annex A from January 2015 to the Start Date.

1.3 "API" means the Provider's application programming interface through which the Customer's systems retrieve the Data.

1.4 "Customer Data" means the portfolios, watch lists, purchase volumes, contract prices and other information that the Customer uploads to the portal or sends through the API, and all queries made by the Customer's users and systems.

1.5 "Subscription Year" means each period of one year starting on the Start Date or an anniversary of it.

1.6 "Start Date" means the date on which the Customer confirms Integration Acceptance under clause 4.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for two Subscription Years, a non-exclusive, non-transferable right to access the Data through the portal and the API, to store it in the Customer's internal systems, and to use it for the Customer's internal business purposes, including pricing, purchasing decisions and reports to its management and banks.

2.2 The subscription covers up to 25 named portal users and API access for three Customer systems: the purchasing system, the pricing model and the risk dashboard.

2.3 The Customer shall not resell the Data or publish it outside its group, except for extracts that are insignificant in volume and are attributed to the Provider.

2.4 Data stored by the Customer before the end of this Agreement may continue to be used internally after the end of this Agreement, but it will not be updated.

3. ONBOARDING

3.1 Within 30 days after signature, the Provider shall deliver the Historical Data Set, issue API credentials for production and test environments, provide the API documentation in English and Chinese, and map its species and grade codes to the Customer's product codes as described in Annex B.

3.2 The Provider shall provide up to ten days of remote engineering support to help the Customer connect its three systems to the API.

3.3 If the Provider fails to complete the deliveries in clause 3.1 on time for reasons attributable to it, the Provider shall pay the Customer liquidated damages of CNY 300 for each day of delay, up to CNY 12,000.

4. INTEGRATION ACCEPTANCE

4.1 The Customer shall test the deliveries within 15 working days. The acceptance criteria are: the Historical Data Set is complete for every series in Annex A, with no gaps except those documented by the Provider; values reconcile with the Provider's published weekly reports for a sample of 200 data points chosen by the Customer; the code mapping in Annex B is complete; and all three Customer systems retrieve daily updates through the API for ten consecutive business days without error.

4.2 The Customer shall confirm Integration Acceptance in writing when the criteria are met. If they are not met, the Provider shall correct the defects and the Customer shall test again.

5. FEES AND PAYMENT

5.1 The fees are:

   Subscription fee, Subscription Year 1 ............ CNY 186,000
   Subscription fee, Subscription Year 2 ............ CNY 186,000
   Onboarding fee (one-time) ........................ CNY 24,000
   Total .......................................... CNY 396,000

5.2 The onboarding fee is invoiced after Integration Acceptance. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Invoices are payable within 30 days after receipt.

5.3 Fees include VAT and withholding taxes. The Provider shall issue invoices through its authorised agent in China so that the Customer can pay in CNY.

5.4 Additional portal users may be added at CNY 3,200 per user per Subscription Year, pro-rated.

6. SERVICE AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to make the portal and the API available and to publish the Data on the publication schedule in Annex A.

6.2 The Provider will answer support requests sent to its support e-mail address during its normal business hours in Central European Time, and will use commercially reasonable efforts to correct errors in the Data once it becomes aware of them.

6.3 The Provider may carry out maintenance of the portal and the API from time to time and will try to announce planned maintenance on the portal in advance.

6.4 The Provider may change the structure of the API or add new fields. It shall give the Customer at least 60 days' notice of any change that is not backward compatible and shall keep the previous version running during that period, so that the Customer can adapt its systems.

6.5 The Provider shall send the Customer a quarterly note describing changes in its methodology, new series and discontinued series, and shall consult the Customer before discontinuing any series listed in Annex A. If a listed series is discontinued, the Provider shall offer an equivalent series or reduce the subscription fee in proportion.

7. CUSTOMER DATA

7.1 Customer Data belongs to the Customer.

7.2 The Customer grants the Provider a perpetual, royalty-free licence to use Customer Data in aggregated and anonymised form, combined with data from other subscribers, to improve its price assessments, to develop new indices and products, and to publish market statistics. The Provider shall not publish Customer Data in a form that identifies the Customer or its counterparties.

8. DATA SECURITY

8.1 The Provider shall store Customer Data in encrypted form, restrict access to staff who need it for the service, use multi-factor authentication for administrative access, and keep access logs for at least one year.

8.2 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, shall take prompt steps to contain and remedy it, and shall be liable for the Customer's losses resulting from the Provider's breach of this clause 8.

8.3 Any transfer of Customer Data from China to the Provider's systems shall be carried out in compliance with the PRC Personal Information Protection Law and Data Security Law. Customer Data shall not include personal information except the names and business contact details of the Customer's users.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the terms of this Agreement and all non-public information received from the other party, shall use it only for this Agreement, and shall not disclose it to third parties without the other party's prior written consent. This obligation continues for three years after the end of this Agreement.

10. INTELLECTUAL PROPERTY

10.1 The Data and the Provider's methodologies, indices and software remain the property of the Provider and its licensors.

10.2 The code mapping tables, custom data feeds and integration scripts prepared specifically for the Customer under clause 3 belong to the Customer, who may use, modify and license them freely.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 200% of the total fees under clause 5.1. The limit does not apply to breach of clauses 8 or 9, personal injury, fraud or wilful misconduct.

11.2 The Data is provided for information. The Provider is not liable for trading or purchasing decisions made by the Customer on the basis of the Data, except where the Data was wrong because of the Provider's gross negligence.

12. SUBCONTRACTING AND ASSIGNMENT

12.1 The Provider shall not subcontract the hosting, delivery or support of the Data or the API to any third party without the Customer's prior written consent.

12.2 Neither party may assign this Agreement without the other party's written consent.

13. TERM AND TERMINATION

13.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written order agreed by both parties.

13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

13.3 If the Customer terminates under clause 13.2, the Provider shall refund the fees paid for the remaining part of the current Subscription Year.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute arising from this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing in accordance with its rules. The arbitral award is final and binding.

15. GENERAL

15.1 This Agreement, with Annex A (Data coverage and publication schedule) and Annex B (Code mapping), is the entire agreement of the parties on its subject matter.

15.2 Notices shall be sent in writing to the addresses above, with a copy by e-mail.

Signed for the Customer: ____________________      Signed for the Provider: ____________________
Date: ____________________                         Date: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, source)
    "z01": ("h840z01_forestry_wild_mushroom_platform.pdf", "pdf", Z01),
    "z02": ("h840z02_ballpen_factory_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h840z03_handpan_school_chain_booking_saas.txt", "txt", Z03),
    "z04": ("h840z04_energy_bureau_csp_monitoring_om_service.txt", "txt", Z04),
    "z05": ("h840z05_silverware_workshop_tracking_supplier_template.md", "md", Z05),
    "e01": ("h840e01_metrology_software_perpetual_licence_be_vendor.pdf", "pdf", E01),
    "e02": ("h840e02_supplier_quality_saas_order_form_nl_vendor.md", "md", E02),
    "e03": ("h840e03_paper_mill_vibration_sensors_monitoring_licence.docx", "docx", E03),
    "e04": ("h840e04_managed_service_desk_36_months_be_vendor.md", "md", E04),
    "e05": ("h840e05_timber_market_data_api_two_years_sk_vendor.txt", "txt", E05),
}

# ---------------------------------------------------------------- design (prices, payments, labels)
D = {}
D["z01"] = dict(lang="zh", category="software", kind="goods_or_licence", items=[620000, 486000, 74000, 18000],
                value=1198000, pays=[239600, 539100, 419300], base=620000, fee_amount=49600, forum_outside=False,
                t=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                       data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
                       liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True,
                       final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8,
                       auto_renewal_price_increase=False, termination_for_breach=True,
                       subcontract_without_consent=False, governing_law="PRC"),
                x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                       acceptance_deemed_on_delivery=False),
                design=[], risk="low")
D["z02"] = dict(lang="zh", category="hardware", kind="goods_or_licence",
                items=[684000, 396000, 258000, 46000, 188000, 126000, 88000, 14000], value=1800000,
                pays=[360000, 630000, 810000], base=1572000, fee_amount=408720, forum_outside=False,
                t=dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                       data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
                       liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True,
                       final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=26,
                       auto_renewal_price_increase=False, termination_for_breach=True,
                       subcontract_without_consent=True, governing_law="PRC"),
                x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                       acceptance_deemed_on_delivery=False),
                design=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"], risk="high")
D["z03"] = dict(lang="zh", category="cloud", kind="service", items=[408000, 46000], value=454000,
                pays=[46000] + [51000] * 8, forum_outside=False,
                t=dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                       data_security_clause=True, buyer_owns_data=True, confidentiality=False,
                       ld_rate_per_day_pct=400 / 454000 * 100, liability_cap_pct=None, prepayment_pct=None,
                       acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                       post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=False,
                       subcontract_without_consent=False, governing_law="PRC"),
                x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                design=["CR-CONFIDENTIALITY", "CR-TERMINATION"], risk="medium")
D["z04"] = dict(lang="zh", category="services", kind="service", items=[586000], value=586000,
                pays=[146500] * 4, forum_outside=False,
                t=dict(availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                       data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                       ld_rate_per_day_pct=None, liability_cap_pct=None, prepayment_pct=None,
                       acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                       post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
                       subcontract_without_consent=False, governing_law="PRC"),
                x=dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False),
                design=["CR-LD-MISSING", "CR-SLA-AVAILABILITY"], risk="high")
D["z05"] = dict(lang="zh", category="software", kind="goods_or_licence", items=[168000, 142000, 26000, 8000],
                value=344000, pays=[223600, 120400], base=168000, fee_amount=16800, forum_outside=False,
                t=dict(availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
                       data_security_clause=True, buyer_owns_data=False, confidentiality=True,
                       ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False,
                       final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=10,
                       auto_renewal_price_increase=False, termination_for_breach=True,
                       subcontract_without_consent=None, governing_law="PRC"),
                x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                       acceptance_deemed_on_delivery=True),
                design=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                        "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"], risk="high")
D["e01"] = dict(lang="en", category="software", kind="goods_or_licence", items=[1240000, 386000, 96000, 42000],
                value=1764000, pays=[352800, 793800, 617400], base=1240000, fee_amount=136400, forum_outside=True,
                t=dict(availability_pct=None, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
                       data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
                       liability_cap_pct=150, prepayment_pct=20, acceptance_clause=True,
                       final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
                       auto_renewal_price_increase=False, termination_for_breach=True,
                       subcontract_without_consent=False, governing_law="Belgium"),
                x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                       acceptance_deemed_on_delivery=False),
                design=["CR-GOVERNING-LAW"], risk="low")
D["e02"] = dict(lang="en", category="cloud", kind="service", items=[268000] * 3 + [58000], value=862000,
                pays=[58000] + [268000] * 3, forum_outside=False,
                t=dict(availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                       data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                       ld_rate_per_day_pct=600 / 862000 * 100, liability_cap_pct=9 / 36 * 100, prepayment_pct=None,
                       acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                       post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
                       subcontract_without_consent=False, governing_law="PRC"),
                x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                design=["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"], risk="medium")
D["e03"] = dict(lang="en", category="hardware", kind="goods_or_licence",
                items=[240 * 4600, 18 * 9800, 438000, 164000, 72000, 25600], value=1980000,
                pays=[198000, 1089000, 693000], base=1718400, fee_amount=128880, forum_outside=False,
                t=dict(availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer",
                       data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
                       liability_cap_pct=200, prepayment_pct=10, acceptance_clause=True,
                       final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7.5,
                       auto_renewal_price_increase=False, termination_for_breach=True,
                       subcontract_without_consent=False, governing_law="PRC"),
                x=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                       acceptance_deemed_on_delivery=False),
                design=[], risk="low")
D["e04"] = dict(lang="en", category="services", kind="service", items=[94000, 36 * 58500], value=2200000,
                pays=[94000] + [58500] * 36, forum_outside=False,
                t=dict(availability_pct=None, p1_response_hours=0.25, sla_remedy=True, ip_owner="buyer",
                       data_security_clause=False, buyer_owns_data=True, confidentiality=True,
                       ld_rate_per_day_pct=1600 / 2200000 * 100, liability_cap_pct=150, prepayment_pct=None,
                       acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                       post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
                       subcontract_without_consent=True, governing_law="PRC"),
                x=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                design=["CR-DATA-SECURITY", "CR-SUBCONTRACT"], risk="high")
D["e05"] = dict(lang="en", category="cloud", kind="service", items=[186000, 186000, 24000], value=396000,
                pays=[24000, 186000, 186000], forum_outside=False,
                t=dict(availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="buyer",
                       data_security_clause=True, buyer_owns_data=False, confidentiality=True,
                       ld_rate_per_day_pct=300 / 396000 * 100, liability_cap_pct=200, prepayment_pct=None,
                       acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                       post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
                       subcontract_without_consent=False, governing_law="PRC"),
                x=dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False),
                design=["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], risk="high")

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
              prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)


def tco_share(d):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = the itemised
    licence/hardware subtotal; purchase + implementation = the contract value."""
    t = d["t"]
    if d["kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, (60 - t["warranty_months"]) / 12)
    fees = d["fee_amount"] * years
    return fees / (d["value"] + fees) * 100


def derive(d):
    """My reading of policy §3 and its section 'Where rules apply, and how clauses are read'."""
    t, x, r = d["t"], d["x"], set()
    goods = d["kind"] == "goods_or_licence"
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(d)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
CN = "零一二三四五六七八九十百"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)",
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)", r"(?<![%s])四个?小时" % CN, r"\bfour\s*-?\s*hours?",
    r"(?<![\d.])0\.050*" + PCT, r"万分之五(?![十\d])", r"(?<![\d.])0\.50*\s*‰", r"千分之零点五",
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之一?百(?![零一二三四五六七八九十])", r"one\s*hundred" + PCT,
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"\bthirty" + PCT, r"三成",
    r"(?<![\d.])12\s*-?\s*(?:months?|个\s*月)", r"(?<![%s])十二个月" % CN, r"\btwelve\s*-?\s*months?",
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"百分之十五(?![点\d])", r"\bfifteen" + PCT,
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"\bforty" + PCT, r"四成",
    r"(?<![\d.])5\s*-?\s*(?:years?|年)", r"(?<![%s])五年" % CN, r"\bfive\s*-?\s*years?",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4-hour", "4小时", "四小时", "four hours", "0.05%", "万分之五", "100%",
            "100 per cent", "百分之百", "30%", "30 per cent", "百分之三十", "12 months", "12-month", "十二个月",
            "12个月", "twelve months", "15%", "百分之十五", "40%", "百分之四十", "5 years", "five-year", "五年",
            "5年"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "0.5%", "10.05%", "1100%", "130%", "13%",
             "12 hours", "二十二个月", "15 days", "45%", "25 years", "十五年", "0.15%", "140%", "35%", "四十八小时",
             "2027年", "2026年12月31日", "within24hours", "7.5%", "115%"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in RX.finditer(variant)]
    return hits


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def label(key):
    d = D[key]
    terms = dict(d["t"])
    terms["contract_kind"] = d["kind"]
    extra = {"sla_clause": d["x"]["sla_clause"], "ld_stated": d["x"]["ld_stated"]}
    if d["kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = d["x"]["post_warranty_fee_capped"]
    extra["acceptance_deemed_on_delivery"] = d["x"]["acceptance_deemed_on_delivery"]
    extra["contract_value"] = d["value"]
    return {"file": FILES[key][0], "language": d["lang"], "category": d["category"], "expected_terms": terms,
            "expected_extra": extra, "expected_rules": derive(d)}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    assert all(RX.search(s) for s in MUST_HIT), [s for s in MUST_HIT if not RX.search(s)]
    assert not any(RX.search(s) for s in MUST_MISS), [s for s in MUST_MISS if RX.search(s)]
    for key, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src.strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    write({k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")},
          {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}, OUT, wrap_words=True)
    covered, problems = set(), []
    for key, (name, fmt, src) in FILES.items():
        d = D[key]
        assert sum(d["items"]) == d["value"], key
        assert sum(d["pays"]) == d["value"], key
        lab = label(key)
        rules = lab["expected_rules"]
        assert rules == sorted(d["design"]), (key, rules, d["design"])
        assert risk_of(rules) == d["risk"], key
        covered |= set(rules)
        for k, thr in THRESH.items():
            v = lab["expected_terms"][k]
            assert v is None or abs(v - thr) > 1e-9, (key, k, v)
        share = tco_share(d)
        assert share is None or abs(share - 40) > 2, (key, share)
        text = read_back(OUT / name)
        n = length(text, d["lang"])
        lo, hi = (2750, 3000) if d["lang"] == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((name, n))
        hits = scan(text) + scan(src)
        if hits:
            problems.append((name, "threshold text", hits))
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        print("%-62s %5d  %-6s tco=%s  %s" % (name, n, risk_of(rules), None if share is None else round(share, 2),
                                              ", ".join(r[3:] for r in rules) or "(none)"))
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    assert not problems, problems
    print("all checks passed")


if __name__ == "__main__":
    main()
