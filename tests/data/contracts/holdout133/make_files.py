"""Builds the ten holdout133 contracts from the sources below.

.md and .txt sources are written as they are; the .docx and .pdf sources use the small markup of ../word_pdf.py
(T: title, H: heading, P: paragraph, TB: table row, cells split by |). PDFs are broken into lines at word
boundaries (wrap_words=True). Run with /work/main/.venv/bin/python.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------------------------
H133Z01 = """\
T:云州市智能交通信号控制与诱导系统建设项目采购合同
P:合同编号：YZGA-JJ-2026-017
P:采购项目编号：YZCG-2026-GK-0386（公开招标）
P:甲方（采购人）：云州市公安局交通警察支队
P:地址：云州市滨江大道218号
P:乙方（供应商）：江南智行交通科技有限公司
P:地址：杭州市滨江区信诚路66号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责云州市中心城区86个路口交通信号控制系统和14处交通诱导屏的供货、安装、系统集成、联调、培训及质保期内的维护服务，实现单点感应控制、干线绿波协调和区域自适应控制，并通过诱导屏向驾驶人实时发布路况、事故和绕行信息。
P:1.2 系统须与甲方现有的卡口电子警察平台、122接处警系统及互联网地图路况接口对接。对接范围及接口清单见附件2。
P:1.3 乙方所供设备须为全新合格产品，符合GB 25280《道路交通信号控制机》等现行国家及行业标准，并具有有效的检测报告。
H:第二条 合同价款
P:2.1 本合同总价为人民币玖佰肆拾玖万陆仟元整（¥9,496,000），为固定总价，包括设备、软件、运输、保险、安装、集成、调试、培训、质保期内服务及税费等全部费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|联网型交通信号控制机|86台|38,600|3,319,600
TB:2|视频/雷达一体化车辆检测器|172套|9,800|1,685,600
TB:3|LED交通诱导屏（含基础及立杆）|14块|126,000|1,764,000
TB:4|区域信号控制平台软件（永久许可）|1套|486,000|486,000
TB:5|诱导信息发布系统软件（永久许可）|1套|218,000|218,000
TB:6|中心服务器及存储设备|1批|392,000|392,000
TB:|软硬件小计|||7,865,200
TB:7|安装施工（含管线、立杆改造）|1项|1,126,000|1,126,000
TB:8|系统集成与联调|1项|468,000|468,000
TB:9|培训|1项|36,800|36,800
TB:|合同总价|||9,496,000
P:2.2 除经甲方书面确认的设计变更外，合同总价不作调整。
H:第三条 履约保证金与付款
P:3.1 乙方应在本合同签订前向甲方提交合同总价5%的履约保证金（¥474,800），以银行保函形式提交，有效期至最终验收合格后30日。
P:3.2 本合同签订且乙方提交等额预付款银行保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥1,899,200。
P:3.3 全部设备到货、安装完毕并经甲方现场签收后15个工作日内，甲方支付合同总价的35%，即¥3,323,600。到货签收仅确认设备数量、型号和外观，不视为验收合格。
P:3.4 系统通过最终验收后15个工作日内，甲方支付合同总价的45%，即¥4,273,200。
P:3.5 乙方应在每次付款前开具合法有效的增值税发票。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后120日内完成全部设备的供货和安装，150日内完成系统联调并具备试运行条件。
P:4.2 路口施工应避开早晚高峰，占道作业前须取得甲方及相关部门的许可，并按规定设置围挡和警示标志。施工期间因乙方原因造成信号灯故障的，乙方应在1小时内恢复或启用黄闪。
P:4.3 乙方项目经理应常驻云州，未经甲方书面同意不得更换。
P:4.4 乙方应对甲方信号配时工程师和运维人员进行不少于5个工作日的培训。
H:第五条 验收
P:5.1 系统联调完成后进入试运行，试运行期为30日。试运行期间未发生一级故障，且全部路口信号控制机联网在线，乙方方可书面申请最终验收。
P:5.2 最终验收由甲方组织，邀请专家及第三方检测机构参加，验收标准为：（1）单点感应、干线绿波协调和区域自适应控制功能按附件1逐项测试通过；（2）车辆检测器流量检测准确率不低于95%；（3）诱导信息从平台下发至屏幕显示的时延不超过10秒；（4）与附件2所列系统的接口联调通过，数据交换无丢失；（5）第三方安全检测无高危漏洞；（6）竣工图纸、操作手册、接口文档和定制部分源代码已移交甲方。
P:5.3 验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。设备到货、安装、试运行、系统投入使用或甲方支付任何款项，均不视为验收合格。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供设备维修、更换、软件升级和巡检服务，每季度对全部路口巡检一次并提交巡检报告。
P:6.2 服务水平：区域信号控制平台月可用率不低于99.95%。故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间|修复时间
TB:一级|平台宕机，或5个以上路口信号失控|30分钟|1小时|6小时
TB:二级|单个路口信号故障，或诱导屏黑屏|1小时|2小时|10小时
TB:三级|一般功能缺陷或显示异常|8小时|次日|3个工作日
P:6.3 乙方未达到上述响应、到场或修复时间的，每超时1小时扣减¥1,000；平台月可用率每低于承诺值0.01个百分点，扣减¥2,000。扣款从履约保证金或应付款中扣除，不足部分由乙方另行支付。
P:6.4 质保期满后，如甲方需要，双方另行签订维保合同。维保年费不超过软硬件小计的6.5%（即每年不超过¥511,238），前两年维保年费固定不变；此后如需调整，须经双方书面协商一致，且年度涨幅不超过3%。维保合同不自动续期。
H:第七条 数据安全
P:7.1 本项目涉及的交通流量数据、过车记录、视频图像、信号配时方案及系统日志等全部数据归甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存、向任何第三方提供或用于其他任何目的。
P:7.2 系统部署于甲方公安视频专网和交通管理内网，须满足网络安全等级保护第三级要求。乙方远程维护须经甲方逐次审批，通过甲方堡垒机进行并全程录像审计；乙方人员不得使用私人存储介质接入系统。
P:7.3 发生数据泄露、篡改、丢失或其他网络安全事件的，乙方应在发现后1小时内报告甲方，立即采取处置措施，并承担由此给甲方造成的全部损失及相应法律责任。
H:第八条 保密
P:8.1 乙方对在履行合同过程中知悉的甲方工作秘密、警务信息、网络结构及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务不因合同终止而解除。
H:第九条 知识产权
P:9.1 乙方为本项目定制开发的接口程序、配时优化模型、诱导发布策略及其源代码和技术文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:9.2 信号控制平台及诱导发布系统的产品软件著作权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所供产品不侵犯任何第三方的知识产权，由此引起的纠纷由乙方负责处理并承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交货、逾期完成安装或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
P:10.3 乙方所供设备或软件不符合合同约定的，应负责更换或修复，并赔偿甲方因此遭受的损失。
H:第十一条 分包
P:11.1 乙方不得转包本合同。路口管线开挖、立杆基础等土建施工可以分包，但须事先取得甲方书面同意，分包单位应具备相应资质，乙方对分包部分向甲方承担全部责任。信号控制系统及平台软件的实施不得分包。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（1）严重违约，经甲方书面催告后15日内仍未纠正；（2）逾期超过60日；（3）提供虚假材料或存在商业贿赂行为。
P:12.2 合同解除的，乙方应退还预付款并承担违约责任。
H:第十三条 不可抗力
P:13.1 因地震、洪水等不可抗力致使合同不能按期履行的，受影响一方应在3日内通知对方，并在15日内提供证明，履行期限相应顺延。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:附件：1. 功能及技术需求清单；2. 接口清单；3. 投标报价明细。
P:甲方（盖章）：云州市公安局交通警察支队　　乙方（盖章）：江南智行交通科技有限公司
P:法定代表人或授权代表：　　　　　　　　　法定代表人或授权代表：
P:日期：2026年　月　日　　　　　　　　　　日期：2026年　月　日
"""

# ----------------------------------------------------------------------------------------------------------------
H133Z02 = """\
窑尾烟气分析系统采购及维保合同

合同编号：HLSN-SB-2026-042
甲方（买方）：安徽淮岭水泥有限公司
地址：安徽省淮南市凤台县淮岭工业园
乙方（卖方）：南京析光环境仪器有限公司
地址：南京市江宁区天元东路1288号

甲方两条5000t/d熟料生产线拟更换窑尾烟气分析系统。经比选，甲方确定由乙方供货。双方根据《中华人民共和国民法典》及相关法律法规，经协商一致，订立本合同。

一、合同标的
（一）乙方向甲方供应两套窑尾烟气分析系统，用于1#、2#熟料生产线窑尾烟室的O2、CO、NOx、SO2在线分析，为窑况调整、分解炉用煤控制和SNCR脱硝喷氨控制提供数据。乙方同时负责安装指导、调试、标定、培训，以及质保期满后的维保服务。
（二）设备清单及价格：
1. 窑尾高温取样探头（水冷，含自动反吹及自动退出装置）2套，单价186,000元，合计372,000元；
2. 多组分气体分析仪（O2/CO/NOx/SO2）2台，单价238,000元，合计476,000元；
3. 样气预处理柜（含冷凝器、过滤器、蠕动泵）2套，单价64,500元，合计129,000元；
4. PLC控制柜及DCS通讯接口1套，98,000元；
5. 分析小屋（含空调、照明及标气柜）1座，115,000元。
以上设备小计1,190,000元。
6. 安装指导及调试86,000元；
7. 标定及培训24,000元。
合同总价为1,300,000元（大写：壹佰叁拾万元整），含13%增值税，以及包装、运输至甲方现场、保险和质保期内服务的全部费用。
（三）随机备件：每套系统随机提供探头过滤器4只、蠕动泵管6根、O型圈1套，费用已包含在合同总价内。

二、付款方式
（一）合同签订后7个工作日内，甲方支付合同总价的35%作为预付款，计455,000元。
（二）设备全部运抵甲方现场，经双方清点签收后，甲方支付合同总价的25%，计325,000元。到货签收仅确认数量和外观，不代表设备质量验收合格。
（三）系统最终验收合格后30日内，甲方支付合同总价的35%，计455,000元。
（四）剩余5%即65,000元作为质量保证金，质保期满且无未处理的质量问题后30日内无息支付。
（五）甲方以电汇或银行承兑汇票方式付款。乙方应在每笔付款前开具等额增值税专用发票。

