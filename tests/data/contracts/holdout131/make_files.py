"""holdout131: builds the ten held-out draft contracts of this folder from the sources kept here.

The .md and .txt contracts are written as they stand; the two .docx (real Word price tables) and the two .pdf
(paragraphs broken at word boundaries, wrap_words=True) are built with ../word_pdf.py.
Run with /work/main/.venv/bin/python make_files.py
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h131z01 — 消防救援支队 接处警与指挥调度系统 (政府采购 公开招标, buyer's paper), .docx, 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H131Z01 = """
T:云岭市消防救援支队接处警与指挥调度系统建设项目合同
P:合同编号：YLXF-ZC-2025-017
P:采购方式：公开招标（招标编号：YLZC2025-G-0316）
P:甲方（采购人）：云岭市消防救援支队
P:乙方（供应商）：北京安衡应急通信技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方负责建设云岭市消防救援支队接处警与指挥调度系统，包括接处警席位、融合通信调度、录音、指挥大屏等设备的供货与安装，接处警与指挥调度软件平台和GIS地图引擎的许可，与110、120、122及城市物联网消防远程监控平台的联动接口定制开发，系统集成、试运行、培训及质保期内的运维服务。
P:1.2 项目实施地点为甲方指挥中心及备份指挥中心。乙方应在合同签订后120日内完成全部设备到货、安装调试并具备初验条件，且不得影响甲方现有接警系统的正常运行。
P:1.3 乙方应派驻项目经理一名，负责项目实施的组织协调，未经甲方同意不得更换。
H:第二条 合同价格
P:2.1 本合同总价为人民币肆佰柒拾陆万元整（¥4,760,000.00），为固定总价，包含设备、软件许可、定制开发、运输、保险、安装、集成、培训、税费及质保期内全部服务费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|接处警席位终端（双屏工作站、专用调度话机）|24套|18,600|446,400
TB:2|融合通信调度服务器及存储|1套|586,000|586,000
TB:3|多路数字录音系统|1套|168,000|168,000
TB:4|指挥大屏显示系统（LED小间距）|1套|1,036,000|1,036,000
TB:5|接处警与指挥调度软件平台许可（永久）|1套|1,280,000|1,280,000
TB:6|GIS地图引擎许可（永久）|1套|236,000|236,000
TB:|软硬件小计|||3,752,400
TB:7|联动接口及移动终端定制开发|1项|642,000|642,000
TB:8|系统集成、安装调试|1项|318,600|318,600
TB:9|操作及管理培训|1项|47,000|47,000
TB:|合计|||4,760,000
P:2.2 合同履行期间，合同总价不因市场价格变化而调整。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥952,000。
P:3.2 系统初验合格后15个工作日内，甲方支付合同总价的45%，即¥2,142,000。
P:3.3 系统最终验收合格后15个工作日内，甲方支付合同总价的35%，即¥1,666,000。
P:3.4 乙方每次收款前应开具等额合法发票。甲方按国库集中支付规定付款。
H:第四条 交付与验收
P:4.1 设备到货后，双方共同开箱清点并签署到货签收单。到货签收仅确认数量和外观，不构成质量验收。
P:4.2 初验：安装调试完成后，乙方提交初验申请及自测报告，甲方组织初验。初验标准为：全部设备和软件符合招标文件技术参数；24个接警席位同时受理呼入无丢失；报警电话从接入到席位振铃不超过3秒；与110、120、122的联动工单双向推送无丢失；录音与警情单一一对应；GIS定位误差不超过50米。
P:4.3 试运行：初验合格后进入90日试运行。试运行期间累计发生一级故障不超过1次且无数据丢失的，试运行合格。
P:4.4 最终验收：试运行合格后，甲方组织最终验收，可邀请第三方测评机构参加。验收内容包括网络安全等级保护三级测评通过、全部技术文档和源代码移交、培训完成。验收合格的，双方签署最终验收报告。
P:4.5 系统上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并承担费用后重新验收。
H:第五条 质量保证与维保
P:5.1 质保期为自最终验收合格之日起三十六个月。质保期内乙方免费提供软硬件维修、更换、软件升级和现场技术支持，并每季度进行一次巡检。
P:5.2 质保期满后，如甲方需要，乙方应继续提供维保服务，年度维保费不超过软硬件小计的8%（即每年不超过¥300,192），质保期满后两年内不得上调。
H:第六条 服务水平
P:6.1 质保期内系统月度可用率不低于99.99%（计划维护时间除外；计划维护须提前3日经甲方同意，并安排在非接警高峰时段）。
P:6.2 故障分级及响应：一级故障（接警中断、调度通信中断或指挥大屏全黑）乙方应在15分钟内远程响应，1小时内到达现场，2小时内恢复；二级故障（部分席位或单项功能不可用）30分钟内响应，8小时内恢复；三级故障（不影响接处警业务的一般问题）2个工作日内解决。
P:6.3 乙方未达到上述响应或恢复时限的，每超时1小时扣除¥2,000；月度可用率每低于承诺值0.01个百分点，扣除¥3,000。扣除款从应付款或履约保证金中扣除。
H:第七条 数据安全
P:7.1 系统产生和存储的接警记录、报警人信息、通话录音、警情及调度数据均属于甲方所有，乙方不得以任何形式复制、留存、使用或向第三方提供。
P:7.2 乙方应按照网络安全等级保护三级要求实施。远程维护须经甲方逐次审批并通过甲方堡垒机进行，操作全程留痕；乙方人员不得将存储介质带离甲方场所，更换下的硬盘由甲方留存或现场消磁销毁。
P:7.3 发生或可能发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因造成数据安全事件的，乙方承担全部责任并赔偿甲方损失。
H:第八条 保密
P:8.1 乙方对履行合同中知悉的甲方工作秘密、警情信息、网络结构、密码及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密义务不因合同终止而解除。乙方应与参与本项目的人员签订保密承诺书。
H:第九条 知识产权
P:9.1 乙方为本项目定制开发的联动接口、移动终端应用、配置文件、源代码及技术文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:9.2 软件平台和GIS地图引擎的知识产权仍归乙方或原权利人，乙方授予甲方永久、不可撤销的使用许可。乙方保证所供产品不侵犯第三方权利，否则承担由此产生的全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期具备初验条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:10.3 乙方交付的设备或软件不符合合同约定的，应负责更换或修复，并赔偿甲方因此遭受的损失。
H:第十一条 分包与转让
P:11.1 乙方不得将本项目转包，亦不得将本项目的任何部分分包给第三方。乙方不得转让本合同项下的权利义务。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 乙方应在合同签订前提交合同总价5%的履约保证金，最终验收合格后无息退还。
P:14.2 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同一式六份，甲方四份，乙方二份。
P:甲方（盖章）：云岭市消防救援支队    乙方（盖章）：北京安衡应急通信技术有限公司
P:签订日期：2025年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h131z02 — 光伏组件厂 EL隐裂检测设备 hardware supply + post-warranty maintenance, .pdf, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H131Z02 = """
T:组件EL隐裂检测设备采购及维保合同
P:合同编号：JL-SB-2025-0428
P:甲方（买方）：江苏晶澜光伏科技有限公司
P:乙方（卖方）：苏州明视智能装备有限公司
P:甲方因N型TOPCon组件二期产线建设需要，向乙方采购组件EL隐裂检测设备及相关软件，并约定质保期满后的维保服务。双方经友好协商，订立本合同，共同遵守。
H:一、合同标的与价格
P:（一）设备、软件及服务清单（含税，人民币元）：
P:1. 层压前在线EL检测仪（双工位）8台，单价168,000元，小计1,344,000元；
P:2. 层压后EL及外观检测一体机4台，单价236,000元，小计944,000元；
P:3. AI缺陷识别软件许可（永久，按产线计）4条线，单价72,000元，小计288,000元；
P:4. 数据服务器及工控机1套，126,000元。
P:以上设备及软件小计2,702,000元。
P:5. 安装调试及MES系统对接，158,000元；
P:6. 操作及维修培训，20,000元。
P:（二）合同总价为人民币2,880,000元（大写：贰佰捌拾捌万元整），为固定价格，包含设备、软件、包装、运输、保险、安装调试、培训及税费。
P:（三）主要技术要求：层压前EL检测仪采用双相机拼接成像，单相机分辨率不低于2,600万像素，可检测隐裂、断栅、黑心、黑片、虚焊、混档等缺陷；层压后一体机同时完成EL成像与正面外观检测；AI缺陷识别软件支持甲方按缺陷类型自定义判定规则，判定结果可人工复判并回写。详细参数以双方签署的技术协议为准。
H:二、付款
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%作为预付款，即288,000元。
P:（二）设备全部到货并安装调试完毕后，甲方支付合同总价的50%，即1,440,000元。安装调试完毕不视为验收。
P:（三）最终验收合格后，甲方支付合同总价的35%，即1,008,000元。
P:（四）余款为合同总价的5%，即144,000元，作为质量保证金，质保期满且无未决质量问题后10个工作日内支付。
P:（五）乙方每次收款前应开具合法有效的增值税专用发票。
H:三、交货与安装
P:（一）乙方应于合同签订后45日内将全部设备运至甲方盐城工厂二期车间，并在到货后20日内完成安装调试及与甲方MES系统的对接。
P:（二）乙方安装人员须遵守甲方洁净车间、防静电及安全生产管理规定，并服从甲方产线停机窗口安排。
P:（三）设备所有权自甲方支付第二期款项时转移，风险自双方签署到货签收单时转移。
P:（四）包装与运输：设备应采用防潮、防震包装，外箱标明甲方订单号、设备编号及吊装标识。运输及卸货至甲方指定位置的费用和风险由乙方承担。
P:（五）随机资料与备件：每台设备随附合格证、出厂检验报告、操作及维护手册和电气图纸；乙方随设备免费提供常用易损件一套（光源模组、探针、相机数据线）。
P:（六）培训：乙方在甲方现场对设备、工艺及质检人员进行不少于3天的操作、判定规则设置和日常维护培训，培训结束后出具培训记录。
H:四、验收
P:（一）验收标准：1. 设备型号、配置与双方签署的技术协议一致；2. 单片检测节拍不超过9秒，与产线节拍匹配；3. 以甲方提供的2,000片标准样片（含已知隐裂、断栅、黑片、虚焊）测试，漏检率不高于0.2%，过检率不高于3%；4. 检测图像及判定结果实时写入MES，可按组件序列号追溯；5. 连续满负荷运行15日无停机故障。
P:（二）乙方提出书面验收申请后，甲方在7日内组织验收，合格的双方签署最终验收报告。设备到货、安装完毕或投入试生产，均不视为验收合格。
P:（三）验收不合格的，乙方应在10日内整改并重新验收；两次验收仍不合格的，甲方有权退货并解除合同。
H:五、质量保证
P:（一）质保期为最终验收合格之日起二十四个月。质保期内非因甲方人为损坏的故障，乙方免费维修或更换，包括相机、光源、探针排、工控机及软件升级。
P:（二）服务响应：1. 一级故障（整线EL检测停机，影响组件下线）：乙方在接到甲方报修后10小时内响应，36小时内到达现场并恢复运行；2. 二级故障（单台设备故障或误判率异常升高）：24小时内响应，72小时内解决；3. 三级故障（不影响生产的一般问题）：5个工作日内解决。
P:（三）乙方超过上述响应或处理时限的，每超时1小时按500元扣减质量保证金或当期维保费。
P:（四）乙方应在甲方工厂周边设立服务网点或派驻工程师，并提供全天候服务热线。质保期内同一部件连续维修两次仍不能正常工作的，乙方应免费更换同型号新部件。
H:六、质保期满后的维保服务
P:（一）质保期满后三年内，乙方按甲方要求提供年度维保服务，内容包括每季度一次预防性维护、相机及光源标定、易损件更换和软件升级。
P:（二）年度维保费按设备及软件小计的18%计取，即每年486,360元，三年内固定不变。每年度开始时双方签订年度维保确认单，维保费按季度支付。
P:（三）维保期内的服务响应及扣减标准同本合同第五条。
H:七、数据与安全
P:（一）设备采集的EL图像、缺陷判定结果、生产批次及工艺数据均属于甲方所有。乙方不得拷贝、留存上述数据，亦不得将其用于训练乙方通用缺陷模型或提供给任何第三方。
P:（二）乙方远程诊断须经甲方书面同意，通过甲方指定的VPN及专用账号进行，诊断结束后立即关闭权限。乙方应采取防病毒、访问控制等措施，防止所供设备成为甲方生产网络的安全隐患。
P:（三）因乙方原因导致甲方数据泄露、丢失或生产网络遭受攻击的，乙方应在2小时内通知甲方，配合处置，并赔偿甲方全部损失。
H:八、保密
P:乙方对在履行合同中获知的甲方工艺参数、产能、良率、客户信息及其他技术和商业秘密负有保密义务，未经甲方书面同意不得披露。保密义务在合同终止后三年内仍然有效。
H:九、知识产权
P:（一）乙方为甲方定制开发的MES对接程序、基于甲方样片训练的专用缺陷判定模型及其参数、配置文件的知识产权归甲方所有，甲方可自由使用和修改。
P:（二）AI缺陷识别软件本身的知识产权归乙方，乙方授予甲方在本厂区内永久使用的许可。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的千分之一支付违约金，违约金累计不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）乙方提供的设备存在质量问题给甲方造成损失的，应予赔偿。
H:十一、分包
P:乙方不得转包。设备安装中的线缆敷设、桥架施工等辅助工作需分包的，应事先取得甲方书面同意，乙方对分包方的行为承担全部责任。
H:十二、合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交盐城仲裁委员会仲裁。
H:十四、其他
P:（一）因不可抗力不能履行合同的，受影响一方应在3日内通知对方并提供证明，双方协商延期履行或解除合同。
P:（二）双方往来通知以书面形式送达合同首部所列地址。本合同未尽事宜，双方另行签订补充协议，补充协议与本合同具有同等效力。
P:（三）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。技术协议为本合同附件，与本合同具有同等效力。
P:甲方：江苏晶澜光伏科技有限公司（盖章）    乙方：苏州明视智能装备有限公司（盖章）
"""

