"""holdout193: writes the ten held-out ORDINARY draft contracts of this folder and their .json labels.

Run with /work/main/.venv/bin/python make_files.py. The .txt/.md texts are written as they are below; the two .docx
and the two .pdf are built from the small markup of ../word_pdf.py (T: title, H: heading, P: paragraph, TB: a table
row), the PDFs with wrap_words=True. Then the labels are written (one-space indent, no trailing newline), every price
and payment sum is asserted, the policy rules are re-applied to each label's terms and compared with the planned rule
list, every file is read back (python-docx / pypdf) and its length counted, and the read-back texts are scanned for
values that sit exactly on a policy threshold.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h193z01 — city 科学技术协会, 科普信息化平台 system integration, 政府采购 公开招标, buyer's paper (.docx, 第X条 + 1.1)
# ---------------------------------------------------------------------------------------------------------------
H193Z01 = """
T:汀州市科普信息化平台建设项目政府采购合同
P:合同编号：TZKX-ZFCG-2025-017
P:采购方式：公开招标（招标编号：TZCG2025-GK-0388）
P:甲方（采购人）：汀州市科学技术协会
P:乙方（中标供应商）：福建星衍信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就汀州市科普信息化平台建设项目（以下简称"本项目"）经协商一致，订立本合同。招标文件、投标文件、中标通知书及经甲方确认的深化设计方案均为本合同的组成部分，内容不一致的，以有利于实现采购目的的文件为准。
H:第一条 项目内容
P:1.1 乙方负责本项目的深化设计、设备及软件供货、定制开发、系统集成、安装调试、试运行、培训及质保期内服务，建成由科普资源管理平台、线上科普展馆及微信小程序、市科技馆LED科普大屏和社区科普触控终端组成的全市科普信息化平台。
P:1.2 线上科普展馆包括不少于6个主题展区和120个科普资源条目的展示模板，具备预约讲解、科普活动报名、志愿者签到和积分功能；平台须与"科普中国"资源库及甲方现有门户网站对接，实现资源同步和统一登录。
P:1.3 10台科普触控一体机安装于甲方指定的10个社区科普e站，具体点位以甲方书面通知为准；LED科普大屏安装于市科技馆一楼序厅。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰柒拾叁万肆仟元整（¥1,734,000），为固定总价，包含设备、软件、定制开发、运输、安装、集成、培训、税费及质保期内服务等全部费用。分项价格如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|科普资源管理平台软件（永久许可）|1套|386,000|386,000
TB:2|应用服务器|2台|68,500|137,000
TB:3|存储设备|1台|96,800|96,800
TB:4|LED科普大屏（P1.8，约12平方米）|1套|248,000|248,000
TB:5|科普触控一体机|10台|14,600|146,000
TB:6|网络安全设备（防火墙、日志审计）|1批|118,600|118,600
TB:|软硬件及许可小计|||1,132,400
TB:7|线上科普展馆及小程序定制开发|1项|462,000|462,000
TB:8|系统集成与安装调试|1项|121,600|121,600
TB:9|培训|1项|18,000|18,000
TB:|合计|||1,734,000
P:2.2 除本合同另有约定外，甲方不承担合同价款以外的任何费用。
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方支付合同总价的20%作为预付款，即人民币346,800元；乙方应在收款前提交等额的银行预付款保函。
P:3.2 设备全部到货安装、平台部署完成并通过初步验收后15个工作日内，甲方支付合同总价的45%，即人民币780,300元。
P:3.3 最终验收合格后15个工作日内，甲方支付合同总价的35%，即人民币606,900元。
P:3.4 乙方应在合同签订前提交合同总价5%的履约保证金，最终验收合格后无息退还。乙方每期收款前应开具合法有效的等额发票。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后20日内提交深化设计方案，经甲方确认后实施；全部设备应在合同签订后60日内到货，平台应在合同签订后120日内完成部署并具备初步验收条件。
P:4.2 乙方应按国家标准做好设备包装、运输与安装。LED大屏安装须符合建筑结构与用电安全要求，隐蔽工程经甲方现场确认后方可封闭。
P:4.3 乙方应为甲方工作人员及社区科普e站管理员提供不少于3期培训，每期不少于1天，并提供操作手册和培训视频。
H:第五条 验收
P:5.1 初步验收：设备到货后双方按合同清单进行数量、型号及外观检验；平台部署完成后，乙方按经甲方确认的测试方案逐项演示功能，并提交具有资质的第三方机构出具的网络安全检测报告。初步验收通过后进入为期60日的试运行。
P:5.2 最终验收标准：（1）全部功能符合招标文件和深化设计方案；（2）试运行期间未发生一级故障；（3）平台在500个并发用户下页面平均响应时间不超过2秒；（4）与"科普中国"资源库和门户网站的接口连续运行10日数据一致；（5）竣工文档、源代码及操作手册交付齐全。甲方可邀请专家参与验收，验收结论以双方签署的书面验收报告为准。
P:5.3 设备到货签收、平台上线试运行或甲方使用系统，均不视为最终验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维保
P:6.1 本项目全部设备和软件的免费质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软硬件故障维修、备件更换、软件缺陷修复及版本升级服务。
P:6.2 质保期满后，甲方如需乙方继续提供维保服务，年度维保费不超过软硬件及许可小计的8%，即每年不超过人民币90,592元；该价格在质保期满后三年内不予上调，届时由双方另行签订维保合同。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.95%；计划内维护须提前3日书面告知甲方，不计入不可用时间。
P:7.2 故障分为三级：一级故障指平台整体不可用，或LED大屏、线上展馆全部中断；二级故障指部分功能不可用；三级故障指一般性问题。乙方对一级故障应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障2小时内响应，24小时内解决；三级故障3个工作日内解决。
P:7.3 乙方未按时响应或恢复的，每超时1小时支付违约金1,000元；月度可用率每低于约定值0.01个百分点，支付违约金2,000元。上述款项可从应付款或履约保证金中直接扣除。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的线上科普展馆、小程序、接口程序、展示模板及其源代码和技术文档，其知识产权自交付之日起归甲方所有，甲方可自行或委托第三方使用、修改和再开发。乙方应在最终验收时交付完整源代码。
P:8.2 科普资源管理平台软件的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可，许可范围满足本项目运行需要。
H:第九条 数据安全
P:9.1 平台中的科普资源、用户注册信息、活动报名数据、访问日志等全部数据归甲方所有，乙方仅可为履行本合同处理，不得复制、留存、用于其他目的或向第三方提供。
P:9.2 平台部署在甲方指定的政务云环境，按网络安全等级保护第二级要求建设；乙方应对个人信息加密存储，运维访问须经甲方审批并通过堡垒机留痕。
P:9.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:10.1 乙方对履行本合同知悉的甲方工作秘密、网络架构、账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交货、逾期完成部署或逾期具备验收条件的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 乙方提供的设备或软件不符合合同约定的，甲方有权要求更换、整改，并要求乙方赔偿由此造成的损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十二条 分包与转包
P:12.1 本项目不允许分包。乙方不得将本合同转包，也不得将主体工作委托第三方完成。
H:第十三条 合同解除
P:13.1 乙方严重违约（包括但不限于逾期超过30日、最终验收两次不合格、因乙方原因发生重大数据安全事件），经甲方书面催告后10日内仍未改正的，甲方有权书面通知解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，经双方法定代表人或授权代表签字并加盖公章后生效。
P:甲方（盖章）：汀州市科学技术协会          乙方（盖章）：福建星衍信息技术有限公司
P:签订日期：2025年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h193z02 — injection-moulding plant, 模具温控监测系统 hardware supply + post-warranty maintenance (.txt, 一、/（一）/1.)
# ---------------------------------------------------------------------------------------------------------------
H193Z02 = """模具温控监测系统采购及维保合同

合同编号：HC-CG-2025-0612
甲方（买方）：余姚市恒川精密注塑有限公司
住所：浙江省余姚市阳明街道工业园区兴业路66号
乙方（卖方）：常州热联智能装备有限公司
住所：江苏省常州市武进区西太湖大道288号
签订地点：浙江省余姚市

甲乙双方根据《中华人民共和国民法典》，经友好协商，就甲方采购模具温控监测系统及相关维保服务事宜订立本合同，共同遵守。

一、合同标的
（一）乙方向甲方供应模具温控监测系统一套，用于甲方二号厂房48台注塑机（含配套模温机）的模具温度实时监测、超温报警和工艺追溯，包括传感器、通讯模块、数据采集终端、边缘网关、监测服务器和监测软件的供货、安装、调试、培训，以及质保期满后的维保服务。
（二）系统须与甲方现有MES系统对接，按注塑机、模具编号和生产批次记录每一模次的温度曲线，并在车间看板和班组长手机端显示报警信息。
（三）货物须为全新、未使用过的合格产品，技术规格以本合同附件《技术规格书》为准。

二、合同价格
（一）本合同总价为人民币柒拾陆万陆仟元整（¥766,000），含13%增值税、包装、运输、保险、安装调试及培训费用。分项如下：
1. 模具温度传感器（K型热电偶，含耐高温线缆）360支 × 420元 = 151,200元；
2. 模温机通讯模块 48台 × 1,850元 = 88,800元；
3. 数据采集终端 48台 × 3,600元 = 172,800元；
4. 边缘网关 6台 × 9,800元 = 58,800元；
5. 监测服务器 1台 × 52,600元 = 52,600元；
6. 温控监测软件（永久许可，不限客户端数量）1套 168,000元；
以上第1至6项为硬件及软件小计，计692,200元；
7. 安装调试及MES对接 64,300元；
8. 操作及维护培训 9,500元。
（二）质保期满后的维保费用按本合同第七条计付，不包含在合同总价内。

三、付款方式
（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，即153,200元。
（二）全部货物到货并经甲方签收后10个工作日内，甲方支付合同总价的45%，即344,700元。到货签收仅为数量和外观确认，不代表质量验收。
（三）系统终验合格后15个工作日内，甲方支付合同总价的35%，即268,100元。
（四）乙方每次收款前应向甲方开具等额增值税专用发票。

四、交货与安装
（一）乙方应于合同生效后35日内将全部货物送达甲方二号厂房，并在到货后20日内完成安装调试。
（二）安装须在甲方安排的停机窗口内进行，不得影响甲方正常生产；乙方人员进入车间须遵守甲方安全生产和现场管理规定。
（三）传感器安装位置由乙方提出测点方案，经甲方工艺部门书面确认后实施。因安装不当造成模具损坏的，由乙方负责修复或赔偿。
（四）乙方负责货物的包装和运输，包装应满足防潮、防震和长途运输要求；货物在甲方签收前的毁损、灭失风险由乙方承担。

五、验收
（一）安装调试完成后，系统连续试运行15天，试运行合格后进行终验。
（二）终验标准：
1. 测温精度在±0.5℃以内，以甲方计量室标定的标准温度计比对，每台注塑机抽检不少于2个测点；
2. 数据刷新周期不大于2秒；
3. 超温报警在10秒内推送至车间看板及班组长手机；
4. 与MES系统对接，温度曲线可按模具编号和生产批次查询，连续7天无数据丢失；
5. 试运行期间未发生一级故障；
6. 设备清单、测点布置图、接线图、操作及维护手册交付齐全。
（三）终验由双方共同进行并签署验收报告。系统安装完成或甲方投入使用，均不视为终验合格；终验不合格的，乙方应在10日内整改后重新验收，费用由乙方承担。

六、质量保证
（一）本系统硬件及软件的免费质保期为十八个月，自终验合格之日起计算。
（二）质保期内，因产品质量问题出现的故障，乙方免费维修或更换；软件缺陷免费修复，软件版本免费升级。
（三）热电偶属易损件，质保期内因正常使用损坏的，乙方每年免费更换不超过40支。

七、质保期满后的维保服务
（一）质保期满后，乙方提供全包维保服务，包括每季度一次现场巡检、传感器及通讯模块损耗更换、软件升级和远程技术支持。
（二）年度维保费为硬件及软件小计的26%，即每年人民币179,972元，按季度平均支付；维保期内价格不变。
（三）维保服务期间自质保期满次日起至系统终验合格满五年之日止，期满后双方另行协商。

八、服务水平
（一）故障等级：一级故障指监测服务器或软件整体停止运行，或三台以上注塑机同时失去监测；二级故障指单台注塑机监测中断；三级故障指个别测点数据异常。
（二）乙方提供7×24小时报修热线。一级故障，乙方应在接到报修后8小时内响应，24小时内到达现场并恢复运行；二级故障在24小时内响应，48小时内修复；三级故障在3个工作日内处理完毕。
（三）乙方未在上述时限内恢复运行的，每超时一小时向甲方支付违约金500元，甲方可从应付乙方的款项中直接扣除。

九、知识产权
（一）乙方为本项目开发的MES对接程序、定制报表及其源代码归甲方所有，甲方有权自行或委托第三方修改和使用。
（二）温控监测软件的著作权归乙方所有，甲方获得永久、不可撤销的使用许可。
（三）乙方保证所供货物和软件不侵犯任何第三方的知识产权。

十、数据安全
（一）系统采集的温度数据、工艺参数、生产批次及模具信息均属甲方所有，乙方不得复制、留存或用于本合同以外的目的。
（二）系统部署在甲方内网，乙方远程维护须经甲方信息部门逐次审批，并通过甲方提供的VPN账号进行，操作全程留存日志。
（三）乙方应对其维护人员进行信息安全教育；因乙方原因导致数据泄露、篡改或生产系统受损的，乙方应在发现后2小时内通知甲方，并承担全部赔偿责任。

十一、保密
乙方对在履约过程中获知的甲方模具设计、工艺参数、客户信息及其他商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限至合同终止后五年。

十二、违约责任
（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过20日的，甲方有权解除合同。
（二）货物质量不符合约定的，乙方应负责更换，并赔偿甲方因停机、模具损坏等造成的直接损失。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。

十三、分包
乙方不得转包本合同；现场布线等辅助工作确需分包的，应事先取得甲方书面同意，乙方对分包人的工作承担全部责任。

十四、合同解除
乙方严重违约，经甲方书面通知后10日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。因不可抗力致使合同目的无法实现的，任何一方均可书面通知对方解除合同，双方按实际履行情况结算。

十五、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交宁波仲裁委员会按其仲裁规则仲裁。

十六、其他
本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：1. 设备清单；2. 测点布置图；3. 技术规格书。附件与本合同具有同等效力。

甲方（盖章）：余姚市恒川精密注塑有限公司        乙方（盖章）：常州热联智能装备有限公司
代表：                                      代表：
日期：2025年  月  日                          日期：2025年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h193z03 — elderly-care-centre chain, 护理记录 SaaS three years + 实施 (.md, Markdown headings "## N" + N.N)
# ---------------------------------------------------------------------------------------------------------------
H193Z03 = """# 护理记录云服务（SaaS）订阅及实施合同

