"""Builds the holdout202 contracts (blind held-out set of ORDINARY drafts, written before any run).

Run with /work/main/.venv/bin/python. The two .docx and the two .pdf are built from the markup below with
../word_pdf.py (T: title, H: heading, P: paragraph, TB: table row); the PDFs are broken into lines at word
boundaries (wrap_words=True). The three .md and three .txt files are written from the plain-text sources below.
All texts are my own.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- h202z01 (.docx, 第X条 + 1.1)
H202Z01 = """
T:临湖市中心城区交通信号控制系统升级项目政府采购合同
P:合同编号：LHJJ-ZC-2025-0417
P:采购项目编号：LHCG2025-GK-0317（公开招标）
P:甲方（采购人）：临湖市公安局交通警察支队
P:乙方（供应商）：华衢智能交通科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方负责中心城区86个路口交通信号控制机的更换，雷视一体检测器及路口通信设备的供货、安装和调试，部署信号控制中心平台软件，完成区域协调优化方案的定制开发以及与公安交通集成指挥平台的接口对接，并提供培训和质保期内的技术服务。
P:1.2 所供设备应为全新、未使用过的合格产品，符合GB 25280《道路交通信号控制机》等国家标准及招标文件技术参数要求，并具有公安部交通安全产品质量监督检测中心出具的检测报告。
P:1.3 路口清单、设备技术参数、平台功能清单和接口规范见附件一至附件三。
H:第二条 合同价款
P:2.1 本合同总价为人民币柒佰伍拾伍万元整（¥7,550,000.00），为含税固定总价，包含设备、软件许可、运输、安装、调试、定制开发、培训、质保期内服务及税费等全部费用，甲方不再另行支付其他费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|智能交通信号控制机|86台|38,600|3,319,600
TB:2|雷视一体检测器|172套|12,800|2,201,600
TB:3|路口工业交换机及光模块|86套|4,350|374,100
TB:4|信号控制中心平台软件许可（永久）|1套|680,000|680,000
TB:—|软硬件小计（1-4项）|||6,575,300
TB:5|区域协调优化及接口定制开发|1项|426,000|426,000
TB:6|安装调试及系统集成|1项|512,300|512,300
TB:7|培训|1项|36,400|36,400
TB:—|合同总价|||7,550,000
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的25%作为预付款，计¥1,887,500。
P:3.2 全部路口设备安装调试完毕并通过初步验收后15个工作日内，甲方支付合同总价的50%，计¥3,775,000。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的25%，计¥1,887,500。
P:3.4 甲方每次付款前，乙方应开具等额合法发票。甲方通过国库集中支付方式付款。
H:第四条 交付与实施
P:4.1 乙方应在合同生效后90日内完成全部路口设备的安装调试，150日内完成平台部署、定制开发和接口联调。
P:4.2 路口施工应避开早晚高峰时段，乙方应在施工前3日将施工方案报甲方审批，并按审定的交通组织方案设置警示和导改设施；单个路口因施工中断信号控制的时间每次不得超过2小时。
P:4.3 乙方应派驻具有相应资质的项目经理一名，未经甲方书面同意不得更换，并对施工人员进行安全交底，承担施工期间的安全生产责任。
H:第五条 验收
P:5.1 初步验收：全部路口设备安装完毕后，由甲方组织逐路口检查，内容包括：信号机多时段控制、感应控制、手动控制、黄闪及故障降级等功能；检测器流量检测精度（与人工计数比对，误差不大于5%）；通信链路和平台在线状态；以及连续72小时无故障运行。
P:5.2 试运行与最终验收：初步验收合格后进入3个月试运行。试运行期内未发生一级故障、定制功能全部实现、接口数据与集成指挥平台核对一致、主干道绿波协调方案经实测达到招标文件要求，且乙方已移交竣工资料、操作手册和定制部分源代码的，由甲方组织专家进行最终验收并签署验收报告。
P:5.3 设备到货签收、安装上线或甲方开始使用，均不视为验收合格。验收不合格的，乙方应在15日内整改并承担全部费用后重新验收。
H:第六条 质量保证与维保
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内，乙方免费提供软硬件维修和更换、软件升级以及每季度一次的现场巡检，并在巡检后5个工作日内提交巡检报告。
P:6.2 服务水平：中心平台年度可用率不低于99.95%（经甲方同意的计划维护时间除外）。故障分级及响应要求如下：
TB:故障等级|情形|响应时间|到场时间|修复时间
TB:一级|中心平台瘫痪，或干线路口信号机黄闪、灭灯|30分钟|2小时|8小时
TB:二级|单个路口设备故障或检测器失效|1小时|6小时|24小时
TB:三级|一般功能缺陷及使用咨询|8小时|按约定|5个工作日
P:6.3 乙方未按上表约定时间响应、到场或修复的，每超时1小时向甲方支付违约金人民币1,000元；中心平台年度可用率每低于约定值0.01个百分点，向甲方支付违约金人民币2,000元。上述款项甲方可从应付款项中直接扣除。
P:6.4 质保期满后，甲方需要继续购买维保服务的，年度维保费不超过软硬件小计的8%（即每年不超过¥526,024），该标准在质保期满后两年内不上调。维保合同由双方另行签订，不自动续期。
H:第七条 数据安全
P:7.1 本项目产生和接入的全部数据，包括路口流量、信号配时方案、视频和卡口数据以及系统运行日志，均属于甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存或向任何第三方提供。
P:7.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及公安机关网络安全管理规定，系统按网络安全等级保护第三级要求建设；乙方人员远程或现场运维须经甲方审批，通过甲方堡垒机进行并全程留痕，不得私自连接互联网。
P:7.3 发生数据泄露、篡改或其他网络安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方因此遭受的全部损失。
H:第八条 保密
P:8.1 乙方对在履行本合同过程中知悉的甲方路网结构、配时方案、警务信息、系统口令等信息负有保密义务，未经甲方书面同意不得向任何第三方披露，也不得用于本合同以外的目的。保密义务在合同终止后持续有效，直至相关信息依法公开。
H:第九条 知识产权
P:9.1 乙方为本项目定制开发的区域协调优化模块、接口程序、配置方案及相关文档和源代码，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:9.2 信号控制中心平台软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所供货物和软件不侵犯第三方知识产权，否则由乙方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期完成第四条约定的安装调试或平台部署的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方提供的货物或服务不符合合同约定的，应负责更换或返工并承担由此产生的费用；给甲方造成损失的，应予赔偿。
H:第十一条 分包
P:11.1 乙方不得转包本项目。路口管道、设备基础等土建辅助工程需要分包的，须事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未改正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同，双方互不承担违约责任。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：临湖市公安局交通警察支队    乙方（盖章）：华衢智能交通科技有限公司
P:签订日期：2025年  月  日
"""

# ---------------------------------------------------------------- h202z02 (.pdf, 一、/（一）/1.)
H202Z02 = """
T:电芯X射线检测设备采购合同
P:合同编号：QZLY-SB-2025-086
P:甲方（买方）：衢州锂源动力电池有限公司
P:乙方（卖方）：苏州明视精密检测设备有限公司
P:甲方因方形铝壳电芯二期产线建设需要，向乙方采购在线式X射线检测设备。双方根据《中华人民共和国民法典》等法律法规，经平等协商，订立本合同。
H:一、合同标的与价格
P:（一）乙方向甲方提供在线式X射线电芯检测设备及配套软件，并完成运输、安装、调试、与甲方MES系统的对接以及人员培训。设备用于电芯叠片对齐度（Overhang）和极耳折弯的在线全检。
P:（二）合同总价为人民币陆佰壹拾肆万捌仟元整（¥6,148,000），含13%增值税，明细如下：
P:1. 在线式X射线检测设备（含射线源、平板探测器、上下料及NG分拣机构），4台，单价¥1,368,000，金额¥5,472,000；
P:2. AI缺陷判定软件许可（随机永久授权），4套，单价¥96,000，金额¥384,000；
P:以上第1、2项为设备及软件小计，计¥5,856,000；
P:3. MES对接接口开发，1项，¥118,000；
P:4. 运输、安装、调试及辐射安全检测配合，1项，¥146,000；
P:5. 操作及维护培训，1项，¥28,000。
H:二、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，计¥1,229,600。
P:（二）设备全部到货并安装调试完毕后，甲方支付合同总价的50%，计¥3,074,000。到货签收及安装调试完毕不代表甲方对设备质量的验收。
P:（三）设备通过最终验收后，甲方支付合同总价的25%，计¥1,537,000。
P:（四）剩余5%（¥307,400）作为质量保证金，质保期满且无未决质量问题后一次性无息支付。
P:（五）乙方应在每次付款前开具等额增值税专用发票。
H:三、交货与安装
P:（一）交货期：合同生效后75日内，全部设备运抵甲方指定厂房（DDP，含运输保险），交货地点为甲方二期电芯车间。
P:（二）乙方应在设备到货后20日内完成安装调试。设备应满足辐射防护要求，设备外表面5厘米处周围剂量当量率不大于1微希沃特每小时；乙方应提供有资质机构出具的辐射安全检测报告，并配合甲方办理辐射安全许可证变更手续。
P:（三）乙方现场人员应遵守甲方车间的安全、防静电和洁净度管理制度。
P:（四）设备毁损、灭失的风险自甲方签收之日起转移至甲方；因包装不当造成的损坏由乙方负责。
P:（五）甲方负责提供设备安装所需的场地、电源、压缩空气和网络接口，并依法办理辐射安全许可；乙方应在交货前15日提交设备基础及公用工程条件图。
H:四、验收
P:（一）设备安装调试完毕后，进行连续30日的生产线试运行。试运行结束后，甲方按以下标准组织最终验收：
P:1. 单台检测节拍不低于每分钟24只电芯；
P:2. 使用甲方提供的标准缺陷样本（含Overhang超差、极耳折弯、异物样本共300只）进行三轮盲测，漏检数为零；
P:3. 正常生产条件下过杀率不高于1.5%；
P:4. 与MES系统的条码绑定、检测结果上传和NG追溯数据一致；
P:5. 试运行期间无一级故障，辐射安全检测合格，技术资料齐全。
P:（二）全部标准达到后，双方签署最终验收报告。任何一项未达到的，乙方应在15日内整改并重新验收，费用由乙方承担。甲方在试运行期间使用设备进行生产，不视为验收合格。
H:五、质量保证与售后服务
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换零部件（含射线管、平板探测器等核心部件）并免费提供软件升级。
P:（二）故障响应：一级故障（设备停机、影响产线运行或检测结果不可信）乙方应在1小时内响应，10小时内派工程师到达现场；二级故障（单项功能异常、不影响主要检测）应在2小时内响应，48小时内到场处理。
P:（三）乙方未按上述时限响应或到场的，每超时1小时向甲方支付人民币2,000元；因设备故障导致单台停机超过24小时的，超出部分每日另付人民币5,000元。
P:（四）质保期满后，乙方提供年度维保服务（含每季度预防性维护、射线管状态检测和软件升级），年度维保费为设备及软件小计的17.5%，即每年¥1,024,800，质保期满后三年内按此价格执行。维保合同每年签订一次，甲方有权决定是否续签。
P:（五）乙方应在试运行开始前对甲方操作、设备和工艺人员进行不少于5天的培训，内容包括设备操作、辐射防护、日常点检、判定参数调整和常见故障处理。
P:（六）乙方应在最终验收前提交设备使用说明书、电气原理图、备件清单、维护保养手册和辐射安全检测报告等技术资料各两套，并保证质保期满后八年内持续供应备件，备件价格不高于同期市场价格。
H:六、数据与信息安全
P:（一）设备产生的检测图像、判定结果、工艺参数和生产数据均属于甲方所有。乙方仅为故障诊断、维护和升级之目的使用上述数据，不得复制带离甲方厂区，不得用于训练乙方向其他客户提供的算法模型。
P:（二）设备接入甲方生产网络应符合甲方工控安全管理制度；乙方远程维护须每次经甲方审批，在甲方开通的受控通道内进行，操作记录留存备查。
P:（三）发生数据泄露或因乙方原因导致的网络安全事件的，乙方应在2小时内通知甲方并配合处置，并赔偿由此给甲方造成的损失。
H:七、保密
P:乙方对在合同履行中知悉的甲方电芯结构、工艺参数、产能规划等技术和商业信息负有保密义务，未经甲方书面同意不得向第三方披露，也不得用于本合同以外的目的。本条在合同终止后五年内持续有效。
H:八、知识产权
P:（一）乙方保证所供设备和软件不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
P:（二）MES对接接口程序及其源代码、为甲方定制的判定规则和基于甲方样本训练形成的模型参数，归甲方所有，甲方可自行或委托第三方使用和修改。AI缺陷判定软件本身的知识产权归乙方。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意或重大过失、侵犯知识产权以及违反第六条、第七条约定的除外。
H:十、分包
P:乙方不得将主体设备的制造及安装调试分包。运输、吊装等辅助工作需委托第三方的，应事先取得甲方书面同意。
H:十一、合同解除
P:（一）乙方交货逾期超过45日，或设备经两次整改仍未通过验收的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:（二）任何一方严重违约且在对方书面通知后15日内未纠正的，守约方有权解除合同。
H:十二、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地有管辖权的人民法院诉讼解决。
H:十三、其他
P:本合同自双方签字盖章之日起生效，一式四份，双方各执二份。附件：技术协议、设备配置清单、标准缺陷样本清单。
P:甲方（盖章）：              乙方（盖章）：
P:日期：2025年  月  日
"""

# ---------------------------------------------------------------- h202z03 (.md, Markdown headings + 1.1)
H202Z03 = """# 家园共育平台软件服务（SaaS）订阅合同