# ---------------------------------------------------------------------------------------------------------------
# h131z03 — 月子中心连锁 会员与护理排班 SaaS, three years + 实施, .md, Markdown headings "## 1 …" + 1.1
# ---------------------------------------------------------------------------------------------------------------
H131Z03 = """# 母婴护理会员与护理排班SaaS服务合同

合同编号：YN-IT-2025-009

甲方：成都悦宁母婴护理服务有限公司（下称"甲方"）

乙方：杭州云芽科技有限公司（下称"乙方"）

甲方在成都、重庆两地经营8家月子中心门店。为统一管理会员签约、房态、护理排班、膳食及护理记录，甲方订购乙方"云芽母婴"SaaS服务并委托乙方完成实施。双方经协商一致，订立本合同。

## 1 服务内容与期限

1.1 乙方通过其云平台向甲方8家门店提供以下模块：会员与合同管理、房态管理、护理排班与交接班、母婴护理记录（含产妇和新生儿日常体征记录）、膳食管理、移动护理端及经营报表。

1.2 乙方负责实施服务，包括业务流程调研、系统配置、排班规则设置、历史会员及护理记录迁移、门店上线支持和培训。

1.3 服务期为三年，自上线验收合格之日起计算。

1.4 平台支持PC端、移动护理端（安卓及iOS）和微信小程序会员端。服务期内，甲方已订购门店的用户账号数量不受限制。

## 2 费用

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| SaaS订阅费 | 8家门店 × 46,800元/店/年 × 3年 | 1,123,200 |
| 实施费 | 固定价 | 168,000 |
| 历史数据迁移 | 固定价 | 54,000 |
| 培训 | 固定价 | 24,800 |
| 合计 | | 1,370,000 |

2.1 合同总价为人民币1,370,000元，含增值税。

2.2 合同价格包含平台使用、数据存储、短信通知（每店每月不超过3,000条）、版本升级和运维支持费用。

2.3 服务期内新增门店的，按每店每年46,800元计费，按实际服务月份折算。

## 3 付款

3.1 甲方不支付预付款。

3.2 实施费、数据迁移费和培训费共计246,800元，在上线验收合格后15个工作日内支付。

3.3 SaaS订阅费按季度结算，每季度93,600元，于该季度结束后15个工作日内凭乙方发票支付。

## 4 实施与上线验收

4.1 乙方应在合同签订后60日内完成全部门店上线。

4.2 上线验收标准：（1）全部模块在8家门店可正常使用；（2）迁移的会员、合同及护理记录经双方按门店抽样核对无差错；（3）排班规则符合甲方《护理排班制度》，自动排班结果经护理部复核一致；（4）移动护理端关键页面打开时间不超过2秒；（5）上线后连续试运行20日无一级故障。

4.3 乙方提交验收申请后，甲方在5个工作日内组织验收并签署上线验收单。系统开通或甲方门店开始使用，均不视为验收合格。

4.4 乙方逾期上线的，每逾期一日按合同总价的万分之六向甲方支付违约金。

4.5 实施期间，乙方应指派项目经理一名，组织流程调研和门店上线，并每周向甲方提交项目周报。未经甲方同意，乙方不得更换项目经理。

4.6 甲方应指定项目负责人，及时提供门店组织架构、护理排班制度、历史数据和测试账号，并组织门店人员参加培训。

## 5 服务水平

5.1 乙方承诺平台月度可用率不低于99.5%。计划维护须安排在每日0:00至6:00之间，并提前48小时通知甲方。

5.2 故障响应：一级故障（平台整体无法访问或护理记录无法保存）30分钟内响应，3小时内恢复；二级故障（单个模块不可用）1小时内响应，8小时内恢复；一般问题1个工作日内答复。

5.3 服务补偿：月度可用率每低于承诺值0.1个百分点，按当月服务费的2%扣减；一级故障超过恢复时限的，每超1小时扣减当月服务费的1%。当月扣减总额不超过当月服务费的50%。

5.4 乙方应每月向甲方提交服务报告，载明当月可用率、故障及处理情况和扣减金额。

## 6 甲方数据

6.1 甲方在平台上录入和产生的会员信息、产妇和新生儿健康及护理记录、合同及经营数据（"甲方数据"）归甲方所有。

6.2 乙方有权对甲方数据进行去标识化处理后，用于产品功能优化、护理质量模型研究及发布母婴行业分析报告，上述使用在本合同终止后仍可继续。

6.3 服务期内，甲方可随时通过平台自助导出甲方数据。

6.4 合同终止后30日内，乙方应按甲方要求以通用格式导出全部甲方数据，并在甲方确认后删除平台上的甲方数据。

## 7 数据安全

7.1 平台部署于境内云数据中心，并已通过网络安全等级保护三级测评。乙方应对甲方数据加密存储与传输，实施最小权限和操作日志审计，健康信息等敏感个人信息应单独加密。

7.2 乙方应遵守《个人信息保护法》《数据安全法》。发生数据泄露、篡改或丢失事件的，乙方应在24小时内书面通知甲方，并配合甲方履行告知和报告义务；因乙方原因造成的，乙方承担赔偿责任。

7.3 乙方应每年委托第三方对平台进行渗透测试，并向甲方提供测试结论摘要；发现的高危漏洞应在7日内修复。

## 8 保密

乙方对在服务过程中知悉的甲方客户资料、价格政策、经营数据及其他商业秘密负有保密义务，未经甲方书面同意不得向第三方披露。乙方应与接触甲方信息的员工签订保密协议。保密义务在合同终止后五年内有效。

## 9 知识产权

9.1 平台及其功能、算法的知识产权归乙方。

9.2 乙方为甲方定制的表单、护理记录模板、排班规则配置、报表及接口程序归甲方所有，甲方可自由使用、修改并交由第三方继续使用。

## 10 续期

10.1 服务期满前30日，任何一方未书面提出不再续约的，本合同自动续期一年，续期次数不限。

10.2 续期服务费由乙方参照续期时的标准价格调整，调整幅度不超过上一年度服务费的8%，自乙方书面通知甲方之日起生效。

## 11 分包

乙方不得将本合同项下服务分包或转包。乙方使用的云基础设施服务商为阿里云计算有限公司，已经甲方认可；更换云服务商或使用其他分包方，须经甲方事先书面同意。

## 12 违约责任与合同解除

12.1 任何一方违约给对方造成损失的，应予赔偿。乙方累计赔偿责任不超过合同总价的二倍，但因乙方故意或重大过失导致数据泄露的除外。

12.2 乙方严重违约（包括连续两个月未达到5.1条的可用率承诺，或发生因乙方原因的数据泄露），经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已付未用的服务费。

12.3 合同解除或终止的，乙方应按6.4条配合数据导出，并在甲方完成迁移前保持平台只读访问不少于30日。

## 13 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

## 14 其他

14.1 因不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失，不可抗力持续超过30日的，任何一方可书面通知解除合同。

14.2 本合同未尽事宜，双方可签订补充协议。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：成都悦宁母婴护理服务有限公司　　乙方（盖章）：杭州云芽科技有限公司

签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h131z04 — 大学 校园一卡通 年度运维 (政府采购 竞争性磋商), .txt, 第1条 + （1）
# ---------------------------------------------------------------------------------------------------------------
H131Z04 = """滨江大学校园一卡通系统2025—2026年度运维服务合同