合同编号：SH-YL-2025-031

- 甲方（客户）：杭州松鹤养老服务连锁有限公司，住所：杭州市拱墅区湖墅南路207号
- 乙方（服务商）：杭州护联云科技有限公司，住所：杭州市滨江区江南大道3880号

鉴于甲方运营12家养老机构，需要统一的电子护理记录系统，乙方拥有"护联云"护理信息平台，双方经协商一致，订立本合同。

## 1 服务内容

1.1 乙方通过"护联云"平台向甲方及其下属12家养老机构提供护理记录云服务，包括长者档案、入院评估、护理计划、护理记录（翻身、进食、给药、巡房、跌倒记录）、交接班、护理质量统计及家属端小程序。

1.2 实施服务包括：系统配置；12家机构组织架构、床位和排班初始化；约1,600名在住长者的纸质档案及现有电子表格记录迁移；与甲方财务收费系统的接口对接；护理员、护士长及管理人员培训；上线现场支持。

1.3 服务期限为三年，自上线验收合格之日起计算。

1.4 移动护理终端（平板电脑）由甲方自行采购，乙方负责提出终端配置要求，并完成终端上的应用安装和设置。

1.5 培训：上线前乙方在每家机构现场培训不少于2次，上线后首月每周远程答疑一次。

1.6 乙方每季度向甲方提交服务报告，内容包括平台可用率、故障及处理情况、服务请求统计、数据备份与安全检查结果以及改进建议。

## 2 费用

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 护理记录云服务订阅 | 12家机构 × 18,600元/机构/年 × 3年 | 669,600 |
| 实施服务（配置、迁移、接口、培训） | 一次性 | 86,400 |
| 合计 | | 756,000 |

2.1 订阅费每年223,200元，按季度结算，每季度55,800元。

2.2 上述价格含6%增值税，服务期内订阅单价不作调整。服务期内甲方新增机构的，按每机构每年18,600元按月折算增加订阅费；减少机构的，自次季度起相应减少。

## 3 付款

3.1 本合同不设预付款。

3.2 实施服务费在上线验收合格后15个工作日内一次性支付。

3.3 订阅费按季度后付：每季度结束后15个工作日内，甲方根据乙方提交的季度服务报告和发票支付上一季度订阅费。

## 4 实施与上线验收

4.1 乙方应在合同签订后45日内完成实施，具备上线验收条件。

4.2 上线验收标准：（1）长者档案迁移后逐条核对，姓名、身份证号、护理等级、过敏史、长期用药等关键字段全部一致；（2）12家机构分别完成连续5个工作日的试用，护理记录可在移动端离线录入并在联网后自动同步；（3）与财务收费系统接口对账一致；（4）护理员及护士长培训考核合格率不低于90%。

4.3 乙方提交上线验收申请后，甲方在5个工作日内组织验收并签署验收单；系统开通、试用或甲方使用均不视为验收合格。

4.4 乙方逾期完成实施的，每逾期一日向甲方支付违约金500元。

4.5 甲方应指定项目负责人，及时提供机构、床位、长者档案等资料，并安排各机构护理人员按计划参加培训。

## 5 服务水平

5.1 平台月度可用率不低于99.5%。计划维护应安排在凌晨0:00至5:00之间，并至少提前48小时通知甲方。

5.2 故障响应：P1（平台不可访问或护理记录无法保存）30分钟内响应、3小时内恢复；P2（部分功能异常）2小时内响应、1个工作日内解决；P3（咨询类问题）1个工作日内答复。

5.3 服务抵扣：月度可用率低于约定值的，抵扣当季订阅费的5%；低于98%的，抵扣当季订阅费的10%；P1故障超过恢复时限的，每次抵扣当季订阅费的2%。抵扣从下一期应付订阅费中扣除。

5.4 乙方提供7×24小时服务热线和在线工单系统，P1故障可随时报告；乙方为甲方指定专属客户经理，负责服务协调和季度回访。

## 6 数据

6.1 甲方及长者、家属录入平台的全部数据（含个人信息和健康信息）归甲方所有。

6.2 乙方可以在对上述数据进行去标识化处理后，将其用于产品改进、护理风险模型研究及发布养老行业研究报告，该等使用在本合同终止后仍可继续。

6.3 数据安全：平台已通过网络安全等级保护第三级备案；数据存储于中国境内的云数据中心，传输和存储加密；乙方内部访问实行最小权限原则并留存操作日志。发生个人信息泄露等安全事件的，乙方应在24小时内通知甲方，配合甲方履行告知和报告义务，并承担因其原因造成的全部损失。

6.4 合同终止后30日内，乙方应向甲方交付全部数据的完整导出文件，并在甲方确认后删除平台中的甲方数据。

6.5 乙方每日对甲方数据进行备份，备份保留不少于30天，并每半年进行一次恢复演练，演练结果书面报告甲方。

## 7 知识产权

7.1 "护联云"平台软件及其版本升级的知识产权归乙方所有。

7.2 乙方为甲方定制的护理评估表单、报表模板及与财务收费系统的接口程序归甲方所有，甲方可自由使用、修改并交由第三方维护。

## 8 保密

双方对在合作中知悉的对方商业秘密、经营数据及长者个人信息负有保密义务，未经对方书面同意不得向第三方披露；乙方应要求接触甲方数据的员工签署保密协议，并对长者个人信息的访问进行记录和定期审查。保密义务在合同终止后继续有效。

## 9 续期

9.1 服务期满前30日，任何一方未书面提出不续约的，本合同自动续期一年，续期可连续发生。

9.2 续期时，乙方有权按其届时公布的标准价格调整订阅费，每次调整幅度不超过10%，并应在续期前30日通知甲方。

## 10 责任

10.1 乙方违反本合同的，应赔偿甲方因此遭受的损失。乙方累计赔偿责任以合同总金额的两倍为限，但因乙方原因导致数据泄露的除外。

10.2 因甲方提供的资料错误或甲方人员操作不当造成的损失，乙方不承担责任，但应协助甲方恢复数据。

10.3 因不可抗力导致服务中断的，双方均不承担责任，但乙方应及时通知甲方并尽快恢复服务。

## 11 分包

乙方不得将本合同项下的实施及运维服务分包给第三方，确需分包的须经甲方事先书面同意。乙方使用的云基础设施服务商（阿里云计算有限公司）视为已经甲方同意。

## 12 解除

12.1 任何一方严重违约，经书面催告后15日内未改正的，守约方有权解除本合同。

12.2 连续两个月平台可用率低于98%的，甲方有权解除本合同，乙方退还已付未用的费用。

12.3 本合同解除或终止的，乙方应按第6.4条交付数据，并配合甲方迁移至其他系统；迁移期间服务不得中断，最长不超过60日，费用按月折算。

## 13 争议解决

本合同适用中华人民共和国法律。争议协商不成的，提交杭州仲裁委员会仲裁。

## 14 其他

本合同自双方签字盖章之日起生效，一式四份，双方各执两份。附件一《服务说明》、附件二《实施计划》、附件三《数据处理说明》与本合同具有同等效力。双方往来通知以书面形式送达本合同首部所列地址，或发送至双方指定的电子邮箱。