合同编号：BLC-IT-2025-019

甲方（客户）：苏州贝乐橙幼儿园管理有限公司

乙方（服务商）：童心云（南京）信息科技有限公司

甲方及其管理的26所幼儿园拟使用乙方“童心云家园共育平台”，用于幼儿考勤、成长档案、家园通知、膳食公示、缴费提醒和家长沟通。双方经友好协商，订立本合同。

## 1. 服务内容

1.1 乙方以软件即服务（SaaS）方式向甲方提供平台的园长端、教师端和家长端（微信小程序及App）使用权，服务范围覆盖附件一所列26所园所。

1.2 乙方负责平台的初始化实施：组织架构及账号开通、既有幼儿档案和家长信息迁移、甲方课程体系模板配置、缴费提醒与甲方财务系统对接，以及园长和教师培训。

1.3 服务期为三年，自平台上线验收合格之日起计算。

1.4 平台功能包括：幼儿入园离园考勤及晨检记录、班级通知和家长回执、成长档案及评价报告、每周食谱与膳食公示、收费项目提醒、家长留言及教师回复、园所公告和活动报名。

1.5 乙方提供工作日8:30至18:00的在线客服和电话支持，为甲方指定专属客户成功经理，并每季度向甲方提交平台使用情况报告。

## 2. 费用与支付

2.1 本合同总价为人民币捌拾肆万肆仟元整（¥844,000），明细如下：

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 平台订阅费 | 26园 × 9,800元/园/年 × 3年 | 764,400 |
| 实施及数据迁移 | 固定价 | 58,000 |
| 园所培训 | 固定价（每园不少于半天） | 21,600 |
| 合计 | | 844,000 |

2.2 订阅费按季度支付：每个服务季度结束后15日内，甲方支付该季度订阅费人民币63,700元。

2.3 实施及数据迁移费、培训费在上线验收合格后30日内一次性支付。本合同不设预付款。

2.4 服务期内园所数量增加的，新增园所按9,800元/园/年的单价按月折算计费。

## 3. 上线与验收

3.1 乙方应于合同签订后45日内完成实施工作并书面申请上线验收。

3.2 上线验收标准：
（1）26所园所的园长、教师账号全部开通，每所园所均已完成家长端绑定测试；
（2）迁移的幼儿档案、家长信息与甲方提供的原始清单逐条核对一致；
（3）考勤、通知、成长档案、膳食公示、缴费提醒功能按附件二测试用例全部通过；
（4）在1,500名用户并发访问下，主要页面响应时间不超过3秒。

3.3 验收合格的，甲方签署上线验收单。平台开通使用或甲方支付任何费用，均不视为验收合格。验收不合格的，乙方应在10日内整改后重新申请验收。

3.4 乙方未按3.1约定时间完成上线的，每逾期一日，应向甲方支付违约金人民币600元。

3.5 甲方应指定项目联系人，在合同签订后15日内按乙方提供的模板提供幼儿、家长及教职工基础数据，并确保相关数据的收集已取得家长同意。

## 4. 服务水平

4.1 乙方保证平台月度可用率不低于99.5%。计划内维护应安排在22:00至次日6:00之间，并提前48小时通知甲方，计划内维护时间不计入不可用时间。

4.2 故障分级响应：一级故障（平台整体无法登录或数据无法保存）30分钟内响应，3小时内恢复；二级故障（单一功能不可用）2小时内响应，次日内修复；三级问题（使用咨询、优化建议）一个工作日内答复。

4.3 月度可用率低于约定值的，按下列标准抵扣当月订阅费：低于99.5%但不低于99%的，抵扣10%；低于99%的，抵扣25%。一级故障未按时恢复的，每超时1小时另抵扣当月订阅费的2%。

4.4 乙方应于每月5日前向甲方提交上月可用率统计及故障处理报告。

## 5. 数据与个人信息保护

5.1 甲方在平台中录入、上传或产生的数据，包括幼儿姓名、照片、视频、健康及考勤记录、家长联系方式和缴费信息，归甲方所有。

5.2 乙方应按照《个人信息保护法》《儿童个人信息网络保护规定》处理上述数据：数据存储于中国境内，平台通过网络安全等级保护第三级测评，数据传输和存储加密，对员工实行最小授权并记录操作日志；儿童照片和视频仅在本园经授权的家长范围内展示。

5.3 乙方有权对平台使用数据进行去标识化和汇总处理，用于改进平台功能、开发新产品以及发布学前教育行业研究报告；该等汇总数据归乙方所有，在本合同终止后乙方仍可继续使用。

5.4 发生个人信息泄露等安全事件的，乙方应在24小时内通知甲方，配合甲方向主管部门报告并告知家长，并承担因乙方原因给甲方造成的损失。

5.5 合同终止后30日内，乙方应按甲方要求导出并移交全部数据，移交完成后彻底删除，并向甲方出具删除确认书。

5.6 乙方不得在家长端向家长推送与甲方服务无关的商业广告，不得向家长销售任何课程或商品。

## 6. 保密

6.1 双方对在合作过程中获知的对方商业信息、技术信息及本合同内容负有保密义务，未经对方书面同意不得向任何第三方披露。保密期限为本合同终止后三年。

## 7. 知识产权

7.1 平台软件及其后续版本的知识产权归乙方所有。

7.2 乙方为甲方专门配置开发的课程体系模板、成长报告模板、财务对接程序及相关文档归甲方所有，甲方可自行或委托第三方自由使用、修改。

## 8. 续期

8.1 服务期满前30日内，任何一方未书面提出不续约的，本合同自动续期一年，续期次数不限。

8.2 每次续期时，乙方有权上调订阅单价，上调幅度不超过8%，乙方应在服务期满前60日书面通知甲方新的价格。

## 9. 分包

9.1 乙方使用的云服务商和短信通道服务商已列于附件三，甲方签署本合同即视为同意。乙方拟将本合同项下其他工作交由第三方完成的，须事先取得甲方书面同意。

## 10. 责任限制

10.1 乙方在本合同项下对甲方的累计赔偿责任以合同总价的两倍为限；因乙方违反第5条导致个人信息泄露的，不受此限。