合同编号：BJDX-ZC-2025-FW-062
采购方式：竞争性磋商（项目编号：BJCG-2025-C-118）
甲方（采购人）：滨江大学
乙方（成交供应商）：南京卡联信息技术有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，订立本合同。

第1条 服务范围
（1）服务对象：甲方校园一卡通系统，包括一卡通管理平台及数据库、身份认证与统一支付接口、消费子系统（食堂及超市POS终端1,260台）、门禁与通道闸子系统（门禁点486个、闸机64组）、宿舍水控及电控子系统、圈存机和自助服务终端。
（2）服务内容：驻场运维、平台软件维护和版本补丁、数据库维护与备份、终端设备巡检维修、备品备件供应、开学迎新及考试等重大活动保障、年度等级保护测评配合。
（3）服务期：2025年9月1日至2026年8月31日。
（4）服务地点：甲方主校区及东校区。

第2条 服务价格
（1）本合同总价为人民币1,258,000元（大写：壹佰贰拾伍万捌仟元整），为固定总价，分项如下：
    驻场运维（3人，每人每月16,500元）：594,000元；
    平台软件维护及补丁：268,000元；
    终端设备巡检维修：236,000元；
    备品备件包干：118,000元；
    重大活动保障：42,000元。
（2）合同价格包含人工、差旅、备件、工具、税费等全部费用，服务期内不作调整。

第3条 付款
（1）本合同不设预付款。
（2）服务费按季度支付，每季度314,500元。乙方于每季度结束后5个工作日内提交季度运维报告，经甲方信息化建设与管理中心确认后，甲方在15个工作日内支付该季度服务费。
（3）乙方每次收款前应开具合法有效的发票，并提供当季驻场人员考勤记录。

第4条 服务要求
（1）驻场：乙方派驻3名工程师，其中1名为项目经理并具备数据库管理认证资格。驻场人员工作日8:00至20:00在岗，其余时间电话值守；开学第一周及期末考试周实行全天候值守。
（2）人员到岗：乙方应在合同签订后7日内完成驻场人员到岗及与原运维单位的交接，并向甲方提交系统现状评估报告。
（3）巡检：每月对平台和数据库巡检一次，每学期对全部终端巡检一次，并提交巡检报告。
（4）备件：乙方在校内设立备件库，常用备件（POS机主板、读卡模块、闸机控制板等）库存不少于在用数量的5%。
（5）变更：平台参数调整、补丁安装等变更须提前提交变更方案，经甲方批准后在非用餐时段实施。
（6）应急预案：乙方应在到岗后15日内制定一卡通系统应急预案（含消费脱机运行、门禁常开或常闭切换、数据库故障切换），经甲方审定后每学期组织一次演练。
（7）人员管理：驻场人员应遵守甲方作息和安全管理制度，佩戴工作证上岗。乙方更换驻场人员须提前10日书面征得甲方同意，替换人员资质不得低于原人员。
（8）服务台账：乙方应建立故障工单、变更记录、备件出入库和巡检台账，甲方可随时查阅。
（9）甲方义务：甲方为驻场人员提供办公场所、网络接入和必要的系统账号，并由信息化建设与管理中心负责日常对接和考核。

第5条 服务水平
（1）一卡通平台月度可用率不低于99.95%。
（2）一级故障（全校消费、门禁或身份认证中断）：15分钟内响应并到场，2小时内恢复；二级故障（单个食堂、楼宇或子系统中断）：30分钟内到场，6小时内恢复；三级故障（单台终端故障）：1个工作日内修复。
（3）未达到上述服务水平的，乙方应在3个工作日内提交书面原因分析，并在甲方要求的期限内完成整改。
（4）乙方应每月统计服务水平达成情况，写入月度运维简报，提交甲方信息化建设与管理中心。

第6条 验收与考核
（1）季度验收：甲方依据第4条、第5条逐项核对季度运维报告、巡检记录和故障工单，确认当季服务情况。
（2）年度验收：服务期满前，甲方组织年度验收，标准包括：全年一级故障均已闭环处理并形成分析报告；数据库备份恢复演练成功；运维文档和配置台账完整移交；师生满意度调查得分不低于85分。
（3）验收不合格的，乙方应在15日内整改后重新验收。
（4）年度验收合格的，由甲方出具年度验收报告，作为乙方履约评价的依据。

第7条 数据安全与保密
（1）一卡通系统中的师生身份信息、照片、消费流水、门禁通行记录等数据属于甲方，乙方仅可为履行本合同在甲方授权范围内访问，不得复制、留存或用于其他目的。
（2）乙方应遵守甲方网络安全管理制度，数据库操作须经审批并通过甲方运维审计系统进行，禁止在个人设备上存储甲方数据。发生数据泄露等安全事件的，乙方应在1小时内报告并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
（3）乙方及其人员对在服务中知悉的甲方信息负有保密义务，未经甲方书面同意不得对外披露；保密义务不因合同终止而解除。
（4）服务结束时，乙方应删除其掌握的甲方数据副本（如有），并出具书面承诺。

第8条 知识产权
乙方在服务期内为甲方编写的运维文档、脚本、报表及补丁程序，其知识产权归甲方所有，甲方可自由使用、修改。乙方使用的自有运维工具不得在甲方系统中留存后门或未经授权的远程访问通道，服务结束时应全部卸载。

第9条 分包
乙方可将闸机、水控及电控表具的硬件维修工作分包给设备原厂或其授权服务商，但应在分包前以书面形式告知甲方分包单位名称及人员名单。乙方对分包工作承担全部责任。

第10条 违约责任
（1）乙方未按第4条第（2）项按时完成人员到岗及交接的，每逾期一日按合同总价的千分之一支付违约金。
（2）甲方逾期付款的，按逾期金额每日万分之三支付违约金。
（3）因乙方原因造成甲方设备损坏或数据损失的，乙方应予赔偿。

第11条 合同解除
乙方严重违约，或连续两个季度验收不合格的，甲方有权书面通知解除合同，并按实际服务期限结算费用。

第12条 期满
服务期满本合同终止，不自动续期。甲方可根据政府采购有关规定重新组织采购。服务期满或合同解除时，乙方应在10日内完成与甲方或新运维单位的交接，移交全部账号、文档、配置台账和备件清单，并在交接期间配合保障系统运行。

第13条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第14条 其他
（1）磋商文件、响应文件及成交通知书为本合同附件，与本合同具有同等效力。
（2）乙方应在合同签订前向甲方提交合同总价5%的履约保证金，服务期满年度验收合格后无息退还。
（3）因不可抗力不能履行合同的，受影响一方应及时通知对方，双方协商顺延或解除合同。
（4）本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份，自双方签字盖章之日起生效。