甲方（盖章）：杭州松鹤养老服务连锁有限公司　　乙方（盖章）：杭州护联云科技有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h193z04 — county 文物局, 文物安全监测平台 annual O&M, 政府采购 竞争性磋商 (.pdf, 第X条 + （一）)
# ---------------------------------------------------------------------------------------------------------------
H193Z04 = """
T:临溪县文物安全监测平台2025年度运维服务合同
P:项目编号：LXCG-2025-CS-026（竞争性磋商）
P:甲方（采购人）：临溪县文物局
P:乙方（成交供应商）：浙江文安科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，签订本合同。磋商文件、响应文件及其附件《运维考核细则》为本合同的组成部分。
H:第一条 服务范围
P:乙方负责临溪县文物安全监测平台及其前端设备的年度运维，覆盖全县26处文物保护单位（含全国重点文物保护单位2处、省级文物保护单位9处），前端设备清单及分布见磋商文件附件《设备清单》。运维内容包括：（一）监测平台软件及服务器、存储、网络设备的日常运维、巡检、补丁与版本升级；（二）380路视频监控、入侵报警、烟感火灾报警、古建筑温湿度及位移传感器等前端设备的巡检、维修与更换；（三）在县文物局监控中心派驻运维工程师1名，工作日驻场；（四）汛期、重大节假日及森林防火期的应急值守；（五）每年两次应急演练，以及对文物保护单位管理员的操作培训。服务期内甲方新增前端设备不超过在用数量5%的，乙方不另行收费。
H:第二条 服务期限
P:服务期限为2025年7月1日至2026年6月30日。期满后本合同自行终止，下一年度服务由甲方依法另行采购，本合同不自动续期。
H:第三条 服务费用
P:本合同总价为人民币伍拾捌万陆仟元整（¥586,000），包含人工、备品备件、交通、工具、税费等全部费用，服务期内不作调整。分项如下：
P:（一）平台软件及中心机房设备运维：128,000元；
P:（二）前端设备巡检维护（26处）：214,500元；
P:（三）备品备件包干：96,000元；
P:（四）驻场运维工程师（1人，每月9,800元，全年）：117,600元；
P:（五）应急值守、演练及培训：29,900元。
H:第四条 付款方式
P:（一）为落实政府采购支持中小企业政策，合同签订后10个工作日内，甲方向乙方支付合同总价的45%作为预付款，即263,700元。
P:（二）服务满六个月并经甲方中期考核合格后10个工作日内，甲方支付合同总价的35%，即205,100元。
P:（三）服务期满并经甲方年度考核验收合格后10个工作日内，甲方支付合同总价的20%，即117,200元。
P:（四）考核不合格的，乙方应在甲方规定的期限内整改，甲方在整改合格后支付相应款项。乙方收款前应开具合法有效的发票。
H:第五条 服务要求
P:（一）巡检：前端设备每季度全面巡检一次，全国重点文物保护单位每月巡检一次；每次巡检完成后5个工作日内向甲方提交巡检报告，列明设备状态、发现问题及处理情况。
P:（二）平台月度可用率不低于99.95%，计划内维护应提前2个工作日报甲方同意。
P:（三）故障分级及处理时限：一级故障（平台中断、全国重点文物保护单位报警系统失效或监控中心全部视频中断）30分钟内响应，2小时内到达现场，8小时内恢复；二级故障（单处文物保护单位监测中断）1小时内响应，24小时内修复；三级故障（单个前端设备故障）2个工作日内修复。
P:（四）响应、到场和恢复时限未达到上述要求的，乙方应向甲方提交书面说明，并在甲方规定的期限内整改；甲方不因此扣减服务费，也不另行收取违约金。
P:（五）乙方应保持主要前端设备的备品备件库存不少于在用数量的5%，更换下来的设备交回甲方统一处置。
P:（六）乙方应建立运维工作日志，记录每日巡查、故障受理和处理情况，每月5日前向甲方提交上月运维月报，内容包括平台可用率、故障统计、备件消耗和隐患整改建议。
H:第六条 考核与验收
P:（一）中期考核和年度考核由甲方组织，依据本合同第五条及《运维考核细则》逐项评分，满分100分，80分以上为合格。
P:（二）年度考核验收时，乙方应提交全年运维报告、设备台账、故障处理记录、巡检记录及平台运行统计，经甲方审核确认并签署验收意见后方为验收合格。
P:（三）甲方可邀请县公安、消防部门或第三方技术机构参与年度考核验收。
H:第七条 数据安全
P:（一）平台采集的视频、报警记录、文物本体监测数据，以及文物保护单位点位、布防信息均属甲方所有，乙方仅为履行本合同使用，不得复制、外传或用于其他目的。
P:（二）乙方应按网络安全等级保护第二级要求开展运维，运维操作须通过甲方堡垒机进行并全程审计；禁止使用个人存储介质接入平台，禁止私自开通远程访问通道。
P:（三）发生数据泄露、篡改或系统被入侵的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
P:（四）服务期满或合同解除时，乙方应移交全部账号口令、配置资料和运维记录，删除其留存的甲方数据，并出具书面确认。
H:第八条 保密
P:乙方及其人员对在服务中知悉的文物分布、安防布防、监控点位、值守安排等信息负有保密义务，驻场及运维人员须签署保密承诺书，乙方不得擅自发布与本项目有关的图片、视频或宣传资料，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第九条 知识产权
P:乙方在服务期内编写的运维文档、配置文件、巡检数据统计及运维脚本归甲方所有，甲方可交由后续服务商使用和修改。
H:第十条 违约责任
P:（一）乙方未按期完成巡检或提交巡检报告的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）因乙方运维不到位导致文物安全事件或财产损失的，乙方承担全部赔偿责任。
P:（三）甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十一条 分包
P:本项目不得分包、转包。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后7日内仍未改正的，或服务期内两次考核不合格的，甲方有权解除合同，按实际服务期间结算费用，并要求乙方退还超出部分的预付款、赔偿损失。
H:第十三条 人员与安全要求
P:（一）驻场运维工程师应具备计算机或安防相关专业大专以上学历及两年以上安防系统运维经验，人员名单须经甲方确认；乙方更换驻场人员须提前10日书面征得甲方同意。
P:（二）乙方人员在文物保护单位内作业，须遵守文物保护和消防安全管理规定，严禁在古建筑内吸烟、动用明火；登高作业须采取防护措施；不得在文物本体上钉挂、钻孔或固定设备。
P:（三）乙方应为其作业人员购买意外伤害保险，乙方人员在作业中发生的人身伤害由乙方负责。
H:第十四条 不可抗力
P:因地震、洪水、台风等不可抗力导致合同不能履行的，受影响一方应及时通知对方并在15日内提供证明，双方根据影响程度部分或全部免除责任；不可抗力影响消除后，乙方应立即恢复服务。
H:第十五条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:本合同一式五份，甲方三份，乙方一份，县政府采购监督管理部门备案一份，自双方签字盖章之日起生效。
P:甲方（盖章）：临溪县文物局          乙方（盖章）：浙江文安科技有限公司
P:日期：2025年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h193z05 — camellia-oil mill, 质量追溯系统 licence + custom development, the supplier's own template (.md, **第N条** + N.N)
# ---------------------------------------------------------------------------------------------------------------
H193Z05 = """# 溯源通™质量追溯系统软件许可及定制开发合同

（溯源通标准合同文本 V3.0）

合同编号：STT-2025-XS-0219

**甲方（用户）**：万载县绿岭山油茶加工有限公司
**乙方（供方）**：长沙溯源通软件有限公司

甲乙双方本着平等互利的原则，就甲方采购"溯源通"质量追溯系统及定制开发服务事宜，经协商一致，签订本合同。

**第1条 合同标的**

1.1 乙方向甲方提供"溯源通"质量追溯平台软件的永久使用许可，并根据甲方需求进行定制开发，内容包括：油茶籽收购登记（农户、基地、收购批次）、压榨与精炼批次管理、检测数据（酸值、过氧化值、苯并芘等）对接、灌装赋码（一物一码）、消费者扫码查询以及经销商防窜货管理。

1.2 乙方提供在线喷码机两台，并负责系统部署实施和甲方操作人员培训。

1.3 定制开发的具体范围以双方确认的《需求确认书》为准；需求确认后甲方提出的变更，乙方有权另行收费并顺延交付期。

1.4 培训：乙方在部署完成时为甲方提供一次集中培训，时长不超过2天；此后的培训按乙方报价另行收费。

1.5 系统部署于甲方自备的服务器，服务器、操作系统及数据库软件由甲方自行采购，乙方提供配置建议。

**第2条 合同价款**

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 溯源通质量追溯平台软件（永久许可，含10个用户） | 268,000 |
| 2 | 定制开发（收购登记、批次管理、检测对接、赋码、防窜货） | 336,000 |
| 3 | 在线喷码机（2台 × 38,500元） | 77,000 |
| 4 | 部署实施 | 46,000 |
| 5 | 培训 | 8,000 |
| | 合计 | 735,000 |

以上价格含增值税。甲方增加用户数的，按乙方当期报价另行购买。

**第3条 付款方式**

3.1 本合同签订后5个工作日内，甲方支付合同总价的55%，即404,250元；乙方收到该款项后启动开发工作。

3.2 系统部署完成后5个工作日内，甲方支付合同总价剩余的45%，即330,750元。

3.3 甲方未按期付款的，乙方有权暂停开发、部署及维护服务，交付期相应顺延。

3.4 喷码机耗材（墨水、溶剂、清洗剂）由甲方另行向乙方采购，价格按乙方当期报价执行。

**第4条 交付与部署**

4.1 乙方在收到第3.1条款项后90日内完成定制开发，并在甲方厂区完成系统部署和喷码机安装。因甲方需求变更、资料提供延迟或现场条件不具备造成的延误，交付期顺延。

4.2 乙方逾期交付的，每逾期满一周，按合同总价的0.1%向甲方支付违约金，违约金总额不超过合同总价的5%。

4.3 甲方应在合同签订后10日内提供收购、生产、检测、灌装等业务资料和样表，指定专人配合需求调研和测试，并按乙方要求提供服务器、网络、电源及喷码机安装条件。甲方未按时提供的，乙方不承担由此造成的延误责任。

4.4 乙方对甲方提供资料的真实性、合法性不负审查责任。

4.5 定制开发的界面风格、报表格式以乙方产品的标准样式为准。

**第5条 验收**

5.1 系统安装部署完成即视为甲方验收合格。甲方在部署完成后使用系统的，亦视为对系统全部功能的确认。

5.2 甲方应在部署完成后3个工作日内签署《部署确认单》；逾期未签署的，视为已签署。

5.3 甲方对系统功能提出的改进意见，乙方可在后续版本中酌情考虑。

**第6条 免费维护与后续维护**

6.1 乙方自系统部署完成之日起提供九个月的免费维护服务，包括远程故障处理和软件缺陷修复；喷码机按生产厂家的保修政策执行。

6.2 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护合同，维护费按乙方当年公布的服务价格标准执行。

6.3 下列情形不属于免费维护范围：甲方或第三方修改系统、操作不当、服务器及网络故障、病毒感染、不可抗力，以及甲方要求的新增功能；乙方可就此另行收费。

**第7条 技术支持**

7.1 故障分级：一级故障指系统无法登录或灌装赋码中断；二级故障指部分功能异常；三级故障指一般咨询。

7.2 乙方在工作日9:00至17:30提供电话及远程支持。一级故障乙方在接到甲方通知后24小时内响应；二级故障3个工作日内响应；三级故障5个工作日内答复。

7.3 乙方将尽力在合理时间内排除故障，但不对修复时限作出保证，也不因响应或修复延迟承担任何扣款、赔偿或违约金。

7.4 技术支持以远程方式为主；确需现场服务的，甲方应承担乙方人员的差旅费用。

**第8条 知识产权**

8.1 溯源通平台软件，以及乙方为本合同进行的定制开发成果（包括源代码、数据库设计、接口程序和技术文档）的知识产权均归乙方所有。

8.2 甲方获得在其自身经营范围内使用上述软件及定制开发成果的非独占、不可转让的许可，不得修改、反编译或许可第三方使用。乙方不向甲方交付源代码。

8.3 甲方不得将系统提供给其关联企业、合作社或农户组织使用；确需使用的，应另行向乙方购买许可。

**第9条 数据**

9.1 甲方在系统中录入和产生的业务数据归甲方所有。

9.2 甲方同意乙方在对数据进行脱敏处理后，将油茶籽收购价格、产量、检测结果等数据用于行业分析、产品研发及市场推广。

9.3 乙方采取防火墙、数据备份和访问权限控制等安全措施保护系统数据；发生数据泄露的，乙方应及时通知甲方，因乙方过错导致数据泄露的，乙方承担相应赔偿责任。

9.4 甲方应自行做好数据的日常备份，因服务器故障造成的数据丢失由甲方自行承担。

**第10条 保密**

双方对在合作中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期至合同终止后两年。

**第11条 责任限制**

11.1 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的25%。

11.2 乙方不承担任何间接损失、利润损失及数据丢失的责任。

**第12条 合同解除**

一方严重违约，并在收到对方书面通知后15日内未予纠正的，守约方有权解除本合同。甲方解除合同的，乙方已完成的开发工作和已发生的费用不予退还。甲方逾期付款超过30日的，乙方有权解除本合同。

**第13条 法律适用及争议解决**

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

**第14条 其他**

14.1 本合同为乙方标准合同文本，双方另有书面约定的除外。

14.2 因不可抗力不能履行本合同的，受影响一方不承担违约责任，但应及时通知对方。