三、交货与安装
（一）交货期：合同签订后75日内，全部设备运抵甲方厂区指定地点。
（二）乙方负责安装指导和调试。探头开孔、平台搭设及电缆敷设由甲方按乙方提供的安装图纸施工。乙方应在窑检停机窗口内配合完成探头安装，具体日期由甲方提前10日通知。
（三）设备交付前的毁损、灭失风险由乙方承担。交付时应附装箱单、合格证、出厂检测报告及计量器具型式批准证书。
（四）乙方现场人员应遵守甲方的安全生产管理规定，进入窑尾区域前须接受甲方安全培训，并按要求办理高温、高处作业许可。

四、验收
（一）调试完成后，系统连续运行168小时。期间各组分数据正常上传DCS，自动反吹和探头退出保护动作正常的，乙方可书面申请最终验收。
（二）验收标准：
1. 各组分示值误差不超过±2%F.S.；
2. 响应时间T90不大于90秒；
3. 零点漂移和量程漂移符合技术协议的规定；
4. 用有证标准气体比对合格；
5. DCS显示数据与分析仪本地数据一致；
6. 技术资料、备件清单及操作维护手册齐全。
（三）验收由甲方设备部、生产部会同乙方进行，合格的由双方签署验收报告。不符合验收标准的，乙方应在10日内整改后重新验收。设备到货、安装、投入运行或甲方付款，均不构成验收合格。

五、质量保证
（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备质量问题造成的故障，乙方免费维修或更换。易损件按附件所列更换周期执行。
（二）服务响应：
1. 一级故障（分析仪停机、探头卡死或数据中断，影响窑况控制或脱硝控制）：乙方应在1小时内远程响应，8小时内工程师到达现场，24小时内恢复测量；
2. 二级故障（单个组分异常、反吹失灵、预处理报警）：2小时内响应，48小时内处理完毕；
3. 三级故障（显示、通讯等一般问题）：1个工作日内响应。
（三）乙方未按时响应、到场或恢复的，每超时1小时，甲方可从质量保证金或维保服务费中扣减500元。
（四）乙方每年提供两次免费现场培训，每次不少于1天，对象为甲方仪表工和中控操作员。

六、质保期满后的维保服务
（一）质保期满后，乙方继续提供维保服务，内容包括每季度一次现场巡检、探头及预处理系统的预防性维护、年度标定、软件升级及故障维修（不含易损件材料费）。服务响应要求与本合同第五条第（二）项相同。
（二）维保服务费为每年214,200元，即设备小计的18%，在每个服务年度开始后30日内支付。该费用在质保期满后三年内保持不变。
（三）维保服务期限按年度计算，期满后是否续约由双方另行协商并签订书面合同，不自动续期。

七、数据与信息安全
（一）分析系统产生的测量数据、运行日志及甲方生产工艺数据归甲方所有。乙方仅可为故障诊断和维护目的使用，不得留存、复制或提供给第三方。
（二）乙方远程诊断须经甲方设备部逐次批准，通过甲方提供的VPN账号接入，完成后立即关闭。乙方不得在甲方工控网络中安装未经甲方许可的软件，不得使用未经查杀的移动存储介质。
（三）因乙方原因造成甲方数据泄露、工控系统感染病毒或被非法控制的，乙方应立即报告甲方并协助处置，并赔偿甲方由此遭受的全部损失。

八、保密
双方对在签订和履行本合同过程中知悉的对方技术资料、生产工艺参数和商务信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限至合同终止后三年。

九、知识产权
（一）乙方为本项目编制的PLC程序、DCS通讯组态及画面的知识产权归甲方所有。乙方应在验收时交付源程序，甲方可自行修改和使用。
（二）分析仪内置软件的知识产权归其权利人，甲方在设备使用寿命内享有免费使用权。乙方保证所供设备及软件不侵犯第三方知识产权。

十、违约责任
（一）乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的万分之三支付违约金，违约金总额不超过合同总价的5%。
（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
（三）设备质量不符合约定的，乙方应负责退换，并承担由此产生的费用。

十一、分包
乙方不得将本合同项下分析仪、探头等主要设备的供货及调试工作分包给第三方。分析小屋的制作和运输可以委托他人完成，但须事先取得甲方书面同意，乙方对受托人的工作承担责任。

十二、合同解除
乙方逾期交货超过30日，设备经两次整改仍不能通过验收，或有其他严重违约行为经甲方书面通知后15日内未纠正的，甲方有权解除合同。乙方应退还已收款项，并赔偿甲方的损失。

十三、不可抗力
因不可抗力不能履行合同的一方，应在事件发生后3日内通知对方，并在10日内提供证明。不可抗力影响期间，履行期限相应顺延。

十四、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方应协商解决；协商不成的，提交淮南仲裁委员会仲裁。

十五、其他
（一）本合同附件包括：技术协议、设备配置清单、易损件更换周期表、安装图纸。附件与本合同具有同等效力。
（二）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：安徽淮岭水泥有限公司
代表人：
日期：

乙方（盖章）：南京析光环境仪器有限公司
代表人：
日期：
"""

# ----------------------------------------------------------------------------------------------------------------
H133Z03 = """\
# 宠物医院电子病历与预约管理系统 SaaS 服务合同

**合同编号**：CA-IT-2026-009

**甲方（客户）**：成都宠安动物医院连锁管理有限公司
地址：成都市武侯区天府大道北段1700号

**乙方（服务商）**：上海萌宠云信息技术有限公司
地址：上海市闵行区申长路988号

甲方在成都、重庆、绵阳共经营48家宠物医院门店，现采购乙方的宠物医院电子病历与预约管理SaaS服务，并委托乙方完成实施和历史数据迁移。双方经协商一致，订立本合同。

## 1. 服务内容

1.1 乙方通过其云平台向甲方48家门店提供以下服务：电子病历（接诊、诊断、处方、检验检查报告、住院记录）、在线预约（微信小程序及公众号）、疫苗驱虫提醒、会员及收银、药品耗材库存管理，以及总部经营报表。

1.2 乙方负责实施服务，包括门店及人员账号配置、病历模板和收费项目配置、与甲方现有检验设备（血球仪、生化仪）的数据对接，以及从甲方旧系统迁移约21万份历史病历和6.8万条会员档案。

1.3 乙方负责对甲方店长、医生及前台人员进行培训，编写操作手册，并在上线后两周内安排驻场支持。

## 2. 服务期限

2.1 订阅服务期为三年，自上线验收合格之日起计算。

2.2 服务期满前30日，任何一方未书面通知对方不再续约的，本合同自动续期一年，续期次数不限。续期期间的订阅单价由乙方按其届时公布的价目表确定，乙方应在续期开始前30日书面通知甲方新的价格。

## 3. 费用与支付

3.1 本合同费用如下：

| 项目 | 计费方式 | 数量 | 单价（元） | 金额（元） |
|---|---|---|---|---|
| 电子病历与预约SaaS订阅（含小程序预约、短信提醒、库存及收银模块） | 每门店每年 | 48店 × 3年 | 5,600 | 806,400 |
| 实施服务（配置、门店上线、历史数据迁移、设备对接） | 一次性 | 1项 | 96,000 | 96,000 |
| 培训及驻场支持 | 一次性 | 1项 | 18,000 | 18,000 |
| **合同总额** | | | | **920,400** |

3.2 本合同不设预付款。订阅费按季度结算，每季度67,200元，甲方在每个服务季度结束后15个工作日内支付当季订阅费。

3.3 实施服务费和培训费在上线验收合格后15个工作日内一次性支付。

3.4 短信提醒每门店每月含500条，超出部分按每条0.06元另行结算，不计入合同总额。乙方应在付款前开具增值税专用发票。

## 4. 实施与上线

4.1 乙方应在合同签订后45日内完成全部48家门店的上线。门店可分三批上线，每批上线计划由双方书面确认。

4.2 因乙方原因未能在4.1条约定期限内完成全部门店上线的，每逾期一日，乙方向甲方支付违约金600元。

4.3 迁移过程中，甲方旧系统数据由甲方导出后交付乙方，乙方不得将迁移数据存放于本合同约定的云平台以外的任何位置。

## 5. 上线验收

5.1 全部门店上线并连续运行10日后，乙方可书面申请上线验收。

5.2 验收标准：（1）48家门店的账号、权限、病历模板和收费项目配置完毕；（2）历史病历和会员档案迁移后，按门店抽样核对，差错为零；（3）预约小程序完成预约、改约、取消和提醒全流程测试；（4）检验设备结果自动回传病历；（5）常用页面响应时间不超过2秒；（6）连续运行10日未发生一级故障。

5.3 验收合格的，甲方签署上线验收单。门店试用、正式使用或甲方付款，均不视为验收合格。

## 6. 服务水平

6.1 乙方承诺平台月可用率不低于99.5%（计划内维护除外，计划内维护应安排在凌晨0:00—6:00并提前3日通知）。

6.2 故障分级：一级故障指全部或多家门店无法登录、无法开具病历或收银；二级故障指单个门店或单个模块不可用；三级故障指不影响接诊的一般问题。乙方对一级故障应在30分钟内响应、3小时内恢复；二级故障1小时内响应、8小时内恢复；三级故障在2个工作日内解决。

6.3 当月可用率低于99.5%但不低于99%的，乙方按当月订阅费的5%向甲方提供服务抵扣；低于99%的，按10%抵扣。一级故障未在约定时间内恢复的，每次另行抵扣当月订阅费的3%。抵扣在下一季度订阅费中扣除。

## 7. 数据

7.1 甲方及其门店在使用服务过程中录入或产生的病历、宠物主人信息、预约及交易数据（统称“甲方数据”）归甲方所有。

7.2 乙方有权对甲方数据进行脱敏和汇总处理后，用于产品优化、宠物疾病流行趋势分析，并可在乙方发布的行业分析报告中使用，该等使用在本合同终止后仍可继续。