## 11. 合同解除

11.1 乙方严重违约，包括连续两个月可用率低于99%或发生重大数据安全事件，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应赔偿甲方损失并配合完成数据迁出。

11.2 甲方逾期付款超过60日且经书面催告后仍未支付的，乙方可暂停服务。

## 12. 法律适用与争议解决

12.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交苏州仲裁委员会仲裁。

## 13. 其他

13.1 本合同附件一（园所清单）、附件二（验收测试用例）、附件三（第三方服务商清单）为本合同组成部分。本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                乙方（盖章）：

日期：2025年  月  日
"""

# ---------------------------------------------------------------- h202z04 (.txt, 第X条 + （一）)
H202Z04 = """青禾县农产品质量安全监管平台运维服务合同

项目名称：青禾县农产品质量安全监管平台2026年度运维服务
采购方式：询价
合同编号：QHNY-2025-XJ-042

甲方（采购人）：青禾县农业农村局
乙方（供应商）：安农数科（合肥）信息技术有限公司

根据《中华人民共和国政府采购法》、本项目询价通知书及乙方报价文件，经双方协商一致，订立本合同。

第一条 服务内容
（一）服务对象：青禾县农产品质量安全监管平台，包括生产主体名录库、农产品快速检测数据上报、承诺达标合格证开具、日常巡查执法APP、追溯查询及大屏展示模块，以及与省级农产品质量安全追溯平台的数据接口。
（二）服务内容：1.驻场运维，乙方派1名工程师在甲方工作日驻场；2.远程运维及月度巡检；3.数据治理与生产主体名录更新；4.功能优化，共60人天；5.网络安全等级保护测评整改配合；6.乡镇监管员培训2次。
（三）服务要求：驻场工程师负责平台日常监控、用户账号管理、快检数据审核协助、乡镇监管站问题处理和系统日志检查；月度巡检包括服务器、数据库、中间件、接口运行状态和存储空间检查，每季度进行一次数据库备份恢复演练；重大节日及农产品质量安全专项整治期间，乙方应安排专人值守。
（四）甲方负责提供驻场办公场所、网络环境和堡垒机账号，及时确认功能优化需求，并组织半年考核和年度考核验收。

第二条 服务期限
服务期自2026年1月1日起至2026年12月31日止。服务期满本合同自然终止，不自动续期；需要继续服务的，由甲方按政府采购规定重新组织采购。

第三条 合同价款
本合同总价为人民币叁拾叁万伍仟元整（¥335,000），为固定总价，包括人工、差旅、工具及税费等全部费用。分项如下：
（一）驻场运维：156,000元；
（二）远程运维及月度巡检：48,000元；
（三）数据治理与主体名录更新：37,500元；
（四）功能优化（60人天，每人天1,150元）：69,000元；
（五）等保测评整改配合：18,000元；
（六）培训：6,500元。

第四条 付款方式
（一）本合同不设预付款。
（二）服务满六个月并经甲方半年考核合格后，甲方支付合同总价的50%，计167,500元。
（三）服务期满并经年度考核验收合格后，甲方支付剩余50%，计167,500元。
（四）考核扣款从当期应付款中扣除。乙方应在每次付款前开具合法发票。

第五条 服务水平
（一）故障分级：一级故障指平台整体无法访问、快检数据无法上报或合格证无法开具；二级故障指单个模块功能异常但不影响核心业务；三级故障指一般性问题和使用咨询。
（二）乙方接到一级故障报告后，应在8小时内响应并开展远程或现场处置，24小时内恢复；二级故障应在1个工作日内响应，3个工作日内解决；三级故障应在5个工作日内解决。
（三）乙方应于每月5日前提交上月运维报告，内容包括巡检记录、故障工单、数据上报情况和安全检查结果。
（四）乙方应建立故障工单台账，对每一工单记录报告时间、响应时间、处理过程和恢复时间，并由甲方经办人签字确认；对同一问题反复出现的，乙方应分析原因并提出根治方案。
（五）乙方对平台进行版本更新或配置变更的，应提前2个工作日向甲方提交变更方案，经甲方同意后在非工作时间实施，并做好回退准备。

第六条 考核与扣款
（一）甲方每季度对乙方服务进行考核。一级故障超时响应或超时恢复的，每次扣款人民币500元；二级故障超时的，每次扣款人民币200元；驻场人员无故缺勤的，每日扣款人民币300元。
（二）年度考核验收标准：巡检记录和运维报告齐全；全年故障工单全部闭环；快检数据按时上报省级平台，无因乙方原因导致的漏报；等保测评发现的中高风险问题全部整改完毕；60人天功能优化需求全部交付并经甲方书面确认。达不到上述标准的，乙方应限期整改，整改后重新考核。

第七条 功能优化与数据治理任务
甲方书面提出功能优化或数据治理需求后，双方确认工作计划。乙方逾期交付的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

第八条 数据安全
（一）平台数据，包括生产主体信息、检测数据、合格证数据和执法记录，均归甲方所有。乙方仅为运维目的访问上述数据，不得用于其他任何目的。
（二）乙方运维操作须通过甲方提供的堡垒机进行，不得私自下载、复制或对外提供数据；驻场人员应签署保密承诺书，并遵守政务网络安全管理规定。
（三）乙方应每日检查平台数据库和业务文件的备份任务，备份数据保存在甲方指定的政务云存储中，保留期限不少于90日；每季度配合甲方开展一次安全自查，对发现的弱口令、高危端口和未修补漏洞及时整改。
（四）发生数据泄露、篡改或网络攻击事件的，乙方应在2小时内报告甲方并立即处置；因乙方原因造成的，由乙方承担全部责任并赔偿损失。

第九条 保密
乙方对履行本合同过程中接触的甲方工作秘密、监管信息和系统账号口令负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因本合同终止而解除。

第十条 知识产权
乙方在服务期内完成的功能优化代码、脚本、数据治理规则及相关文档，知识产权归甲方所有，甲方可自行或委托第三方自由使用和修改。

第十一条 人员与分包
（一）乙方驻场工程师应具备三年以上政务系统运维经验，更换人员须经甲方同意。乙方应为驻场人员缴纳社会保险，并对其人身安全和行为负责。
（二）乙方可将现场网络维护、硬件巡检等辅助工作委托具备相应能力的第三方完成，但应提前5个工作日书面告知甲方，并对第三方的工作承担全部责任。

第十二条 违约责任
乙方未按合同约定提供服务的，除按第六条扣款外，还应赔偿由此给甲方造成的损失。甲方无正当理由逾期付款的，应按同期贷款市场报价利率支付逾期利息。

第十三条 合同解除
乙方严重违反本合同约定，经甲方书面通知后10日内仍未改正的，或连续两个季度考核不合格的，甲方有权解除合同，并按实际服务期结算费用。
服务期满或合同解除时，乙方应在10个工作日内向甲方或甲方指定的新服务商移交全部运维文档、配置资料、账号口令和数据，并配合完成交接；交接完成前乙方不得删除或带走任何平台数据。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同未尽事宜，按询价通知书和乙方报价文件执行；合同文件之间不一致的，依次以本合同、询价通知书、乙方报价文件为准。对本合同的任何修改或补充，须经双方书面签署。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：青禾县农业农村局
乙方（盖章）：安农数科（合肥）信息技术有限公司
签订日期：2025年12月  日
"""

# ---------------------------------------------------------------- h202z05 (.md, supplier's template, ### 第X条 + X.Y)
H202Z05 = """# 智酿MES软件许可及实施合同

（智酿工业软件标准合同文本 V3.0）

合同编号：ZN-MES-2025-0611

甲方（用户）：金山醇香醋业有限公司

乙方（许可方）：智酿工业软件（无锡）有限公司

鉴于甲方拟在其固态发酵香醋生产线实施生产执行系统，乙方依法拥有“智酿MES”软件的全部知识产权并具备实施能力，双方依据《中华人民共和国民法典》，就软件许可及实施事宜订立本合同。

### 第一条 定义

1.1 “许可软件”指智酿MES平台标准产品及其功能模块、文档和乙方提供的升级版本。

1.2 “定制开发成果”指乙方根据甲方需求，在许可软件基础上开发的功能模块、报表、接口程序及其源代码和相关文档。

1.3 “上线”指许可软件部署在甲方服务器并开始用于甲方生产业务。

### 第二条 合同内容与价款

2.1 乙方向甲方提供许可软件的使用许可、定制开发、实施和培训服务。合同总价为人民币壹佰捌拾贰万元整（¥1,820,000），含税。明细如下：

| 序号 | 内容 | 金额（元） |
|---|---|---|
| 1 | 智酿MES平台软件许可（永久，含制曲、固态发酵、淋醋、陈酿、灌装模块，50个并发用户） | 960,000 |
| 2 | 定制开发：醋醅翻醅工艺管理、陈酿罐批次追溯、质检LIMS对接、能耗看板 | 580,000 |
| 3 | 实施服务：蓝图设计、部署、基础数据初始化、上线支持 | 245,000 |
| 4 | 培训（关键用户及操作工） | 35,000 |
| | 合计 | 1,820,000 |

2.2 甲方在蓝图确认后提出的需求变更，按每人天2,800元另行结算，由双方以补充协议确认。

2.3 合同价款不包括服务器、数据库、操作系统、工业网关等第三方软硬件，该等软硬件由甲方按乙方提出的配置要求自行采购。

### 第三条 付款

3.1 本合同签订后7日内，甲方支付合同总价的50%，计910,000元。

3.2 系统上线后7日内，甲方支付合同总价的45%，计819,000元。

3.3 系统上线满三个月后7日内，甲方支付合同总价的5%，计91,000元。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金；逾期超过15日的，乙方有权暂停实施及服务，工期相应顺延。

### 第四条 实施与交付

4.1 乙方在收到第3.1条款项后开始实施，计划在120日内完成上线。因甲方需求确认、数据准备、现场条件或第三方系统等原因延误的，工期相应顺延。