14.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：万载县绿岭山油茶加工有限公司　　乙方（盖章）：长沙溯源通软件有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h193e01 — Yongkang scooter maker, frame-design software perpetual licence + configuration + support; vendor on
# Noorderhaaks, Dutch style (.pdf, "Article N" + N.N)
# ---------------------------------------------------------------------------------------------------------------
H193E01 = """
T:Licence, Configuration and Support Agreement - HaaksFrame Studio
P:Agreement number: HGS-CN-2025-0088
P:THE UNDERSIGNED:
P:1. Haaksgronden Engineering Software B.V., a private company with limited liability under Dutch law, having its registered office on Noorderhaaks, municipality of Den Helder, the Netherlands, registered with the Chamber of Commerce (KvK) under number 71830442, duly represented by its managing director, hereinafter "the Supplier"; and
P:2. Zhejiang Fengchi Scooter Manufacturing Co., Ltd., having its registered office at No. 26 Huaxi Road, Economic Development Zone, Yongkang, Zhejiang Province, People's Republic of China, hereinafter "the Client";
P:WHEREAS the Client designs and manufactures kick scooters, seated electric scooters and cargo tricycles and wishes to introduce the Supplier's HaaksFrame frame-design software; and, at the Client's request, all prices are stated and paid in Chinese yuan (CNY);
P:HAVE AGREED AS FOLLOWS:
H:Article 1 Definitions
P:1.1 "Licensed Software": HaaksFrame Studio version 9 (parametric frame modelling, tube and profile library, weld-seam module) and HaaksFrame Solver (finite-element module for static, fatigue and drop-test analysis), in object code, with the accompanying documentation.
P:1.2 "Configuration Services": the services described in Article 6, resulting in the Configuration Deliverables.
P:1.3 "Configuration Deliverables": the Client-specific material and tube libraries, frame templates, drawing templates, calculation scripts and the interface between the Licensed Software and the Client's product lifecycle management (PLM) system, including their source code and documentation.
P:1.4 "Severity 1 Incident": an incident that makes the Licensed Software unusable for all users, or corrupts design or analysis data.
H:Article 2 Applicability
P:2.1 This Agreement and its Annexes contain all arrangements between the parties on their subject; the general terms and conditions of either party do not apply. The body of this Agreement prevails over the Annexes.
H:Article 3 Licence
P:3.1 The Supplier grants the Client a perpetual, non-exclusive licence to use the Licensed Software for twelve named users of HaaksFrame Studio and two concurrent users of HaaksFrame Solver, installed on the Client's own servers and workstations in Yongkang.
P:3.2 The Client may transfer the licence to an affiliated company in mainland China by written notice to the Supplier.
H:Article 4 Prices
P:4.1 The prices are fixed and include all taxes payable in the People's Republic of China, travel and accommodation:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:HaaksFrame Studio, perpetual named-user licence|12|68,000|816,000
TB:HaaksFrame Solver, perpetual concurrent licence|2|156,000|312,000
TB:Licence Fee subtotal|||1,128,000
TB:Configuration Services (fixed price)|1|312,000|312,000
TB:Training, three courses in Yongkang|1|46,000|46,000
TB:Total Contract Price|||1,486,000
H:Article 5 Payment
P:5.1 The Total Contract Price is paid in three instalments: (a) 20% (CNY 297,200) within 15 days after signature of this Agreement, against the Supplier's invoice; (b) 45% (CNY 668,700) after the Client has signed the Installation Certificate; (c) 35% (CNY 520,100) after Final Acceptance.
P:5.2 The Client pays each correct invoice within 30 days. Signing the Installation Certificate only confirms that the Licensed Software has been installed and does not constitute acceptance.
H:Article 6 Delivery and Configuration
P:6.1 The Supplier installs the Licensed Software within 30 days after signature and issues the Installation Certificate for signature.
P:6.2 The Configuration Services comprise: (a) a material and tube library for 6061 and 7005 aluminium alloys and the steel grades used by the Client; (b) parametric frame templates for the three product families; (c) drawing templates in accordance with the applicable GB/T standards; (d) load cases for the EN 17128 frame tests and for the Client's internal frame test standard; (e) a two-way interface with the Client's PLM system for parts, assemblies and analysis reports.
P:6.3 The Supplier shall make the configured system ready for the acceptance tests no later than 120 days after signature (the "Readiness Date").
P:6.4 If the Readiness Date is exceeded for reasons attributable to the Supplier, the Supplier owes the Client a penalty of 0.08% of the Total Contract Price for each calendar day of delay, up to a maximum of 10% of the Total Contract Price, without prejudice to the Client's right to performance or to termination under Article 15.
H:Article 7 Acceptance
P:7.1 The acceptance tests follow the Acceptance Test Plan in Annex 2 and include at least: (a) installation on twelve workstations and the license server; (b) analysis results for three reference frames within 5% of the Client's physical test results; (c) a PLM round trip of 50 assemblies without loss of data or metadata; (d) drawing output in accordance with the drawing templates; (e) twenty working days of productive use without any Severity 1 Incident.
P:7.2 The Client signs the Final Acceptance Certificate within 10 working days after successful completion of the tests, or states its reasons for refusal in writing. The Supplier then remedies the defects and repeats the tests concerned at its own cost.
P:7.3 Installation, productive use of the Licensed Software or any payment does not constitute Final Acceptance.
H:Article 8 Warranty
P:8.1 The Supplier warrants that the Licensed Software and the Configuration Deliverables perform substantially in accordance with the documentation and Annex 1 (Specifications) for a period of eighteen months after Final Acceptance (the "Warranty Period").
P:8.2 During the Warranty Period the Supplier corrects defects and provides updates, new versions and the support under Article 9 free of charge.
H:Article 9 Support and Service Levels
P:9.1 The Supplier provides support in Mandarin and English by telephone, e-mail and secured remote session; Severity 1 Incidents may be reported at any time.
P:9.2 Response times: Severity 1 Incident - response within 1 hour and a workaround within 8 business hours; Severity 2 (a major function unavailable) - response within 2 business hours; Severity 3 (other incidents and questions) - response on the next business day.
P:9.3 For each hour, or part of an hour, by which the response time for a Severity 1 Incident is exceeded, the Supplier owes a service credit of CNY 1,000, up to 10% of the annual Support Fee (during the Warranty Period, of the fee that would have been payable); credits are set off against the next invoice or paid on request.
P:9.4 After the Warranty Period the Client may order support for successive periods of one year by purchase order. The annual Support Fee is 11% of the Licence Fee subtotal, being CNY 124,080 per year, and is fixed for the first three support years. Thereafter the Support Fee may be increased by no more than 3% per year, by written notice at least three months before the start of the support year. Support does not renew automatically.
H:Article 10 Intellectual Property
P:10.1 All intellectual property rights in the Licensed Software remain with the Supplier or its licensors.
P:10.2 All intellectual property rights in the Configuration Deliverables vest in the Client upon their creation. The Supplier delivers the source code of the Configuration Deliverables at Final Acceptance. The Client may use, modify and license the Configuration Deliverables freely, also with the help of third parties.
H:Article 11 Client Data and Information Security
P:11.1 All frame designs, drawings, analysis models, test results and other data of the Client ("Client Data") belong to the Client. The Supplier processes Client Data only to perform this Agreement and on the Client's instructions, and does not copy, retain or use it for any other purpose.
P:11.2 The Licensed Software is installed on the Client's premises. The Supplier accesses the Client's systems remotely only through the Client's VPN, with a separate approval for each session; every session is logged. The Supplier shall not remove Client Data from the Client's systems and complies with the PRC Personal Information Protection Law and Data Security Law.
P:11.3 The Supplier notifies the Client within 24 hours after discovering any actual or suspected security incident affecting Client Data, assists the Client in limiting its consequences, and is liable for all damage resulting from a breach of this Article 11; that liability is not subject to the limitation in Article 13.
H:Article 12 Confidentiality
P:12.1 Each party keeps confidential all non-public information of the other party, including product plans, frame designs and pricing, and does not disclose it to third parties without prior written consent, for five years after the end of the Agreement.
H:Article 13 Liability
P:13.1 The Supplier's total liability under this Agreement is limited to 150% of the Total Contract Price.
P:13.2 Neither party is liable for indirect or consequential damage, including lost profit, except in case of intent or deliberate recklessness of that party or its managerial staff.
P:13.3 The limitations in this Article do not apply to death or personal injury, to breach of Articles 11 and 12, or to infringement of third-party intellectual property rights.
H:Article 14 Subcontracting
P:14.1 The Supplier shall not subcontract any part of its obligations without the Client's prior written consent. The Supplier remains fully responsible for any approved subcontractor.
H:Article 15 Termination
P:15.1 Either party may terminate (ontbinden) this Agreement in whole or in part by written notice if the other party fails to perform a material obligation and has not remedied the failure within 30 days after a written notice of default.
P:15.2 The Client may also terminate this Agreement with immediate effect if the maximum penalty under Article 6.4 has been reached, or if the Supplier is declared bankrupt or granted a suspension of payments.
H:Article 16 Force Majeure
P:16.1 Neither party is liable for a failure caused by force majeure; shortcomings of the Supplier's staff or subcontractors are not force majeure. If force majeure lasts more than 60 days, either party may terminate by written notice.
H:Article 17 Governing Law and Disputes
P:17.1 This Agreement is governed by Dutch law. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:17.2 All disputes arising from or in connection with this Agreement are submitted exclusively to the competent court in Amsterdam, the Netherlands.
H:Article 18 Final Provisions
P:18.1 Amendments are valid only if agreed in writing by both parties.
P:18.2 This Agreement is executed in English in two originals. Annexes: 1. Specifications; 2. Acceptance Test Plan; 3. Support Procedures.
P:Signed at Yongkang on ____ 2025 for the Client, and on Noorderhaaks on ____ 2025 for the Supplier.
P:For the Client: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h193e02 — Xiapu photography-tour company, booking SaaS, Order Form + General Terms; vendor on the Ilha da Barreta,
# Portuguese style (.txt, Order Form items + "Clause N - Title" + N.N)
# ---------------------------------------------------------------------------------------------------------------
H193E02 = """BARRETA RESERVAS DIGITAIS, LDA.
ORDER FORM No. BR-2025-0417 - TideBook Pro

PARTIES

Supplier: Barreta Reservas Digitais, Lda., a private limited company (sociedade por quotas) with registered office on the Ilha da Barreta, 8005-520 Faro, Portugal, registered with the Commercial Registry Office of Faro under the single registration and tax number 516 402 873, with a share capital of EUR 50,000.00, represented by its managers (gerentes) ("Barreta").

Customer: Xiapu Guangying Photography Travel Co., Ltd., a limited liability company with registered office at No. 9 Binhai Avenue, Songcheng Subdistrict, Xiapu County, Ningde, Fujian Province, People's Republic of China, represented by its legal representative ("Customer").