7.3 乙方应采取以下安全措施：平台通过网络安全等级保护第三级备案；数据存储于中国境内；传输和存储加密；按最小权限原则管理访问并保留访问日志至少六个月；每日备份，备份数据保留30日。

7.4 发生数据泄露、丢失或被篡改的，乙方应在发现后8小时内书面通知甲方，立即采取补救措施，并赔偿因其原因给甲方造成的损失，包括甲方依法向宠物主人承担的赔偿和行政罚款。

7.5 合同终止后30日内，乙方应按甲方要求以通用格式导出全部甲方数据，并在甲方确认后删除，出具删除证明。

## 8. 保密

双方对在合作中获知的对方商业秘密和非公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。

## 9. 知识产权

9.1 SaaS平台及其软件的知识产权归乙方所有。

9.2 乙方为甲方定制的病历模板、总部报表和检验设备对接程序，知识产权归甲方所有，甲方可自由使用、修改或交由第三方维护。

## 10. 甲方义务

10.1 甲方应指定项目联系人，按时提供门店信息、收费项目和旧系统数据，并组织门店人员参加培训。

10.2 甲方应妥善保管账号和密码，因甲方人员泄露账号造成的损失由甲方自行承担。

## 11. 责任限制

乙方在本合同项下的累计赔偿责任以合同总额的150%为限，但乙方故意或重大过失，以及违反第7条造成的损失不受此限。

## 12. 分包

乙方不得将本合同项下服务转包或分包。乙方以阿里云作为基础设施服务商已经甲方确认；更换基础设施服务商或引入其他分包方的，须事先取得甲方书面同意。

## 13. 合同解除

13.1 乙方严重违约，经甲方书面催告后15日内未纠正的，甲方有权书面通知解除合同。

13.2 平台月可用率连续三个月低于99%的，甲方有权解除合同，无需承担任何违约责任。

13.3 合同解除后，乙方应按第7.5条协助甲方迁出数据，订阅费按实际服务天数结算。

## 14. 不可抗力

因不可抗力导致服务中断的，受影响一方应及时通知对方并尽力减少损失。不可抗力不包括乙方或其基础设施服务商的一般设备故障。

## 15. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，由甲方所在地人民法院管辖。

## 16. 其他

本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都宠安动物医院连锁管理有限公司　　　　乙方（盖章）：上海萌宠云信息技术有限公司

日期：　　　　　　　　　　　　　　　　　　　　　　　　日期：
"""

# ----------------------------------------------------------------------------------------------------------------
H133Z04 = """\
T:临江区人民法院诉讼服务与电子卷宗系统年度运维服务合同
P:合同编号：LJFY-XX-2026-003
P:采购项目编号：YZLJ-2025-CS-0142（竞争性磋商）
P:甲方：云州市临江区人民法院
P:地址：云州市临江区法苑路9号
P:乙方：华审信息技术服务有限公司
P:地址：合肥市高新区望江西路520号
P:根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就诉讼服务与电子卷宗系统年度运维服务事宜，经协商一致，订立本合同。
H:第一条 服务范围
P:（一）运维对象：诉讼服务中心各业务系统（现场立案、网上立案、诉讼服务平台、12368热线对接、自助服务终端）；电子卷宗随案同步生成系统及深度应用模块；甲方在用的28台高速扫描仪、16台自助终端及相关服务器、存储和网络设备。
P:（二）服务内容：日常运行监控与故障处理、用户支持、系统巡检与安全加固、数据备份与恢复演练、版本升级配合、重要时期（如执行攻坚、重大案件审理期间）保障、扫描设备维修及备件更换。
P:（三）服务期限：一年，自2026年1月1日起至2026年12月31日止。
H:第二条 服务费用
P:（一）本合同总价为人民币伍拾贰万肆仟元整（¥524,000），包括人工、交通、备件、工具、税费等全部费用。明细如下：
TB:序号|服务项目|金额（元）
TB:1|驻场运维服务（2名工程师，工作日驻场，节假日值守）|384,000
TB:2|系统巡检与安全加固（每季度一次）|56,000
TB:3|应急响应与重要时期保障|38,000
TB:4|扫描设备维修及备品备件|46,000
TB:|合计|524,000
P:（二）服务期内，除甲方书面要求增加运维对象外，合同总价不作调整。增加运维对象的，按响应文件中的单价计算。
P:（三）乙方更换的扫描设备备件应为原厂或经甲方认可的同等品质备件，更换下来的存储介质由甲方留存，不得带离甲方。
H:第三条 付款方式
P:（一）本合同不设预付款。服务费按季度支付，每季度131,000元。
P:（二）每季度结束后，甲方按本合同第六条进行季度考核，考核合格后15个工作日内支付当季服务费；考核中产生的扣款从当季服务费中扣除。
P:（三）乙方应在每次付款前向甲方开具合法有效的发票。
H:第四条 人员要求
P:（一）乙方派驻2名工程师，工作时间为工作日8:30至18:00，其中至少1人具备数据库管理经验、1人具备扫描设备维修经验。节假日安排专人远程值守，接到通知后1小时内到达甲方。
P:（二）驻场人员须经政治审查，签署保密承诺书后方可上岗，并遵守甲方的安全保密和机房管理制度。乙方更换驻场人员须提前10日书面报甲方同意。
P:（三）驻场人员应在2026年1月1日到岗。季度巡检应在每季度第二个月内完成，并提交巡检报告和安全加固记录。
P:（四）驻场人员应每日填写运维日志，记录故障、变更和用户服务请求，每月5日前提交上月运维月报。系统变更须提前提交变更方案，经甲方批准后在非工作时间实施，并做好回退准备。
P:（五）服务开始前，乙方应与上一服务商完成交接，核对资产和配置台账、账号权限及遗留问题清单，交接结果报甲方确认。
H:第五条 服务水平
P:（一）立案系统、网上诉讼服务平台和电子卷宗系统的月可用率均不低于99.95%。
P:（二）一级故障指上述任一系统中断，或影响当日开庭、立案的故障：乙方应在15分钟内响应，1小时内到场，3小时内恢复。二级故障指部分功能异常或单台设备故障：30分钟内响应，8小时内解决。三级故障指一般使用问题：当日解决。
P:（三）乙方每超过约定响应、到场或恢复时间1小时，扣减服务费500元；系统月可用率每低于承诺值0.01个百分点，扣减服务费1,000元。
H:第六条 考核与验收
P:（一）季度考核由甲方信息技术部门组织，考核内容包括：故障响应和处理时限是否达标；运维工单是否全部闭环且未闭环工单不超过3件；巡检报告和备份恢复演练记录是否按时提交；有无安全事件。
P:（二）服务期满后，甲方组织年度验收。验收以四个季度的考核结果、年度运维报告、资产和配置台账移交为依据。验收合格的，双方签署验收单。
P:（三）季度考核不合格的，乙方应在10日内整改。连续两个季度考核不合格的，甲方有权解除合同。
H:第七条 数据安全
P:（一）诉讼服务数据、电子卷宗、当事人及诉讼参与人个人信息、审判管理数据等全部数据归甲方所有。乙方仅可为履行本合同进行必要的操作，不得查阅与运维无关的案件信息，不得复制、留存或向任何第三方提供。
P:（二）运维工作在法院专网内进行，乙方不得将运维终端接入互联网，不得使用未经甲方登记的存储介质。需要远程支持的，须经甲方逐次审批并通过甲方堡垒机进行，全程审计。
P:（三）发生数据泄露、篡改、丢失或网络安全事件的，乙方应在发现后2小时内报告甲方，配合调查处置，并承担由此造成的全部损失和法律责任。
H:第八条 保密
P:乙方及其人员对在服务过程中知悉的审判工作秘密、案件信息、当事人信息及甲方网络和安全配置负有保密义务，不得以任何形式泄露。保密义务不因合同终止而解除。
H:第九条 知识产权
P:乙方在服务期内为甲方编写的运维脚本、配置文档、应急预案、运维知识库和各类报告，知识产权归甲方所有，甲方可自由使用和修改，并可交由后续服务商使用。
H:第十条 违约责任
P:（一）乙方未按本合同第四条第（三）项约定的时间完成驻场人员到岗、季度巡检或安全加固的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）本合同第五条约定的扣款与前项违约金分别计算。
P:（三）甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之二向乙方支付违约金。
H:第十一条 责任限制
P:乙方在本合同项下的累计赔偿责任（含违约金和扣款）以合同总价的50%为限，但因乙方故意或重大过失造成数据泄露的除外。
H:第十二条 分包
P:乙方不得将本合同项下的任何服务转包或分包给第三方。
H:第十三条 合同解除
P:（一）乙方严重违约，经甲方书面通知后10日内仍未纠正的，或出现本合同第六条第（三）项情形的，甲方有权书面通知解除合同。
P:（二）合同解除的，甲方按乙方实际提供服务的期间并经考核后结算服务费。
H:第十四条 期限届满
P:服务期届满，本合同终止，不自动续期。甲方可依法重新组织采购，乙方应配合后续服务商完成交接，交接期不少于15日且不另收费。
H:第十五条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，提交云州仲裁委员会仲裁。
H:第十六条 廉洁与人员管理
P:（一）乙方不得向甲方工作人员提供任何形式的财物或其他不正当利益，不得以任何方式干预案件办理。乙方人员与案件当事人存在利害关系的，应主动报告并回避。
P:（二）乙方对其派驻人员的人身安全、劳动报酬和社会保险承担全部责任。
H:第十七条 其他
P:本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。
P:甲方（盖章）：云州市临江区人民法院
P:乙方（盖章）：华审信息技术服务有限公司
P:签订日期：2025年12月　日
"""

# ----------------------------------------------------------------------------------------------------------------
H133Z05 = """\
# 智排 APS 高级计划排产系统软件许可及实施合同

> 智排科技标准合同文本（2025版）　文本编号：ZP-HT-2025-A

**合同编号**：ZP-2026-0315

**甲方**：南通恒纺织染有限公司
地址：江苏省南通市通州区川姜镇工业集中区

**乙方**：杭州智排软件有限公司
地址：杭州市余杭区文一西路998号