甲方（盖章）：滨江大学　　　　乙方（盖章）：南京卡联信息技术有限公司
签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h131z05 — 泡菜生产企业 ERP licence + custom development, supplier's own template, .md, 第X章 / 第X条
# ---------------------------------------------------------------------------------------------------------------
H131Z05 = """# 智链ERP软件许可及实施合同

（智链云科标准合同文本 V3.0）

> 本文本为乙方标准合同文本，双方仅在本文本基础上填写项目专用信息。

合同编号：ZL-ERP-2025-0517

甲方（用户）：四川蜀香源食品股份有限公司

乙方（软件方）：成都智链云科软件有限公司

## 第一章 合同标的

**第一条** 甲方向乙方购买"智链ERP"软件的永久使用许可，并委托乙方进行定制开发与实施。软件部署于甲方自有服务器，用于甲方泡菜及调味品的采购、生产、质量、仓储、销售和财务管理。乙方以电子方式交付软件安装程序和许可密钥，许可按模块及用户数计，超出部分按乙方报价另行购买。

**第二条** 许可模块、定制开发内容及价格如下：

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 财务管理模块许可 | 总账、应收应付、成本核算，20个用户 | 168,000 |
| 2 | 供应链模块许可 | 采购、销售、经销商管理 | 236,000 |
| 3 | 生产制造模块许可 | 生产计划、腌制及发酵工序、BOM | 286,000 |
| 4 | 质量追溯模块许可 | 原料批次、盐度及酸度检测记录、成品追溯 | 148,000 |
| 5 | 仓储WMS模块许可 | 条码、库位、先进先出 | 132,000 |
| | 软件许可小计 | | 970,000 |
| 6 | 定制开发 | 腌制池及发酵罐管理、工艺参数采集接口、批次召回、经销商返利 | 428,000 |
| 7 | 实施服务 | 调研、配置、期初数据导入、上线支持 | 196,000 |
| 8 | 培训 | 关键用户及最终用户培训 | 26,000 |
| | 合计 | | 1,620,000 |

**第三条** 合同总价为人民币1,620,000元（大写：壹佰陆拾贰万元整），含增值税。

## 第二章 付款

**第四条** 本合同签订后5个工作日内，甲方支付合同总价的50%，即810,000元。

**第五条** 系统上线后5个工作日内，甲方支付合同总价的45%，即729,000元。

**第六条** 系统上线满三个月后，甲方支付剩余的5%，即81,000元。乙方收到每笔款项后15个工作日内开具增值税专用发票。

**第七条** 甲方逾期付款的，乙方有权暂停实施和服务，工期相应顺延，并按逾期金额每日千分之一收取滞纳金。

## 第三章 实施与上线

**第八条** 乙方在合同签订且收到首付款后90日内完成软件安装、定制开发和系统上线。甲方应按乙方要求提供基础数据、业务人员配合和服务器环境；因甲方原因造成的延误，工期顺延。

乙方按附件约定提供关键用户培训，最终用户培训由甲方关键用户负责。乙方实施方法包括项目启动、蓝图设计、系统配置与开发、数据准备、用户培训、上线切换六个阶段，各阶段成果以乙方提交的文档为准。甲方应指定项目经理和关键用户并保证其投入时间；甲方提供的物料、BOM、客户、供应商及期初库存数据应真实完整，因数据错误产生的后果由甲方承担。

**第九条** 乙方在上线前提交《上线确认单》，甲方应在3日内签署。系统安装完成并上线运行后，即视为甲方验收合格。甲方在上线后使用系统的，视为对软件及定制开发成果的认可。

**第十条** 因乙方原因逾期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

## 第四章 维护服务

**第十一条** 自系统上线之日起六个月内为免费维护期，乙方提供远程技术支持和缺陷修复。服务方式为电话、远程桌面和在线工单；甲方要求现场服务的，差旅费用由甲方承担。甲方服务器、数据库及网络环境应满足乙方《系统环境要求》，因甲方环境、操作不当或擅自修改系统导致的问题不属于免费维护范围。

**第十二条** 免费维护期内，乙方对一级故障（系统无法登录或核心业务无法处理）在接到报修后24小时内响应，对其他问题在3个工作日内响应，一般缺陷在后续版本中统一修复。乙方将尽合理努力修复故障，但不因响应或修复时间承担扣款、赔偿或违约责任。

**第十三条** 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订年度维护合同，维护费按乙方当年公布的服务价格标准执行。

## 第五章 知识产权

**第十四条** "智链ERP"软件及乙方为本项目完成的定制开发成果（包括程序、源代码、接口、报表及文档）的知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译或提供给第三方使用。

**第十五条** 乙方有权将定制开发中形成的功能纳入其标准产品向其他客户提供。甲方如需获得定制开发源代码用于内部备份，应另行与乙方签订源代码托管协议并支付相应费用。

## 第六章 数据与保密

**第十六条** 甲方在系统中录入和产生的业务数据归甲方所有，乙方仅为提供实施和维护服务在甲方授权范围内访问，不得用于其他目的。

**第十七条** 乙方远程维护须经甲方同意并使用甲方分配的账号，不得复制、留存甲方数据；乙方应采取必要的安全措施防止甲方数据泄露、毁损。因乙方原因造成数据泄露或丢失的，乙方应在24小时内通知甲方，并承担相应的赔偿责任。

**第十八条** 双方对在合作中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得披露。保密义务在合同终止后三年内有效。

## 第七章 合作与分包

**第十九条** 乙方有权根据项目需要，将部分实施、开发或培训工作委托给乙方的合作伙伴完成，无需另行取得甲方同意。乙方对合作伙伴的工作质量负责。合作伙伴人员进入甲方现场的，应遵守甲方厂区及食品安全管理规定。

## 第八章 违约责任

**第二十条** 任何一方违反本合同约定的，应承担相应的违约责任。

**第二十一条** 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的25%。乙方不对甲方的间接损失、利润损失承担责任。

**第二十二条** 任何一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除合同。

## 第九章 争议解决

**第二十三条** 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。诉讼费、律师费等由败诉方承担。

## 第十章 其他

**第二十四条** 因不可抗力不能履行合同的，受影响一方不承担违约责任，但应及时通知对方。

**第二十五条** 合同履行期间及合同终止后两年内，甲方不得聘用参与本项目的乙方员工。

**第二十六条** 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。本合同附件《实施范围说明书》与本合同具有同等效力。

甲方（盖章）：四川蜀香源食品股份有限公司　　乙方（盖章）：成都智链云科软件有限公司

签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h131e01 — Dalian sea-cucumber hatchery, water-quality sensors + maintenance; integrator on Île Madame; buyer's
# paper; .docx, "Article N"
# ---------------------------------------------------------------------------------------------------------------
H131E01 = """
T:Contract for the Supply, Installation and Maintenance of a Water-Quality Monitoring System
P:Contract No.: HY-CG-2025-031
P:Buyer: Dalian Haiyu Sea Cucumber Breeding Co., Ltd., registered address No. 66 Binhai East Road, Jinzhou District, Dalian (the "Buyer").
P:Supplier: Madame Aquatech SAS, a société par actions simplifiée registered in La Rochelle, with its registered office at 4 Chemin du Passage, Île Madame, 17730 Port-des-Barques, France (the "Supplier").
P:This Contract is concluded on the Buyer's standard procurement terms after the Buyer's tender No. HY-ZB-2025-07. The tender documents, the Supplier's bid of 18 June 2025 and the Annexes form part of this Contract; in case of conflict this Contract prevails.
H:Article 1 Definitions
P:1.1 "Equipment" means the hardware listed in Article 3; "Software" means the monitoring and alarm software; "System" means the Equipment and Software installed and integrated at the Site; "Site" means the Buyer's hatchery halls 1 to 8 and the seawater intake station at Heishijiao, Dalian; "Final Acceptance" means acceptance under Article 6.3.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall supply, install, calibrate and commission a continuous water-quality monitoring system for the Buyer's sea-cucumber hatchery. The System shall measure dissolved oxygen, temperature, salinity, pH, ammonia nitrogen, oxidation-reduction potential and turbidity on every rearing tank line and raise local and remote alarms.
P:2.2 The scope includes cabling, the alarm thresholds set by the Buyer's hatchery manager, an alarm output to the existing aeration control cabinets, training, as-built documentation and maintenance during the warranty period. All Equipment shall be new and suitable for continuous immersion in seawater.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 1,670,000, inclusive of VAT, import duties, transport, insurance, installation and all other costs. At the Buyer's request the price is fixed in Chinese yuan.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multiparameter probe (dissolved oxygen, temperature, salinity, pH)|64|9,800|627,200
TB:2|Online ammonia-nitrogen analyser|8|46,500|372,000
TB:3|ORP and turbidity sensor set|32|3,600|115,200
TB:4|Data logger with LoRa node|32|4,200|134,400
TB:5|Gateway, on-site server and UPS|1 lot|86,400|86,400
TB:6|Monitoring and alarm software, perpetual licence|1|168,000|168,000
TB:|Equipment and Software Subtotal|||1,503,200
TB:7|Installation, cabling and calibration|1 lot|142,800|142,800
TB:8|Training of operators and maintenance staff|1 lot|24,000|24,000
TB:|Contract Price|||1,670,000
H:Article 4 Payment
P:4.1 Advance payment: 10% of the Contract Price (CNY 167,000) within 15 working days after the Buyer receives a bank guarantee for the same amount, issued by a bank in mainland China.
P:4.2 Installation payment: 55% of the Contract Price (CNY 918,500) within 15 working days after the Installation Certificate is signed.
P:4.3 Final payment: 35% of the Contract Price (CNY 584,500) within 15 working days after Final Acceptance.
P:4.4 Payments are made in CNY against a valid VAT invoice.
H:Article 5 Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Site within 75 days after signature and complete installation within 30 days after delivery. Installation work shall follow the Buyer's biosecurity rules and schedule for each tank line.
P:5.2 The Supplier shall keep a qualified service engineer resident in Dalian until the end of the warranty period.
P:5.3 When installation and commissioning are complete, the parties sign an Installation Certificate. The Installation Certificate is not acceptance, and neither installation, use of the System by the Buyer nor any payment constitutes acceptance.
H:Article 6 Acceptance
P:6.1 After the Installation Certificate the System shall run for a trial period of 30 consecutive days.
P:6.2 The acceptance criteria are: (a) all Equipment and Software conform to the technical specification in Annex 1; (b) measured values, compared with laboratory analysis of at least 48 water samples, are within ±0.2 mg/L for dissolved oxygen, ±0.1 for pH, ±0.5 for salinity and ±5% of the reading for ammonia nitrogen; (c) every alarm reaches the duty telephone and the control-room display within 60 seconds, tested on each tank line; (d) data are recorded at least every 5 minutes with no gap longer than 30 minutes during the trial period; (e) no Critical Fault occurs during the last 20 days of the trial period; and (f) documentation and training are complete.
P:6.3 If all criteria are met, the Buyer signs a Final Acceptance Certificate within 7 days after the Supplier's written request. Otherwise the Supplier shall remedy the defect at its own cost and the trial period restarts for the affected part.
H:Article 7 Warranty
P:7.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Supplier shall, free of charge, repair or replace any defective Equipment, correct Software defects, provide Software updates, and carry out quarterly on-site calibration of all probes and analysers, including consumables.
H:Article 8 Post-Warranty Maintenance
P:8.1 At the Buyer's option, the Supplier shall provide maintenance for up to three years after the warranty period, with the same scope as Article 7.1 and the service levels of Article 9.
P:8.2 The annual maintenance fee is 8.5% of the Equipment and Software Subtotal, that is CNY 127,772 per year, fixed for the three years and inclusive of reagents and consumables. It is invoiced quarterly in arrears. The Buyer orders each year by written notice; the maintenance does not renew automatically.
H:Article 9 Service Levels
P:9.1 During the warranty period and any maintenance year, the monthly availability of the System (all tank lines delivering valid readings and alarms, excluding agreed maintenance windows) shall be at least 99.95%.
P:9.2 A Critical Fault is a fault that stops dissolved-oxygen readings or alarms for one or more hatchery halls. For a Critical Fault the Supplier shall respond within 30 minutes of the Buyer's call at any time of day, have an engineer on Site within 3 hours and restore monitoring within 8 hours. For other faults the Supplier shall respond within 2 hours and repair within 2 working days.
P:9.3 For each hour by which a time in Article 9.2 is exceeded, the Supplier shall pay CNY 1,000, and for each 0.01 percentage point by which monthly availability falls short of Article 9.1, the Supplier shall pay CNY 2,000. The Buyer may deduct these amounts from any payment.
H:Article 10 Buyer Data and Data Security
P:10.1 All measurement data, alarm records, tank and production records and configuration data generated or stored by the System ("Buyer Data") belong to the Buyer. The Supplier may access Buyer Data only to perform this Contract and shall not copy, retain, analyse for its own purposes or disclose it.
P:10.2 The System is hosted on the Buyer's on-site server. Remote access by the Supplier requires the Buyer's approval for each session and is made through the Buyer's VPN with individual accounts, two-factor authentication and logging. No Buyer Data may leave mainland China.
P:10.3 The Supplier shall apply access controls, keep the Software patched, and notify the Buyer within 24 hours of becoming aware of any actual or suspected unauthorised access to or loss of Buyer Data. The Supplier is liable for all losses caused by a data incident attributable to it or its personnel.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's breeding methods, survival rates and prices, and shall not disclose it without the other party's prior written consent, except as required by law. This obligation survives for five years after the end of this Contract.
H:Article 12 Intellectual Property
P:12.1 The alarm logic, threshold tables, screen layouts, reports and interface configurations prepared for the Buyer under this Contract, and their documentation, belong to the Buyer, which may use, modify and license them freely.
P:12.2 The Software remains the property of the Supplier or its licensors. The Supplier grants the Buyer a perpetual, irrevocable licence to use the Software and shall indemnify the Buyer against any infringement claim.
H:Article 13 Delay Damages
P:13.1 If the Supplier fails to complete installation within the period in Article 5.1, or fails to achieve Final Acceptance within 45 days after the Installation Certificate, for reasons attributable to it, the Supplier shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Article 14 Liability
P:14.1 The Supplier's total liability under this Contract shall not exceed 200% of the Contract Price, except that no limit applies to liability for personal injury, wilful misconduct or gross negligence, infringement of third-party rights, or breach of Articles 10 and 11.
H:Article 15 Subcontracting and Assignment
P:15.1 The Supplier shall not subcontract any part of this Contract without the Buyer's prior written consent. The Supplier remains responsible for the acts and omissions of any approved subcontractor.
H:Article 16 Termination
P:16.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, if the delay under Article 13 exceeds 60 days, or if the Supplier becomes insolvent.
P:16.2 On such termination the Supplier shall refund the payments received for parts of the System not accepted.
H:Article 17 Force Majeure
P:17.1 Neither party is liable for failure caused by typhoons, storm surges or other events beyond its reasonable control, if it notifies the other party within 3 days.
H:Article 18 Governing Law and Disputes
P:18.1 This Contract is governed by the laws of the People's Republic of China.
P:18.2 Any dispute not settled by negotiation within 30 days shall be submitted to the Dalian Arbitration Commission for arbitration in Dalian. The award is final and binding on both parties.
H:Article 19 Miscellaneous
P:19.1 Amendments must be in writing and signed by both parties. Annexes: 1 Technical Specification; 2 Site Layout; 3 Bank Details.
P:For the Buyer: ____________________    For the Supplier: ____________________    Date: ____________
"""

# ---------------------------------------------------------------------------------------------------------------
# h131e02 — Harbin ice-festival operator, ticketing SaaS; Order Form + General Terms; vendor on Hallig Oland,
# German style (§ N (1)); .txt
# ---------------------------------------------------------------------------------------------------------------
H131E02 = """ORDER FORM AND GENERAL TERMS AND CONDITIONS
Ticketing and Access-Control Services