4.2 甲方应指定项目负责人，及时确认蓝图、提供基础数据（物料、配方、工艺路线、设备和人员信息）、准备服务器和网络环境，并组织关键用户参加培训。甲方未按乙方要求及时提供资料或确认成果的，由此造成的延误和额外工作量由甲方承担。

4.3 乙方按以下阶段实施：（1）项目启动与现场调研；（2）蓝图设计与确认；（3）系统配置与定制开发；（4）基础数据初始化与系统测试；（5）用户培训；（6）上线切换及上线支持。每一阶段完成后乙方提交阶段成果，甲方应在5个工作日内书面确认，逾期未确认的视为确认。

4.4 乙方交付软件安装介质及许可密钥。许可密钥与甲方服务器绑定，甲方更换服务器需由乙方重新授权，每次收取授权服务费5,000元。

4.5 乙方逾期上线的，每逾期一日，按合同总价的万分之一向甲方支付违约金，违约金总额不超过合同总价的3%。

### 第五条 验收

5.1 系统上线运行，即视为甲方验收合格。

5.2 甲方在上线后发现的问题，作为运维问题处理，不影响验收结论及甲方的付款义务。

### 第六条 免费维护与技术服务

6.1 乙方自系统上线之日起提供六个月免费维护，内容包括缺陷修复、远程技术支持及补丁升级。

6.2 紧急故障（系统无法登录或生产数据无法录入）乙方在24小时内响应；一般问题在3个工作日内响应。

6.3 乙方将尽合理努力排除故障，但对故障排除时间不作承诺。因系统故障造成的任何损失，乙方不承担扣款、赔偿或违约金责任。

6.4 乙方提供关键用户培训3天和操作工培训2天，超出部分按每人天2,800元另行收费。

6.5 免费维护期满后，甲方应向乙方购买年度维护服务，维护费按乙方当年公布的服务价格标准执行，乙方有权根据市场情况进行调整。

### 第七条 知识产权

7.1 许可软件及定制开发成果（含源代码和文档）的知识产权均归乙方所有。

7.2 乙方授予甲方在甲方内部以非独占、不可转让的方式使用许可软件及定制开发成果的权利；未经乙方书面许可，甲方不得修改、反向工程或许可任何第三方使用。

7.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

### 第八条 数据

8.1 甲方的业务数据归甲方所有。乙方对实施和维护过程中接触的甲方数据应采取访问控制、加密传输和操作记录等安全措施；发生数据泄露的，乙方应在48小时内通知甲方，并对因乙方过错造成的泄露承担赔偿责任。

8.2 甲方同意，乙方可将甲方的生产工艺数据、质量检验数据进行脱敏处理后，用于乙方产品优化及酿造行业工艺模型的训练和研究。

### 第九条 保密

9.1 双方对本合同内容及在合作中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。保密期限至本合同终止后两年。

### 第十条 责任限制

10.1 乙方在本合同项下的累计赔偿责任（包括违约金）不超过合同总价的20%。

10.2 乙方不对间接损失、利润损失、停产损失或数据丢失承担责任。

10.3 因甲方操作不当、擅自修改系统配置、使用未经乙方认可的第三方软件或硬件导致的故障和损失，由甲方自行承担，乙方提供的修复服务另行收费。

### 第十一条 合同解除

11.1 一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权解除本合同。

11.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

### 第十二条 不可抗力

12.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在不可抗力影响范围内免除责任。网络攻击、病毒、第三方软硬件故障及政策调整视为不可抗力。

### 第十三条 法律适用与争议解决

13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，由乙方所在地人民法院管辖。

### 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。本合同文本为乙方标准文本，双方对其条款已充分协商。

14.2 本合同附件包括报价单和实施范围说明书。附件与正文不一致的，以正文为准。

甲方（盖章）：                乙方（盖章）：

日期：2025年  月  日
"""

# ---------------------------------------------------------------- h202e01 (.docx, "Clause N", Scottish house style)
H202E01 = """
T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:between
P:CAIRNMHOR PATTERN SYSTEMS LIMITED, a company incorporated under the Companies Acts in Scotland (registered number SC612884) and having its registered office at The Old Boathouse, Eilean Righ, Craignish, Argyll ("the Licensor")
P:and
P:JINJIANG FENGCHI SPORTSWEAR CO., LTD., a company incorporated in the People's Republic of China and having its principal office at No. 88 Shiyou Road, Chendai Town, Jinjiang, Fujian Province ("the Customer")
P:CONSIDERING THAT the Customer wishes to replace the pattern-grading software at its Jinjiang technical centre and the Licensor has offered to license and configure its GradeCraft software for it, THE PARTIES HAVE AGREED as follows:
H:Clause 1 Definitions and interpretation
P:1.1 In this Agreement: "Acceptance Tests" means the tests described in Clause 5 and detailed in Schedule 3; "Configuration Deliverables" means the grade-rule libraries, size-chart templates, interface code and documentation prepared by the Licensor for the Customer; "Customer Data" means all patterns, grade rules, size charts, style files and other data of the Customer processed by the Software; "Final Acceptance" means the signing by the Customer of the Final Acceptance Certificate under Clause 5.4; "Go-Live" means the first production use of the Software; and "Software" means GradeCraft Pro, the 3D Fit Preview module and the plotter and cutter driver pack, in object code, together with their documentation and all updates supplied under this Agreement.
P:1.2 Headings are for convenience only. The Schedules form part of this Agreement.
H:Clause 2 Licence
P:2.1 In consideration of the licence fees the Licensor grants to the Customer a perpetual, non-exclusive licence to install and use the Software for the number of named seats stated in Clause 3.1, for the business of the Customer and its affiliates in the People's Republic of China.
H:Clause 3 Price and payment
P:3.1 The Contract Price is CNY 1,610,000 (one million six hundred and ten thousand yuan renminbi), inclusive of value added tax, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|GradeCraft Pro perpetual licence, named seat|24|38,500|924,000
TB:2|3D Fit Preview module perpetual licence, named seat|8|21,000|168,000
TB:3|Plotter and cutter driver pack, site licence|1|36,000|36,000
TB:|Licence Fee subtotal (items 1 to 3)|||1,128,000
TB:4|Configuration: size charts, migration of 2,400 style grade rules, PLM and ERP interface|1|386,000|386,000
TB:5|Train-the-trainer course, 6 days on site|1|42,000|42,000
TB:6|Go-Live support on site, 10 days|1|54,000|54,000
TB:|Contract Price|||1,610,000
P:3.2 Prices are stated in yuan renminbi at the Customer's request and are fixed. Invoices shall be issued through the Licensor's agent in Xiamen so that the Customer receives valid VAT invoices.
P:3.3 The Contract Price is payable in three instalments: (a) 20% (CNY 322,000) within 20 days after signature of this Agreement, against the Licensor's invoice; (b) 45% (CNY 724,500) within 20 days after Go-Live; and (c) 35% (CNY 563,500) within 20 days after Final Acceptance.
H:Clause 4 Delivery and configuration
P:4.1 The Licensor shall deliver the licence keys within 10 days after signature and shall complete installation, configuration and data migration in accordance with the project plan in Schedule 2, so that Go-Live takes place no later than 90 days after signature ("the Go-Live Date").
P:4.2 If Go-Live is delayed beyond the Go-Live Date for reasons attributable to the Licensor, the Licensor shall pay to the Customer liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price. The parties agree that this is a genuine pre-estimate of loss and not a penalty.
H:Clause 5 Acceptance
P:5.1 Within 30 days after Go-Live the parties shall carry out the Acceptance Tests, which include: (a) grading of 60 reference styles across the full size range, with every graded point within plus or minus 0.5 mm of the Customer's master grades; (b) reconciliation of all 2,400 migrated style grade rules against the export from the Customer's legacy system; (c) round-trip transfer of style and marker data through the PLM and ERP interface without loss or alteration; and (d) correct output to each of the Customer's plotters and automatic cutters.
P:5.2 The Acceptance Tests are passed when every criterion is met and no Severity 1 or Severity 2 defect remains open.
P:5.3 If a test fails, the Licensor shall correct the defect at its cost within 10 working days and the test shall be repeated.
P:5.4 When the Acceptance Tests are passed the Customer shall sign a Final Acceptance Certificate within 5 working days. Neither Go-Live, nor use of the Software in production, nor payment of any instalment shall constitute acceptance.
H:Clause 6 Warranty
P:6.1 The Licensor warrants that for 18 months from Final Acceptance ("the Warranty Period") the Software and the Configuration Deliverables will perform materially in accordance with their documentation and the specification in Schedule 1. During the Warranty Period the Licensor shall correct defects, provide support under Clause 7 and deliver all updates and new releases free of charge.
H:Clause 7 Support and service levels
P:7.1 Support is available by telephone, e-mail and remote session from 08:30 to 20:30 China Standard Time on working days and, for Severity 1 issues, at all times.
P:7.2 Severity levels and response times are: Severity 1 (grading or plotting unavailable to all users, or output corrupted): response within 1 hour and a workaround within 8 hours; Severity 2 (a major function unavailable with no workaround): response within 2 hours and correction within 3 working days; Severity 3 (other defects and questions): response within 1 working day.
P:7.3 For each hour by which the Licensor exceeds a Severity 1 response or workaround time, the Licensor shall pay or credit to the Customer CNY 1,000, and for each working day by which a Severity 2 correction is late, CNY 500.
P:7.4 After the Warranty Period the Customer may purchase annual support, comprising maintenance, updates and the service levels of this Clause 7, for an Annual Support Fee of 11% of the Licence Fee subtotal, namely CNY 124,080 per year. This fee is fixed for the first three support years; thereafter any increase shall not exceed 3% per year and shall be agreed in writing. Support is ordered year by year by purchase order and does not renew automatically.
H:Clause 8 Intellectual property
P:8.1 The Software and all intellectual property rights in it remain with the Licensor or its licensors.
P:8.2 All intellectual property rights in the Configuration Deliverables shall vest in the Customer on creation, and the Licensor hereby assigns them to the Customer with effect from creation. The Customer may use, copy, modify and license the Configuration Deliverables freely, including to its contractors. The Licensor shall deliver the interface source code with Final Acceptance.
P:8.3 The Licensor shall indemnify the Customer against any third-party infringement claim relating to the Software or the Configuration Deliverables.
H:Clause 9 Customer Data and security
P:9.1 Customer Data belongs to the Customer. The Licensor shall process Customer Data only on the Customer's written instructions and only to perform this Agreement, and shall not use it for any other purpose, including product development or benchmarking.
P:9.2 The Software is installed on the Customer's own servers in Jinjiang. The Licensor's staff may access the Customer's systems only through remote sessions opened and recorded by the Customer, using individual accounts with two-factor authentication, and shall not copy Customer Data outside the Customer's systems.
P:9.3 The Licensor shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China. It shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall take immediate steps to contain it, and shall be liable for all loss caused to the Customer by a breach of this Clause 9.
H:Clause 10 Confidentiality
P:10.1 Each party shall keep the confidential information of the other secret, use it only for this Agreement and disclose it only to staff and advisers who need to know it. The Customer's patterns, grade rules and unreleased collections are its confidential information. This Clause survives termination for five years.
H:Clause 11 Liability
P:11.1 Subject to Clause 11.2, the total liability of each party under or in connection with this Agreement shall not exceed 150% of the Contract Price.
P:11.2 Clause 11.1 does not limit liability for personal injury, fraud, breach of Clause 9 or 10, or the indemnity in Clause 8.3.
H:Clause 12 Subcontracting and assignation
P:12.1 The Licensor shall not subcontract any part of the services, nor assign this Agreement, without the prior written consent of the Customer, and remains responsible for any approved subcontractor.
H:Clause 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other commits a material breach and, where the breach is capable of remedy, fails to remedy it within 30 days after notice requiring it to do so.
P:13.2 The Customer may also terminate if the maximum liquidated damages under Clause 4.2 are reached or the Acceptance Tests fail at a third attempt; the Licensor shall then repay all sums received for the parts terminated.
H:Clause 14 Governing law and disputes
P:14.1 This Agreement is governed by the law of Scotland.
P:14.2 Any dispute under this Agreement shall be referred to arbitration under the Scottish Arbitration Rules set out in the Arbitration (Scotland) Act 2010, before a sole arbitrator nominated by the Scottish Arbitration Centre. The seat of the arbitration shall be Scotland and hearings shall take place in Edinburgh.
H:Clause 15 General
P:15.1 This Agreement and its Schedules are the entire agreement between the parties on their subject matter. Any variation must be in writing and signed by both parties.
P:IN WITNESS WHEREOF these presents, consisting of this and the preceding pages together with the Schedules annexed, are executed as follows:
P:Subscribed for Cairnmhor Pattern Systems Limited at Eilean Righ on ______________ 2025 by ______________, Director, before this witness ______________.
P:Signed for Jinjiang Fengchi Sportswear Co., Ltd. at Jinjiang on ______________ 2025 by ______________, legal representative (company chop).
P:Schedule 1 Specification. Schedule 2 Project plan. Schedule 3 Acceptance Tests.
"""

# ---------------------------------------------------------------- h202e02 (.txt, Order Form + General Terms, "Art. N (title)")
H202E02 = """RESERVA FARO SOFTWARE, LDA.
ORDER FORM No. RF-2025-0388
(to be read together with the Reserva Faro General Terms of Service, version 4.2, attached as Part II)