鉴于甲方拟在织造、染整两个工厂实施高级计划排产（APS）系统，乙方具备相应的软件产品和实施能力，双方根据《中华人民共和国民法典》，就软件许可、定制开发及实施事宜达成如下协议。

---

## 第一部分　商务条款

### 第1条　合同标的

1.1 乙方向甲方提供智排APS平台软件的永久使用许可，并完成定制开发、实施和培训，使甲方实现从销售订单到织机、染缸工序的有限产能排产。

1.2 本合同价款如下：

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 智排APS平台软件许可 | 永久许可，织造、染整两个工厂，30个并发用户 | 760,000 |
| 2 | 定制开发 | ERP/MES接口、织机排产规则、染缸配缸算法、车间看板 | 540,000 |
| 3 | 实施服务 | 基础数据整理、工厂建模、参数调优、上线支持 | 180,000 |
| 4 | 培训 | 计划员、车间主任、IT人员 | 20,000 |
| | **合计** | | **1,500,000** |

1.3 上述价格含税，不含甲方服务器、数据库及操作系统的采购费用。

### 第2条　付款方式

2.1 合同签订后5个工作日内，甲方向乙方支付合同总价的45%，即675,000元，作为预付款。乙方收到预付款后启动项目。

2.2 系统上线试运行后10个工作日内，甲方支付合同总价的35%，即525,000元。

2.3 系统验收合格后10个工作日内，甲方支付合同总价的20%，即300,000元。

2.4 甲方逾期付款的，乙方有权暂停实施工作，工期相应顺延。

### 第3条　项目实施

3.1 乙方应在收到预付款后90日内完成系统上线试运行。

3.2 甲方应按乙方要求及时提供订单、工艺路线、设备产能、班次日历等基础数据，并指定项目负责人。因甲方原因造成的延误，工期相应顺延。

3.3 乙方有权将本项目的部分实施、开发工作委托乙方认可的合作伙伴完成，无须另行取得甲方同意，乙方对合作伙伴的工作向甲方负责。

3.4 乙方指派项目经理一名，负责项目计划、需求调研、方案评审和进度汇报。项目经理每周向甲方提交项目周报。

3.5 甲方应按附件《系统环境要求》准备服务器、数据库和网络环境，并开放乙方实施所需的系统访问权限。

3.6 乙方应对甲方计划员、车间主任及IT人员进行不少于5天的培训，内容包括基础数据维护、排产参数调整、插单和急单处理、排产结果分析及接口异常处理。

### 第4条　验收

4.1 系统上线试运行满30日后，乙方向甲方提交验收申请。

4.2 验收标准：（1）按附件《功能清单》逐项测试通过；（2）在2,000张在制订单规模下，全厂排产运算时间不超过10分钟；（3）与甲方ERP、MES接口的订单、工单和报工数据一致；（4）排产结果经甲方计划部确认可执行。

4.3 甲方应在收到验收申请后10个工作日内组织验收，验收合格的签署验收报告。

### 第5条　违约责任

5.1 因乙方原因逾期上线的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的3%。

5.2 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金。

5.3 乙方在本合同项下承担的全部责任（包括违约金、赔偿金及其他任何责任）累计不超过合同总价的25%。乙方对甲方的间接损失、利润损失、停产损失不承担责任。

---

## 第二部分　技术与服务条款

### 第6条　维护服务

6.1 乙方提供免费维护期六个月，自系统上线试运行之日起计算。免费维护期内，乙方负责软件缺陷修复和远程技术支持。

6.2 故障响应：一级故障（排产系统无法运行或无法下发计划）乙方在8个工作小时内响应；二级故障在2个工作日内响应；其他问题在5个工作日内答复。乙方将尽合理努力尽快修复，但不承诺修复时间，亦不因响应或修复超时承担扣款、赔偿或违约责任。

6.3 免费维护期内，乙方通过电话、远程和在线工单提供技术支持，服务时间为工作日9:00至18:00。甲方需要乙方现场服务的，差旅费用由甲方承担。

6.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护服务合同，维护服务费按乙方届时公布的服务价格标准执行。

### 第7条　知识产权

7.1 智排APS平台软件的知识产权归乙方所有。

7.2 乙方在本合同项下交付的全部成果，包括但不限于定制开发的排产规则模型、配缸算法、接口程序及其源代码和文档，知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反向工程或许可第三方使用。

### 第8条　数据

8.1 乙方应对其在实施和维护过程中接触的甲方数据采取必要的安全措施，包括访问授权、传输加密和操作日志记录；远程维护须事先告知甲方。因乙方过错导致甲方数据泄露或损毁的，乙方应在知悉后24小时内通知甲方，并在第5.3条的范围内承担赔偿责任。

8.2 甲方同意，乙方可对甲方的订单、工艺、设备运行数据进行脱敏处理后，用于乙方算法模型的训练优化和行业解决方案的开发，该授权在本合同终止后持续有效。

### 第9条　保密

双方对在履行本合同过程中获知的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后两年。

### 第10条　合同解除

任何一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权书面通知解除本合同。因甲方原因解除的，已支付的款项不予退还。

### 第11条　知识产权担保

乙方保证其提供的平台软件不侵犯任何第三方的合法权利。因第三方主张侵权的，乙方负责处理，但因甲方修改软件或与非乙方提供的软件组合使用而引起的除外。

### 第12条　不可抗力

因不可抗力导致任何一方不能履行本合同的，该方应及时通知对方，并在15日内提供证明，根据不可抗力的影响部分或全部免除责任。

### 第13条　通知

本合同项下的通知以书面形式送达对方在本合同首页列明的地址，或发送至双方项目负责人的电子邮箱。一方变更联系方式的，应在3日内通知对方。

### 第14条　法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

### 第15条　其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 附件《功能清单》《实施计划》《系统环境要求》为本合同的组成部分。本合同未尽事宜，双方可另行签订补充协议。

甲方（盖章）：南通恒纺织染有限公司　　　　乙方（盖章）：杭州智排软件有限公司

授权代表：　　　　　　　　　　　　　　　　授权代表：