Order Form No. OT-HRB-2025-001

Vendor: Oland Ticketing GmbH, Oland 7, 25863 Langeneß (Hallig Oland), Germany. Commercial register: Amtsgericht Flensburg, HRB 10427 FL. Managing directors: Ines Hansen, Jörn Petersen.

Customer: Harbin Binglin Festival Operations Co., Ltd., No. 9 Taiyangdao Road, Songbei District, Harbin, Heilongjiang Province, People's Republic of China.


PART A - ORDER FORM

A.1 Services ordered
(a) "OlandTix" ticketing platform as a hosted service: online sales through the Customer's WeChat mini-programme, website and authorised travel-agency channels; timed-entry slots; group, evening and season tickets; box-office sales; refunds; reporting.
(b) Access-Control Module for 64 turnstile lanes at the north, south and east gates of the festival park.
(c) Setup: configuration of products and prices, integration with WeChat Pay, Alipay and UnionPay, with two travel-agency channels and with the turnstile controllers supplied by the Customer's turnstile contractor, and import of season-ticket holders.
(d) On-site peak support: two Vendor engineers on site in Harbin during the opening fortnight of each Festival Season.

A.2 Charges (CNY, VAT included; at the Customer's request all charges are stated and paid in CNY)
    Platform subscription, CNY 420,000 per Contract Year, three Contract Years ........ 1,260,000
    Access-Control Module, 64 lanes x CNY 1,500 per lane and Contract Year, three years   288,000
    Setup (one-time) .................................................................... 176,000
    On-site peak support, CNY 38,000 per Festival Season, three seasons ................. 114,000
    Total Order Value ................................................................. 1,838,000
There are no transaction charges; ticket volumes are not limited.

A.3 Term
1 October 2025 to 30 September 2028 (three Contract Years). Each Festival Season runs from 1 December to the last day of February.

A.4 Invoicing and payment
Setup: invoiced on Go-Live Acceptance. Subscription and Access-Control charges: invoiced quarterly in arrears, CNY 129,000 per quarter. Peak support: invoiced after the opening fortnight of each season. No advance payments are due. Invoices are payable within 30 days by bank transfer.

A.5 Go-Live Date
20 November 2025.

A.6 Hosting and approved subcontractor
Alibaba Cloud Computing Ltd., region cn-beijing. Customer Data are stored and processed in mainland China only.

A.7 Contract documents
This Order Form and the General Terms and Conditions in Part B (Version 4.2) together form the Contract. Individual agreements in this Order Form take precedence over the General Terms. The Customer's general purchasing conditions do not apply.


PART B - GENERAL TERMS AND CONDITIONS (Version 4.2)

§ 1 Subject matter
(1) The Vendor provides the ticketing and access-control services described in the Order Form as a hosted service (software as a service) for the Term.
(2) The Setup is a work service whose success is determined by Go-Live Acceptance under § 3.

§ 2 Setup and Go-Live
(1) The Vendor shall complete the Setup so that the platform can be used in production from the Go-Live Date.
(2) The Customer shall provide the turnstile interface specification by 15 October 2025 and test accounts for the payment providers. If the Customer delays its cooperation, the Go-Live Date is postponed accordingly.

§ 3 Go-Live Acceptance
(1) Before the Go-Live Date the Vendor demonstrates in a joint acceptance test: (a) sale and refund of each ticket type in each sales channel, with correct reconciliation against the payment providers; (b) 20,000 gate scans per hour across all lanes with a response time below 300 milliseconds at each turnstile; (c) offline operation of each lane for at least two hours with later synchronisation and no double entries; (d) daily settlement reports that match the payment providers' statements to the fen.
(2) If the test is passed, the Customer signs the Go-Live Acceptance protocol within three working days. Minor defects that do not hinder operation do not prevent acceptance; they are corrected within ten days.
(3) Production use before signature of the protocol does not constitute acceptance.

§ 4 Service levels
(1) Availability of the sales channels and of the access-control service: 99.95 % per calendar month, excluding maintenance windows announced at least five days in advance. During a Festival Season no maintenance windows may be scheduled between 08:00 and 23:00 China Standard Time.
(2) Incident priorities and response times (24 x 7): Priority 1 - sales or gate access impossible at one or more gates: response within 30 minutes, workaround within 2 hours. Priority 2 - a sales channel, report or other function fails: response within 2 hours, fix within one working day. Priority 3 - other incidents: response on the next working day.
(3) Service credits: for each 0.1 percentage point of availability below the value in paragraph 1, 3 % of the monthly share of the subscription charges; for each started hour by which a Priority 1 response or workaround time is exceeded, CNY 2,000. Credits are set off against the next invoice.

§ 5 Delay
(1) If Go-Live Acceptance is not achieved by the Go-Live Date for reasons for which the Vendor is responsible, the Vendor shall pay a contractual penalty (Vertragsstrafe) of 0.02 % of the Total Order Value for each calendar day of delay, limited to 5 % of the Total Order Value. The penalty is credited against any further damages for the delay.
(2) If Go-Live Acceptance has not been achieved by 15 December 2025, the Customer may terminate the Contract under § 12 (3).

§ 6 Customer obligations
(1) The Customer names a project manager and provides the information and access that the Vendor reasonably needs. It is responsible for the turnstiles and the local network at the gates.

§ 7 Rights of use; intellectual property
(1) The Vendor grants the Customer for the Term the non-exclusive, non-transferable right to use the platform for its own festivals and events in the People's Republic of China.
(2) All rights in the platform, its software and documentation remain with the Vendor.
(3) The Customer-specific configurations, ticket and season-pass designs, price-rule sets, report templates and the interface mappings to the Customer's turnstile controllers and travel-agency channels prepared in the Setup ("Customer Work Results") belong to the Customer. The Customer may use, modify and license them to third parties without restriction, including after the Term. The Vendor hands them over in documented form on request.

§ 8 Data protection and data security
(1) Ticket-buyer data, sales data, gate records and all other data the Customer enters or generates ("Customer Data") belong to the Customer. The Vendor processes Customer Data solely on the Customer's documented instructions and only to provide the services; it does not use Customer Data for any other purpose, including analyses or benchmarking.
(2) The Vendor stores and processes Customer Data only in mainland China (Order Form A.6), in accordance with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. The platform holds a Multi-Level Protection Scheme level 3 filing. The Vendor maintains ISO/IEC 27001 certification, encrypts Customer Data in transit and at rest, and limits access to named staff with two-factor authentication and logging. Vendor staff outside mainland China have no access to Customer Data.
(3) The Vendor notifies the Customer of any personal-data breach or other security incident affecting Customer Data without undue delay and at the latest within 24 hours, supports the Customer in its reporting obligations, and bears the costs and damages caused by incidents for which it is responsible.
(4) At the end of the Term the Vendor returns Customer Data in CSV format and deletes it within 30 days after the Customer has confirmed receipt.

§ 9 Confidentiality
(1) Both parties shall keep confidential all information of the other party that is designated as confidential or recognisable as such, in particular prices, visitor numbers and technical details, and use it only for the purposes of this Contract.
(2) This obligation continues for three years after the end of the Contract.

§ 10 Subcontractors
(1) The Vendor may use subcontractors only with the Customer's prior written consent. The hosting provider named in Order Form A.6 is approved.
(2) The Vendor is responsible for its subcontractors as for its own acts.

§ 11 Liability
(1) The Vendor is liable without limitation for intent and gross negligence, for injury to life, body or health, under any guarantee given, and for breach of § 8.
(2) In cases of slight negligence the Vendor is liable only for breach of an essential contractual obligation, that is an obligation whose fulfilment makes the proper performance of the Contract possible in the first place and on which the Customer may regularly rely, and only for the damage foreseeable and typical for this type of contract.
(3) Subject to paragraph (1), the Vendor's total liability for all claims under or in connection with this Contract is limited to CNY 360,000.

§ 12 Term and termination
(1) The Contract runs for the Term stated in the Order Form and ends on its expiry without notice. It is not renewed automatically; any extension requires a new Order Form.
(2) Ordinary termination during the Term is excluded.
(3) The right of either party to terminate for good cause (wichtiger Grund) remains unaffected. Good cause for the Customer exists in particular if the Vendor commits a material breach of contract and fails to remedy it within 14 days after written notice, if availability falls below the level in § 4 (1) in two consecutive months, or in the case of § 5 (2).
(4) Termination must be made in writing.

§ 13 Final provisions
(1) This Contract is governed by the law of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods (CISG).
(2) The exclusive place of jurisdiction for all disputes arising from or in connection with this Contract is Flensburg, Germany.
(3) Amendments and supplements require written form.
(4) Should any provision be or become invalid, the validity of the remaining provisions is not affected. The parties shall replace the invalid provision by a valid one that comes as close as possible to its economic purpose.


Langeneß, ____________ 2025                          Harbin, ____________ 2025

Oland Ticketing GmbH                                  Harbin Binglin Festival Operations Co., Ltd.
______________________                                ______________________
Ines Hansen, Managing Director                        Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h131e03 — Suzhou silk workshop, production-planning perpetual licence + configuration + support; vendor on
# Inishturk, Irish style; .pdf, "Clause N"
# ---------------------------------------------------------------------------------------------------------------
H131E03 = """
T:Software Licence, Configuration and Support Agreement
P:THIS AGREEMENT is dated the ____ day of ______________ 2025
P:BETWEEN:
P:(1) INISHTURK LOOM SYSTEMS LIMITED, a private company limited by shares incorporated in Ireland with company number 712604, whose registered office is at Garranty, Inishturk Island, Co. Mayo, Ireland (the "Licensor"); and
P:(2) SUZHOU JINXIU SILK WORKSHOP CO., LTD., a company incorporated in the People's Republic of China, whose registered office is at No. 28 Xiuhu Road, Zhenhu Subdistrict, Suzhou, Jiangsu Province, China (the "Customer").
P:RECITALS
P:(A) The Licensor develops and licenses "LoomPlan", production-planning software for weaving and finishing mills.
P:(B) The Customer weaves silk fabrics, including Song brocade, in Suzhou and wishes to plan its looms, yarn and dye lots with LoomPlan.
P:(C) At the Customer's request all fees in this Agreement are stated and payable in Chinese yuan (CNY).
P:IT IS AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Acceptance Certificate" means the certificate issued under Clause 7.4; "Configuration Deliverables" means the routings, loom capacity calendars, dye-lot and yarn-lot rules, planning templates, reports, data-mapping scripts and documentation prepared by the Licensor for the Customer; "Go-Live" means the first use of the Software to plan the Customer's live production orders; "Licence Fee" means the fees in items (1) to (3) of Clause 4.1; "Software" means LoomPlan version 7 in object code, its documentation and any updates supplied under this Agreement; "Working Day" means a working day in the People's Republic of China.
H:Clause 2 Licence
P:2.1 In consideration of the Licence Fee, the Licensor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software on servers under its control at its premises in Suzhou, for the internal business purposes of the Customer and its subsidiaries, for up to 40 named users and 48 connected looms.
P:2.2 The Customer may copy the Software for backup, testing and disaster recovery.
H:Clause 3 Services
P:3.1 The Licensor shall perform the services described in Schedule 1 (the "Services") in accordance with the project plan in Schedule 2, with the skill and care of a competent supplier. The Services include: configuration of planning for 48 jacquard and rapier looms, routings, dye-lot and yarn-lot rules, an interface to the Customer's loom data collectors, migration of open orders and yarn stock, and training of planners in Suzhou.
H:Clause 4 Fees
P:4.1 The fees are as follows:
P:(1) LoomPlan Server Edition, perpetual licence: CNY 286,000
P:(2) Named user licences, 40 x CNY 5,600: CNY 224,000
P:(3) Loom Data Connector licences, 48 x CNY 1,850: CNY 88,800
P:Licence Fee subtotal: CNY 598,800
P:(4) Configuration services, fixed price: CNY 214,000
P:(5) Data migration, fixed price: CNY 46,000
P:(6) Training, fixed price: CNY 21,200
P:Contract Price: CNY 880,000
P:4.2 All fees are fixed and include VAT and all expenses, including travel from Ireland.
H:Clause 5 Payment
P:5.1 The Customer shall pay: (a) 20% of the Contract Price (CNY 176,000) within 20 Working Days after the date of this Agreement; (b) 45% of the Contract Price (CNY 396,000) within 20 Working Days after Go-Live; and (c) 35% of the Contract Price (CNY 308,000) within 20 Working Days after the Acceptance Certificate is issued.
P:5.2 Go-Live and the payment under Clause 5.1(b) do not constitute acceptance. Payments are made by bank transfer in CNY to the account named in Schedule 3.
H:Clause 6 Project Plan and Delay
P:6.1 The Licensor shall achieve Go-Live within 90 days, and the issue of the Acceptance Certificate within 150 days, after the date of this Agreement, subject to the Customer performing its obligations in Schedule 2.
P:6.2 If the Licensor fails to achieve Go-Live by the date in Clause 6.1 for reasons attributable to it, the Licensor shall pay the Customer CNY 1,200 for each day of delay as liquidated damages, which the parties agree is a genuine pre-estimate of the Customer's loss, up to a maximum of 10% of the Contract Price.
H:Clause 7 Acceptance
P:7.1 Within 10 Working Days after Go-Live the parties shall carry out the acceptance tests in the test plan in Schedule 2.
P:7.2 The acceptance criteria are: (a) the Software and Configuration Deliverables perform all functions described in Schedule 1; (b) a full weekly plan for 48 looms is calculated in less than three minutes; (c) migrated open orders and yarn stock reconcile with the Customer's records with no unexplained difference; (d) loom status is updated from the loom data collectors at least every two minutes; and (e) the Software runs in live use for 20 consecutive Working Days without a Severity 1 defect.
P:7.3 Where a test fails, the Licensor shall correct the defect and repeat the test at its own cost.
P:7.4 When the criteria are met the Customer shall sign an Acceptance Certificate within 5 Working Days. Use of the Software in live production before the certificate does not constitute acceptance.
H:Clause 8 Warranty
P:8.1 The Licensor warrants that for 18 months from the date of the Acceptance Certificate (the "Warranty Period") the Software and the Configuration Deliverables will perform substantially in accordance with Schedule 1 and the documentation.
P:8.2 During the Warranty Period the Licensor shall, free of charge, correct defects, supply updates and new versions, and provide the support and service levels in Clause 9.
H:Clause 9 Support Services and Service Levels
P:9.1 After the Warranty Period the Customer may order annual support at a fee of 13% of the Licence Fee, namely CNY 77,844 per year, which is fixed for the first three years after the Warranty Period. Support is ordered each year by purchase order and does not renew automatically.
P:9.2 The Licensor shall provide remote support through a service desk staffed in Chinese and English. Severity 1 (planning cannot be run or the Software is unusable for production): response within 1 hour at any time, workaround within 8 hours. Severity 2 (a material function is unavailable): response within 2 hours on Working Days. Severity 3: response on the next Working Day.
P:9.3 For each hour by which a Severity 1 response or workaround time is exceeded, the Licensor shall credit the Customer CNY 800, deducted from the next sum due to the Licensor.
H:Clause 10 Customer Data and Security
P:10.1 All data input into or generated by the Software, including orders, customer names, designs, production plans and loom data ("Customer Data"), belong to the Customer. The Licensor shall use Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:10.2 The Software is installed on the Customer's servers in Suzhou. The Licensor shall access them remotely only through the Customer's VPN, with individual accounts, two-factor authentication and the Customer's approval for each session, shall not transfer Customer Data outside mainland China, and shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:10.3 The Licensor shall notify the Customer within 24 hours of any actual or suspected unauthorised access to or loss of Customer Data of which it becomes aware, shall assist in remedying it, and shall be liable for loss caused by any such incident attributable to it.
H:Clause 11 Confidentiality
P:11.1 Each party shall keep the other party's non-public business and technical information, including the Customer's designs, pattern cards and customer lists, confidential, use it only for this Agreement, and disclose it only to employees and advisers who need to know it. This Clause survives termination for five years.
H:Clause 12 Intellectual Property
P:12.1 The Licensor retains all intellectual property rights in the Software.
P:12.2 All intellectual property rights in the Configuration Deliverables vest in the Customer on creation, and the Licensor hereby assigns them to the Customer with full title guarantee. The Customer may use, modify, copy and license the Configuration Deliverables freely. To the extent the Configuration Deliverables embed elements of the Software, the Customer's use is covered by the licence in Clause 2.
P:12.3 The Licensor shall indemnify the Customer against third-party infringement claims.
H:Clause 13 Limitation of Liability
P:13.1 Nothing in this Agreement limits liability for death or personal injury caused by negligence, for fraud, for breach of Clause 10 or Clause 11, or under the indemnity in Clause 12.3.
P:13.2 Subject to Clause 13.1, each party's total liability under or in connection with this Agreement, whether in contract, tort (including negligence), breach of statutory duty or otherwise, shall not exceed 150% of the Contract Price.
H:Clause 14 Subcontracting
P:14.1 The Licensor shall not subcontract any of its obligations without the Customer's prior written consent and remains responsible for the acts and omissions of any subcontractor.
H:Clause 15 Term and Termination
P:15.1 The licence in Clause 2 survives termination, except termination by the Licensor under Clause 15.3.
P:15.2 Either party may terminate this Agreement by written notice if the other party commits a material breach that is not remedied within 30 days after written notice requiring it to be remedied, or if the other party is the subject of an insolvency event.
P:15.3 The Licensor may terminate the licence only if the Customer fails to pay an undisputed part of the Licence Fee within 60 days after a final written demand.
H:Clause 16 Governing Law and Jurisdiction
P:16.1 This Agreement and any dispute or claim, including non-contractual disputes or claims, arising out of or in connection with it shall be governed by and construed in accordance with the laws of Ireland.
P:16.2 The parties irrevocably agree that the courts of Ireland shall have exclusive jurisdiction to settle any such dispute or claim.
H:Clause 17 General
P:17.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject matter. Any variation must be in writing and signed by both parties.
P:Schedule 1: Functional Scope. Schedule 2: Project Plan and Acceptance Test Plan. Schedule 3: Contacts and Bank Details.
P:SIGNED for and on behalf of INISHTURK LOOM SYSTEMS LIMITED by ______________________ (Director)
P:SIGNED for and on behalf of SUZHOU JINXIU SILK WORKSHOP CO., LTD. by ______________________ (Legal Representative)
"""

# ---------------------------------------------------------------------------------------------------------------
# h131e04 — Guilin river-cruise company, managed IT + desktop support; provider on Lismore, Scottish style; .txt,
# "N. HEADING"
# ---------------------------------------------------------------------------------------------------------------
H131E04 = """MANAGED IT SERVICES AGREEMENT

between

LISMORE MANAGED IT LIMITED, incorporated under the Companies Acts (registered number SC684213) and having its registered office at The Old Schoolhouse, Port Ramsay, Isle of Lismore, Oban, Argyll PA34 5UL, Scotland (hereinafter "the Provider")

and

GUILIN LIJIANG STARLIGHT CRUISES CO., LTD., a company incorporated in the People's Republic of China and having its registered office at No. 3 Binjiang Road, Xiufeng District, Guilin, Guangxi Zhuang Autonomous Region (hereinafter "the Customer")

WHEREAS the Customer operates river cruises on the Li River with fourteen vessels, three piers and a head office; and the Provider has agreed to provide managed IT and desktop support services on the terms set out below, the Charges being stated in CNY at the Customer's request;

NOW THEREFORE the parties hereto agree as follows:

1. DEFINITIONS AND INTERPRETATION
1.1 In this Agreement: "Business Day" means a day on which banks are open in Guilin; "Charges" means the Monthly Charge and the Transition Charge; "Commencement Date" means the date of the last signature of this Agreement; "Minimum Term" means 36 months from the Service Start Date; "Service Start Date" means the date on which Transition Acceptance is confirmed under Clause 4.4; "Service Levels" means the levels in Clause 5; "Sites" means the head office, Zhujiang Pier, Mopanshan Pier and Yangshuo Pier and the fourteen vessels; "Users" means the Customer's employees using IT equipment, up to 180 in number.

2. COMMENCEMENT AND DURATION
2.1 This Agreement commences on the Commencement Date and continues until the expiry of the Minimum Term, whereupon it shall expire unless the parties agree in writing to renew it. For the avoidance of doubt, tacit relocation shall not apply.

3. THE SERVICES
3.1 From the Service Start Date the Provider shall provide:
(a) a service desk by telephone, WeChat and e-mail in Chinese and English, from 07:00 to 22:00 daily, with an on-call engineer at all other times;
(b) desktop support for Users, including PCs, printers and the ticket-office and boarding-gate terminals;
(c) management of the local area networks and Wi-Fi at the head office and the piers and of the onboard networks and mobile routers of the vessels;
(d) administration of the Customer's servers at the head office and of the daily backups of the booking and finance systems, with a monthly restore test;
(e) deployment of operating-system and application updates;
(f) maintenance of the asset register; and
(g) a monthly service report and a quarterly service review meeting.
3.2 The Provider shall station two engineers at the head office in Guilin during service-desk hours and shall provide such further attendance at the piers and on the vessels as is required to meet the Service Levels.

4. TRANSITION
4.1 The Provider shall carry out the transition from the Customer's incumbent provider in accordance with the Transition Plan in Schedule 2 and shall complete it within 45 days after the Commencement Date.
4.2 Transition comprises discovery of all devices and accounts, take-over of administrator credentials, installation of monitoring agents and set-up of the service desk.
4.3 The Transition Acceptance criteria are that: (a) the asset register is complete and has been verified by sample checks at every Site; (b) all network devices and servers report to the Provider's monitoring; (c) a full restore of the booking database from backup has been demonstrated; (d) the service desk has handled live calls for 10 consecutive days in accordance with the Service Levels; and (e) the documentation listed in Schedule 2 has been delivered.
4.4 When the criteria are met, the Customer shall confirm Transition Acceptance in writing within 5 Business Days. Use of any of the services before such confirmation shall not constitute acceptance.
4.5 If the Provider fails to complete the transition within the period in Clause 4.1 for reasons within its control, the Provider shall pay to the Customer CNY 2,000 for each day of delay, up to a maximum of CNY 60,000.

5. SERVICE LEVELS AND SERVICE CREDITS
5.1 Priority 1 (head office network, booking system or the ticket-office terminals at a pier unavailable, or all Users at a Site unable to work): response within 15 minutes at any time, an engineer on site at the head office or a pier within 2 hours, and restoration within 6 hours. Priority 2 (a single vessel's network, or several Users, affected): response within 1 hour and resolution within 1 Business Day or, on a vessel, on its return to berth. Priority 3 (a single User affected): response within 3 hours and resolution within 2 Business Days.
5.2 The monthly availability of the managed head-office and pier networks shall be at least 99.95%, excluding maintenance windows agreed in advance.
5.3 The Provider shall credit the Customer 2% of the Monthly Charge for each Priority 1 incident not restored within the restoration time, and 5% of the Monthly Charge for each month in which availability falls below the level in Clause 5.2, the credits in any month being limited in aggregate to 20% of the Monthly Charge.
5.4 Service credits shall be deducted from the next invoice.

6. CHARGES AND PAYMENT
6.1 The Monthly Charge is made up as follows: service desk and desktop support for 180 Users at CNY 240 per User per month, CNY 43,200; network and Wi-Fi management for the head office, three piers and fourteen vessels, CNY 16,800; server and backup administration, CNY 9,600. The total Monthly Charge is CNY 69,600, or CNY 2,505,600 over the Minimum Term.
6.2 The Transition Charge is CNY 118,400, payable on Transition Acceptance.
6.3 The total value of this Agreement is accordingly CNY 2,624,000 (the "Total Contract Value").
6.4 The Monthly Charge is invoiced monthly in arrears and is payable within 30 days of invoice. No sum is payable in advance. The Charges are fixed for the Minimum Term and include VAT.

7. CUSTOMER OBLIGATIONS
7.1 The Customer shall give the Provider's engineers access to the Sites, including passage on the vessels, and remains responsible for purchasing hardware and third-party licences.

8. PERSONNEL
8.1 The Provider shall employ suitably qualified personnel, who shall comply with the Customer's rules on board the vessels, and shall replace any of them on the Customer's reasonable request.

9. INTELLECTUAL PROPERTY
9.1 All documentation, network diagrams, configuration files, scripts, runbooks and reports produced by the Provider specifically for the Customer under this Agreement shall belong to the Customer upon their creation, and the Customer may use, modify and disclose them freely, including to a successor provider.
9.2 The Provider's own tools remain its property.

10. CUSTOMER DATA
10.1 All data of the Customer which come into the possession of the Provider in the course of the services, including passenger booking records, employee records and financial records ("Customer Data"), are and shall remain the property of the Customer.
10.2 The Provider shall use Customer Data only for the purpose of providing the services and shall return all Customer Data to the Customer on expiry or termination of this Agreement.

11. CONFIDENTIALITY
11.1 Each party shall keep in confidence all information of the other party obtained under or in connection with this Agreement which is by its nature confidential, and shall not disclose it without the other party's prior written consent, except as required by law.
11.2 This Clause shall survive the expiry or termination of this Agreement for five years.

12. LIABILITY
12.1 Nothing in this Agreement shall limit either party's liability for death or personal injury caused by its negligence or for fraud.
12.2 Subject to Clause 12.1, the Provider's aggregate liability, whether arising in contract, delict or otherwise, shall not exceed 150% of the Total Contract Value.
12.3 Neither party shall be liable for indirect or consequential loss.

13. SUBCONTRACTING AND ASSIGNATION
13.1 The Provider shall not subcontract any of the services without the Customer's prior written consent and shall remain responsible for any subcontractor.
13.2 Neither party may assign its rights under this Agreement by assignation or otherwise without the prior written consent of the other party.

14. TERMINATION
14.1 Either party may terminate this Agreement with immediate effect by written notice if the other party becomes insolvent, has a receiver or administrator appointed, or enters into liquidation.
14.2 The Provider may terminate this Agreement by written notice if any undisputed Charges remain unpaid 30 days after a written final demand.
14.3 The Customer acknowledges that the service credits under Clause 5 and damages under Clause 12 are its remedies for any breach by the Provider and that the Charges reflect the Minimum Term. Accordingly, the Customer shall not be entitled to rescind or terminate this Agreement before the expiry of the Minimum Term on account of any breach by the Provider, whether material or not.

15. CONSEQUENCES OF EXPIRY OR TERMINATION
15.1 On expiry or termination the Provider shall, for up to 30 days and without additional charge, hand over all administrator credentials, documentation and Customer Data to the Customer or its successor provider.

16. FORCE MAJEURE
16.1 Neither party shall be liable for delay caused by events beyond its reasonable control, including floods of the Li River.

17. GOVERNING LAW AND DISPUTES
17.1 This Agreement shall be governed by and construed in accordance with the law of the People's Republic of China.
17.2 Any dispute which cannot be settled by negotiation within 30 days shall be referred to the Guilin Arbitration Commission for arbitration in Guilin, whose award shall be final.

18. GENERAL
18.1 This Agreement constitutes the whole agreement between the parties. No variation shall be effective unless made in writing and signed by both parties.

Schedule 1: Service Description. Schedule 2: Transition Plan. Schedule 3: Sites and Users.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages together with the Schedules annexed are executed as follows:

Subscribed for and on behalf of LISMORE MANAGED IT LIMITED at Lismore on ____________ 2025 by ____________________, Director, before this witness: ____________________ (full name and address)

Subscribed for and on behalf of GUILIN LIJIANG STARLIGHT CRUISES CO., LTD. at Guilin on ____________ 2025 by ____________________, Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h131e05 — Hangzhou tea exporter, export-document API subscription + integration; vendor on Capraia, Italian
# style; .md, "Art. N (title)"
# ---------------------------------------------------------------------------------------------------------------
H131E05 = """# Agreement for the Subscription to the DocFlow Export-Documentation API and the Related Integration Services

**BETWEEN**

**Capraia DocFlow S.r.l.**, with registered office in Via del Porto 12, 57032 Capraia Isola (LI), Italy, tax code and VAT no. 02187650493, registered with the Register of Companies of Maremma e Tirreno under REA no. LI-189204, in the person of its legal representative pro tempore, Ms Chiara Bertolucci (hereinafter the "**Supplier**")

**AND**

**Hangzhou Mingqian Tea Export Co., Ltd.**, with registered office at No. 118 Longjing Road, Xihu District, Hangzhou, Zhejiang Province, People's Republic of China, in the person of its legal representative, Mr Zhou Wenhao (hereinafter the "**Customer**")

(jointly the "**Parties**")

## Whereas

a) the Supplier has developed and operates "DocFlow", an application programming interface (API) service which generates and validates the documents required for the export of goods;