PART I - ORDER FORM

1. Parties
Supplier: Reserva Faro Software, Lda., a private limited company (sociedade por quotas) with registered office at Nucleo da Praia, Ilha de Faro, 8005-520 Faro, Portugal, registered with the Commercial Registry of Faro under the sole registration and taxpayer number 516 204 337, with a share capital of EUR 50,000 (hereinafter "Reserva Faro").
Customer: Hulunbuir Cangyuan Yurt Camp Tourism Co., Ltd., Chenbarhu Banner, Hulunbuir, Inner Mongolia Autonomous Region, People's Republic of China (hereinafter the "Customer").

2. Services ordered
(a) Camp Pro booking platform for 68 accommodation units (yurts and cabins): online booking engine for the Customer's website and WeChat mini-program, front-desk calendar, housekeeping app, deposit and refund handling, and guest registration with identity-document capture and export in the format required by the local public security guest-reporting system.
(b) Channel Manager add-on: two-way synchronisation of availability, rates and bookings with Trip.com, Meituan and Fliggy.
(c) Onboarding: configuration of units, rate plans and seasons, import of existing bookings for the 2026 season, and connection of the Customer's own WeChat Pay and Alipay merchant accounts.
(d) On-site training: two days at the camp for front-desk and housekeeping staff.

3. Subscription Term
Twenty-four (24) months from the Service Start Date of 1 April 2026. The Go-Live Date is 15 May 2026, before the opening of the summer grassland season.