This Order Form and the Barreta General Terms for Subscription Services, version 4.2, set out below (the "General Terms"), together form the agreement between the parties (the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.

ORDER DETAILS

Item 1 - Service. TideBook Pro, Barreta's online booking platform for tour operators: tour catalogue and departure calendar with tide, sunrise and sunset times for the Xiapu mudflat and coastal photography locations; seat and vehicle allocation; guide scheduling; WeChat Pay and Alipay checkout; a booking widget inside the Customer's WeChat mini-program; group notifications; and reporting. The Service covers up to 40 guide accounts, 10 office accounts and unlimited end-customer bookings.

Item 2 - Onboarding Services. Configuration of the tour catalogue, price rules and cancellation rules; migration of the Customer's 2024 and 2025 bookings and customer records from its current spreadsheets; integration of the booking widget into the Customer's WeChat mini-program; two training days in Xiapu for office staff and guides.

Item 3 - Subscription Term. Twenty-four (24) months from the Subscription Start Date, which is the date of Go-Live Acceptance under Clause 3.

Item 4 - Fees (in Chinese yuan, CNY, at the Customer's request; inclusive of PRC VAT):
- Subscription Fee: CNY 148,800 per year (CNY 12,400 per month) x 2 years = CNY 297,600
- Onboarding Fee (one-time): CNY 38,400
- Total Contract Value: CNY 336,000

Item 5 - Invoicing. The Subscription Fee for the first year is invoiced on signature of this Order Form and is payable within 15 days of the invoice, and in any case before the Subscription Start Date. The Subscription Fee for the second year is invoiced on the first anniversary of the Subscription Start Date and is payable in advance within 15 days. The Onboarding Fee is invoiced upon Go-Live Acceptance and is payable within 30 days.

Item 6 - Target Go-Live. Sixty (60) days after signature of this Order Form. If Go-Live Acceptance is not achieved by the Target Go-Live date for reasons attributable to Barreta, Barreta shall pay the Customer CNY 300 for each day of delay, up to a maximum of CNY 15,000.

Item 7 - Hosting. The Service and all Customer Data are hosted in the Alibaba Cloud Hangzhou region, in mainland China.

Item 8 - Renewal. After the Subscription Term, the subscription renews for successive periods of one year at the same Subscription Fee, unless either party gives written notice of non-renewal at least sixty (60) days before the end of the current term. Any change to the fees requires a new order form signed by both parties.

GENERAL TERMS FOR SUBSCRIPTION SERVICES (version 4.2)

Clause 1 - Definitions and Interpretation
1.1 "Customer Data" means all data, including personal information of the Customer's clients and guides, that the Customer or its users enter into or generate through the Service.
1.2 "Customer Configurations" means the tour templates, price and cancellation rules, branding, message templates and the booking widget prepared for the Customer.
1.3 Headings are for convenience only. References to a Clause are to a clause of these General Terms.

Clause 2 - Provision of the Service
2.1 Barreta shall provide the Service in accordance with the Agreement, with the skill and care of a diligent professional, and shall keep the Service compliant with the requirements of the WeChat and Alipay payment platforms.

Clause 3 - Onboarding and Go-Live Acceptance
3.1 Barreta shall perform the Onboarding Services and then notify the Customer that the Service is ready for the acceptance tests.
3.2 The acceptance tests, run jointly over five consecutive days, consist of: (a) end-to-end booking, change and cancellation flows for at least ten tour products, including ten live test payments through WeChat Pay and Alipay that are then refunded; (b) reconciliation of the migrated bookings and customer records against the Customer's source files, with every discrepancy corrected; (c) publication of the booking widget in the Customer's WeChat mini-program after approval by the platform; (d) correct generation of guide schedules and group notifications for the departures of the test period.
3.3 When all tests have been passed, the Customer signs a Go-Live Acceptance certificate within three business days. Production use of the Service before that certificate does not constitute acceptance.

Clause 4 - Service Levels
4.1 Barreta shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance of not more than six hours per month, announced at least 72 hours in advance and carried out between 01:00 and 06:00 China Standard Time.
4.2 Incident priorities and response times: P1 (the Service or payments unavailable for all users) - response within 30 minutes, at any hour; P2 (a major function impaired) - response within 2 hours during 08:00 to 22:00 China Standard Time; P3 (other incidents and questions) - response within one business day.
4.3 If monthly availability falls below the commitment in Clause 4.1, Barreta shall credit 3% of the monthly Subscription Fee for each full 0.1 percentage point of shortfall, up to 25% of the monthly Subscription Fee. For each P1 incident whose response time is exceeded, Barreta shall credit a further 2% of the monthly Subscription Fee. Credits are deducted from the next invoice or, at the end of the Agreement, refunded.

Clause 5 - Customer Data and Security
5.1 Customer Data belongs to the Customer. Barreta processes Customer Data only on the Customer's documented instructions and only to provide the Service, and shall not use it for any other purpose, including analytics or benchmarking for itself or third parties.
5.2 Barreta shall protect Customer Data by appropriate technical and organisational measures, including encryption in transit and at rest, multi-factor authentication for administrative access, role-based access and logging. The Service is filed at level 2 of the PRC multi-level protection scheme. Barreta shall not transfer Customer Data outside mainland China; its personnel in Portugal have no access to Customer Data.
5.3 Barreta shall notify the Customer within 24 hours after becoming aware of any personal information breach or other security incident affecting Customer Data, shall assist the Customer with its obligations under the PRC Personal Information Protection Law, and shall bear the costs and damages that the incident causes where it results from Barreta's breach of this Clause 5.

Clause 6 - Subprocessors and Subcontractors
6.1 The Customer approves, by signing the Order Form, the use of Alibaba Cloud as hosting provider. Barreta shall not engage any other subprocessor or subcontractor without the Customer's prior written consent. Barreta remains responsible for its subprocessors and subcontractors.

Clause 7 - Intellectual Property
7.1 Barreta and its licensors own the Service and all intellectual property rights in it. The Customer has the right to use the Service during the Subscription Term in accordance with the Agreement.
7.2 The Customer Configurations belong to the Customer. The Customer may use, modify and license them freely, also after the end of the Agreement and with another provider.

Clause 8 - Confidentiality
8.1 Each party shall keep confidential the information of the other party that is marked as confidential or should reasonably be understood to be confidential, shall use it only for the purposes of the Agreement and shall not disclose it to third parties without the other party's prior written consent. This obligation survives for three years after the end of the Agreement.

Clause 9 - Fees and Payment
9.1 The fees are set out in the Order Form. Amounts not paid when due bear late-payment interest at the rate published for commercial transactions under Portuguese law.
9.2 Fees paid are not refundable, except as provided in Clauses 4.3 and 11.3.

Clause 10 - Liability
10.1 Barreta's total aggregate liability arising out of or in connection with the Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid or payable by the Customer in the six (6) months immediately preceding the event giving rise to the claim.
10.2 The limitation in Clause 10.1 does not apply in cases of wilful misconduct (dolo) or gross negligence, or to death or personal injury.
10.3 Neither party is liable for loss of profit, loss of business or indirect damage.

Clause 11 - Term and Termination
11.1 The Agreement starts on signature of the Order Form and continues for the Subscription Term and any renewal under Item 8 of the Order Form.
11.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice describing the breach.
11.3 If the Customer terminates under Clause 11.2, Barreta shall refund the prepaid Subscription Fee for the period after termination.

Clause 12 - Exit
12.1 During 30 days after the end of the Agreement, Barreta shall make all Customer Data available for export in CSV and JSON formats at no charge, and shall then delete it and confirm the deletion in writing.

Clause 13 - Governing Law and Jurisdiction
13.1 The Agreement is governed by the laws of Portugal.
13.2 The courts of the judicial district of Lisbon (Comarca de Lisboa) have exclusive jurisdiction over any dispute arising out of or in connection with the Agreement, with express waiver of any other forum.

Clause 14 - General
14.1 Neither party may assign the Agreement without the other party's prior written consent.
14.2 If any provision is held invalid, the remaining provisions stay in force.

Signed in two originals, one for each party.

For Barreta Reservas Digitais, Lda.: ____________________  Date: ________
For Xiapu Guangying Photography Travel Co., Ltd.: ____________________  Date: ________
"""

# ---------------------------------------------------------------------------------------------------------------
# h193e03 — Lianyungang laver cooperative, nutrient sensors + maintenance; integrator on the Ilha do Farol, Portuguese,
# buyer's paper (.docx, "§ N Title" + (1), Word price table)
# ---------------------------------------------------------------------------------------------------------------
H193E03 = """
T:Supply, Installation and Maintenance Contract - Laver Farm Nutrient Monitoring System
P:Contract No. HTLC-2025-06
P:Buyer: Lianyungang Haitou Laver Farming Cooperative, Haitou Town, Ganyu District, Lianyungang, Jiangsu Province, People's Republic of China (the "Buyer").
P:Supplier: Farol Sistemas Marinhos, Lda., with registered office on the Ilha do Farol (Culatra Island), 8700 Olhao, Portugal, acting in the PRC through its representative office in Qingdao (the "Supplier").
P:This Contract is made on the Buyer's standard terms. The Supplier's quotation FSM-Q-0311 is attached as Annex 3 for the technical description only; its commercial terms do not apply.
H:§ 1 Definitions
P:(1) "System": the nutrient monitoring system described in Annex 1, consisting of the monitoring buoys, sensors, shore gateways and the monitoring software.
P:(2) "Contract Price": the total price stated in § 3.
P:(3) "Installation Certificate": the certificate signed by the Buyer when all buoys are moored and all equipment is installed and connected.
P:(4) "Final Acceptance": acceptance of the System by the Buyer under § 6 (3).
P:(5) "Critical Fault": failure of a shore gateway, loss of data from three or more buoys at the same time, or failure of the nutrient alert function.
H:§ 2 Scope
P:(1) The Supplier shall supply, install, moor, calibrate and commission sixteen monitoring buoys in the Buyer's four laver farming zones off Haitou, each carrying a multi-parameter nutrient analyser (nitrate, phosphate, ammonium and silicate) and a salinity and temperature probe, together with two shore gateways and the monitoring software, and shall train the Buyer's staff.
P:(2) The monitoring software shall show the readings of every buoy on a map and as time series, compare them with the nutrient thresholds set by the Buyer for each growth stage of the laver, and send alerts to the Buyer's duty officers and to the zone leaders' WeChat groups.
P:(3) After Final Acceptance the Supplier shall provide the warranty under § 7 and, if the Buyer so orders, maintenance under § 8.
H:§ 3 Price
P:(1) The Contract Price is CNY 1,440,000 (one million four hundred and forty thousand yuan), fixed, including PRC VAT, customs duties, transport to Haitou, installation, mooring materials, calibration, training and all costs of the Supplier's personnel. Prices are stated and paid in CNY at the Buyer's request.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter nutrient analyser|16|46,500|744,000
TB:2|Salinity and temperature probe|16|6,800|108,800
TB:3|Solar-powered telemetry buoy with mooring|16|18,200|291,200
TB:4|Shore gateway (LoRa and cellular)|2|23,400|46,800
TB:5|Monitoring software, perpetual licence|1|126,000|126,000
TB:|Equipment and Licence Subtotal|||1,316,800
TB:6|Installation and mooring|1|98,600|98,600
TB:7|Calibration and training|1|24,600|24,600
TB:|Contract Price|||1,440,000
P:(2) No other amount is payable for the work described in this Contract.
H:§ 4 Payment
P:(1) 10% of the Contract Price (CNY 144,000) within 20 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:(2) 55% of the Contract Price (CNY 792,000) within 20 days after the Installation Certificate. The Installation Certificate confirms installation only and is not an acceptance of the System.
P:(3) 35% of the Contract Price (CNY 504,000) within 20 days after Final Acceptance.
P:(4) Each payment requires a valid PRC VAT invoice. The Buyer may set off any delay damages or service deductions due under this Contract against any payment.
H:§ 5 Delivery and Installation
P:(1) The Supplier shall complete the installation of the whole System and present the Installation Certificate for signature no later than 15 September 2025, before the laver seeding season.
P:(2) Offshore work shall be carried out from vessels and crews provided by the Supplier, in compliance with the maritime safety rules of the Lianyungang Maritime Safety Administration and with the Buyer's instructions on the position of the farming rafts.
P:(3) If the Supplier is late in completing the installation or in reaching Final Acceptance, it shall pay delay damages of 0.07% of the Contract Price for each day of delay. Payment of delay damages does not release the Supplier from its obligations.
H:§ 6 Acceptance
P:(1) After the Installation Certificate the System runs for a trial period of 30 days.
P:(2) The System passes the acceptance tests if: (a) on three sampling rounds during the trial period the nitrate, phosphate and ammonium readings of every buoy are within plus or minus 10% of the laboratory analysis of water samples taken at the same time by the Lianyungang marine environmental monitoring station; (b) no buoy has more than 20 missing hourly records over the trial period; (c) alerts reach the duty officers and WeChat groups within 5 minutes of a threshold being crossed; (d) all functions in Annex 1 have been demonstrated; (e) the as-built documentation, calibration records and operating manuals in Chinese have been delivered.
P:(3) The Buyer signs the Final Acceptance certificate within 7 days after the tests have been passed, or gives written reasons for refusal. Use of the System during the trial period is not acceptance.
H:§ 7 Warranty
P:(1) The warranty period for the whole System is 24 months from Final Acceptance.
P:(2) During the warranty period the Supplier shall repair or replace any defective equipment free of charge, correct software defects, recalibrate every nutrient analyser once per quarter and supply the reagents and membranes needed for normal operation at no extra cost.
H:§ 8 Maintenance after the Warranty Period
P:(1) For the three years following the warranty period, the Buyer may order maintenance covering quarterly recalibration, reagents and membranes, replacement of failed parts and software updates.
P:(2) The annual maintenance fee is 9% of the Equipment and Licence Subtotal, being CNY 118,512 per year, fixed for those three years. The Buyer may decline maintenance for any year by notice at least 60 days before that year starts.
H:§ 9 Service Levels
P:(1) The Supplier shall operate a telephone and online support line with Mandarin-speaking engineers in China.
P:(2) Critical Fault: remote response within 1 hour, an engineer on site within 48 hours and restoration within 72 hours. Other faults: response within 8 hours and repair within 5 days. Where the sea state prevents safe offshore work, the on-site and restoration times are extended by the period during which the Lianyungang Maritime Safety Administration prohibits small-vessel operations.
P:(3) For each hour by which the response time for a Critical Fault is exceeded, the Supplier shall pay CNY 800; for each day by which a restoration time is exceeded, CNY 1,500.
H:§ 10 Intellectual Property
P:(1) The Buyer owns the Buyer-specific configurations, thresholds, calibration models, dashboards and the interface to the WeChat notification service developed under this Contract, including their source code, and may use, modify and license them freely.
P:(2) The standard monitoring software remains the property of the Supplier, who grants the Buyer a perpetual, irrevocable licence to use it for the System.
H:§ 11 Data and Data Security
P:(1) All measurements, positions of the farming zones, alert records and other data of the System belong to the Buyer. The Supplier may use them only to perform this Contract.
P:(2) The data are stored on the Buyer's server at its Haitou office. The Supplier may access the System remotely only through the Buyer's VPN, with the Buyer's approval for each session, and all sessions are logged. The Supplier shall not transfer any data of the System outside mainland China, and its personnel in Portugal may not access the System.
P:(3) The Supplier shall notify the Buyer within 24 hours of any security incident affecting the System or its data, shall take immediate remedial measures, and shall compensate the Buyer for all losses caused by its breach of this § 11.
H:§ 12 Confidentiality
P:(1) The Supplier shall keep confidential the Buyer's farming data, positions of the farming zones, yields, prices and all other non-public information received under this Contract, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives the end of the Contract.
H:§ 13 Liability
P:(1) The Supplier is liable for all losses suffered by the Buyer as a result of the Supplier's breach of this Contract, including loss of laver crop caused by a failure of the alert function that is attributable to the Supplier.
H:§ 14 Subcontracting
P:(1) The mooring work may be performed by Ganyu Haiyun Marine Engineering Co., Ltd., which the Buyer approves by signing this Contract. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for all subcontracted work.
H:§ 15 Termination
P:(1) The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after the Buyer's written notice, or if the installation is more than 45 days late.
P:(2) On termination under (1) the Supplier shall refund the payments received, against return of the equipment, and shall compensate the Buyer's losses.
H:§ 16 Governing Law and Disputes
P:(1) This Contract is governed by the laws of the People's Republic of China.
P:(2) Disputes shall be submitted to the Lianyungang Arbitration Commission for arbitration in Lianyungang in accordance with its rules. The award is final and binding on both parties.
H:§ 17 Final Provisions
P:(1) This Contract is made in English in four originals, two for each party, and takes effect on signature and sealing by both parties.
P:(2) Annexes: 1. Technical Specification; 2. Buoy positions; 3. Supplier's quotation (technical part).
P:For the Buyer (seal): ____________________    For the Supplier: ____________________
P:Date: ____________
"""

# ---------------------------------------------------------------------------------------------------------------
# h193e04 — Wuhan biotech start-up, managed IT + desktop support; provider on Mutton Island, Irish style
# (.md, "N. HEADING" + N.N, charges and service-level tables)
# ---------------------------------------------------------------------------------------------------------------
H193E04 = """# MANAGED IT SERVICES AGREEMENT

**THIS AGREEMENT** is made on the ____ day of __________ 2025

**BETWEEN:**

(1) **MUTTON ISLAND MANAGED SERVICES LIMITED**, a private company limited by shares incorporated in Ireland (registered number 702318), having its registered office at The Lighthouse Building, Mutton Island, Galway Bay, Co. Galway, Ireland, acting through its Wuhan branch (the **"Provider"**); and

(2) **WUHAN QINGYUAN BIOTECHNOLOGY CO., LTD.**, a company established in the People's Republic of China, having its registered office at Building C2, Biolake Innovation Park, East Lake High-Tech Development Zone, Wuhan, Hubei Province (the **"Customer"**).

**WHEREAS:**

(A) The Customer is a biotechnology company developing enzyme and cell-culture products, with offices and laboratories in Wuhan.

(B) The Provider supplies managed IT and desktop support services and has agreed to supply such services to the Customer on the terms of this Agreement, with all charges stated in Chinese yuan at the Customer's request.

**NOW IT IS HEREBY AGREED** as follows:

## 1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: **"Charges"** means the charges set out in Schedule 3; **"Customer Data"** means all data, including laboratory and research data and personal information, held in or processed by the Customer's IT environment; **"Services"** means the services described in Schedule 1; **"Service Levels"** means the levels set out in Schedule 2; **"Service Commencement Date"** means the day after Transition Acceptance; **"Transition"** means the work described in clause 3.

## 2. TERM

2.1 This Agreement commences on the date above and, unless terminated earlier in accordance with its terms, continues for twenty-four (24) months from the Service Commencement Date (the **"Term"**).

2.2 The Term may be extended only by written agreement of both parties.

## 3. TRANSITION

3.1 The Provider shall complete the Transition within forty-five (45) days after the date of this Agreement. The Transition comprises: a full inventory of the Customer's hardware, software licences and accounts; enrolment of all end-user devices in the Provider's management platform with disk encryption enabled; configuration of monitoring for the network, servers and laboratory instrument PCs; a tested restore from backup of the file server and of the instrument data store; and the written runbooks for the Services.

3.2 Transition Acceptance takes place when the Customer confirms in writing that: (a) the inventory has been reconciled with the Customer's asset register; (b) all 85 user devices and 12 instrument PCs report to the management platform; (c) a full restore test of one file share and one instrument data set has succeeded; (d) the runbooks have been reviewed and approved by the Customer; and (e) the service desk has handled live requests for five working days. The Customer shall confirm or give written reasons for refusal within five working days after the Provider's notice that the criteria are met.

3.3 If Transition Acceptance is not achieved within forty-five (45) days after the date of this Agreement for reasons attributable to the Provider, the Provider shall pay the Customer liquidated damages of CNY 1,000 for each day of delay until Transition Acceptance.

## 4. THE SERVICES

4.1 From the Service Commencement Date the Provider shall provide the Services in accordance with Schedule 1 and the Service Levels, with the care, skill and diligence of a competent provider of managed IT services.

4.2 The Provider's engineers working on site shall comply with the Customer's site and laboratory biosafety rules.

## 5. CHARGES AND PAYMENT

5.1 The Charges are set out in Schedule 3 and are fixed for the Term. They include all taxes payable in the People's Republic of China.

5.2 The monthly Charges are invoiced monthly in arrears. The Transition charge is invoiced after Transition Acceptance. No amount is payable in advance.

5.3 The Customer shall pay each correct invoice within thirty (30) days of receipt.

## 6. SERVICE LEVELS AND SERVICE CREDITS

6.1 The Provider shall meet the Service Levels in Schedule 2 and shall report its performance against them to the Customer each month.

6.2 If the Provider fails to meet a Service Level, it shall credit the Customer the Service Credits set out in Schedule 2 against the next invoice.

6.3 Service Credits are the Customer's sole and exclusive remedy for any failure to meet the Service Levels.

## 7. CUSTOMER DATA AND SECURITY

7.1 As between the parties, all Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Services and in accordance with the Customer's written instructions, and shall not use it for any other purpose.

7.2 The Provider shall keep Customer Data within the Customer's premises and its cloud tenancy in mainland China. Customer Data shall not be accessed from outside mainland China; all hands-on work is carried out by the Provider's Wuhan team. The Provider shall apply least-privilege access, multi-factor authentication and logging to all administrative accounts and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

7.3 The Provider shall notify the Customer within twenty-four (24) hours of becoming aware of any actual or suspected security incident affecting Customer Data, shall take all reasonable steps to contain it, and shall indemnify the Customer against losses arising from any such incident caused by the Provider's breach of this clause 7.

## 8. CONFIDENTIALITY

8.1 Each party shall keep confidential all information of the other party that it receives under this Agreement, in particular the Customer's research, formulations, patent filings, business plans and security configurations, and shall not disclose it to any third party without the other party's prior written consent. This clause survives termination for five (5) years.

## 9. INTELLECTUAL PROPERTY

9.1 The Provider's management platform, tools and pre-existing materials remain the property of the Provider.

9.2 All runbooks, scripts, configurations, documentation and reports produced for the Customer under this Agreement belong to the Customer, which may use, modify and share them freely, including with any successor provider.

## 10. SUBCONTRACTING

10.1 The Provider may subcontract the on-site desktop support and any other part of the Services to local service partners in the People's Republic of China. The Provider shall notify the Customer in writing of the identity of each such partner within ten (10) days after its appointment.

10.2 The Provider remains responsible for the acts and omissions of its subcontractors as if they were its own.

## 11. LIMITATION OF LIABILITY

11.1 The Provider's total aggregate liability under or in connection with this Agreement shall not exceed one hundred and fifty per cent (150%) of the total Charges payable over the Term.

11.2 Nothing in this Agreement limits liability for death or personal injury caused by negligence, for fraud, or for breach of clause 7 or clause 8.

## 12. TERMINATION

12.1 Either party may terminate this Agreement with immediate effect by written notice if the other party becomes insolvent, has a liquidator, receiver or examiner appointed, or ceases to carry on business.

12.2 The Provider may terminate this Agreement by thirty (30) days' written notice if any undisputed invoice remains unpaid sixty (60) days after its due date.

12.3 The Customer's remedies for any breach by the Provider, including any failure to meet the Service Levels, are the Service Credits and damages subject to clause 11. The Customer shall not be entitled to terminate this Agreement by reason of any such breach.

## 13. EXIT

13.1 On expiry or termination the Provider shall, for up to sixty (60) days and at the Charges then applicable, provide reasonable assistance to transfer the Services to the Customer or a successor provider, return all Customer Data, credentials and documentation, and delete any copies it holds.

## 14. GOVERNING LAW AND JURISDICTION

14.1 This Agreement and any non-contractual obligations arising out of or in connection with it shall be governed by and construed in accordance with the laws of Ireland.

14.2 The courts of Ireland shall have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.

## 15. GENERAL

15.1 This Agreement constitutes the entire agreement between the parties on its subject matter. Any variation must be in writing and signed by both parties.

## SCHEDULE 1 - SERVICES

1. Service desk in Mandarin and English, 08:00 to 20:00 China Standard Time on working days, with an on-call engineer for P1 incidents at all other times.
2. Management of 85 user devices and 12 laboratory instrument PCs: patching, anti-malware, encryption, software deployment, joiners and leavers.
3. Management of the network (two office floors and the laboratory), firewall, Wi-Fi, file server and backup, including a monthly restore test.
4. On-site desktop support in Wuhan on two fixed days per week, and on other days within one business day when a visit is needed.
5. IT asset and licence management and a monthly service report.

## SCHEDULE 2 - SERVICE LEVELS

| Priority | Definition | Response | Resolution target |
|---|---|---|---|
| P1 | Site-wide outage, laboratory network or instrument data capture down, or security incident | 30 minutes, at any time | 6 hours |
| P2 | A department or a critical application impaired | 1 hour in service hours | 1 business day |
| P3 | A single user affected | Next business day | 3 business days |

Network and file-server availability: at least 99.95% per calendar month, outside agreed maintenance windows.

Service Credits: 5% of the monthly Charges for each P1 incident whose response time is missed; 5% of the monthly Charges if monthly availability is below the target; total Service Credits in any month not to exceed 20% of the monthly Charges.

## SCHEDULE 3 - CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Per-user managed service | 85 users x CNY 620 per month x 24 months | 1,264,800 |
| Network, server and backup management | CNY 9,800 per month x 24 months | 235,200 |
| Transition (one-off) | fixed | 56,000 |
| **Total Charges over the Term** | | **1,556,000** |

**SIGNED** for and on behalf of MUTTON ISLAND MANAGED SERVICES LIMITED: ____________________

**SIGNED** for and on behalf of WUHAN QINGYUAN BIOTECHNOLOGY CO., LTD.: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h193e05 — Fujian tea exporter, organic-certificate API subscription + ERP integration; vendor on the Isola Soffi,
# Italian style (.txt, "Art. N (Title)" + N.N)
# ---------------------------------------------------------------------------------------------------------------
H193E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
OrganiCert Verify API and ERP Connector

BETWEEN

Soffi Certificazioni Digitali S.r.l., with registered office at Isola Soffi, 07021 Arzachena (SS), Italy, VAT number IT02874310905, registered with the Companies Register of Sassari under REA number SS-204117, in the person of its sole director and legal representative (hereinafter "Soffi" or the "Vendor")

AND

Fujian Minghe Tea Import and Export Co., Ltd., with registered office at No. 188 Jiangbin Middle Avenue, Taijiang District, Fuzhou, Fujian Province, People's Republic of China, in the person of its legal representative (hereinafter the "Customer")

(each a "Party" and together the "Parties")

PREMISES

a) The Customer exports organic white tea, oolong and black tea to the European Union, Switzerland and the United States and must verify, for every export lot, the organic certificates of its tea gardens, processors and itself, and prepare the data of the certificates of inspection required by the importing authorities.
b) Soffi operates the OrganiCert Verify platform, which checks organic certificates against the registers of the certification bodies and authorities and returns a structured verification result through an application programming interface (the "API").
c) The Customer wishes to subscribe to the API and to have Soffi develop a connector between the API and its Kingdee ERP system (the "Connector").
d) At the Customer's request, all amounts under this Agreement are stated and paid in Chinese yuan (CNY).