b) the Customer exports green, white and black teas to the European Union, Morocco and Uzbekistan and wishes to generate commercial invoices, packing lists, certificate-of-origin applications, phytosanitary inspection requests and importer declarations automatically from its ERP system;

c) the Customer has asked that all amounts be expressed and paid in Chinese yuan (CNY);

now, therefore, the Parties agree as follows.

## Art. 1 (Premises and Annexes)

1.1 The premises and the annexes form an integral and substantial part of this Agreement.

1.2 Annexes: Annex A (Technical description of the API); Annex B (Integration specifications and acceptance tests); Annex C (Service-level report format).

## Art. 2 (Definitions)

2.1 "**API**" means the DocFlow service described in Annex A. "**Document Set**" means all documents for one export shipment. "**Integration Deliverables**" means the ERP connector, the data mappings to the China International Trade Single Window, the document templates for the Customer's destination markets and the related scripts and documentation developed under Art. 7. "**Integration Acceptance**" has the meaning in Art. 7.4. "**Term**" has the meaning in Art. 4.

## Art. 3 (Subject matter)

3.1 The Supplier grants the Customer access to the API in its Professional tier, for up to 6,000 Document Sets per contract year, for the Term, and performs the integration services described in Annex B.

3.2 The API is operated for the Customer on infrastructure located in mainland China. Higher volumes than those in Art. 3.1 require a written amendment.