4. Fees (CNY, VAT included, quoted in renminbi at the Customer's request)
Camp Pro subscription: CNY 7,400 per month x 24 months = CNY 177,600
Channel Manager add-on: CNY 1,250 per month x 24 months = CNY 30,000
Onboarding (one-time): CNY 18,600
On-site training (one-time): CNY 9,800
Total Fees for the Subscription Term: CNY 236,000

5. Invoicing and payment
5.1 Invoice 1 is issued on signature of this Order Form and is payable within 10 days, and in any case before the Service Start Date. It covers the subscription and add-on fees for the first Subscription Year (CNY 103,800) and the Onboarding fee (CNY 18,600), in total CNY 122,400.
5.2 Invoice 2 covers the training fee (CNY 9,800) and is issued after the training has been delivered.
5.3 Invoice 3 covers the subscription and add-on fees for the second Subscription Year (CNY 103,800) and is issued 30 days before that year begins.
5.4 Payment is made by bank transfer in renminbi to the account designated by Reserva Faro. Reserva Faro does not start the services until Invoice 1 has been paid.

6. Hosting region
Alibaba Cloud, mainland China (Zhangjiakou) region. Customer Data is not stored outside mainland China.

7. Renewal
At the end of the Subscription Term this Order Form renews for one further Subscription Year at the same Fees, unless either party gives written notice of non-renewal at least 60 days before the end of the Subscription Term.

Signed in two counterparts.
For Reserva Faro Software, Lda.: ____________________ (Managing Partner)
For the Customer: ____________________ (Legal Representative, company chop)
Date: ______________

PART II - GENERAL TERMS OF SERVICE (version 4.2)

Art. 1 (Object)
1. These General Terms govern the provision by Reserva Faro of its hosted booking software and related services to the Customer, as described in the Order Form.
2. In case of conflict, the Order Form prevails over these General Terms.

Art. 2 (Definitions)
"Platform" means the Camp Pro software and the add-ons described in the Order Form, made available as a hosted service. "Customer Data" means all data entered into the Platform by or for the Customer, including guest names, contact details, identity-document numbers, bookings and payment records. "Subscription Year" means the first year of the Subscription Term beginning on the Service Start Date, and each later year beginning on an anniversary of that date. "Go-Live Certificate" means the document referred to in Art. 3.

Art. 3 (Onboarding and Go-Live)
1. Reserva Faro shall complete onboarding so that the Platform can go live by the Go-Live Date.
2. Before go-live the parties shall carry out acceptance tests, which include: (a) all 68 units, rate plans and seasonal prices set up as in the Customer's rate sheet; (b) twenty test bookings made through the booking engine and through each connected channel, synchronised within two minutes and without any overbooking; (c) payments, deposits and refunds reconciled with the Customer's merchant statements; and (d) a guest-registration export accepted by the local public security reporting system.
3. When all tests are passed the Customer signs the Go-Live Certificate. Go-live or use of the Platform alone does not constitute acceptance.
4. If the Go-Live Certificate cannot be signed by the Go-Live Date for reasons attributable to Reserva Faro, Reserva Faro shall pay the Customer CNY 200 for each day of delay, up to a maximum of 10% of the Total Fees.

Art. 4 (Service levels)
1. Reserva Faro undertakes that the Platform will be available at least 99.95% of each calendar month, excluding maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 Beijing time.
2. Support is provided in English and Chinese. Priority 1 incidents (booking engine unavailable, or channel synchronisation stopped) are responded to within 1 hour at any time of day. Priority 2 incidents (a function impaired) are responded to within 6 business hours, and Priority 3 requests within 2 business days.
3. Reserva Faro measures and reports availability and response times monthly. The service levels in this Art. 4 are service targets: Reserva Faro does not grant service credits, price reductions or any other compensation for failure to meet them, and the Customer's sole remedy for persistent failure is termination under Art. 11.

Art. 5 (Customer Data and security)
1. Customer Data belongs to the Customer. Reserva Faro processes Customer Data only on the Customer's instructions and only to provide the services, and does not use it for any other purpose, including analytics for third parties, marketing or product development.
2. Reserva Faro maintains an information security management system certified to ISO/IEC 27001, encrypts Customer Data in transit and at rest, restricts access to named staff with multi-factor authentication, and logs all administrative access. Identity-document numbers are masked in the user interface except for authorised front-desk roles.
3. Reserva Faro complies with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in processing Customer Data, and keeps Customer Data in the hosting region stated in the Order Form.
4. Reserva Faro shall notify the Customer within 48 hours after becoming aware of any security incident affecting Customer Data, shall take all reasonable steps to contain it, shall support the Customer's notifications to authorities and guests, and is liable for the damage caused to the Customer by a breach of this Art. 5.
5. Within 30 days after the end of the Subscription Term Reserva Faro shall return Customer Data in CSV format and then delete it, and confirm the deletion in writing.

Art. 6 (Confidentiality)
Each party shall keep confidential the non-public information of the other party received in connection with the Order Form, shall use it only for the purposes of the contract and shall not disclose it to third parties without prior written consent, for the duration of the contract and three years after it ends.

Art. 7 (Intellectual property)
1. The Platform and all rights in it belong to Reserva Faro and its licensors. The Customer receives a non-exclusive right to use the Platform during the Subscription Term.
2. The Customer's photographs, descriptions and other materials, and the Customer-specific configurations, booking-widget themes and custom reports prepared for it, belong to the Customer, which may use, modify and hand them to another provider freely.

Art. 8 (Subprocessors and subcontractors)
1. The subprocessors used for the services are listed in Annex A (hosting provider and SMS gateway) and are approved by the Customer's signature of the Order Form.
2. Reserva Faro shall not engage any other subprocessor or subcontractor without the Customer's prior written consent, and remains responsible for those it engages.

Art. 9 (Fees and taxes)
1. The Fees are fixed for the Subscription Term and for any renewal under item 7 of the Order Form.
2. Late payments bear interest at the loan prime rate published in the People's Republic of China plus two percentage points per year.

Art. 10 (Liability)
1. The total liability of each party under the contract is limited to two times the Total Fees stated in the Order Form.
2. The limit does not apply to liability for wilful misconduct, for breach of Art. 5 or Art. 6, or for infringement of the other party's intellectual property.
3. Neither party is liable for loss of profit or indirect damage, except in the cases listed in paragraph 2.

Art. 11 (Term and termination)
1. The contract runs for the Subscription Term and any renewal.
2. Either party may terminate the contract by registered letter or e-mail with acknowledgement if the other party commits a material breach and does not remedy it within 30 days after notice. Failure to meet the availability level in Art. 4 in three months out of any six is a material breach.
3. On termination by the Customer under paragraph 2, Reserva Faro refunds the Fees paid for any period after termination and provides the data export under Art. 5.

Art. 12 (Applicable law and jurisdiction)
1. The contract is governed by Portuguese law.
2. The courts of the judicial district of Faro, Portugal, have exclusive jurisdiction over any dispute arising from the contract, with express waiver of any other forum.

Art. 13 (Language and final provisions)
1. These General Terms are drawn up in English. Translations are for information only.
2. Amendments to the contract are valid only if made in writing and signed by both parties.
3. Notices are given in writing to the addresses in the Order Form.

Annex A - Subprocessors: Alibaba Cloud (Zhangjiakou region), hosting; Hohhot Yunxun Communications Co., Ltd., SMS gateway.
"""

# ---------------------------------------------------------------- h202e03 (.pdf, "§ N (1)", buyer's paper)
H202E03 = """
T:SUPPLY, INSTALLATION AND MAINTENANCE CONTRACT
P:Online Ammonia and Water-Quality Monitoring System for a Recirculating Grouper Hatchery
P:Contract No. ZLH-EQ-2025-07
P:between
P:Zhangzhou Lanhai Grouper Hatchery Co., Ltd., Liuao Town, Zhangpu County, Zhangzhou, Fujian Province, People's Republic of China (the "Buyer")
P:and
P:Salagnon Aqua Instruments SA, Ile de Salagnon, 1815 Clarens (Montreux), Canton of Vaud, Switzerland, company identification number CHE-318.442.907 (the "Supplier")
P:Preliminary remark: The Buyer rears grouper larvae and juveniles in 48 recirculating tanks, where a rise in ammonia can kill a tank's stock within hours. This contract is the Buyer's standard form for equipment purchases, prepared in English for the Supplier. Prices are stated in Chinese yuan renminbi (CNY) at the Buyer's request.
H:§ 1 Subject matter
P:(1) The Supplier shall supply, install and commission an online monitoring system measuring total ammonia nitrogen, dissolved oxygen, pH, temperature and salinity in each of the Buyer's 48 tanks, with alarms, data recording and monitoring software, and shall maintain it as set out in § 6.
P:(2) The technical specification (Annex 1), the tank plan (Annex 2) and the installation subcontractor (Annex 3) form part of this contract.
H:§ 2 Price
P:(1) The Contract Price is CNY 1,818,000, inclusive of VAT, customs duties, transport, insurance and all other costs up to Final Acceptance, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Ammonium/ammonia ion-selective sensor with automatic cleaning|48|18,600|892,800
TB:2|Multiparameter probe (dissolved oxygen, pH, temperature, salinity)|48|9,350|448,800
TB:3|Transmitter and controller, eight channels|12|14,200|170,400
TB:4|Data gateway and alarm unit (SMS and voice call)|2|26,500|53,000
TB:5|Monitoring software, perpetual site licence|1|96,000|96,000
TB:|Hardware and Licence Subtotal (items 1 to 5)|||1,661,000
TB:6|Installation, cabling and commissioning|1|138,000|138,000
TB:7|Training|1|19,000|19,000
TB:|Contract Price|||1,818,000
P:(2) The Contract Price is a fixed price. Delivery is DDP at the Buyer's hatchery (Incoterms 2020).
H:§ 3 Payment
P:(1) 10% of the Contract Price (CNY 181,800) is paid as an advance within 15 working days after signature, against an advance payment guarantee of the same amount issued by a bank in the People's Republic of China.
P:(2) 55% of the Contract Price (CNY 999,900) is paid within 20 working days after the Installation Certificate under § 5 (1).
P:(3) 35% of the Contract Price (CNY 636,300) is paid within 20 working days after Final Acceptance under § 5 (3).
P:(4) The Supplier shall issue a valid VAT invoice, through its agent in Xiamen, before each payment.
H:§ 4 Delivery and installation
P:(1) The Supplier shall deliver all equipment to the hatchery within 70 days after signature and complete installation and commissioning within 20 days after delivery.
P:(2) Work in the rearing halls shall follow the Buyer's biosecurity rules, including disinfection of footwear and tools, and shall be scheduled so that no tank is without aeration or circulation. Sensors and cables shall be of materials suitable for seawater and shall not release substances harmful to fish.
P:(3) The Supplier shall train the Buyer's technicians for three days on site, covering daily checks, cleaning and calibration of the sensors, alarm settings, replacement of electrode cartridges and the use of the monitoring software, and shall deliver operating and maintenance manuals in Chinese.
P:(4) If the Supplier is late in delivery or in completing installation, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:§ 5 Acceptance
P:(1) When installation is complete the parties sign an Installation Certificate. The Installation Certificate records completion of installation only; it is not acceptance.
P:(2) A trial operation of 30 days follows. Final Acceptance requires that: (a) every ammonia sensor reads within 0.03 mg/L total ammonia nitrogen, or within 5% of the reading if greater, of the Buyer's laboratory results (salicylate method) at three samplings; (b) alarms set on each tank reach the duty staff by SMS and voice call within 60 seconds in a test of every tank; (c) the gateway records all channels without gaps; (d) no Severity 1 fault occurs during the trial; and (e) documentation has been delivered and training completed.
P:(3) When all criteria are met the Buyer signs the Final Acceptance Certificate. Use of the system by the Buyer before that date is not acceptance. If a criterion is not met, the Supplier shall remedy the defect at its cost within 10 days and the trial shall be repeated for the part concerned.
H:§ 6 Warranty, maintenance and service levels
P:(1) The warranty period is 24 months from Final Acceptance. During it the Supplier repairs or replaces defective equipment free of charge, including worn ion-selective electrode cartridges, and provides software updates.
P:(2) During the warranty period the Supplier visits the hatchery once per quarter for preventive maintenance and calibration and delivers a calibration report within 5 working days after each visit.
P:(3) Service levels: Severity 1 (loss of ammonia measurement or alarm on any tank, or a gateway failure): remote response within 30 minutes at any time, an engineer on site within 6 hours and restoration within 10 hours; Severity 2 (a degraded measurement or a failed non-ammonia probe): response within 2 hours, on site the next day; Severity 3 (questions and minor faults): response within 2 working days.
P:(4) The monitoring software and gateways shall be available at least 99.98% of each calendar month.
P:(5) For each hour by which the Supplier exceeds a Severity 1 response, on-site or restoration time it shall pay CNY 1,500, and for each 0.01 percentage point by which monthly availability falls below § 6 (4) it shall pay CNY 2,000. The Buyer may set these amounts off against any payment due.
P:(6) After the warranty period the Buyer may order annual maintenance with the same scope and service levels, including quarterly calibration and wear parts, for 9.5% of the Hardware and Licence Subtotal per year, namely CNY 157,795, fixed for the first three years after the warranty period. Maintenance is ordered year by year and does not renew automatically.
H:§ 7 Data and security
P:(1) All measurement data, alarm records, tank and stock data and system logs belong to the Buyer. The Supplier may use them only to perform this contract.
P:(2) The gateways and software are installed on the Buyer's premises and the Buyer's server. The Supplier may access them remotely only through VPN sessions approved by the Buyer in each case and logged; no data may be transferred outside the People's Republic of China.
P:(3) The Supplier shall change all default passwords, apply security updates to the gateways, and comply with the Data Security Law of the People's Republic of China.
P:(4) The Supplier shall notify the Buyer within 12 hours of any security incident affecting the system or the Buyer's data, take immediate measures, and is liable for all loss, including loss of stock, caused by a breach of this § 7.
H:§ 8 Confidentiality
P:(1) The Supplier shall keep confidential all information on the Buyer's rearing methods, stocking densities, production and customers that it receives under this contract, and shall not disclose it to third parties or use it for other purposes. This obligation continues for five years after the end of the contract.
H:§ 9 Intellectual property
P:(1) The instrument firmware and the monitoring software remain the property of the Supplier. The Buyer receives a perpetual licence to use them.
P:(2) The tank maps, alarm logic, configurations, custom reports and dashboards prepared for the Buyer belong to the Buyer, which may use, modify and license them to third parties freely.
H:§ 10 Liability
P:(1) The Supplier's total liability under this contract is limited to two times the Contract Price. The limit does not apply to wilful misconduct, gross negligence or breach of § 7 or § 8.
H:§ 11 Subcontracting
P:(1) The installation subcontractor named in Annex 3, Xiamen Haiyue Electrical Engineering Co., Ltd., is approved by signature of this contract.
P:(2) Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for its subcontractors.
H:§ 12 Termination
P:(1) The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the maximum liquidated damages under § 4 (4) are reached.
P:(2) On termination the Supplier shall refund the payments received for equipment not accepted and shall remove such equipment at its cost.
H:§ 13 Force majeure
P:(1) Typhoons, floods and other events beyond the parties' control excuse performance while they last, provided that the affected party notifies the other without delay.
H:§ 14 Applicable law and disputes
P:(1) This contract is governed by the laws of the People's Republic of China.
P:(2) Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules. The arbitral award is final.
H:§ 15 Final provisions
P:(1) Amendments and additions to this contract must be made in writing.
P:(2) This contract is made in two originals in English, one for each party.
P:Zhangpu, ______________ 2025          Clarens, ______________ 2025
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- h202e04 (.md, "N. HEADING", Irish house style)
H202E04 = """# MANAGED IT SERVICES AGREEMENT

**THIS AGREEMENT** is dated ______________ 2026

## PARTIES

(1) **INISHLYON MANAGED SERVICES LIMITED**, a private company limited by shares incorporated in Ireland with company number 712406, whose registered office is at Harbour House, Inishlyon, Co. Galway (the **Provider**); and

(2) **GUIYANG QIANSHU DATA TECHNOLOGY CO., LTD.**, a company incorporated in the People's Republic of China, whose principal office is at Floor 9, Block B, Big Data Innovation Park, Guian New Area, Guiyang, Guizhou Province (the **Customer**).

## BACKGROUND

(A) The Customer is a data-analytics start-up with approximately 90 staff in Guiyang and no internal IT department.

(B) The Provider supplies managed IT and desktop support services and has agreed to provide them to the Customer on the terms of this Agreement. At the Customer's request the Charges are stated and paid in renminbi.

## AGREED TERMS

## 1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: **Charges** means the Monthly Charge and the Transition Charge set out in Schedule 2; **Customer Data** means all data, files and information of the Customer, its staff and its clients that the Provider accesses or handles in providing the Services; **Deliverables** means the asset register, runbooks, network diagrams, scripts and other documentation prepared by the Provider for the Customer; **Service Commencement Date** means 1 March 2026; **Services** means the services described in clause 3 and Schedule 1; and **Transition Acceptance** has the meaning given in clause 4.3.

1.2 Clause and schedule headings do not affect interpretation. A reference to writing includes e-mail. Words in the singular include the plural.

## 2. TERM

2.1 This Agreement starts on the date above and continues for an initial term of 36 months from the Service Commencement Date.

2.2 After the initial term this Agreement continues for successive periods of one year at the same Charges, unless either party gives the other at least 90 days' written notice before the end of the initial term or of any such period.

## 3. SERVICES

3.1 The Provider shall provide the following Services from the Service Commencement Date:

(a) a service desk by telephone, e-mail and chat in Chinese and English from 08:00 to 20:00 on working days, with an on-call engineer for Priority 1 incidents at all other times;

(b) desktop support for up to 90 users, including laptops, desktops, printers, video-conferencing rooms and mobile devices used for work;

(c) an on-site engineer at the Customer's Guiyang office on working days from 09:00 to 18:00;

(d) endpoint management, covering device enrolment, operating-system and application patching, and software deployment;

(e) management of the office LAN, Wi-Fi and internet links, including liaison with the Customer's internet service providers;

(f) administration of the Customer's two file servers and monitoring of their nightly backup jobs;

(g) onboarding and offboarding of staff, and maintenance of the IT asset register.

3.2 The Customer's security tooling, namely its firewall, antivirus platform and security monitoring, is operated by the Customer's own security vendor and is outside the Services. The Provider shall co-operate with that vendor on request.

3.3 The Provider shall deliver the Services with reasonable skill and care, in accordance with good industry practice and the service levels in clause 5.

## 4. TRANSITION

4.1 Before the Service Commencement Date the Provider shall carry out the transition plan in Schedule 1, including discovery of all devices and systems, documentation of the network and the preparation of runbooks.

4.2 If the Services do not start on the Service Commencement Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay until the Services start.

4.3 Transition is complete when the Customer confirms in writing that: (a) the asset register lists every device and licence found in discovery; (b) every user device is enrolled in endpoint management; (c) the runbooks and network diagrams have been reviewed and approved by the Customer; (d) a test restore of each file server from backup has succeeded; and (e) twenty test tickets have been raised and resolved through the service desk (**Transition Acceptance**). The start of the Services does not by itself constitute Transition Acceptance.

## 5. SERVICE LEVELS

5.1 The Provider shall respond to and resolve incidents within the times below, measured from logging of the incident with the service desk:

| Priority | Description | Response | Resolution target |
|---|---|---|---|
| P1 | Office-wide outage, loss of internet access, or a file server unavailable | 30 minutes | 6 hours |
| P2 | A group of users or a key application affected | 1 hour | next working day |
| P3 | A single user affected | 1 working day | 3 working days |
| P4 | Requests and changes | 2 working days | as agreed |

5.2 The Provider shall report its performance against the service levels each month and attend a monthly service review with the Customer.

5.3 If the Provider misses a P1 response time it shall credit 5% of the Monthly Charge, and if it misses a P2 response time it shall credit 2% of the Monthly Charge, for each incident, up to 20% of the Monthly Charge in any month. Credits are deducted from the next invoice.

## 6. CHARGES AND PAYMENT

6.1 The Customer shall pay the Charges set out in Schedule 2. The Monthly Charge is invoiced monthly in arrears and the Transition Charge is invoiced after Transition Acceptance. No Charges are payable in advance.

6.2 Invoices are payable within 30 days of receipt of a valid VAT invoice issued through the Provider's affiliate in Guiyang.

6.3 The Charges are fixed for the initial term. Additional users are charged at the per-user rate in Schedule 2 from the month in which they are added.

## 7. CUSTOMER DATA

7.1 Customer Data remains the property of the Customer at all times.

7.2 The Provider shall use Customer Data only for the purpose of providing the Services and shall not sell it, disclose it for marketing or use it for any other purpose.

7.3 On expiry or termination of this Agreement the Provider shall return all Customer Data in its possession to the Customer and delete any remaining copies.

## 8. CONFIDENTIALITY

8.1 Each party shall keep secret the confidential information of the other party, including the terms of this Agreement, and shall not disclose it except to its employees, affiliates and professional advisers who need to know it for the purposes of this Agreement and are bound by obligations of confidence.

8.2 This clause does not apply to information that is or becomes public other than through a breach of this Agreement, or that must be disclosed by law. It survives termination for three years.

## 9. INTELLECTUAL PROPERTY

9.1 The Deliverables belong to the Customer from creation. The Customer may use, copy, modify and give them to any successor provider without restriction.

9.2 The Provider's own tools, monitoring software and know-how remain the property of the Provider, which grants the Customer a licence to use any of them incorporated in the Deliverables.

## 10. LIMITATION OF LIABILITY

10.1 Nothing in this Agreement limits liability for death or personal injury caused by negligence or for fraud.

10.2 Subject to clause 10.1, the Provider's total aggregate liability arising under or in connection with this Agreement shall not exceed the Charges paid by the Customer in the six months immediately preceding the event giving rise to the claim.

10.3 Neither party is liable for loss of profits or for any indirect or consequential loss.

## 11. SUBCONTRACTING

11.1 The on-site engineer is provided through the Provider's affiliate Inishlyon IT Services (Guiyang) Co., Ltd., which the Customer approves by signing this Agreement.

11.2 The Provider shall not otherwise subcontract any part of the Services without the Customer's prior written consent, and remains responsible for the acts and omissions of its subcontractors.

## 12. TERMINATION

12.1 Either party may terminate this Agreement with immediate effect by written notice if the other party commits a material breach which is not remedied within 30 days after written notice requiring it to be remedied.

12.2 Missing the P1 response time on three or more occasions in any three consecutive months is a material breach.

12.3 Either party may terminate this Agreement by written notice if the other becomes insolvent or enters into liquidation.

## 13. EXIT

13.1 For up to 60 days after termination the Provider shall provide reasonable assistance for the transfer of the Services to the Customer or a successor provider, including handover of the Deliverables and all passwords and administrator accounts, at the Charges then applicable pro rata.

## 14. GOVERNING LAW AND DISPUTES

14.1 At the Customer's request, this Agreement and any dispute or claim arising out of or in connection with it are governed by the laws of the People's Republic of China.

14.2 Any dispute shall be referred to the Guiyang Arbitration Commission for arbitration in Guiyang under its rules in force at the time. The award is final and binding on both parties.

## 15. GENERAL

15.1 This Agreement is the entire agreement between the parties and supersedes all prior proposals. A variation is effective only if it is in writing and signed by both parties.

15.2 Notices shall be in writing and sent to the addresses stated above.

15.3 This Agreement has been entered into on the date stated at the beginning of it.

## SCHEDULE 1 - SERVICE DESCRIPTION AND TRANSITION PLAN

Transition runs for four weeks before the Service Commencement Date: week 1 discovery; week 2 documentation and runbooks; week 3 endpoint enrolment and backup review; week 4 test restores, service-desk testing and Transition Acceptance.

## SCHEDULE 2 - CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Desktop support and service desk | 90 users x CNY 420 per user per month | 37,800 per month |
| Network and server management | fixed | 6,200 per month |
| Monthly Charge | | 44,000 per month |
| Monthly Charges for the initial term | 36 x 44,000 | 1,584,000 |
| Transition Charge | one-time | 46,000 |
| Total for the initial term | | 1,630,000 |

Signed by ______________ for and on behalf of INISHLYON MANAGED SERVICES LIMITED

Signed by ______________ for and on behalf of GUIYANG QIANSHU DATA TECHNOLOGY CO., LTD. (company chop)
"""

# ---------------------------------------------------------------- h202e05 (.txt, "Article N", Italian house style)
H202E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
CottonTrace Certificate API

between

TRIMELONE TRACCIABILITA S.R.L., with registered office at Isola di Trimelone, 37010 Brenzone sul Garda (VR), Italy, VAT number IT 04821730235, registered with the Verona Register of Companies under REA number VR-447120, in the person of its legal representative pro tempore, Ms Chiara Benedetti (hereinafter "Trimelone")

and

XINJIANG TIANMIAN COTTON IMPORT AND EXPORT CO., LTD., with principal office at No. 216 Kunming Road, Shayibake District, Urumqi, Xinjiang Uygur Autonomous Region, People's Republic of China, in the person of its legal representative, Mr Ma Jianguo (hereinafter the "Customer")

(Trimelone and the Customer are hereinafter jointly the "Parties")

PREMISES

a) Trimelone operates a platform, accessible through an application programming interface (the "API"), for issuing, signing and verifying bale-level chain-of-custody certificates for cotton and cotton yarn;
b) the Customer exports ginned cotton and cotton yarn and wishes to issue such certificates to its foreign buyers directly from its own systems;
c) the Parties therefore intend to regulate the subscription to the API and the integration of the Customer's systems with it.