NOW, THEREFORE, the Parties agree as follows.

Art. 1 (Premises and Annexes)
1.1 The premises and the annexes form an integral part of this Agreement. Annex A: Service Description; Annex B: Connector Specification; Annex C: Service Levels.

Art. 2 (Subject Matter)
2.1 Soffi shall provide the Customer with access to the API for the Subscription Term, including certificate lookup by certificate number, operator name or lot, automatic re-verification of stored certificates every night, alerts when a certificate is suspended, withdrawn or expires, and pre-validation of certificate-of-inspection data before the Customer submits it to the competent authorities.
2.2 Soffi shall develop, install and hand over the Connector, which shall: (a) verify automatically, when an export lot is created in the Customer's ERP, all certificates linked to the lot; (b) block the release of a lot whose verification fails, with a reason code; (c) generate the document pack for each shipment; (d) write the verification results and documents back to the ERP.

Art. 3 (Subscription Term and Renewal)
3.1 The subscription runs for twenty-four (24) months from the date of Connector Acceptance (the "Subscription Term").
3.2 At the end of the Subscription Term the subscription renews for periods of one year each at the same fees, unless either Party gives notice of non-renewal by certified e-mail (PEC) or registered letter at least ninety (90) days before the end of the current period.

Art. 4 (Fees)
4.1 The fees are as follows, inclusive of all taxes payable in the People's Republic of China:
- API subscription fee: CNY 21,500 per month, including up to 6,000 verification calls per month; for 24 months, CNY 516,000;
- Connector development, installation and training (one-off): CNY 148,000;
- Total contract value: CNY 664,000.
4.2 Calls above the monthly allowance are charged at CNY 2 per call and invoiced quarterly with the subscription fee.
4.3 The fees are fixed for the Subscription Term.