## Art. 4 (Duration)

4.1 The subscription runs for 24 months from the date of Integration Acceptance (the "**Term**").

4.2 This Agreement shall not be tacitly renewed. Any renewal requires a new written agreement between the Parties.

## Art. 5 (Fees)

5.1 The fees are:

| Item | Basis | Amount (CNY) |
|---|---|---|
| API subscription, Professional tier | CNY 39,500 per month x 24 months | 948,000 |
| Integration services | fixed price | 264,000 |
| Training and go-live support | fixed price | 28,000 |
| **Total Contract Value** | | **1,240,000** |

5.2 The fees include VAT and all expenses and are fixed for the Term.

## Art. 6 (Payment terms)

6.1 The Customer shall pay an advance of 45% of the Total Contract Value, equal to CNY 558,000, within 10 days of signature of this Agreement, against the Supplier's invoice.

6.2 The balance of CNY 682,000 is payable in eight equal quarterly instalments of CNY 85,250, each invoiced in arrears at the end of a quarter of the Term, the first quarter beginning on the date of Integration Acceptance.

6.3 Invoices are payable within 30 days by bank transfer. Late payments bear interest at the one-year loan prime rate published by the National Interbank Funding Center.

## Art. 7 (Integration and Acceptance)

7.1 The Supplier shall develop and install the Integration Deliverables in accordance with Annex B within 75 days from signature of this Agreement.