NOW, THEREFORE, the Parties agree as follows.

Article 1 - Premises and annexes
1.1 The premises and the annexes form an integral and substantial part of this Agreement.
1.2 Annex A (Technical description of the API), Annex B (Integration plan and acceptance tests) and Annex C (Service levels) are attached.

Article 2 - Definitions
2.1 "Activation Date" means the date on which Trimelone activates the Customer's production API credentials. "Contract Year" means each year of the Subscription Term starting on the Activation Date or its anniversary. "Customer Data" means all data transmitted by or for the Customer to the platform, including bale identifiers, weights, grades, ginnery and warehouse records, supplier and buyer details and certificate contents. "Integration Deliverables" means the connectors, adapters, mapping tables, scripts, configuration and documentation developed under Article 3.2. "Total Contract Value" means the amount stated in Article 5.4.

Article 3 - Object
3.1 Trimelone grants the Customer access to the API for the Subscription Term, including certificate issuance, digital signature, a public verification page with QR codes, and event notifications (webhooks).
3.2 Trimelone shall carry out the integration services described in Annex B: connection of the Customer's Kingdee ERP system, of the weighbridge and bale-labelling systems at the Customer's three ginneries and of its warehouse scanning application to the API.
3.3 Trimelone shall train the Customer's staff in the use of the API and of the administration console, in two sessions held in Urumqi, and shall provide English and Chinese user documentation.
3.4 The Customer shall provide access to its systems and ginneries, test data and a contact person for the integration, as set out in Annex B.