Art. 5 (Invoicing and Payment)
5.1 The subscription fee is invoiced quarterly in arrears. The Connector fee is invoiced in full after Connector Acceptance. No advance payment is due.
5.2 Invoices are payable within thirty (30) days of receipt by bank transfer.

Art. 6 (Connector Delivery and Acceptance)
6.1 Soffi shall make the Connector available for the acceptance tests within seventy-five (75) days after signature of this Agreement.
6.2 If the Connector is not available for the acceptance tests by that date for reasons attributable to Soffi, Soffi shall pay the Customer a penalty of CNY 450 for each day of delay, without prejudice to compensation for further damage.
6.3 The acceptance tests are carried out in the Customer's test environment on a set of at least 200 historical export lots agreed by the Parties and are passed if: (a) every lot is verified and the results match the manual checks performed by the Customer's quality department; (b) every lot linked to an invalid, suspended or expired certificate is blocked; (c) the document pack is generated correctly for at least 20 shipments to three different destination markets; (d) a verification takes no more than 3 seconds at the 95th percentile.
6.4 Connector Acceptance is confirmed by a written acceptance report signed by both Parties. Use of the Connector in production before that report does not amount to acceptance.

Art. 7 (Service Levels)
7.1 Soffi shall ensure that the API is available at least 99.5% of the time in each calendar month, measured at Soffi's API gateway and excluding maintenance announced at least five business days in advance.
7.2 Incidents are classified and handled as follows: Priority 1 (API unavailable or returning incorrect verification results) - response within 45 minutes, at any time; Priority 2 (degraded performance or a function unavailable) - response within 3 business hours; Priority 3 (other requests) - response within two business days.
7.3 If the monthly availability falls below the level in Art. 7.1, the Customer is entitled to a credit of 5% of the monthly subscription fee, or 10% if availability falls below 98.5%. For each Priority 1 incident whose response time is exceeded, the Customer is entitled to a credit of 2% of the monthly subscription fee. Credits are deducted from the next invoice.

Art. 8 (Intellectual Property)
8.1 The platform, the API and the Connector, including all customisations, adaptations, field mappings and scripts developed for the Customer under this Agreement, and all intellectual property rights therein, are and remain the exclusive property of Soffi.
8.2 For the Subscription Term and any renewal, Soffi grants the Customer a non-exclusive, non-transferable licence to use the Connector for its own business. The source code of the Connector is not delivered, and the Customer may not modify it or have it modified by third parties.

Art. 9 (Customer Data)
9.1 The lot, supplier, tea garden, certificate and shipment data that the Customer transmits to the API or that the Connector reads from the ERP ("Customer Data") belong to the Customer.
9.2 Soffi uses the Customer Data only to provide the services under this Agreement and shall not use it for any other purpose or make it available to third parties, other than the certification registers queried for each verification.
9.3 On termination Soffi shall return the Customer Data in CSV format and delete it from its systems within sixty (60) days.

Art. 10 (Confidentiality)
10.1 Each Party shall keep strictly confidential the information of the other Party that it receives in connection with this Agreement, including prices, customers, suppliers and technical information, shall use it only for the purposes of this Agreement and shall not disclose it to third parties without the other Party's prior written consent. The obligation survives for five (5) years after the end of the Agreement.

Art. 11 (Liability)
11.1 Each Party is liable for damage caused to the other Party by its breach of this Agreement.
11.2 Soffi's total liability under this Agreement shall not exceed twice (2x) the total contract value, except for wilful misconduct and gross negligence.
11.3 Soffi is not liable for errors in the registers of the certification bodies or authorities, provided that the API has reproduced them correctly.

Art. 12 (Subcontracting and Assignment)
12.1 Soffi shall not subcontract the development of the Connector or the provision of the API, in whole or in part, without the Customer's prior written consent.
12.2 Neither Party may assign this Agreement without the other Party's prior written consent.

Art. 13 (Termination for Breach)
13.1 Either Party may terminate this Agreement if the other Party commits a material breach and does not remedy it within thirty (30) days after receiving a written notice to remedy.
13.2 The Customer may also terminate this Agreement if the availability of the API falls below 98.5% in two consecutive months.
13.3 In case of termination by the Customer under this Art. 13, Soffi shall refund any fees paid for services not yet rendered.

Art. 14 (Force Majeure)
14.1 Neither Party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other Party promptly and uses reasonable efforts to resume performance.

Art. 15 (Governing Law and Disputes)
15.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.
15.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules in force at the time. The award is final and binding on the Parties.

Art. 16 (Final Provisions)
16.1 This Agreement is made in English in two originals. Any amendment must be made in writing and signed by both Parties.
16.2 Communications under this Agreement are made in writing to the addresses above or by e-mail to the addresses indicated in Annex A.

Arzachena / Fuzhou, ____ 2025

For Soffi Certificazioni Digitali S.r.l.: ____________________
For Fujian Minghe Tea Import and Export Co., Ltd.: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------------------------
PLAIN = {  # written as they are
    "h193z02": ("h193z02_moulding_plant_mould_temperature_monitoring.txt", H193Z02),
    "h193z03": ("h193z03_elderly_care_nursing_records_saas.md", H193Z03),
    "h193z05": ("h193z05_camellia_oil_traceability_supplier_template.md", H193Z05),
    "h193e02": ("h193e02_photo_tour_booking_saas_order_form_pt_vendor.txt", H193E02),
    "h193e04": ("h193e04_biotech_managed_it_desktop_support_ie_provider.md", H193E04),
    "h193e05": ("h193e05_tea_exporter_organic_certificate_api_it_vendor.txt", H193E05),
}
SOURCES = {"h193z01": H193Z01, "h193z04": H193Z04, "h193e01": H193E01, "h193e03": H193E03}
TARGETS = {"h193z01": ("h193z01_city_science_association_popsci_platform.docx", "docx"),
           "h193z04": ("h193z04_county_heritage_bureau_monitoring_om.pdf", "pdf"),
           "h193e01": ("h193e01_scooter_frame_design_licence_nl_vendor.pdf", "pdf"),
           "h193e03": ("h193e03_laver_coop_nutrient_sensors_maintenance.docx", "docx")}