7.2 The Customer shall make available an ERP test environment, sample shipment data and its Single Window test credentials, which remain under its control.

7.3 The acceptance tests are: (a) 60 real or reconstructed shipments to each destination market produce complete Document Sets without manual correction; (b) Single Window declarations submitted in test mode are accepted and receipts are returned to the ERP; (c) the API returns a Document Set in less than 10 seconds for nineteen requests out of twenty; (d) every validation error is reported with an explanation in Chinese; (e) the documentation of the Integration Deliverables is handed over.

7.4 When all tests have been passed, the Customer confirms Integration Acceptance in writing within 5 working days. Use of the API in production before that confirmation does not constitute acceptance.

## Art. 8 (Service Levels)

8.1 API availability shall be at least 99.95% in each calendar month, excluding maintenance announced five days in advance and carried out outside 08:00 to 20:00 China Standard Time.

8.2 Priority 1 incidents (API unavailable or Document Sets systematically rejected): response within 1 hour, 24 hours a day, 7 days a week, and workaround within 6 hours. Priority 2 incidents (a document type or destination market fails): response within 3 working hours and fix within 2 working days. Priority 3 incidents: response on the next working day.

8.3 Service credits: 5% of the monthly subscription fee for each 0.1 percentage point by which availability falls short of Art. 8.1, up to 50% of that fee; CNY 1,000 for each hour by which a Priority 1 response or workaround time is exceeded. Credits are deducted from the next instalment.

## Art. 9 (Delay penalties)

9.1 If Integration Acceptance is not achieved within 75 days from signature for reasons attributable to the Supplier, the Supplier shall pay a penalty of CNY 1,000 for each day of delay, up to CNY 62,000, without prejudice to compensation for further damage.

## Art. 10 (Intellectual Property)

10.1 The API and its software remain the exclusive property of the Supplier.

10.2 The Integration Deliverables, although developed specifically for the Customer, are and shall remain the exclusive property of the Supplier, which may reuse them for other customers. The Customer is granted a non-exclusive, non-transferable licence to use them for the Term only and solely in connection with the API; the Customer may not modify them or have them modified by third parties.

10.3 The Supplier warrants that the API and the Integration Deliverables do not infringe third-party rights and shall hold the Customer harmless from any related claim.

## Art. 11 (Customer Data and data protection)

11.1 Shipment data, consignee and buyer data, prices and the documents generated ("**Customer Data**") belong to the Customer. The Supplier processes Customer Data only on the Customer's instructions and to provide the services, and not for any other purpose, including statistics or benchmarking.

11.2 Customer Data are stored and processed in mainland China only, in compliance with the Personal Information Protection Law and the Data Security Law of the People's Republic of China. The Supplier encrypts Customer Data in transit and at rest, applies role-based access with multi-factor authentication and keeps access logs for 180 days. The Supplier's personnel outside mainland China do not access Customer Data.

11.3 The Supplier shall notify the Customer of any security incident affecting Customer Data within 24 hours of becoming aware of it, cooperate in its handling and compensate the damage caused by incidents attributable to the Supplier.

11.4 Within 30 days after the end of the Term, the Supplier returns all Customer Data in JSON and PDF format and then deletes it.

## Art. 12 (Confidentiality)

12.1 Each Party shall keep confidential the information of the other Party of which it becomes aware in performing this Agreement, including prices, customers, volumes and technical information, and shall not disclose it to third parties without the other Party's prior written consent. This obligation lasts for five years after the end of this Agreement.

## Art. 13 (Liability)

13.1 The Supplier's total liability under this Agreement is limited to 200% of the Total Contract Value. This limit does not apply in case of wilful misconduct or gross negligence or to breach of Art. 11 and Art. 12.

## Art. 14 (Subcontracting)

14.1 The Supplier shall not subcontract all or part of the services without the Customer's prior written consent. The hosting provider Alibaba Cloud Computing Co., Ltd. is approved by the signature of this Agreement.

## Art. 15 (Termination)

15.1 Express termination clause: the Customer may terminate this Agreement by written notice if (a) Integration Acceptance has not been achieved within 45 days after the date in Art. 9.1; (b) availability falls short of Art. 8.1 in three months within any period of six months; or (c) the Supplier breaches Art. 11 or Art. 12.

15.2 Either Party may terminate this Agreement for material breach by the other Party that is not remedied within 30 days after a written notice.

15.3 On termination by the Customer under this Art. 15, the Supplier shall refund the part of the advance that corresponds to services not yet performed.

## Art. 16 (Governing law and disputes)

16.1 This Agreement is governed by the laws of the People's Republic of China.

16.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou. The award is final and binding upon the Parties.

## Art. 17 (Final provisions)

17.1 Any amendment to this Agreement must be made in writing and signed by both Parties.

17.2 Any tolerance by a Party of a breach by the other Party shall not be construed as a waiver of its rights.

17.3 Communications shall be made in writing by registered e-mail or courier to the addresses stated above.

Capraia Isola / Hangzhou, ____________ 2025

Read, confirmed and signed.

The Supplier: ______________________          The Customer: ______________________
"""


SOURCES = {"h131z01": H131Z01, "h131z02": H131Z02, "h131e01": H131E01, "h131e03": H131E03}
TARGETS = {"h131z01": ("h131z01_fire_brigade_dispatch_system_integration.docx", "docx"),
           "h131z02": ("h131z02_solar_module_el_inspection_equipment.pdf", "pdf"),
           "h131e01": ("h131e01_sea_cucumber_hatchery_water_sensors.docx", "docx"),
           "h131e03": ("h131e03_silk_workshop_planning_licence_irish_vendor.pdf", "pdf")}
TEXTS = {"h131z03_postnatal_care_membership_scheduling_saas.md": H131Z03,
         "h131z04_university_campus_card_annual_om.txt": H131Z04,
         "h131z05_pickle_maker_erp_supplier_template.md": H131Z05,
         "h131e02_ice_festival_ticketing_saas_order_form.txt": H131E02,
         "h131e04_river_cruise_managed_it_desktop_support.txt": H131E04,
         "h131e05_tea_exporter_export_document_api.md": H131E05}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for name, text in TEXTS.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