Article 4 - Duration
4.1 The subscription lasts thirty-six (36) months from the Activation Date (the "Subscription Term").
4.2 The Agreement expires at the end of the Subscription Term without need of notice. Tacit renewal is excluded; any renewal requires a written agreement of the Parties.

Article 5 - Fees
5.1 Platform fee: CNY 16,800 per month for the Subscription Term, that is CNY 604,800 in total. The platform fee includes up to 60,000 certificates per Contract Year. Further certificates are charged at CNY 1.20 each, quarterly in arrears.
5.2 Integration fee: CNY 268,000, fixed.
5.3 Training fee: CNY 14,000, fixed.
5.4 The Total Contract Value, excluding any further certificates under Article 5.1, is therefore CNY 886,800, VAT included. All amounts are stated in renminbi at the Customer's request.

Article 6 - Invoicing and payment
6.1 20% of the integration fee (CNY 53,600) is invoiced on signature of this Agreement.
6.2 The balance of the integration fee (CNY 214,400) and the training fee are invoiced after Integration Acceptance under Article 7.
6.3 The platform fee is invoiced quarterly in arrears, CNY 50,400 per quarter.
6.4 Invoices are payable within 30 days by bank transfer in renminbi.

Article 7 - Integration and acceptance
7.1 Trimelone shall complete the integration services in accordance with Annex B so that the Customer can issue certificates in production within 100 days after signature (the "Integration Date").
7.2 The acceptance tests include: (a) issuance of certificates for 500 test bales end to end, from weighbridge record to signed certificate; (b) verification of every test certificate through the public QR page; (c) reconciliation of all bale identifiers and weights between the ERP system and the platform; (d) correct retry of webhook notifications after a simulated outage; and (e) issuance of 2,000 certificates in one hour without error.
7.3 When all tests are passed the Customer signs the Integration Acceptance certificate ("Integration Acceptance"). Activation of production credentials or productive use by the Customer does not constitute acceptance.
7.4 Should Integration Acceptance be delayed beyond the Integration Date for reasons attributable to Trimelone, Trimelone shall pay the Customer a penalty of 0.02% of the Total Contract Value for each day of delay, without prejudice to compensation for further damage.

Article 8 - Service levels
8.1 Trimelone guarantees availability of the API and of the verification page of at least 99.95% in each calendar month, excluding scheduled maintenance notified five days in advance.
8.2 Priority 1 incidents (certificates cannot be issued or verified) receive a response within 1 hour at any time and are restored within 6 hours; Priority 2 incidents receive a response within 8 business hours; Priority 3 requests within 3 business days. Details are set out in Annex C.
8.3 If monthly availability falls below the level in Article 8.1, Trimelone credits 5% of the monthly platform fee for each started 0.1 percentage point of shortfall, up to 50% of that fee. For each Priority 1 incident not responded to in time, Trimelone credits a further CNY 800.

Article 9 - Customer Data
9.1 Customer Data is and remains the property of the Customer. Trimelone processes it only to provide the services under this Agreement and shall not use it, even in anonymised or aggregated form, for any other purpose.
9.2 Customer Data is stored on servers located in mainland China. Trimelone complies with the Data Security Law and the Personal Information Protection Law of the People's Republic of China; the Customer decides which certificate fields are shown on the public verification page.
9.3 Trimelone applies encryption in transit and at rest, role-based access control and logging of all access to Customer Data, and keeps its information security management certified to ISO/IEC 27001.
9.4 Trimelone notifies the Customer of any security incident affecting Customer Data within 24 hours, takes all measures to limit its effects and is liable for the damage caused to the Customer by a breach of this Article 9.

Article 10 - Intellectual property
10.1 The platform, the API and the related software are and remain the exclusive property of Trimelone.
10.2 The Integration Deliverables, including their source code, are and shall remain the exclusive property of Trimelone, which may reuse them for other customers. The Customer is granted a non-exclusive, non-transferable right to use the Integration Deliverables for the duration of the Subscription Term only, and may not modify them or have them modified by third parties.

Article 11 - Confidentiality
11.1 Each Party shall keep strictly confidential the technical and commercial information of the other Party that it receives in the performance of this Agreement, shall use it only for that purpose and shall not disclose it to third parties, during the Agreement and for five years after its end.

Article 12 - Subcontracting
12.1 Trimelone may entrust parts of the integration services, including on-site work at the ginneries, to subcontractors of its choice, informing the Customer in writing of their names before they start work. Trimelone remains liable to the Customer for the work of its subcontractors.

Article 13 - Liability
13.1 Trimelone's aggregate liability under this Agreement is limited to 150% of the Total Contract Value.
13.2 The limitation does not apply in case of wilful misconduct or gross negligence, or to breaches of Article 9 or Article 11.

Article 14 - Termination
14.1 In case of material breach by either Party, the other Party may send a written notice requiring the breach to be remedied within 30 days; if the breach is not remedied, the Agreement is terminated by operation of law upon a further written notice.
14.2 The Customer may in any case terminate the Agreement by written notice if the availability level in Article 8.1 is missed in two consecutive months.
14.3 Upon termination Trimelone returns Customer Data in a machine-readable format within 30 days and then deletes it.

Article 15 - Governing law and disputes
15.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.
15.2 Any dispute arising out of or relating to this Agreement shall be finally settled by arbitration administered by the Shanghai International Arbitration Center in Shanghai, in the English language.

Article 16 - Final provisions
16.1 Any amendment to this Agreement is valid only if made in writing and signed by both Parties.
16.2 Should any clause be invalid, the remaining clauses remain in force.
16.3 In accordance with Trimelone's standard practice, the Customer declares that it has read and specifically approves Articles 7.4 (Penalty), 10 (Intellectual property), 12 (Subcontracting) and 13 (Liability).

Made in two originals in English.

Brenzone sul Garda, ______________ 2025            Urumqi, ______________ 2025

Trimelone Tracciabilita S.r.l.                   Xinjiang Tianmian Cotton Import and Export Co., Ltd.
The legal representative                         The legal representative
"""

# ---------------------------------------------------------------- build
SOURCES = {"h202z01": H202Z01, "h202z02": H202Z02, "h202e01": H202E01, "h202e03": H202E03}
TARGETS = {"h202z01": ("h202z01_traffic_police_signal_control_integration.docx", "docx"),
           "h202z02": ("h202z02_battery_cell_xray_inspection_equipment.pdf", "pdf"),
           "h202e01": ("h202e01_sportswear_pattern_grading_licence_scottish_vendor.docx", "docx"),
           "h202e03": ("h202e03_grouper_hatchery_ammonia_sensors_maintenance.pdf", "pdf")}
PLAIN = {"h202z03_kindergarten_home_school_saas.md": H202Z03,
         "h202z04_county_agri_quality_platform_om.txt": H202Z04,
         "h202z05_vinegar_brewery_mes_supplier_template.md": H202Z05,
         "h202e02_yurt_camp_booking_saas_order_form_portuguese_vendor.txt": H202E02,
         "h202e04_bigdata_startup_managed_it_desktop_support.md": H202E04,
         "h202e05_cotton_exporter_traceability_api_subscription.txt": H202E05}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for name, text in PLAIN.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