# ---------------------------------------------------------------------------------------------------------------
# Price and payment sums (asserted)
# ---------------------------------------------------------------------------------------------------------------
def check_sums():
    # z01
    sub = 386_000 + 2 * 68_500 + 96_800 + 248_000 + 10 * 14_600 + 118_600
    assert sub == 1_132_400
    assert sub + 462_000 + 121_600 + 18_000 == 1_734_000
    assert 346_800 + 780_300 + 606_900 == 1_734_000
    assert (1_734_000 * 20 / 100, 1_734_000 * 45 / 100, 1_734_000 * 35 / 100) == (346_800, 780_300, 606_900)
    assert 1_132_400 * 8 / 100 == 90_592
    # z02
    sub = 360 * 420 + 48 * 1_850 + 48 * 3_600 + 6 * 9_800 + 52_600 + 168_000
    assert (360 * 420, 48 * 1_850, 48 * 3_600, 6 * 9_800) == (151_200, 88_800, 172_800, 58_800)
    assert sub == 692_200 and sub + 64_300 + 9_500 == 766_000
    assert (766_000 * 20 / 100, 766_000 * 45 / 100, 766_000 * 35 / 100) == (153_200, 344_700, 268_100)
    assert 153_200 + 344_700 + 268_100 == 766_000
    assert 692_200 * 26 / 100 == 179_972
    # z03
    assert 12 * 18_600 == 223_200 and 223_200 * 3 == 669_600 and 223_200 / 4 == 55_800
    assert 669_600 + 86_400 == 756_000
    # z04
    assert 9_800 * 12 == 117_600
    assert 128_000 + 214_500 + 96_000 + 117_600 + 29_900 == 586_000
    assert (586_000 * 45 / 100, 586_000 * 35 / 100, 586_000 * 20 / 100) == (263_700, 205_100, 117_200)
    assert 263_700 + 205_100 + 117_200 == 586_000
    # z05
    assert 2 * 38_500 == 77_000 and 268_000 + 336_000 + 77_000 + 46_000 + 8_000 == 735_000
    assert (735_000 * 55 / 100, 735_000 * 45 / 100) == (404_250, 330_750) and 404_250 + 330_750 == 735_000
    # e01
    assert 12 * 68_000 == 816_000 and 2 * 156_000 == 312_000 and 816_000 + 312_000 == 1_128_000
    assert 1_128_000 + 312_000 + 46_000 == 1_486_000
    assert (1_486_000 * 20 / 100, 1_486_000 * 45 / 100, 1_486_000 * 35 / 100) == (297_200, 668_700, 520_100)
    assert 297_200 + 668_700 + 520_100 == 1_486_000
    assert 1_128_000 * 11 / 100 == 124_080
    # e02
    assert 12 * 12_400 == 148_800 and 2 * 148_800 == 297_600 and 297_600 + 38_400 == 336_000
    # e03
    sub = 16 * 46_500 + 16 * 6_800 + 16 * 18_200 + 2 * 23_400 + 126_000
    assert (16 * 46_500, 16 * 6_800, 16 * 18_200, 2 * 23_400) == (744_000, 108_800, 291_200, 46_800)
    assert sub == 1_316_800 and sub + 98_600 + 24_600 == 1_440_000
    assert (1_440_000 * 10 / 100, 1_440_000 * 55 / 100, 1_440_000 * 35 / 100) == (144_000, 792_000, 504_000)
    assert 144_000 + 792_000 + 504_000 == 1_440_000
    assert 1_316_800 * 9 / 100 == 118_512
    # e04
    assert 85 * 620 * 24 == 1_264_800 and 9_800 * 24 == 235_200 and 1_264_800 + 235_200 + 56_000 == 1_556_000
    # e05
    assert 21_500 * 24 == 516_000 and 516_000 + 148_000 == 664_000

# ---------------------------------------------------------------------------------------------------------------
# Labels: terms by hand from the texts; numbers as Python computes them
# ---------------------------------------------------------------------------------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
ORDER = ["h193z01", "h193z02", "h193z03", "h193z04", "h193z05", "h193e01", "h193e02", "h193e03", "h193e04", "h193e05"]

# one row per contract: terms (TERM_KEYS order), then extra, then the planning facts used by the checks
PLAN = {
    "h193z01": dict(lang="zh", category="software",
                    terms=[99.95, 0.5, True, "buyer", True, True, True, 0.06, None, 20, True, True, 36, 8, False, True,
                           False, "PRC", "goods_or_licence"],
                    sla=True, ld_stated=True, capped=True, deemed=False, value=1_734_000,
                    forum_mainland=True, fee_base=1_132_400, rules=[]),
    "h193z02": dict(lang="zh", category="hardware",
                    terms=[None, 8, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 26, False, True,
                           False, "PRC", "goods_or_licence"],
                    sla=True, ld_stated=True, capped=True, deemed=False, value=766_000,
                    forum_mainland=True, fee_base=692_200,
                    rules=["CR-POST-WARRANTY-FEE", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE"]),
    "h193z03": dict(lang="zh", category="cloud",
                    terms=[99.5, 0.5, True, "buyer", True, False, True, 500 / 756_000 * 100, 200, None, True, None,
                           None, None, True, True, False, "PRC", "service"],
                    sla=True, ld_stated=True, capped=None, deemed=False, value=756_000, forum_mainland=True,
                    rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h193z04": dict(lang="zh", category="services",
                    terms=[99.95, 0.5, False, "buyer", True, True, True, 0.1, None, 45, True, True, None, None, False,
                           True, False, "PRC", "service"],
                    sla=True, ld_stated=True, capped=None, deemed=False, value=586_000, forum_mainland=True,
                    rules=["CR-PREPAYMENT", "CR-SLA-NO-REMEDY"]),
    "h193z05": dict(lang="zh", category="software",
                    terms=[None, 24, False, "supplier", True, False, True, 0.1 / 7, 25, 55, False, False, 9, None,
                           False, True, None, "PRC", "goods_or_licence"],
                    sla=True, ld_stated=True, capped=False, deemed=True, value=735_000, forum_mainland=True,
                    fee_base=268_000 + 77_000,
                    rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                           "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                           "CR-WARRANTY"]),
    "h193e01": dict(lang="en", category="software",
                    terms=[None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True,
                           False, "Netherlands", "goods_or_licence"],
                    sla=True, ld_stated=True, capped=True, deemed=False, value=1_486_000,
                    forum_mainland=False, fee_base=1_128_000, rules=["CR-GOVERNING-LAW"]),
    "h193e02": dict(lang="en", category="cloud",
                    terms=[99.95, 0.5, True, "buyer", True, True, True, 300 / 336_000 * 100, 6 / 24 * 100,
                           148_800 / 336_000 * 100, True, None, None, None, False, True, False, "Portugal",
                           "service"],
                    sla=True, ld_stated=True, capped=None, deemed=False, value=336_000, forum_mainland=False,
                    rules=["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-PREPAYMENT"]),
    "h193e03": dict(lang="en", category="hardware",
                    terms=[None, 1, True, "buyer", True, True, True, 0.07, None, 10, True, True, 24, 9, False, True,
                           False, "PRC", "goods_or_licence"],
                    sla=True, ld_stated=True, capped=True, deemed=False, value=1_440_000,
                    forum_mainland=True, fee_base=1_316_800, rules=[]),
    "h193e04": dict(lang="en", category="services",
                    terms=[99.95, 0.5, True, "buyer", True, True, True, 1_000 / 1_556_000 * 100, 150, None, True, None,
                           None, None, False, False, True, "Ireland", "service"],
                    sla=True, ld_stated=True, capped=None, deemed=False, value=1_556_000, forum_mainland=False,
                    rules=["CR-GOVERNING-LAW", "CR-SUBCONTRACT", "CR-TERMINATION"]),
    "h193e05": dict(lang="en", category="cloud",
                    terms=[99.5, 0.75, True, "supplier", False, True, True, 450 / 664_000 * 100, 200, None, True, None,
                           None, None, False, True, False, "PRC", "service"],
                    sla=True, ld_stated=True, capped=None, deemed=False, value=664_000, forum_mainland=True,
                    rules=["CR-DATA-SECURITY", "CR-IP-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
}


def file_name(key):
    return PLAIN[key][0] if key in PLAIN else TARGETS[key][0]


def tco(t, p, horizon=5):
    """policy §4: purchase price + implementation (= contract value) + post-warranty fees over the horizon, the
    warranty starting at acceptance = start of the horizon. Returns (tco, share %) or None when not computable."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None:
        return None
    years = max(0.0, horizon - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * p["fee_base"]
    total = p["value"] + fees
    return total, fees / total * 100


def apply_rules(t, p):
    """re-applies policy §3 to a label's terms (the readings of 'Where rules apply' included)."""
    r = []
    if not p["sla"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if p["sla"] and (t["p1_response_hours"] is None or t["p1_response_hours"] > 4):
        r.append("CR-SLA-RESPONSE")
    if p["sla"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not p["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not p["capped"] or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        c = tco(t, p)
        if c is not None and c[1] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or not p["forum_mainland"]:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


def write_labels():
    for key in ORDER:
        p = PLAN[key]
        t = dict(zip(TERM_KEYS, p["terms"]))
        assert len(p["terms"]) == len(TERM_KEYS)
        extra = {"sla_clause": p["sla"], "ld_stated": p["ld_stated"]}
        if t["contract_kind"] == "goods_or_licence":
            extra["post_warranty_fee_capped"] = p["capped"]
        extra["acceptance_deemed_on_delivery"] = p["deemed"]
        extra["contract_value"] = p["value"]
        got = apply_rules(t, p)
        assert got == sorted(p["rules"]), (key, got, p["rules"])
        label = {"file": file_name(key), "language": p["lang"], "category": p["category"], "expected_terms": t,
                 "expected_extra": extra, "expected_rules": got}
        (OUT / (Path(file_name(key)).stem + ".json")).write_text(
            json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        c = tco(t, p)
        print("%-8s %-7s %s%s" % (key, risk(got), ", ".join(x[3:] for x in got) or "(none)",
                                  "  TCO %.0f share %.2f%%" % c if c else ""))


def check_label_values():
    """no labelled value sits exactly on a threshold of policy §3 / §4."""
    for key in ORDER:
        p = PLAN[key]
        t = dict(zip(TERM_KEYS, p["terms"]))
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4, key
        assert t["ld_rate_per_day_pct"] != 0.05 and t["liability_cap_pct"] != 100, key
        assert t["prepayment_pct"] != 30 and t["warranty_months"] != 12 and t["post_warranty_fee_pct"] != 15, key
        c = tco(t, p)
        assert c is None or c[1] != 40, key


# ---------------------------------------------------------------------------------------------------------------
# Read-back and threshold scan
# ---------------------------------------------------------------------------------------------------------------
def read_back(name):
    path = OUT / name
    if name.endswith(".docx"):
        from docx import Document
        d = Document(str(path))
        parts = [para.text for para in d.paragraphs]
        for table in d.tables:
            for row in table.rows:
                parts.append(" | ".join(cell.text for cell in row.cells))
        return "\n".join(parts)
    if name.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


THRESHOLD_PATTERNS = [  # a value exactly on a threshold, in any spelling used here
    r"(?<![\d.])30\s*%", r"百分之三十", r"thirty per ?cent",
    r"(?<![\d.])4\s*(?:hours?|hrs?\b|h\b|小时|个小时)", r"(?<![十\d])四\s*个?小时", r"four\s*\(?4?\)?\s*hours",
    r"240\s*(?:minutes|分钟)",
    r"99\.9(?!\d)\s*%", r"(?<![\d.])0\.05\s*%", r"万分之五", r"千分之零点五",
    r"(?<![\d.])15\s*%", r"百分之十五", r"fifteen per ?cent",
    r"(?<![\d.])100\s*%", r"百分之百", r"one hundred per ?cent",
    r"(?<![\d.])12\s*(?:months?|个月)", r"十二个月", r"twelve\s*\(?1?2?\)?\s*months", r"一年质保", r"质保期为一年",
    r"(?<![\d.])40\s*%", r"百分之四十",
]


def scan(text):
    hits = []
    for pat in THRESHOLD_PATTERNS:
        for m in re.finditer(pat, text, flags=re.I):
            hits.append((pat, text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")))
    return hits


def report():
    bad = 0
    for key in ORDER:
        name = file_name(key)
        text = read_back(name)
        if PLAN[key]["lang"] == "zh":
            size = "%d characters (%d without whitespace)" % (len(text), len(re.sub(r"\s", "", text)))
        else:
            size = "%d words, %d characters" % (len(text.split()), len(text))
        hits = scan(text)
        bad += len(hits)
        print("%-62s %s; threshold hits: %d" % (name, size, len(hits)))
        for pat, ctx in hits:
            print("    %s -> ...%s..." % (pat, ctx))
    return bad


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for key, (name, text) in PLAIN.items():
        (OUT / name).write_text(text.lstrip("\n"), encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    check_sums()
    check_label_values()
    write_labels()
    n = report()
    print("threshold hits in read-back texts:", n)