日期：　　　　　　　　　　　　　　　　　　日期：
"""

# ----------------------------------------------------------------------------------------------------------------
H133E01 = """\
T:LIMS Software Licence, Implementation and Support Agreement
P:Agreement reference: BLS-QD-2026-04
P:THIS AGREEMENT is made on the ____ day of __________ 2026
P:BETWEEN:
P:(1) BOFIN LABORATORY SYSTEMS LIMITED, a private company limited by shares incorporated in Ireland (company number __________), having its registered office at Middlequarter, Inishbofin, County Galway, Ireland (the "Vendor"); and
P:(2) QINGDAO HAIQIAO BREWING CO., LTD., a company established in the People's Republic of China, having its registered office at 77 Songling Road, Laoshan District, Qingdao, Shandong Province (the "Customer").
P:WHEREAS:
P:(A) The Customer operates breweries in Laoshan and Jimo and wishes to replace its spreadsheet-based quality records.
P:(B) The Vendor is the developer of the BofinLab laboratory information management system and has agreed to licence, configure and support it on the terms of this Agreement.
P:NOW IT IS HEREBY AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Business Day" means a working day in the People's Republic of China ("PRC"); "Contract Price" means the total price in Schedule 1; "Customer Data" means all data entered into or generated by the Licensed Software, including sample results, batch records and staff personal information; "Customer Deliverables" means the configurations, workflows, report and label templates and interface and migration scripts produced by the Vendor for the Customer; "Go-Live" means the first release of a production batch using the Licensed Software; "Licensed Software" means the BofinLab software listed in Schedule 1, including updates. The Schedules form part of this Agreement.
H:Clause 2 Scope
P:2.1 The Vendor shall supply the Licensed Software and perform the following services: configuration of sample login, specification management and workflows for raw materials, brewhouse, fermentation, bright beer, packaging and microbiology testing; configuration of stability studies and environmental monitoring for the packaging halls; interfacing of twenty-four laboratory instruments; migration of five years of quality records; user training; and support as set out in Clauses 7 and 8.
P:2.2 The Customer shall provide the servers, database licences and network access in the Vendor's technical requirements.
H:Clause 3 Licence
P:3.1 The Vendor grants to the Customer a perpetual, non-exclusive licence to install and use the Licensed Software at its Laoshan and Jimo sites for up to sixty named users, for the Customer's internal business purposes.
P:3.2 The Customer may make back-up copies and may transfer the licence to an affiliate on written notice.
H:Clause 4 Charges and Payment
P:4.1 The Contract Price is CNY 1,850,000 as set out in Schedule 1. Prices are stated in Chinese Renminbi at the Customer's request, are fixed, and include all taxes and duties payable in the PRC.
P:4.2 The Contract Price shall be paid as follows: (a) 20% (CNY 370,000) within thirty days of signature of this Agreement, against the Vendor's invoice; (b) 45% (CNY 832,500) within thirty days of Go-Live; (c) 35% (CNY 647,500) within thirty days of the date of the Acceptance Certificate.
H:Clause 5 Implementation and Delay
P:5.1 The Vendor shall deliver the services in accordance with the project plan agreed at the kick-off meeting. Go-Live shall occur no later than twenty weeks after signature of this Agreement.
P:5.2 If Go-Live is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
H:Clause 6 Acceptance
P:6.1 The Vendor shall carry out the acceptance tests in Schedule 2 together with the Customer's quality manager.
P:6.2 The Licensed Software shall be accepted only when: (a) all user acceptance test scripts in Schedule 2 have been passed; (b) no Severity 1 or Severity 2 defect remains open; (c) every migrated batch record for the years 2021 to 2025 has been reconciled against the source records without discrepancy; (d) results from each interfaced instrument are transferred without manual transcription; (e) the audit trail records every change to results and specifications; and (f) the system has operated in production for twenty consecutive Business Days after Go-Live without a Severity 1 defect.
P:6.3 If a test fails, the Vendor shall correct the defect at its own cost and repeat the test within ten Business Days.
P:6.4 When the criteria in Clause 6.2 are met, the Customer shall sign the Acceptance Certificate within five Business Days. Go-Live, use of the Licensed Software in production and payment of any instalment do not constitute acceptance.
H:Clause 7 Warranty
P:7.1 The Vendor warrants that the Licensed Software and the Customer Deliverables will perform materially in accordance with their documentation for eighteen months from the date of the Acceptance Certificate (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide updates and support free of charge.
P:7.2 The Vendor shall respond to and resolve incidents in accordance with the service levels in Schedule 3. If the Vendor fails to meet a response time for a Severity 1 incident, it shall pay a service credit of CNY 1,000 for each hour or part of an hour of delay, to be deducted from the next amount payable or paid within thirty days.
H:Clause 8 Support after the Warranty Period
P:8.1 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the Licence Subtotal in Schedule 1, that is CNY 127,908 per year, and shall remain fixed for the first three support years. Any later increase must be agreed in writing and shall not exceed 3% per year.
P:8.2 Support covers corrections, updates, new versions and the service levels in Schedule 3. Each support year is ordered by a purchase order of the Customer; support does not renew automatically.
H:Clause 9 Intellectual Property
P:9.1 The Licensed Software and all intellectual property rights in it remain with the Vendor.
P:9.2 All intellectual property rights in the Customer Deliverables vest in the Customer on creation, and the Vendor hereby assigns them to the Customer. The Customer may use, copy, modify and license the Customer Deliverables freely, including to a successor support provider. The Vendor shall hand over the source of all scripts at acceptance.
H:Clause 10 Customer Data and Security
P:10.1 Customer Data is and remains the property of the Customer. The Vendor shall process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose.
P:10.2 The Licensed Software is installed on the Customer's servers in Qingdao. The Vendor shall access the system only through the Customer's VPN with multi-factor authentication, after approval of each session by the Customer's IT department; all sessions are logged. The Vendor shall not copy Customer Data to any system outside the Customer's network or transfer it outside the PRC.
P:10.3 The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. It shall notify the Customer of any actual or suspected security incident affecting Customer Data within twelve hours of becoming aware of it, co-operate in the investigation, and indemnify the Customer against all losses, fines and costs arising from a breach of this Clause 10.
H:Clause 11 Confidentiality
P:11.1 Each party shall keep confidential all information of the other party disclosed under this Agreement, including recipes, brewing parameters and commercial terms, and shall use it only for the purposes of this Agreement. This obligation continues for five years after termination.
H:Clause 12 Limitation of Liability
P:12.1 The Vendor's total liability arising under or in connection with this Agreement shall not exceed 150% of the Contract Price.
P:12.2 Clause 12.1 does not limit liability for death or personal injury caused by negligence, fraud, or breach of Clauses 10 and 11.
H:Clause 13 Subcontracting and Assignment
P:13.1 The Vendor shall not subcontract any of its obligations without the prior written consent of the Customer, and remains responsible for the acts and omissions of any approved subcontractor.
P:13.2 Neither party may assign this Agreement without the prior written consent of the other, save as provided in Clause 3.2.
H:Clause 14 Termination
P:14.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach which is not remedied within thirty days of notice, if liquidated damages reach the maximum in Clause 5.2, or if the Vendor has a receiver or examiner appointed or enters into liquidation.
P:14.2 On termination for the Vendor's breach before acceptance, the Vendor shall refund the amounts paid for unaccepted work.
H:Clause 15 Governing Law and Jurisdiction
P:15.1 This Agreement and any non-contractual obligations arising out of or in connection with it shall be governed by and construed in accordance with the laws of Ireland.
P:15.2 The courts of Ireland shall have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
H:Clause 16 General
P:16.1 This Agreement is the entire agreement between the parties about its subject matter. Amendments must be in writing and signed by both parties.
H:Schedule 1 Charges
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:BofinLab Enterprise licence, named users|60|14,500|870,000
TB:Stability and Environmental Monitoring module|1|168,000|168,000
TB:Instrument integration licences|24|5,200|124,800
TB:Licence Subtotal|||1,162,800
TB:Configuration and workflow build|1|412,000|412,000
TB:Instrument interfacing and data migration|1|156,000|156,000
TB:Test scripts and acceptance testing support|1|88,000|88,000
TB:Training|1|31,200|31,200
TB:Contract Price|||1,850,000
H:Schedule 2 Acceptance Tests
P:User acceptance test scripts for each workflow in Clause 2.1, one test per interfaced instrument, reconciliation report for migrated records, audit-trail test, and the twenty-day production run.
H:Schedule 3 Service Levels
TB:Severity|Definition|Response|Workaround or fix
TB:Severity 1|System unavailable or batch release blocked|1 hour|8 hours
TB:Severity 2|Major function impaired, workaround possible|2 hours|3 Business Days
TB:Severity 3|Minor defect or question|1 Business Day|next update
P:SIGNED for and on behalf of BOFIN LABORATORY SYSTEMS LIMITED: ______________ Director
P:SIGNED for and on behalf of QINGDAO HAIQIAO BREWING CO., LTD.: ______________ Authorised representative
"""

# ----------------------------------------------------------------------------------------------------------------
H133E02 = """\
# Order Form No. HS-2026-0117

**Provider:** Halligsoft GmbH, Warft Neuwarft, Hallig Nordstrandischmoor, 25845 Nordstrand, Germany (Managing Director: Ingke Paulsen; commercial register: Amtsgericht Flensburg)

**Customer:** Lijiang Yunshe Hospitality Management Co., Ltd., 36 Xianghe Road, Gucheng District, Lijiang, Yunnan Province, People's Republic of China

This Order Form and the attached General Terms and Conditions for Software as a Service, version 3.4 (the "General Terms"), together form the contract between the parties (the "Contract"). The Order Form sets out the commercial details; all other matters are governed by the General Terms.

## 1. Services ordered

- **HalligPMS** property-management system: reservations, front desk, housekeeping, guest registration, folio and invoicing, night audit and group reporting.
- **Channel Manager**: two-way rate and availability synchronisation with Ctrip, Meituan, Fliggy and Booking.com.
- **Guest Messaging**: WeChat and SMS pre-arrival and check-out messages (up to 3,000 messages per month included).

## 2. Properties

Fourteen guesthouses (236 rooms in total) in the Dayan old town, Shuhe and Baisha, as listed in Annex 1.

## 3. Fees

| Item | Unit | Quantity | Unit price (CNY) | Monthly amount (CNY) |
|---|---|---|---|---|
| HalligPMS subscription | room / month | 236 | 52 | 12,272 |
| Channel Manager | property / month | 14 | 180 | 2,520 |
| **Monthly subscription fee** | | | | **14,792** |
| Subscription fees for the Initial Term (36 months) | | | | 532,512 |
| One-time onboarding fee (set-up, data migration, training) | | | | 38,000 |
| **Total contract value** | | | | **570,512** |

All amounts are in Chinese Renminbi (CNY), as requested by the Customer, and include VAT. Messages above the included volume are charged at CNY 0.06 each and are not part of the total contract value.

## 4. Term and payment

- **Initial Term:** 36 months from the date of Go-Live Acceptance (§ 3 (3) of the General Terms).
- **Invoicing:** the monthly subscription fee is invoiced monthly in arrears; the onboarding fee is invoiced after Go-Live Acceptance. No advance payment is due.
- **Planned Go-Live:** ten weeks after signature of this Order Form.

Signed for the Provider: ____________________  Signed for the Customer: ____________________

Place, date: ____________________

---

# General Terms and Conditions for Software as a Service (version 3.4)

## § 1 Scope

(1) These General Terms apply to all software-as-a-service contracts concluded by Halligsoft GmbH ("Provider") with business customers ("Customer").

(2) Deviating or supplementary terms of the Customer apply only if the Provider has expressly agreed to them in writing.

## § 2 Subject matter

(1) The Provider makes the services named in the Order Form available to the Customer over the internet for the term of the Contract. The Customer receives a non-exclusive, non-transferable right to use the services for its own business purposes at the properties listed in the Order Form.

(2) The Provider hosts the services in the Alibaba Cloud Shanghai region. Customer Data is stored and processed exclusively in mainland China.

## § 3 Onboarding and Go-Live Acceptance

(1) The Provider sets up the services for the properties in the Order Form, migrates the room, rate, guest-profile and future-reservation data supplied by the Customer, and trains the Customer's staff at each property.

(2) The Customer provides the data and access required for the set-up in good time and names a project lead.

(3) Go-Live Acceptance is declared in writing by the Customer when the following criteria are met: (a) all properties, room types and rate plans are set up as specified in Annex 1; (b) future reservations migrated from the Customer's former system match the source data for every property; (c) rates and availability are synchronised with each connected channel within 60 seconds in a test at every property; (d) guest registration data is transmitted to the public-security hotel-registration system without errors; (e) five consecutive business days of parallel operation pass without a Priority 1 incident. Productive use of the services or payment of invoices does not constitute Go-Live Acceptance.

(4) If Go-Live Acceptance is not reached by the planned date stated in the Order Form for reasons for which the Provider is responsible, the Provider pays the Customer CNY 450 for each calendar day of delay, up to a total of CNY 30,000.

## § 4 Service levels

(1) The Provider guarantees an availability of the services of 99.95% per calendar month, measured at the transfer point of the Provider's data centre to the internet. Announced maintenance windows between 02:00 and 05:00 China Standard Time, not exceeding six hours per month, are excluded.

(2) Incidents are classified and handled as follows: Priority 1 (services unavailable or check-in impossible at one or more properties): response within 30 minutes, restoration within 2 hours, 24 hours a day; Priority 2 (an important function impaired, such as the channel manager): response within 2 hours, restoration within 8 hours; Priority 3 (other faults): response on the next business day.

(3) If the availability falls below the guaranteed value, the Customer receives a credit on the next invoice of 5% of the monthly subscription fee for each started 0.1 percentage point of shortfall, up to 50% of that fee. If a Priority 1 incident is not restored within the agreed time, the Customer receives an additional credit of 3% of the monthly subscription fee for each started hour of delay.

## § 5 Fees and payment

(1) The fees are set out in the Order Form. Invoices are payable within 30 days of receipt.

(2) If the Customer is in default of payment for more than 60 days, the Provider may suspend the services after prior written notice with a period of 14 days.

## § 6 Term and renewal

(1) The Contract runs for the Initial Term stated in the Order Form. During the Initial Term, ordinary termination is excluded.

(2) After the Initial Term the Contract is extended by one year at a time, at the same fees, unless one party gives notice of termination at least 60 days before the end of the current term. Any change of fees requires a written agreement between the parties.

## § 7 Customer Data

(1) All data that the Customer or its guests enter into the services, including guest personal information, reservations and invoices ("Customer Data"), belongs to the Customer.

(2) The Provider processes Customer Data only to provide the services under the Contract and in accordance with the Customer's instructions. It does not use Customer Data, whether in identifiable, anonymised or aggregated form, for any other purpose.

(3) Within 30 days after the end of the Contract, the Provider hands over all Customer Data in a common machine-readable format and then deletes it, confirming the deletion in writing.

## § 8 Data security

(1) The Provider maintains a security concept appropriate to the risk, including: a filing at level 3 of the Chinese multi-level protection scheme; encryption of data in transit and at rest; role-based access with multi-factor authentication for administrators; logging of all administrative access; daily back-ups kept for 30 days; and annual penetration tests.

(2) The Provider complies with the Personal Information Protection Law, the Data Security Law and the Cybersecurity Law of the People's Republic of China.

(3) The Provider informs the Customer without undue delay, and in any case within 12 hours, of any breach of the security of Customer Data, supports the Customer in meeting its reporting duties, and is liable for the damage caused by a breach of this § 8 for which it is responsible.

## § 9 Confidentiality

(1) Each party keeps confidential all business and trade secrets of the other party that become known to it in connection with the Contract, and uses them only for the purposes of the Contract.

(2) This obligation continues for three years after the end of the Contract.

## § 10 Subcontractors

(1) The Provider may use subcontractors and sub-processors to render the services, including its hosting provider and its local implementation partner in Kunming.

(2) The Provider informs the Customer in text form of any new subcontractor at least 14 days before the subcontractor begins its work. The Provider remains responsible for the performance of its subcontractors as for its own.

## § 11 Rights

(1) All rights in the software underlying the services remain with the Provider.

(2) Configurations, rate-plan structures, report templates and data exports created specifically for the Customer belong to the Customer. The Customer may use, modify and pass them on to a successor provider without restriction.

## § 12 Liability

(1) The Provider is liable without limitation for intent and gross negligence, for injury to life, body or health, and under a guarantee it has given.

(2) In all other cases the total liability of the Provider under the Contract is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

## § 13 Termination for good cause

(1) The right of each party to terminate the Contract for good cause without notice remains unaffected.

(2) Good cause exists for the Customer in particular if the Provider materially breaches the Contract and fails to remedy the breach within 14 days of a written warning, or if the monthly availability falls below 99% in two consecutive months.

## § 14 Final provisions

(1) The Contract is governed by the laws of the People's Republic of China.

(2) The exclusive place of jurisdiction for all disputes arising from the Contract is the competent people's court at the Customer's registered seat.

(3) Amendments and additions to the Contract must be made in writing. This also applies to a waiver of this written-form requirement.

(4) Should any provision of the Contract be or become invalid, the validity of the remaining provisions shall not be affected. The parties shall replace the invalid provision by a valid one that comes as close as possible to its economic purpose.
"""

# ----------------------------------------------------------------------------------------------------------------
H133E03 = """\
T:Supply, Installation and Maintenance Contract for Orchard Monitoring
P:Contract No.: HF-PUR-2026-011
P:Buyer: Yantai Qixia Hongfu Orchard Co., Ltd., Songshan Town, Qixia City, Yantai, Shandong Province, People's Republic of China (the "Buyer")
P:Supplier: Callot Agri-Capteurs SAS, Ile Callot, 29660 Carantec, France (the "Supplier")
P:The Buyer manages 420 hectares of apple orchards on terraced hillsides around Songshan and intends to schedule drip irrigation and frost protection on the basis of measured soil moisture and weather data. Following a competitive enquiry, the Buyer has selected the Supplier. The parties agree as follows, on the Buyer's standard terms of purchase.
H:Article 1 Definitions
P:1.1 "Contract Price" means the total price in Article 3. "Equipment" means the sensor stations, weather stations, gateways and accessories listed in Article 3. "Platform" means the Supplier's orchard monitoring software licensed under Article 12. "Installation Certificate" means the document signed by the Buyer when all Equipment has been installed. "Final Acceptance" means acceptance under Article 6.3. "Business Day" means a working day in the PRC.
H:Article 2 Scope of Supply
P:2.1 The Supplier shall supply, install, calibrate and commission: sixty-four soil stations, each measuring moisture, temperature and electrical conductivity at 20, 40 and 60 cm depth; six automatic weather stations measuring air temperature, humidity, rainfall, wind, solar radiation and leaf wetness; eight LoRaWAN gateways with solar power and 4G back-haul; and the Platform, installed on the Buyer's server at the Songshan office.
P:2.2 The Supplier shall integrate the Platform with the Buyer's existing drip-irrigation controllers in the eleven irrigation blocks, so that irrigation and frost alarms and valve commands can be issued from the Platform under rules set by the Buyer's agronomists.
P:2.3 The Supplier shall train the Buyer's agronomists and technicians and provide user and maintenance manuals in Chinese.
H:Article 3 Contract Price
P:3.1 The Contract Price is CNY 1,270,000 (one million two hundred and seventy thousand yuan), fixed, delivered duty paid to the Buyer's site, inclusive of all taxes, duties, transport, insurance, installation and warranty service. It is made up as follows:
TB:Item|Qty|Unit price (CNY)|Amount (CNY)
TB:Soil station, 3 depths|64|7,850|502,400
TB:Automatic weather station|6|46,500|279,000
TB:LoRaWAN gateway|8|12,600|100,800
TB:Platform licence, perpetual|1|186,000|186,000
TB:Hardware and Licence Subtotal|||1,068,200
TB:Installation, calibration, commissioning|1|118,600|118,600
TB:Irrigation controller integration|1|64,000|64,000
TB:Training|1|19,200|19,200
TB:Contract Price|||1,270,000
H:Article 4 Payment
P:4.1 The Buyer shall pay: (a) 10% of the Contract Price (CNY 127,000) within fifteen Business Days after signature, against a bank guarantee for the same amount; (b) 55% (CNY 698,500) within fifteen Business Days after the Installation Certificate; (c) 35% (CNY 444,500) within fifteen Business Days after Final Acceptance.
P:4.2 The Installation Certificate confirms quantities and installation only and is not acceptance of the Equipment or the Platform.
H:Article 5 Delivery and Installation
P:5.1 The Equipment shall be delivered to the Buyer's site within seventy days after signature, and installation shall be completed within thirty days after delivery, before the start of the flowering season.
P:5.2 If the Supplier fails to deliver or to complete installation by the dates in Article 5.1, it shall pay the Buyer liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not relieve the Supplier of its obligation to complete the work.
P:5.3 The Supplier shall give the Buyer a station-by-station installation plan at least ten days before installation starts, shall coordinate trenching with the Buyer's orchard managers so that no trees or drip lines are damaged, and shall repair at its own cost any damage it causes to trees, terraces, drip lines or access roads.
P:5.4 The Supplier shall deliver with the Equipment a stock of spare parts sufficient for the Warranty Period, including four spare soil probes, two spare gateway power units and a set of spare rain-gauge and anemometer parts, which become the Buyer's property on delivery.
H:Article 6 Acceptance
P:6.1 After installation the system shall run for thirty consecutive days (the "Trial Period").
P:6.2 Final Acceptance requires that: (a) each soil sensor, checked against gravimetric samples taken by the Buyer at ten stations, reads within plus or minus 3 percentage points of volumetric moisture; (b) each weather station agrees with the reference instrument within the tolerances in the Technical Specification; (c) every station reports to the Platform at the configured fifteen-minute interval throughout the Trial Period, with gaps totalling no more than six hours per station; (d) irrigation and frost rules have triggered the correct valve commands and alarms in a test witnessed by the Buyer; and (e) manuals, as-built station maps and configuration records have been handed over.
P:6.3 When the criteria are met, the Buyer shall sign the Final Acceptance certificate. Delivery, installation, use of the system or any payment shall not be treated as Final Acceptance.
H:Article 7 Warranty
P:7.1 The Supplier warrants the Equipment and the Platform for thirty-six months from Final Acceptance. During this period the Supplier shall repair or replace defective items free of charge, including sensor probes, batteries and solar panels, within five Business Days of notice, and shall supply Platform updates free of charge.
H:Article 8 Service Levels
P:8.1 Incidents shall be handled as follows. Severity 1 (Platform unavailable, or three or more gateways or ten or more stations offline): response within 2 hours, engineer on site within two Business Days. Severity 2 (a single station or gateway offline): response within one Business Day, repair within five Business Days. Severity 3 (other questions): response within two Business Days.
P:8.2 For each full hour by which a Severity 1 response is late, the Supplier shall credit CNY 500; for each missed on-site deadline it shall credit CNY 2,000. Credits are deducted from the next payment or, after final payment, paid within thirty days.
H:Article 9 Maintenance after Warranty
P:9.1 For the fourth and fifth years after Final Acceptance the Supplier shall provide maintenance, including annual recalibration, battery replacement and the service levels in Article 8, at an annual fee of 7.5% of the Hardware and Licence Subtotal, that is CNY 80,115 per year, fixed for both years.
P:9.2 Maintenance beyond the fifth year requires a new written agreement. Nothing in this Contract renews automatically.
H:Article 10 Data
P:10.1 All data collected by the Equipment or produced by the Platform, including soil, weather, irrigation and yield data, belongs to the Buyer. The Supplier may use it only to perform this Contract.
P:10.2 The Platform is hosted on the Buyer's server in Qixia and data shall not be transferred outside the PRC. The Supplier's remote access requires the Buyer's approval for each session through the Buyer's VPN, and all access is logged. The Supplier shall apply the security measures in the Technical Specification, including encrypted radio links and gateway authentication.
P:10.3 The Supplier shall notify the Buyer within twelve hours of any security incident affecting the system or the Buyer's data, take immediate remedial action, and compensate the Buyer for all losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information, including the Buyer's orchard maps, yields and irrigation plans, and shall not disclose it to third parties without prior written consent. This obligation survives termination for five years.
H:Article 12 Intellectual Property
P:12.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Platform. Sensor firmware remains the property of its manufacturer.
P:12.2 Configurations, irrigation and frost rules, dashboards and interface scripts produced for the Buyer belong to the Buyer, which may use, modify and have them maintained by third parties without restriction.
H:Article 13 Liability
P:13.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of Articles 10 and 11.
H:Article 14 Subcontracting
P:14.1 The Supplier shall not subcontract any part of the Contract without the Buyer's prior written consent. The Buyer approves, by signing this Contract, the local installer Yantai Lvyuan Irrigation Engineering Co., Ltd. for trenching and mounting works. The Supplier remains responsible for its subcontractors.
H:Article 15 Buyer's Obligations
P:15.1 The Buyer shall provide site access, a server meeting the Supplier's written requirements, network connection at the Songshan office and the cooperation of its agronomists for rule setting and testing. Delays caused by the Buyer extend the dates in Article 5 accordingly.
H:Article 16 Termination
P:16.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty days after written notice, or if liquidated damages reach the maximum in Article 5.2.
H:Article 17 Force Majeure
P:17.1 Neither party is liable for failure caused by force majeure, including typhoon, hail and earthquake, provided it notifies the other party within five days.
H:Article 18 Governing Law and Disputes
P:18.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Yantai Arbitration Commission for arbitration in Yantai.
H:Article 19 Miscellaneous
P:19.1 This Contract is made in English and Chinese, both texts being equally authentic. Annexes: Technical Specification; Station Map; List of Approved Subcontractors.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ----------------------------------------------------------------------------------------------------------------
H133E04 = """\
MANAGED IT SERVICES AGREEMENT

between

ARINAGOUR MANAGED IT LIMITED, a company incorporated under the Companies Acts in Scotland (registered number SC______) and having its registered office at The Old Schoolhouse, Arinagour, Isle of Coll, Argyll PA78 6SZ (hereinafter "the Provider")

and

WUHAN DONGJIANG UNIVERSITY PRESS CO., LTD., a company established under the laws of the People's Republic of China and having its registered office at 129 Luoyu Road, Hongshan District, Wuhan, Hubei Province (hereinafter "the Client")

WHEREAS the Client publishes academic books and journals and requires the management of its desktop, server and network estate at its Luoyu Road premises and its Guanggu warehouse, and the Provider has agreed to provide such services on the terms of this Agreement;

NOW THEREFORE the Parties have agreed and do hereby agree as follows:

1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement, unless the context otherwise requires: "Business Hours" means 08:30 to 17:30 China Standard Time on Working Days; "Charges" means the charges set out in Clause 6; "Client Data" means all data, manuscripts, author and reader personal information and other material of the Client which the Provider accesses or processes in performing the Services; "Commencement Date" means 1 March 2026; "Incident" means an unplanned interruption to, or reduction in the quality of, an IT service; "Services" means the services described in Clause 3; "Transition" means the activities in Clause 4; "Working Day" means a day on which banks are open for business in Wuhan.

1.2 Words importing the singular include the plural and vice versa. Clause headings shall not affect interpretation.

2. COMMENCEMENT AND DURATION

2.1 This Agreement shall commence on the Commencement Date and shall continue for an initial period of twenty-four months (the "Initial Term").

2.2 On expiry of the Initial Term this Agreement shall continue by tacit relocation for successive periods of one year unless either Party gives to the other not less than ninety days' written notice of termination before the end of the Initial Term or of any renewal period.

2.3 The Provider may increase the Charges with effect from the start of each renewal period by giving the Client not less than sixty days' written notice. Any such increase shall not exceed six per cent of the Charges then payable.

3. THE SERVICES

3.1 The Provider shall provide: (a) a service desk available by telephone, WeChat and the web portal during Business Hours; (b) desktop support for up to 260 users, including installation, moves, adds and changes, patching and antivirus management; (c) monitoring and management of thirty-six servers, storage arrays and network devices, including back-up management and quarterly restore tests; (d) two on-site engineers at the Client's Luoyu Road premises during Business Hours; and (e) monthly service reports and a quarterly service review.

3.2 The Provider shall perform the Services with reasonable skill and care, in accordance with good industry practice and the Client's IT policies notified to the Provider.

4. TRANSITION

4.1 The Provider shall complete the Transition within eight weeks after the Commencement Date. The Transition comprises the inventory of all devices, the deployment of monitoring agents, the transfer of knowledge from the Client's former provider, and the preparation of runbooks for each critical system.

4.2 Transition shall be accepted by the Client in writing when: (a) every device is recorded in the configuration register; (b) monitoring is live for all thirty-six managed devices; (c) runbooks for the typesetting server, digital asset management system and ERP have been approved by the Client; (d) a restore test from back-up has been completed successfully; and (e) the service desk has operated for ten consecutive Working Days in parallel with the former provider without a missed Priority 1 response.

4.3 If Transition is not accepted within the period in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay to the Client the sum of CNY 1,600 for each day of delay until acceptance.

5. SERVICE LEVELS

5.1 The Provider shall meet the following service levels during Business Hours:

Priority 1 - an editorial or production system (typesetting server, digital asset management system or ERP) unavailable, or more than twenty-five users unable to work: response within 6 Business Hours; resolution target 2 Working Days.
Priority 2 - a single department or a single shared service affected: response within 8 Business Hours; resolution target 3 Working Days.
Priority 3 - a single user affected or a service request: response within 1 Working Day; resolution target 5 Working Days.
Service desk telephone calls shall be answered within 60 seconds on average in each month.

5.2 If the Provider fails to meet a Priority 1 response time, it shall grant a service credit of three per cent of the Monthly Service Charge for each such failure, and a service credit of one per cent for each failed Priority 2 response, the total credits in any month not exceeding ten per cent of the Monthly Service Charge. Service credits shall be deducted from the next invoice.

6. CHARGES AND PAYMENT

6.1 The Charges are stated in Chinese Renminbi at the Client's request and are as follows:

Service desk and desktop support: 260 seats at CNY 165 per seat per month = CNY 42,900 per month
Server, storage and network management: 36 devices at CNY 420 per device per month = CNY 15,120 per month
On-site engineers: 2 engineers at CNY 16,800 per engineer per month = CNY 33,600 per month
Monthly Service Charge: CNY 91,620
Monthly Service Charges for the Initial Term (24 months): CNY 2,198,880
Transition charge (one-time): CNY 48,000
Total Charges for the Initial Term: CNY 2,246,880

6.2 The Monthly Service Charge shall be invoiced monthly in arrears. The Transition charge shall be invoiced on acceptance of the Transition under Clause 4.2. No sum is payable in advance. Invoices are payable within thirty days of receipt.

6.3 The Charges include value added tax and all travel and accommodation costs of the Provider's personnel.

7. CLIENT DATA AND SECURITY

7.1 All Client Data shall remain the property of the Client. The Provider shall process Client Data only for the purpose of providing the Services and on the documented instructions of the Client, and shall not use it for any other purpose.

7.2 Client Data shall remain on the Client's systems in Wuhan. The Provider shall not copy Client Data to its own systems or transfer it outside the People's Republic of China. Administrative accounts used by the Provider shall be protected by multi-factor authentication, and all administrative activity shall be logged and made available to the Client.

7.3 The Provider shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China. It shall notify the Client within twelve hours of becoming aware of any actual or suspected breach of security affecting Client Data, shall take all reasonable steps to contain it, and shall indemnify the Client against all losses, regulatory fines and costs arising from any breach of this Clause 7 by the Provider or its personnel.

8. CONFIDENTIALITY

8.1 Each Party shall keep confidential all information of the other Party obtained under this Agreement, including unpublished manuscripts, author contracts and pricing, and shall not disclose it to any third party without the prior written consent of the other Party. This obligation shall survive termination of this Agreement for five years.

9. INTELLECTUAL PROPERTY

9.1 Runbooks, scripts, configuration records, knowledge articles and reports prepared by the Provider for the Client under this Agreement shall belong to the Client, which may use, modify and disclose them, including to any successor provider, without restriction.

9.2 The Provider's own monitoring tools and pre-existing know-how remain its property.

10. LIABILITY

10.1 The Provider's aggregate liability under or in connection with this Agreement shall not exceed one hundred and fifty per cent of the Total Charges for the Initial Term.

10.2 Nothing in this Agreement limits liability for death or personal injury caused by negligence, for fraud, or for breach of Clauses 7 and 8.

11. SUB-CONTRACTING AND ASSIGNATION

11.1 The Provider shall not sub-contract any part of the Services without the prior written consent of the Client, and shall remain responsible for the acts and omissions of any approved sub-contractor.

11.2 Neither Party may assign this Agreement without the prior written consent of the other Party.

12. TERMINATION

12.1 Either Party may rescind this Agreement by written notice if the other Party commits a material breach of this Agreement which is not remedied within thirty days after written notice requiring it to be remedied.

12.2 The Client may terminate this Agreement by written notice if the Provider fails to meet the Priority 1 response time more than three times in any period of three consecutive months.

12.3 On termination or expiry the Provider shall co-operate in the transfer of the Services to the Client or a successor provider for up to sixty days and shall return all Client Data.

13. GOVERNING LAW AND JURISDICTION

13.1 This Agreement shall be governed by and construed in accordance with the Law of Scotland.

13.2 The Parties hereby prorogate the exclusive jurisdiction of the Court of Session in Edinburgh in respect of any dispute arising out of or in connection with this Agreement.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages are executed as follows:

Subscribed for and on behalf of ARINAGOUR MANAGED IT LIMITED
at ______________________ on ______________________
by ______________________ Director
before this witness ______________________

Subscribed for and on behalf of WUHAN DONGJIANG UNIVERSITY PRESS CO., LTD.
at Wuhan on ______________________
by ______________________ Legal Representative
"""

# ----------------------------------------------------------------------------------------------------------------
H133E05 = """\
SUBSCRIPTION AND INTEGRATION AGREEMENT
for the DocExport API service

Agreement no. GD-2026/031

BETWEEN

Gorgona Doc S.r.l., with registered office at Cala dello Scalo, Isola di Gorgona, Livorno, Italy, VAT no. IT __________, in the person of its legal representative pro tempore, Ms Chiara Bientinesi (hereinafter the "Vendor")

AND

Yixing Zisha Heritage Export Co., Ltd., with registered office at 18 Dingshu Ancient South Street, Dingshu Town, Yixing, Jiangsu Province, People's Republic of China, in the person of its legal representative, Mr Shao Wenbin (hereinafter the "Customer")

(the Vendor and the Customer hereinafter jointly the "Parties" and each a "Party")

PREMISES

(A) The Vendor develops and operates DocExport, an application programming interface (API) service which generates, validates and archives export documents.
(B) The Customer exports hand-made zisha teapots and tea ware to customers in Europe, North America and Japan, and wishes to generate its commercial invoices, packing lists, certificate-of-origin applications and customs declaration data automatically from its ERP system.
(C) The Parties have negotiated the terms of this Agreement, which are set out below.

NOW, THEREFORE, the Parties agree as follows.

Art. 1 (Premises and annexes)
1.1 The premises and the annexes form an integral and substantial part of this Agreement.
1.2 The annexes are: Annex 1 (Service Description); Annex 2 (Integration Specification and Acceptance Tests); Annex 3 (Approved Sub-processors).

Art. 2 (Definitions)
2.1 In this Agreement: "Service" means the DocExport API service described in Annex 1; "Integration Services" means the work described in Art. 5; "Customer Data" means all data transmitted by the Customer to the Service or generated by the Service for the Customer, including shipment, product, price, consignee and customer data; "Service Start Date" means the date of Integration Acceptance under Art. 7; "Total Contract Value" means the amount stated in Art. 6.1.

Art. 3 (Subject matter)
3.1 The Vendor grants the Customer, for the duration of this Agreement, the right to use the Service for the Customer's own export shipments, up to 3,000 documents per month.
3.2 The Vendor shall perform the Integration Services, connecting the Service to the Customer's Kingdee ERP, its warehouse system and the data format of the China International Trade Single Window.
3.3 The Vendor shall provide onboarding and training for the Customer's export and logistics staff.

Art. 4 (Term and renewal)
4.1 The subscription has a term of 24 months from the Service Start Date.
4.2 Upon expiry, the subscription renews for successive periods of one year each, at the same fees, unless either Party gives notice of non-renewal at least 60 days before the expiry date by registered letter or certified e-mail. Fees for a renewal period may be changed only by written agreement of the Parties.

Art. 5 (Integration Services)
5.1 The Vendor shall build and configure the connectors to the systems named in Art. 3.2, the mapping of the Customer's product master data (including HS codes and material declarations for clay and glaze) and the document templates for each destination market.
5.2 The project plan foresees Integration Acceptance within eight weeks from signature of this Agreement.
5.3 The dates in the project plan are indicative. The Vendor shall use its best endeavours to meet them, but delays shall not give rise to penalties, price reductions or damages, save in the case of wilful misconduct or gross negligence of the Vendor.

Art. 6 (Fees and payment)
6.1 The fees are stated in Chinese Renminbi at the Customer's request and are as follows:
- DocExport subscription, Export Standard plan: CNY 9,800 per month x 24 months = CNY 235,200
- Integration Services (ERP, warehouse and Single Window connectors): CNY 86,000 one-time
- Onboarding and training: CNY 12,800 one-time
- Total Contract Value: CNY 334,000
Documents above 3,000 in a month are charged at CNY 2.20 each, invoiced monthly; these usage charges are not part of the Total Contract Value.
6.2 Upon signature of this Agreement the Customer shall pay an advance (anticipo) equal to 35% of the Total Contract Value, i.e. CNY 116,900, against the Vendor's invoice. The Vendor shall start the Integration Services upon receipt of the advance.
6.3 The advance shall be set off against the Vendor's invoices in the order of their issue until exhausted. The Integration Services and onboarding fees are invoiced upon Integration Acceptance; the subscription fee is invoiced quarterly in arrears.
6.4 Invoices are payable within 30 days of the invoice date. Late payments bear interest at the rate set by the loan prime rate published by the National Interbank Funding Center.

Art. 7 (Integration Acceptance)
7.1 Upon completion of the Integration Services the Parties shall carry out the acceptance tests described in Annex 2.
7.2 Integration Acceptance requires that: (a) documents are generated correctly for 200 sample shipments covering all destination markets; (b) the customs declaration data for those shipments is validated by the Single Window test environment without rejection; (c) the ERP and warehouse connectors transfer orders, packing data and shipment confirmations without manual re-entry; (d) documents are archived and retrievable for the retention period required by PRC law.
7.3 If the tests are passed, the Customer signs the acceptance report. Use of the Service in production before the acceptance report does not constitute acceptance.

Art. 8 (Service levels)
8.1 The Vendor shall make the Service available 99.95% of the time in each calendar month, excluding maintenance announced at least 72 hours in advance and carried out between 22:00 and 06:00 China Standard Time.
8.2 Incidents are classified as follows: Priority 1 (the Service is unavailable or documents cannot be generated): response within 1 hour, at any time; Priority 2 (a document type or connector fails): response within 3 hours during business hours; Priority 3 (other requests): response within 2 business days.
8.3 The Vendor shall report monthly on availability and incidents.
8.4 The service levels in this Art. 8 are objectives. Failure to achieve them shall not entitle the Customer to service credits, price reductions, damages or penalties of any kind; the Vendor's sole obligation shall be to remedy the failure as soon as reasonably possible.

Art. 9 (Customer Data and security)
9.1 Customer Data is and remains the exclusive property of the Customer. The Vendor shall process Customer Data solely for the purpose of providing the Service under this Agreement and shall not use it for any other purpose.
9.2 The Service and all Customer Data are hosted in the Alibaba Cloud Hangzhou region; Customer Data shall not be transferred outside the People's Republic of China.
9.3 The Vendor shall maintain an information security management system certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, protect administrative access with multi-factor authentication and keep access logs for at least 180 days. It shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
9.4 The Vendor shall notify the Customer of any security incident affecting Customer Data within 12 hours of becoming aware of it, shall take all necessary remedial measures and shall compensate the Customer for damages resulting from a breach of this Art. 9.

Art. 10 (Intellectual property)
10.1 The Service, the underlying software and all related intellectual property rights remain the exclusive property of the Vendor.
10.2 The connectors, mappings and document templates developed specifically for the Customer under Art. 5, including their source code, belong to the Customer, who may use, modify and have them maintained by third parties freely.

Art. 11 (Confidentiality)
11.1 Each Party undertakes to keep confidential all information concerning the other Party's business, including the Customer's customer lists, prices and product data, and not to disclose it to third parties without the other Party's prior written consent, during the Agreement and for three years after its termination.

Art. 12 (Liability)
12.1 Without prejudice to Art. 5.3 and Art. 8.4, the Vendor's total liability under this Agreement shall not exceed 150% of the Total Contract Value, except in the case of wilful misconduct or gross negligence and of breach of Art. 9 and Art. 11.

Art. 13 (Sub-contracting)
13.1 The Sub-processors listed in Annex 3 (Alibaba Cloud for hosting; Wuxi Qiaodan Information Technology Co., Ltd. for local first-level support) are approved by the Customer upon signature of this Agreement.
13.2 Any other sub-contracting of the Service or of the Integration Services requires the Customer's prior written consent. The Vendor remains fully responsible for its sub-contractors.

Art. 14 (Termination)
14.1 The Customer may terminate this Agreement with immediate effect by written notice if the Vendor breaches Art. 9 or Art. 11 (express termination clause).
14.2 Either Party may terminate this Agreement by written notice if the other Party commits any other material breach and fails to remedy it within 30 days of a written request.
14.3 Upon termination the Vendor shall return all Customer Data in a standard format within 30 days and delete it thereafter.

Art. 15 (Governing law and disputes)
15.1 This Agreement is governed by the laws of the People's Republic of China.
15.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time.

Art. 16 (Final provisions)
16.1 Any amendment to this Agreement shall be made in writing and signed by both Parties.
16.2 This Agreement is drawn up in English in two originals.

Made in Livorno and Yixing, on ______________

The Vendor                                   The Customer
____________________                         ____________________

Art. 17 (Specific approval)
Pursuant to the negotiation of the Parties, the Customer declares that it has read and specifically approves the following clauses: Art. 4.2 (Renewal), Art. 5.3 (Indicative dates), Art. 6.2 (Advance), Art. 8.4 (Service levels as objectives), Art. 12 (Liability), Art. 15 (Disputes).

The Customer
____________________
"""

# ----------------------------------------------------------------------------------------------------------------
SOURCES = {"h133z01": H133Z01, "h133z02": H133Z02, "h133z03": H133Z03, "h133z04": H133Z04, "h133z05": H133Z05,
           "h133e01": H133E01, "h133e02": H133E02, "h133e03": H133E03, "h133e04": H133E04, "h133e05": H133E05}
TARGETS = {"h133z01": ("h133z01_traffic_police_signal_control_guidance_integration.docx", "docx"),
           "h133z04": ("h133z04_district_court_litigation_service_efile_om.pdf", "pdf"),
           "h133e01": ("h133e01_brewery_lims_licence_irish_vendor.docx", "docx"),
           "h133e03": ("h133e03_apple_orchard_sensors_buyer_paper.pdf", "pdf")}
PLAIN = {"h133z02": "h133z02_cement_plant_kiln_inlet_gas_analyser_supply.txt",
         "h133z03": "h133z03_pet_hospital_emr_booking_saas.md",
         "h133z05": "h133z05_textile_mill_aps_licence_supplier_template.md",
         "h133e02": "h133e02_guesthouse_pms_saas_order_form_german_vendor.md",
         "h133e04": "h133e04_university_press_managed_it_scottish_provider.txt",
         "h133e05": "h133e05_teapot_exporter_export_docs_api_italian_vendor.txt"}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for key, name in PLAIN.items():
        (OUT / name).write_text(SOURCES[key], encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
