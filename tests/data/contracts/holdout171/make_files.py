"""holdout171 - blind held-out set of ten ORDINARY draft contracts (written before any run).

Builds the ten contracts from the sources below, writes their .json labels and checks the read-back texts.
Run: /work/main/.venv/bin/python make_files.py   (from any directory; writes into this folder only)

- .md / .txt are written exactly as their sources;
- .docx / .pdf are built with ../word_pdf.py (Word tables for the price lists; PDFs with wrap_words=True);
- labels: terms and planned rules per contract (LABELS below); numbers are computed here (percentages of the
  contract value as Python computes them, not rounded); every price and payment sum is asserted; the policy's
  CR rules are re-applied to each label's terms and must give the planned rule list;
- read-back: the built files are read again (python-docx / pypdf), their lengths are printed and a regex scan
  refuses any value sitting exactly on a policy threshold.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h171z01 - district health commission, regional health information platform (政府采购 公开招标), buyer's paper, .docx
# ---------------------------------------------------------------------------------------------------------------
H171Z01 = """
T:临湖区区域全民健康信息平台建设项目政府采购合同
P:合同编号：LHWJ-ZC-2025-063    项目编号：LHCG2025-0219（公开招标）
P:采购人（甲方）：临湖区卫生健康委员会
P:供应商（乙方）：浙江衡康数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。招标文件、投标文件、中标通知书及澄清文件均为本合同的组成部分，与本合同具有同等效力；内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方负责临湖区区域全民健康信息平台的建设，包括区域卫生数据中心、居民主索引（EMPI）、电子健康档案、电子病历共享调阅、检查检验结果互认、双向转诊及家庭医生签约等业务协同功能，以及服务器、存储和网络安全设备的供货、安装与系统集成。
P:1.2 平台须与区内23家医疗卫生机构（区人民医院、区中医院及21家社区卫生服务中心、乡镇卫生院）的HIS、LIS、PACS、公共卫生等系统完成接口对接，并按市级全民健康信息平台的标准完成数据上报对接。
P:1.3 乙方负责历史数据的清洗、治理与迁移，以及项目实施、操作培训和网络安全等级保护测评配合。具体技术要求以招标文件第五章及乙方投标文件技术响应表为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币3,380,000元（大写：叁佰叁拾捌万元整），为固定总价，包含设备、软件、接口开发、数据治理、实施、培训、运输、保险、税费及质保期内全部服务的费用。甲方不再支付合同总价以外的任何费用。分项价格如下：
TB:序号|项目|数量|金额（元）
TB:1|区域全民健康信息平台软件许可（永久使用）|1套|1,280,000
TB:2|服务器及存储设备|1批|876,000
TB:3|网络安全设备（下一代防火墙、数据库审计、堡垒机）|1批|342,000
TB:|软硬件小计||2,498,000
TB:4|医疗卫生机构接口开发|23家×18,400元|423,200
TB:5|数据治理与历史数据迁移|1项|316,800
TB:6|实施、等保测评配合及培训|1项|142,000
TB:|合计||3,380,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后10个工作日内，甲方支付合同总价的20%作为预付款，即人民币676,000元。
P:3.2 系统初步验收合格后10个工作日内，甲方支付合同总价的35%，即人民币1,183,000元。
P:3.3 系统最终验收合格后10个工作日内，甲方支付合同总价的45%，即人民币1,521,000元。
P:3.4 乙方每次申请付款前应向甲方开具合法有效的增值税发票。资金支付按照国库集中支付的有关规定办理。
H:第四条 实施进度与交付
P:4.1 乙方应于合同签订后60日内完成设备到货、安装和平台部署，120日内完成全部机构接口对接和历史数据迁移，并书面提请初步验收。
P:4.2 设备到货后由双方共同开箱清点并签收。到货签收仅确认设备的品牌、型号、数量和外观，不视为验收合格。
P:4.3 乙方应派驻项目经理1名及实施人员不少于5名，项目经理须为投标文件中承诺的人员，未经甲方书面同意不得更换。
P:4.4 乙方应对甲方及各医疗机构的系统管理员和业务人员进行操作培训，培训不少于8个批次，并提供培训教材和操作手册。
H:第五条 验收
P:5.1 初步验收：平台部署完成、23家机构接口全部联通、历史数据迁移完成后，由甲方组织初步验收。验收标准为：招标文件技术需求逐项实现；居民主索引合并准确率不低于98%；调阅电子病历、检查检验报告的平均响应时间不超过3秒；第三方安全测评无高危漏洞。
P:5.2 试运行与最终验收：初步验收合格后系统试运行三个月。试运行期间未发生一级故障、累计二级故障不超过3次，且等级保护测评通过的，由甲方组织专家进行最终验收，并出具书面验收报告。
P:5.3 验收不合格的，乙方应在15日内整改并重新提请验收，由此产生的费用由乙方承担。系统上线使用、甲方支付任何款项，均不视为验收合格。
H:第六条 质量保证与运维服务
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、设备保修（含备品备件更换）及7×24小时技术支持，并每季度提交一次巡检报告。
P:6.2 服务水平：平台年度可用率不低于99.95%（经甲方同意的计划内维护除外）。故障分级响应要求：一级故障（平台整体不可用或核心业务中断）30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（部分功能异常）1小时内响应，24小时内解决；三级故障（一般咨询或非紧急问题）8小时内响应，3个工作日内解决。
P:6.3 乙方未达到上述服务水平的，每超时1小时扣减人民币1,000元；年度可用率每低于承诺值0.01个百分点，扣减人民币2,000元。扣减款从甲方应付款项中扣除，不足部分由乙方另行支付。
P:6.4 质保期满后，如甲方需要乙方继续提供运维服务，年度运维费不超过软硬件小计的8.5%，即每年不超过人民币212,330元，质保期满后前两年按此价格执行，不得上调。运维服务另行签订合同，不自动续期。
H:第七条 知识产权
P:7.1 乙方保证其提供的设备、软件及服务不侵犯任何第三方的知识产权，因侵权引起的一切责任由乙方承担。
P:7.2 平台软件产品的知识产权仍归乙方所有，乙方授予甲方在本区卫生健康系统内永久、不可撤销的使用许可。
P:7.3 乙方为本项目定制开发的接口程序、数据治理脚本、数据标准及其源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。乙方应在最终验收前移交完整的源代码及文档。
H:第八条 数据安全
P:8.1 平台汇聚的居民健康档案、电子病历、检查检验等全部数据及其衍生数据均归甲方所有。乙方仅为履行本合同处理上述数据，不得将数据用于本合同以外的任何目的，不得以任何形式留存、复制或对外提供。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及卫生健康行业数据安全管理规定，按网络安全等级保护第三级要求落实加密存储、访问控制、操作审计等措施；运维操作须经堡垒机进行并全程留痕；数据不得存储于区政务云之外。
P:8.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在2小时内报告甲方并立即采取补救措施。因乙方原因造成的，乙方承担全部赔偿责任及相应的法律责任。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、网络结构、账号口令以及医疗机构和居民的相关信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方应与参与项目的人员签订保密协议。保密义务不因本合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期提请验收的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 乙方提供的设备或软件不符合合同约定的，应负责更换或整改，并承担由此产生的费用和甲方的损失。
P:10.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
H:第十一条 分包与转包
P:11.1 乙方不得将本项目转包，也不得将本项目的任何部分分包给第三方。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除合同，并要求乙方赔偿损失：（一）逾期超过30日；（二）最终验收两次不合格；（三）违反本合同第八条、第九条约定；（四）其他严重违约行为，经甲方书面催告后15日内仍未纠正。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效，并按规定报同级财政部门备案。
P:甲方（盖章）：临湖区卫生健康委员会    乙方（盖章）：浙江衡康数智科技有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:签订日期：2025年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h171z02 - automotive wire-harness plant, continuity test benches + post-warranty maintenance, .txt, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H171Z02 = """线束导通测试台采购及维护保养合同

合同编号：HY-SB-2025-0186

买方（以下简称甲方）：江苏淮扬汽车电子线束有限公司
地址：江苏省淮安市经济技术开发区枫林路18号

卖方（以下简称乙方）：东莞精测自动化设备有限公司
地址：广东省东莞市松山湖园区工业东路9号

甲方因新能源车型高压及低压线束产线扩产需要，向乙方采购线束导通测试台及配套测试治具、软件，并委托乙方在质保期满后提供维护保养服务。双方依据《中华人民共和国民法典》，经友好协商，订立本合同，共同遵守。

一、采购内容与价格
（一）设备及软件清单：
1. 线束导通测试主机（1024测试点，含耐压、绝缘测试模块）14台，单价86,500元，金额1,211,000元；
2. 测试治具（按甲方线束图纸定制的工装板及连接器治具）42套，单价9,800元，金额411,600元；
3. 测试管理软件及MES数据接口（14个工位授权，永久许可）1套，金额168,000元。
以上硬件及软件小计1,790,600元。
（二）安装调试及操作培训费64,400元。
（三）合同总价为人民币1,855,000元（大写：壹佰捌拾伍万伍仟元整），含13%增值税、包装、运输、保险、安装调试及培训费用，为固定价格，合同履行期间不作调整。
（四）设备的技术参数、测试项目及治具清单以双方签署的《技术协议》为准，《技术协议》为本合同附件。

二、付款方式
（一）合同签订后7个工作日内，甲方向乙方支付合同总价的35%作为预付款，即649,250元。
（二）设备经最终验收合格后15个工作日内，甲方支付合同总价的55%，即1,020,250元。
（三）余款即合同总价的10%（185,500元）作为质量保证金，在质保期满且无未决质量问题后15个工作日内无息支付。
（四）乙方应在每期付款前开具等额增值税专用发票。

三、交货与安装
（一）乙方应于合同签订后45日内将全部设备及治具送达甲方淮安工厂二号厂房，并在到货后10日内完成安装调试。
（二）治具须按甲方提供的线束图纸和连接器型号制作。图纸发生变更的，双方应书面确认变更内容及交货期。
（三）到货时双方共同开箱清点，签收单仅证明设备数量与外观，不作为质量验收的依据。
（四）乙方安装人员进入甲方厂区，应遵守甲方的安全、质量及7S管理规定。
（五）设备应采用防潮、防震包装，每台设备随附装箱单、合格证、使用说明书、电气原理图及易损件清单。因包装不良造成的损坏由乙方负责。

四、验收
（一）安装调试完成后进入试生产阶段。试生产期间，以甲方量产线束连续测试20个工作日，同时满足以下条件的为验收合格：
1. 导通、短路、错位、耐压、绝缘各项测试功能及参数符合《技术协议》；
2. 对甲方提供的标准不良样件（含开路、短路、错位、瞬断各类缺陷）能够全部检出，量产件误判率不高于0.3%；
3. 单件测试节拍不超过45秒；
4. 测试结果及产品条码信息实时上传甲方MES系统，数据完整、无丢失。
（二）验收合格后由双方签署最终验收证书。验收不合格的，乙方应在10日内整改后重新验收；两次验收不合格的，甲方有权退货、解除合同并要求乙方返还已付款项。
（三）设备投入试生产、甲方签收或支付任何款项，均不视为验收合格。

五、质量保证及服务响应
（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备及软件本身质量问题产生的维修、更换均由乙方免费负责；治具探针等易损件在《技术协议》约定的寿命内免费更换。
（二）质保期内及维护保养期内，乙方的服务响应时限如下：
1. 一级故障（测试台故障导致产线停线）：接到通知后30分钟内远程响应，6小时内工程师到达现场，24小时内修复或提供备用机；
2. 二级故障（单项测试功能异常，不影响出货）：2小时内响应，48小时内修复；
3. 三级故障（软件操作、报表等问题）：1个工作日内解决。
（三）乙方未按上述时限响应、到场或修复的，每超时1小时向甲方支付500元；一级故障导致停线超过24小时的，另按每小时2,000元赔偿甲方的停线损失。

六、质保期满后的维护保养
（一）质保期满后，乙方按甲方要求提供年度维护保养服务，内容包括每季度一次预防性保养、探针及连接器更换（材料费另计）、软件升级及本合同第五条第（二）项约定的响应服务。
（二）年度维护保养费按硬件及软件小计的18%计取，即每年322,308元，质保期满后三年内固定不变，按季度平均支付。
（三）维护保养期满后是否续签由甲方决定，不自动续期。

七、知识产权
（一）按甲方图纸定制的治具设计、测试程序及测试参数文件，知识产权归甲方所有。乙方应随设备交付其电子版本，甲方可自行修改或委托第三方使用。
（二）测试台内置软件及测试管理软件的著作权归乙方所有，乙方授予甲方永久使用许可，甲方可在本企业各工厂内部使用。
（三）乙方保证所供设备及软件不侵犯任何第三方的知识产权，否则由乙方承担全部责任。

八、数据安全
（一）测试记录、产品条码、工艺参数等数据归甲方所有，乙方不得用于本合同以外的任何目的。
（二）乙方远程维护须经甲方信息部门逐次审批，通过甲方指定的VPN进行并记录日志，不得下载、复制或留存甲方数据；维修更换下来的存储部件由甲方留存或当场销毁。
（三）因乙方原因导致甲方数据泄露、丢失或MES系统遭受攻击的，乙方应在24小时内书面报告甲方，并承担全部赔偿责任。

九、保密
乙方对甲方提供的线束图纸、BOM、工艺文件以及甲方客户（整车厂）的相关信息负有保密义务，未经甲方书面同意不得向任何第三方披露，保密期限至本合同终止后五年。

十、违约责任
（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的0.1%向甲方支付违约金，违约金累计不超过合同总价的10%；逾期超过30日的，甲方有权解除合同。
（二）乙方交付的设备存在质量问题的，除承担维修、更换责任外，还应赔偿甲方由此遭受的直接损失。
（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。

十一、分包
乙方不得将本合同项下的工作委托他人完成。治具制作确需委托第三方加工的，须事先取得甲方书面同意，乙方对加工质量承担全部责任。

十二、合同解除
任何一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权书面通知解除合同，并要求违约方赔偿损失。

十三、法律适用及争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交淮安仲裁委员会仲裁。

十四、其他
（一）因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明，可根据影响程度部分或全部免除责任。
（二）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。《技术协议》及双方确认的治具图纸为本合同附件，与本合同具有同等效力。

甲方：江苏淮扬汽车电子线束有限公司（盖章）
授权代表：
日期：2025年  月  日

乙方：东莞精测自动化设备有限公司（盖章）
授权代表：
日期：2025年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h171z03 - kindergarten chain, home-school (家园共育) SaaS, three years + implementation, .md, Markdown headings
# ---------------------------------------------------------------------------------------------------------------
H171Z03 = """# 家园共育云平台订阅及实施服务合同

合同编号：TQS-IT-2025-027

**甲方（客户）**：成都童趣树教育管理有限公司
**地址**：四川省成都市高新区天府三街56号

**乙方（服务商）**：上海启萌云科技有限公司
**地址**：上海市闵行区紫竹科学园区东川路555号

鉴于甲方在成都、绵阳、德阳三地运营26所幼儿园，拟使用乙方“启萌家园”云平台开展家园共育、幼儿成长档案、晨午检、考勤、缴费通知及家长沟通等工作，双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

## 1. 服务内容

1.1 乙方以软件即服务（SaaS）方式向甲方提供“启萌家园”云平台的使用权，包括园所管理端、教师端App和家长端微信小程序，覆盖甲方全部26所幼儿园。

1.2 乙方负责平台实施，包括园所及班级架构配置、幼儿及家长基础数据导入、原有成长档案系统的历史数据迁移、园长及教师培训。

1.3 乙方为甲方定制开发“童趣树”品牌家长端小程序界面及园所特色课程展示模块。

1.4 订阅期限为三年，自平台上线验收合格之日起计算。

1.5 甲方负责提供园所、班级及人员基础数据，指定各园所的平台管理员，并负责在使用平台前依法取得幼儿监护人对收集、使用幼儿个人信息的单独同意。乙方应在家长端小程序中提供符合法律要求的隐私政策及监护人同意功能。

## 2. 费用与支付

2.1 本合同费用如下：

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 平台订阅费 | 26所 × 15,800元/所/年 × 3年 | 1,232,400 |
| 实施服务费（配置、数据导入与迁移、培训） | 一次性 | 86,000 |
| 品牌小程序及课程展示模块定制 | 一次性 | 58,000 |
| **合同总价** | | **1,376,400** |

2.2 平台订阅费按季度结算，乙方于每季度结束后开具发票，甲方在收到合格发票后15个工作日内支付当季订阅费102,700元。

2.3 实施服务费及定制费在上线验收合格后一次性支付。本合同不设预付款。

2.4 订阅期内甲方新增园所的，按每所每年15,800元的单价按月折算收费；减少园所的，自次一季度起相应扣减。

## 3. 实施与上线验收

3.1 乙方应于合同签订后45日内完成实施工作并书面提请上线验收。

3.2 上线验收标准：（1）26所园所、全部班级及在园幼儿、家长数据导入完整，经甲方抽查核对无误；（2）历史成长档案迁移后可正常查阅、下载；（3）附件一《功能清单》所列功能逐项测试通过；（4）品牌小程序通过微信平台审核并正式发布；（5）模拟2,000名家长并发访问时，页面平均响应时间不超过2秒。

3.3 验收合格后双方签署上线验收单。平台试用、家长开始使用或甲方支付任何费用，均不视为验收合格。

3.4 因乙方原因逾期提请上线验收的，每逾期一日，乙方向甲方支付违约金1,000元；逾期超过30日的，甲方有权解除合同，乙方应返还甲方已付的全部款项。

## 4. 服务水平

4.1 平台月度可用率不低于99.5%。提前72小时通知甲方、且在22:00至次日6:00之间进行的计划维护不计入不可用时间。

4.2 故障响应：一级故障（平台整体无法访问、晨检或考勤功能全部失效、疑似数据泄露）30分钟内响应，3小时内恢复；二级故障（部分功能异常、个别园所无法使用）2小时内响应，1个工作日内解决；一般问题1个工作日内答复。

4.3 服务补偿：月度可用率低于承诺值的，按以下比例抵扣当月订阅费：低于99.5%但不低于99%的，抵扣5%；低于99%但不低于98%的，抵扣10%；低于98%的，抵扣20%。一级故障未按时响应或恢复的，每次另行抵扣当月订阅费的2%。

## 5. 数据与个人信息保护

5.1 平台中的幼儿信息、家长信息、成长档案、照片视频、晨午检及健康记录等数据（以下简称“甲方数据”）归甲方所有。

5.2 甲方同意，乙方可对甲方数据进行去标识化和汇总处理后，用于平台功能改进、算法训练以及乙方发布的学前教育行业研究报告；该等使用在本合同终止后仍可继续。

5.3 乙方应遵守《中华人民共和国个人信息保护法》《儿童个人信息网络保护规定》等规定，甲方数据存储于中国境内，采用加密存储和传输、分级权限管理及操作日志审计，平台应通过网络安全等级保护第三级测评并保持有效。

5.4 发生或可能发生数据泄露等安全事件的，乙方应在24小时内通知甲方，配合甲方告知家长并向监管部门报告；因乙方原因造成的，乙方承担由此产生的全部损失和法律责任。

5.5 本合同终止后30日内，乙方应将甲方数据以通用格式完整交还甲方，并在甲方确认后删除其系统中的甲方数据（本合同第5.2条所述的去标识化汇总数据除外）。

## 6. 知识产权

6.1 “启萌家园”平台及其软件的知识产权归乙方所有，甲方在订阅期内享有使用权。

6.2 乙方为甲方定制的品牌小程序界面、课程展示模块及其设计稿、源代码，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和发布。

## 7. 保密

双方对履约过程中知悉的对方商业秘密及其他未公开信息负有保密义务，未经对方书面同意不得向第三方披露，保密期至本合同终止后三年。

## 8. 续期

8.1 订阅期满前60日内，任何一方未书面提出不再续订的，本合同自动续期一年，续期次数不限。

8.2 每次续期时，乙方有权上调订阅单价，上调幅度不超过上一期单价的8%，乙方书面通知甲方后即按新单价计费。

## 9. 分包

乙方使用阿里云作为平台云基础设施，甲方已知悉并同意。除此之外，乙方将本合同项下的任何工作委托第三方完成的，须事先取得甲方书面同意。

## 10. 责任限制

乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方违反本合同第5条、第7条造成的损失不受此限。

## 11. 合同解除

11.1 一方严重违约，且在收到对方书面通知后15日内未予纠正的，另一方有权书面通知解除本合同。

11.2 因乙方原因发生幼儿或家长个人信息泄露事件的，甲方有权立即解除本合同，并要求乙方赔偿损失。

## 12. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

## 13. 其他

因不可抗力导致一方不能履行本合同的，该方应及时通知对方，并在合理期限内提供证明，可根据影响程度部分或全部免除责任；但乙方应采取合理措施尽快恢复服务并保障甲方数据安全。

本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一《功能清单》、附件二《服务水平与补偿细则》为本合同不可分割的组成部分。

甲方（盖章）：成都童趣树教育管理有限公司　　　乙方（盖章）：上海启萌云科技有限公司

日期：2025年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h171z04 - city public-resource trading centre, e-trading platform annual O&M (政府采购 单一来源), .pdf, 第X条 + （一）
# ---------------------------------------------------------------------------------------------------------------
H171Z04 = """
T:沧澜市公共资源交易中心电子交易平台运维服务合同
P:合同编号：CLGG-YW-2025-011    采购方式：单一来源采购
P:采购人（甲方）：沧澜市公共资源交易中心
P:供应商（乙方）：北京国采易联软件有限公司
P:鉴于乙方为甲方电子交易平台（含工程建设、政府采购、土地矿业权、国有产权四个交易系统及专家抽取、电子开评标、CA数字证书及电子签章模块）的原开发单位，经财政部门批准，甲方以单一来源方式向乙方采购平台年度运维服务。依据《中华人民共和国政府采购法》《政府采购非招标采购方式管理办法》及单一来源采购文件、乙方响应文件和协商记录，双方订立本合同。
H:第一条 服务期限与服务内容
P:（一）服务期限自2025年7月1日起至2026年6月30日止。
P:（二）服务内容：1. 平台软件日常巡检、缺陷修复及性能优化；2. 适配国家及省级交易规则变化的功能调整；3. 派驻2名运维工程师在甲方现场工作（工作日8:30至17:30）；4. 重大项目开标、评标现场技术保障，全年不少于60场；5. 安全加固、漏洞修复及等级保护测评配合；6. CA数字证书及电子签章接口维护。
P:（三）乙方派驻人员应具备相应资质，名单报甲方备案，更换人员须经甲方书面同意并做好工作交接。派驻人员应遵守甲方的考勤、保密和机房管理制度，甲方认为派驻人员不能胜任的，有权要求乙方在10个工作日内更换。
P:（四）服务开始后15日内，乙方应完成平台现状评估，向甲方提交运维方案，内容包括系统架构及资产清单、巡检计划、应急预案、备份恢复策略和开评标保障流程，经甲方确认后执行。
H:第二条 服务费用
P:（一）服务费总额为人民币1,080,000元（大写：壹佰零捌万元整），为固定总价，已包含人员、差旅、工具、备品及税费。费用构成如下：
TB:服务项目|计费方式|金额（元）
TB:平台软件运维|全年|486,000
TB:驻场运维人员|2人，全年|336,000
TB:开评标现场保障|60场×1,800元|108,000
TB:安全加固及等保测评配合|全年|96,000
TB:CA及电子签章接口维护|全年|54,000
TB:合计||1,080,000
H:第三条 付款方式
P:（一）本合同不设预付款。服务费按季度支付，每季度服务期满且季度考核完成后，甲方在15个工作日内支付当季服务费270,000元。
P:（二）季度考核得分低于80分或发生扣款的，甲方按第六条扣减后支付。
P:（三）乙方应在每次付款前开具合法有效的发票。资金支付按照国库集中支付的有关规定办理。
P:（四）乙方应在合同签订后5个工作日内向甲方提交金额为合同总价5%的履约保函，有效期至服务期满后30日。乙方未按约定履行合同的，甲方有权按规定处置履约保函。
H:第四条 服务水平
P:（一）平台年度可用率不低于99.98%，开标时段不得发生非计划中断。
P:（二）故障分级及响应：一级故障（交易系统整体不可用、开标或评标中断）乙方应在8小时内响应并提出处理方案，24小时内恢复；二级故障（单个功能模块异常）1个工作日内响应，2个工作日内修复；三级故障（一般性问题）3个工作日内处理完毕。
P:（三）开评标现场保障人员须提前30分钟到场，保障结束后当日填写保障记录。
P:（四）乙方应每月提交运维报告，每季度提交安全巡检报告，重大故障处理完毕后3日内提交故障分析报告。
P:（五）涉及生产环境的版本发布、配置修改和数据库操作，乙方应提前3个工作日提出变更申请，经甲方审批后在非交易时段实施，并事先做好备份和回退方案；紧急变更须经甲方分管负责人同意。
P:（六）乙方每半年至少组织一次应急演练，演练内容包括数据库故障切换、开标系统异常处置及数据恢复，演练记录报甲方备案。
H:第五条 考核与验收
P:（一）甲方每季度按本合同附件《运维服务考核表》对乙方进行考核，考核内容包括平台可用率、故障处理时效、巡检及报告、现场保障质量和用户满意度。
P:（二）服务期满后，甲方组织年度验收，以四个季度的考核结果、运维文档及源代码移交情况、遗留问题清零为验收标准，验收合格后出具书面验收意见。
H:第六条 违约责任
P:（一）季度考核得分低于80分的，每低1分扣减当季服务费2,000元；一级故障未按时响应或恢复的，每次扣减5,000元；年度可用率低于承诺值的，每低0.01个百分点扣减3,000元。
P:（二）乙方未按期完成规则适配、巡检报告或漏洞修复的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（三）乙方在本合同项下的累计赔偿责任（含违约金及扣款）以合同总价的50%为限。
P:（四）甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第七条 数据安全
P:（一）平台内的交易数据、投标文件、评标数据、专家信息及系统日志均归甲方所有。乙方仅可为履行本合同访问上述数据，不得复制、留存或向任何第三方提供，不得用于任何其他目的。
P:（二）乙方运维操作应通过甲方堡垒机进行，全程录像审计；严禁在开标前访问投标文件的加密数据；涉及数据库的变更须经甲方书面审批。
P:（三）乙方应落实网络安全等级保护第三级及商用密码应用安全性评估的要求。发生数据泄露、篡改或其他安全事件的，乙方应在1小时内报告甲方，并承担因其原因造成的全部责任。
H:第八条 保密
P:乙方及其运维人员对标底、投标人名单、评标专家名单及其他未公开交易信息负有保密义务，运维人员应签署个人保密承诺书。保密义务在本合同终止后继续有效。
H:第九条 知识产权
P:服务期内乙方为甲方新开发或修改的功能模块、适配程序及脚本，其源代码及知识产权归甲方所有，甲方可自行或委托第三方使用和修改。乙方应在每次版本发布后10日内移交源代码及说明文档。
H:第十条 分包
P:乙方不得将本合同项下的服务转包或分包。
H:第十一条 合同解除
P:（一）乙方发生严重违约（包括泄露交易信息、连续两个季度考核不合格、因乙方原因导致开标中断两次以上）的，甲方有权书面通知解除合同，并按实际服务期结算费用。
P:（二）合同解除的，乙方应在10个工作日内向甲方或甲方指定的第三方移交全部运维资料、账号权限、源代码及文档，并配合完成交接，不得以任何理由拖延。
H:第十二条 合同期满
P:本合同期满即行终止，不自动续期。需继续采购运维服务的，甲方应重新履行政府采购程序。合同终止时，乙方应配合甲方完成运维工作及资料的交接。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:（一）因不可抗力导致不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商采取补救措施，受影响一方可相应免除责任。
P:（二）本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效，并按规定公告及备案。附件：运维服务考核表；派驻人员名单；单一来源协商记录。
P:甲方（盖章）：沧澜市公共资源交易中心    乙方（盖章）：北京国采易联软件有限公司
P:签订日期：2025年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h171z05 - mooncake maker, ERP licence + custom development, the supplier's own template, .md, 第X章 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H171Z05 = """# 云匠ERP软件许可及实施合同

（云匠软件标准合同文本 V5.0）

合同编号：YJ-2025-FS-0731

**甲方（用户）**：佛山荣香斋食品有限公司
**地址**：广东省佛山市顺德区大良街道食品工业园8号

**乙方（服务商）**：广州云匠企业软件有限公司
**地址**：广东省广州市天河区科韵路16号

甲方为广式月饼及糕点生产企业，拟使用乙方“云匠ERP”管理软件，并委托乙方进行定制开发及实施。双方经协商一致，签订本合同。

## 第一章 合同标的

1.1 乙方向甲方提供“云匠ERP”软件（财务、供应链、生产制造、批次追溯、经销商与门店管理模块）60个用户的永久使用许可。

1.2 乙方根据甲方需求进行定制开发，包括：中秋季预售订单管理、礼盒BOM与组合包装、提货券（月饼券）发放与核销、冷链及批次质量追溯。

1.3 乙方负责蓝图设计、系统配置、期初数据迁移、上线支持及用户培训。

1.4 本合同不包括服务器等硬件设备及数据库、操作系统等第三方软件，上述设备和软件由甲方按乙方提出的配置要求自行采购并承担费用。

1.5 定制开发的具体范围以双方签字确认的《需求确认书》为准。《需求确认书》确认后，甲方提出的新增或变更需求，乙方有权另行收费并相应调整实施计划。

## 第二章 合同价款

| 项目 | 数量 | 金额（元） |
|---|---|---|
| 云匠ERP软件许可 | 60用户 × 9,800元 | 588,000 |
| 定制开发 | 1项 | 436,000 |
| 实施服务 | 1项 | 218,000 |
| 培训 | 1项 | 18,000 |
| 合计 | | 1,260,000 |

合同总价为人民币1,260,000元（含税）。甲方需求超出附件《需求确认书》范围的，乙方按每人天2,600元另行报价。

## 第三章 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的45%，即567,000元。

3.2 系统上线后5个工作日内，甲方支付合同总价的45%，即567,000元。

3.3 系统上线运行满一个月后5个工作日内，甲方支付剩余的10%，即126,000元。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，且乙方有权暂停实施及维护服务。

3.5 乙方在收到每期款项后10个工作日内向甲方开具增值税普通发票。甲方要求开具专用发票的，应提供完整的开票信息。

## 第四章 实施与上线

4.1 乙方计划于合同签订后90日内完成系统上线，以保证甲方当年中秋销售季使用。具体进度以双方确认的实施计划为准。

4.2 因甲方需求变更、数据准备延迟或人员配合不到位导致延期的，乙方不承担责任，实施计划相应顺延。

4.3 因乙方原因导致上线逾期的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，累计不超过合同总价的2%。

4.4 甲方应指定项目负责人及各模块关键用户，按乙方要求及时提供业务资料、期初数据和测试场景，并对所提供数据的准确性、完整性负责；甲方应按实施计划组织用户参加培训，并在乙方提交蓝图方案、测试结果后3个工作日内书面确认，逾期未确认的视为确认。

4.5 上线前，乙方向甲方提交系统操作手册及管理员手册；上线后，乙方派实施顾问现场支持两周，协助甲方完成首次月结。

4.6 系统上线运行，即视为甲方验收合格。甲方在上线后对系统功能提出的异议，可作为问题清单在免费维护期内处理，但不影响验收结论及付款。

## 第五章 知识产权

5.1 云匠ERP软件及乙方为本项目开发的全部定制功能、程序代码、报表模板、接口及相关文档，其知识产权均归乙方所有。

5.2 甲方在本企业内部享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或二次开发。

5.3 乙方有权将本项目的定制开发成果用于其他客户或纳入产品标准版本。

## 第六章 免费维护期与售后服务

6.1 自系统上线之日起六个月为免费维护期，乙方提供远程技术支持及缺陷修复。

6.2 免费维护期内的故障处理：一级故障（系统无法登录、无法开单或无法发货）乙方在24小时内响应；二级故障在3个工作日内响应；其他问题在下一版本中统一处理。

6.3 乙方将尽力按上述时限处理故障，但处理超时不构成违约，乙方不因此承担任何扣款、赔偿或违约金。

6.4 下列情形不属于免费维护范围：甲方或第三方修改程序或数据库造成的问题；因硬件、网络、操作系统或第三方软件引起的问题；甲方未按操作手册使用造成的问题；新增功能或报表需求。上述问题乙方可提供有偿服务。

6.5 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订年度维护合同，年度维护费按乙方当年公布的服务价格标准收取。

## 第七章 数据

7.1 甲方录入系统的业务数据归甲方所有。

7.2 乙方在实施及维护过程中可访问甲方数据。甲方同意乙方对其业务数据进行脱敏处理后，用于产品优化、行业分析及乙方其他客户的方案参考。

7.3 乙方采取访问控制、传输加密及操作日志等安全措施保护甲方数据。因乙方过错造成数据泄露的，乙方应在发现后48小时内通知甲方，并承担相应的赔偿责任（受本合同第九章限制）。

## 第八章 保密

双方对在合作中获知的对方商业秘密负有保密义务，未经对方同意不得向第三方披露，保密期限为本合同终止后两年。

## 第九章 违约责任与责任限制

9.1 任何一方违反本合同约定的，应承担相应的违约责任。

9.2 乙方在本合同项下的全部赔偿责任（含违约金）以本合同实施服务费（人民币218,000元）为限，且乙方不承担任何间接损失、利润损失或数据损失。

9.3 一方严重违约，经对方书面催告后30日内仍未改正的，守约方有权解除本合同。

## 第十章 法律适用与争议解决

本合同适用中华人民共和国法律。双方发生争议的，应友好协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十一章 不可抗力

因地震、台风、洪水、疫情、政府行为等不可抗力导致一方不能履行合同的，该方应及时通知对方，并在合理期限内提供证明，可根据不可抗力的影响部分或全部免除责任。不可抗力持续超过60日的，双方可协商解除合同。

## 第十二章 其他

12.1 本合同自双方盖章之日起生效，一式两份，双方各执一份。未尽事宜，双方可另行签订补充协议。

12.2 本合同为乙方标准文本，双方对本合同条款均已充分理解，不存在重大误解或显失公平的情形。

12.3 双方在本合同首页所列地址为有效送达地址，一方地址变更的，应在变更后5日内书面通知对方。

12.4 附件：《需求确认书》《实施计划》。

甲方（盖章）：佛山荣香斋食品有限公司　　　乙方（盖章）：广州云匠企业软件有限公司

日期：2025年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h171e01 - Shishi garment-printing shop, colour-separation software perpetual licence + configuration + support;
#           vendor on Skellig Michael (Irish house style), .docx with a Word price table, "Clause N" + N.1
# ---------------------------------------------------------------------------------------------------------------
H171E01 = """
T:Software Licence, Configuration and Support Agreement
P:THIS AGREEMENT is dated the ____ day of __________ 2025
H:Parties
P:(1) SKELLIG CHROMA SOFTWARE LIMITED, a private company limited by shares incorporated in Ireland with company number 718204, having its registered office at The Upper Station, Skellig Michael, County Kerry, Ireland (the "Licensor"); and
P:(2) SHISHI HONGYUN GARMENT PRINTING CO., LTD., a company established under the laws of the People's Republic of China with its registered address at No. 88 Fengli Road, Lingxiu Town, Shishi, Fujian Province (the "Customer").
H:Background
P:(A) The Licensor develops colour-separation software for textile printing under the name SepraTone. The Customer runs screen-printing and direct-to-garment lines in Shishi and wishes to license SepraTone, have it configured and receive support.
P:(B) At the Customer's request all prices are stated and payable in Chinese Renminbi (CNY).
P:IT IS AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Business Day" means a day on which banks are open in Fujian Province; "Configuration Deliverables" means the profiles, ink-set libraries, presets, templates, scripts and documentation produced by the Licensor specifically for the Customer; "Customer Data" means all artwork, design files, colour measurements, job records and information about the Customer's own clients supplied to or accessed by the Licensor; "Licensed Software" means the SepraTone modules listed in Clause 3.1, in object code, with their documentation and updates.
P:1.2 Clause headings do not affect interpretation.
H:Clause 2 Licence
P:2.1 The Licensor grants to the Customer a perpetual, irrevocable, non-exclusive licence to use the Licensed Software on the number of workstations stated in Clause 3.1 at any premises of the Customer in China, for its own business, including work for its clients.
P:2.2 Title to and all intellectual property rights in the Licensed Software remain with the Licensor.
H:Clause 3 Price
P:3.1 The Contract Price is CNY 457,000, a fixed price made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|SepraTone Pro separation licence, perpetual|6 seats|46,000|276,000
TB:2|SepraTone Output RIP module, perpetual|2 seats|38,500|77,000
TB:|Licence Subtotal|||353,000
TB:3|Configuration (press and ink profiling, presets, templates, scripts)|1 lot||86,000
TB:4|Training of operators and pre-press staff (4 days on site)|1 lot||18,000
TB:|Contract Price|||457,000
P:3.2 The Contract Price includes delivery, installation, configuration, training, travel, duties and taxes, and support during the Warranty Period.
H:Clause 4 Payment
P:4.1 The Customer shall pay the Contract Price as follows: (a) 20% of the Contract Price (CNY 91,400) within 14 days after signature of this Agreement and receipt of the Licensor's invoice; (b) 45% of the Contract Price (CNY 205,650) within 30 days after the Installation Certificate is signed under Clause 5.3; and (c) the balance of 35% (CNY 159,950) within 30 days after Final Acceptance.
P:4.2 Neither the Installation Certificate nor any payment constitutes acceptance of the Licensed Software or of the Configuration Deliverables.
H:Clause 5 Delivery, Installation and Configuration
P:5.1 The Licensor shall install the Licensed Software within 21 days after signature on workstations provided by the Customer to the specification in the Schedule.
P:5.2 The Licensor shall profile the Customer's five screen presses and two direct-to-garment printers with its plastisol, water-based and discharge inks, build spot-colour tables for its house colours, set up halftone presets and separation templates, and write action scripts for film and computer-to-screen output.
P:5.3 When installation is complete the parties shall sign an Installation Certificate recording the seats installed.
P:5.4 The Licensor shall complete the configuration and offer the system for the Acceptance Tests within 70 days after signature of this Agreement (the "Test Date").
H:Clause 6 Acceptance
P:6.1 The Acceptance Tests are run at the Customer's premises on 36 reference jobs chosen by the Customer.
P:6.2 The Acceptance Tests are passed when: (a) every reference job is separated from the templates without manual channel editing; (b) printed proofs of the house colours average no more than ΔE00 2.0 from target, with no patch above ΔE00 3.5; (c) an A3 artwork at 300 dpi separates within 90 seconds; (d) the scripts produce correctly registered output; and (e) training is delivered.
P:6.3 If a test fails, the Licensor shall correct the defect and repeat the test within 10 Business Days at its own cost. If the tests fail a second time, the Customer may terminate and recover all sums paid.
P:6.4 Final Acceptance occurs when the Customer signs the Final Acceptance Certificate after the tests are passed. Use of the Licensed Software in production before that date does not constitute acceptance.
H:Clause 7 Warranty
P:7.1 The Licensor warrants that for 18 months from Final Acceptance (the "Warranty Period") the Licensed Software will perform materially in accordance with its documentation and the Configuration Deliverables will meet Clause 6.2. During the Warranty Period the Licensor shall correct any defect free of charge and supply all updates and upgrades.
H:Clause 8 Support and Service Levels
P:8.1 The Licensor shall provide a helpdesk by telephone, e-mail and WeChat in Mandarin from 08:00 to 20:00 China time on Business Days, and at any time for Severity 1 incidents.
P:8.2 Incidents are classified and handled as follows: Severity 1 (separations cannot be produced on any workstation, or output is corrupted): response within 1 hour, workaround within 8 hours and permanent fix within 3 Business Days; Severity 2 (one workstation or one function impaired): response within 2 hours and fix within 5 Business Days; Severity 3 (questions and cosmetic defects): response on the next Business Day.
P:8.3 If the Licensor misses a response or workaround time, it shall credit the Customer CNY 600 for each hour of delay on a Severity 1 incident and CNY 200 for each hour of delay on a Severity 2 incident. Credits are deducted from the next sum due to the Licensor or paid within 30 days.
P:8.4 After the Warranty Period the Customer may order Annual Support, which continues the services in this Clause 8 and includes updates and upgrades. The Annual Support Fee is 11% of the Licence Subtotal, namely CNY 38,830 per year, fixed for the first three support years; thereafter any change shall be agreed in writing and shall not exceed 3% per year. Each support year is ordered by the Customer's purchase order; Annual Support does not renew automatically.
H:Clause 9 Delay
P:9.1 If the Licensor fails to offer the system for the Acceptance Tests by the Test Date, it shall pay to the Customer liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price. The parties agree that this sum is a genuine pre-estimate of the Customer's loss and not a penalty.
H:Clause 10 Intellectual Property
P:10.1 All intellectual property rights in the Configuration Deliverables vest in the Customer on creation, and the Licensor hereby assigns them to the Customer. The Customer may use, modify and license them freely, including to third parties. The Licensor shall deliver them in editable form.
P:10.2 The Licensor shall indemnify the Customer against any claim that the Licensed Software or the Configuration Deliverables infringe the rights of a third party.
H:Clause 11 Customer Data and Security
P:11.1 Customer Data remains the property of the Customer. The Licensor shall process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose, including product development, benchmarking or training.
P:11.2 Remote access by the Licensor shall take place only through a logged session opened by the Customer for each occasion. The Licensor shall not copy Customer Data outside the Customer's premises or transfer it outside mainland China, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:11.3 The Licensor shall notify the Customer within 24 hours of becoming aware of any security incident affecting Customer Data, shall take all steps to contain and remedy it and shall be liable for all loss caused by its breach of this Clause 11.
H:Clause 12 Confidentiality
P:12.1 Each party shall keep confidential all information of the other party that is marked or by its nature confidential, including the Customer's client designs, and shall use it only for this Agreement. This obligation survives termination for five years.
H:Clause 13 Liability
P:13.1 The Licensor's total aggregate liability arising under or in connection with this Agreement shall not exceed 150% of the Contract Price.
P:13.2 Clause 13.1 does not limit liability for death or personal injury caused by negligence, fraud, breach of Clauses 11 or 12, or the indemnity in Clause 10.2.
H:Clause 14 Subcontracting and Assignment
P:14.1 The Licensor shall not subcontract any of its obligations without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:Clause 15 Termination
P:15.1 The Customer may terminate this Agreement by written notice if the Licensor commits a material breach and fails to remedy it within 30 days after written notice, or if the delay under Clause 9.1 exceeds 45 days.
P:15.2 Either party may terminate this Agreement by written notice if the other party becomes insolvent or has an examiner, receiver or liquidator appointed.
P:15.3 If the Customer terminates before Final Acceptance, the Licensor shall refund all sums paid within 30 days.
H:Clause 16 Force Majeure
P:16.1 Neither party is liable for delay caused by events beyond its reasonable control, provided that it notifies the other party promptly.
H:Clause 17 Governing Law and Jurisdiction
P:17.1 This Agreement and any non-contractual obligations arising out of or in connection with it shall be governed by and construed in accordance with the laws of Ireland.
P:17.2 The courts of Ireland sitting in Dublin shall have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
H:Clause 18 General
P:18.1 This Agreement, with its Schedule, is the entire agreement between the parties. Any amendment must be in writing and signed by both parties.
P:Schedule: Workstation specification; reference job list; permitted adjustments.
P:SIGNED for and on behalf of SKELLIG CHROMA SOFTWARE LIMITED by ____________________, Director
P:SIGNED for and on behalf of SHISHI HONGYUN GARMENT PRINTING CO., LTD. by ____________________, Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h171e02 - Wuyishan tea-tour operator, booking SaaS, Order Form + General Terms; vendor on Scharfenberg (German
#           house style), .txt, "§ N (1)"
# ---------------------------------------------------------------------------------------------------------------
H171E02 = """BUCHWERK REISESYSTEME GMBH

ORDER FORM No. BW-CN-2025-0147
Buchwerk Booking Cloud - Professional

1. Contracting Parties

Vendor: Buchwerk Reisesysteme GmbH, Inselweg 3, Insel Scharfenberg, 13505 Berlin, Germany, registered in the commercial register of the Local Court (Amtsgericht) Charlottenburg under HRB 231877 B, represented by its managing director Dr. Henrike Vollmer ("Vendor").

Customer: Wuyishan Yanchaxiang Tea Travel Co., Ltd., No. 16 Dawangfeng Road, Wuyishan National Tourism Resort, Wuyishan, Fujian Province, People's Republic of China, represented by its legal representative Mr. Zhan Wenbin ("Customer").

2. Subscribed Services

Buchwerk Booking Cloud, Professional edition: online booking engine for tea-garden walks, rock-tea tastings and Jiuqu River rafting packages; tour inventory and capacity management; guide and driver scheduling; channel manager with connectors to Trip.com, Meituan and Fliggy; multilingual tour pages (Chinese, English, German); connection to the Customer's mainland payment acquirer for WeChat Pay, Alipay and UnionPay. Up to 35 named staff users and up to 120,000 bookings per contract year are included.

3. Initial Term

36 months from the Service Start Date. The Service Start Date is the date of Go-Live Acceptance under § 4 of the General Terms.

4. Fees (in CNY at the Customer's request)

Item                                                   Basis                      Amount (CNY)
Subscription Fee, Professional edition                 21,600 per month x 36      777,600
Set-up, tour configuration and payment integration     one-time                   64,000
Migration of existing bookings and staff training      one-time                   22,400
Total Contract Value for the Initial Term                                         864,000

5. Invoicing

Subscription Fees are invoiced quarterly in arrears (CNY 64,800 per quarter). One-time fees are invoiced after Go-Live Acceptance. No amount is payable in advance. Invoices are payable within 30 days of receipt by bank transfer in CNY.

6. Go-Live Target Date

60 calendar days after signature of this Order Form.

7. Documents

This Order Form, the General Terms and Conditions below and Annex 1 (Service Description) form the contract. In case of conflict, this Order Form prevails over the General Terms, and the General Terms prevail over Annex 1.

Signed for Vendor: ______________________   Signed for Customer: ______________________
Berlin, date ____________                     Wuyishan, date ____________


GENERAL TERMS AND CONDITIONS OF BUCHWERK REISESYSTEME GMBH FOR CLOUD SERVICES (Version 2025-03)

§ 1 Scope
(1) These General Terms apply to all cloud services that Vendor provides to Customer under an Order Form.
(2) General terms and conditions of Customer do not apply, even if Vendor does not expressly object to them.

§ 2 Services
(1) Vendor provides the Booking Cloud as software as a service over the internet, in the scope described in the Order Form and Annex 1.
(2) Vendor may further develop the Booking Cloud, provided that the functions described in the Order Form and Annex 1 are not materially reduced.
(3) The Booking Cloud is operated for Customer in a data centre in mainland China run by Vendor's hosting partner.

§ 3 Term and Renewal
(1) The contract runs for the Initial Term stated in the Order Form.
(2) After the Initial Term the contract renews for successive periods of one year each unless either party terminates it with three months' notice to the end of the Initial Term or of the current renewal period.
(3) The Subscription Fee during every renewal period remains the fee stated in the Order Form. Any change of the fees requires a written agreement of both parties.
(4) The right of either party to terminate for cause under § 12 remains unaffected.

§ 4 Set-up and Go-Live Acceptance
(1) Vendor performs the set-up: configuration of tours, prices, capacities and guide calendars, tour pages in Chinese, English and German, connection of the sales channels and of the payment acquirer, and migration of the bookings held in Customer's current spreadsheet system.
(2) When the set-up is complete, Vendor notifies Customer in writing. Customer then performs the Go-Live Acceptance Test within ten business days. The test is passed when: (a) 50 test bookings placed through each sales channel are recorded correctly and inventory is synchronised across all channels within 60 seconds; (b) payments made through WeChat Pay, Alipay and UnionPay reconcile exactly with the acquirer's settlement files over five consecutive days; (c) guide schedules and booking confirmations by SMS and WeChat are generated correctly; (d) tour pages load within two seconds for users in mainland China; and (e) all migrated bookings are complete and correct.
(3) Customer confirms Go-Live Acceptance in writing. Live use of the Booking Cloud before that confirmation does not constitute acceptance.
(4) If Go-Live Acceptance is not achieved by the Go-Live Target Date for reasons for which Vendor is responsible, Vendor pays Customer a contractual penalty of CNY 600 for each calendar day of delay, up to a maximum of CNY 43,200. If the delay exceeds 45 days, Customer may withdraw from the contract.

§ 5 Service Levels
(1) Vendor guarantees an availability of the Booking Cloud of 99.95% per calendar month, measured at the internet exit of the data centre. Maintenance windows announced at least five days in advance and held between 01:00 and 05:00 Beijing time are excluded.
(2) Incidents are classified and answered as follows: Priority 1 (booking engine or payment function unavailable for all users): response within 30 minutes, 24 hours a day, 7 days a week, restoration target 6 hours; Priority 2 (important function impaired): response within 2 hours during business hours; Priority 3 (other incidents and questions): response on the next business day.
(3) If availability falls below 99.95% in a calendar month, Customer receives a credit of 5% of the monthly Subscription Fee; below 99.5%, 10%; below 99.0%, 20%. For each Priority 1 incident whose response time is missed, Customer receives a further credit of 2% of the monthly Subscription Fee. Credits are set off against the next invoice. Further claims of Customer remain unaffected.

§ 6 Fees and Payment
(1) The fees are set out in the Order Form and are stated in CNY. Vendor may not increase the Subscription Fee during the Initial Term or any renewal period.
(2) Customer may set off only undisputed claims or claims established by final judgment.

§ 7 Customer Data and Data Protection
(1) All data that Customer or its guests enter into the Booking Cloud, in particular names, identity and passport numbers, contact details, bookings and payment references ("Customer Data"), remain the property of Customer. Vendor processes Customer Data only to provide the services and in accordance with Customer's documented instructions, and not for any other purpose.
(2) Customer Data is stored exclusively in mainland China. It is not transferred outside mainland China without Customer's prior written consent and compliance with the Personal Information Protection Law of the People's Republic of China.
(3) Vendor maintains appropriate technical and organisational measures, in particular encryption in transit and at rest, role-based access rights, multi-factor authentication for administrators, logging of all administrative access and an annual penetration test. The hosting environment holds a valid MLPS level 3 filing.
(4) Vendor notifies Customer within 24 hours after becoming aware of a breach affecting Customer Data, supports Customer in notifying guests and authorities, and is responsible for all damage caused by its breach of this § 7.
(5) Within 30 days after the end of the contract, Vendor returns Customer Data in a common format and then deletes it.

§ 8 Subcontractors
(1) Vendor may use subcontractors and sub-processors to provide the services, in particular its hosting partner, SMS gateway providers and its second-level support partner in Xiamen.
(2) Vendor informs Customer of any new or replaced subcontractor by e-mail at least 14 days before the change. Customer's consent is not required.
(3) Vendor remains responsible for its subcontractors as for its own acts.

§ 9 Rights of Use and Intellectual Property
(1) Customer receives a non-exclusive, non-transferable right, limited to the term of the contract, to use the Booking Cloud for its own business.
(2) All configurations, tour page templates, texts, translations and images created specifically for Customer, and the mapping of Customer's payment integration, belong to Customer. Vendor transfers to Customer all rights in them. Customer may use and modify them and have them used by third parties, also after the end of the contract.

§ 10 Confidentiality
(1) Each party keeps confidential all business and trade secrets of the other party that it learns in connection with the contract and uses them only for the purpose of the contract.
(2) This obligation continues for five years after the end of the contract.

§ 11 Liability
(1) Vendor is liable without limitation for intent and gross negligence, for injury to life, body or health, and under the Product Liability Act.
(2) For slight negligence, Vendor is liable only for breach of an essential contractual obligation, and only for the typical, foreseeable damage.
(3) In all other cases, and in aggregate for all claims under the contract, Vendor's liability is limited to the Subscription Fees paid or payable for the nine months preceding the event giving rise to the claim.

§ 12 Termination for Cause
(1) Either party may terminate the contract for cause without notice, in particular if the other party commits a material breach and fails to remedy it within 30 days after written warning.
(2) Cause for Customer exists in particular if availability falls below 99.0% in two consecutive calendar months.
(3) Notice of termination must be given in writing.

§ 13 Final Provisions
(1) The contract is governed by the laws of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.
(2) The exclusive place of jurisdiction for all disputes arising from or in connection with the contract is Berlin, Germany.
(3) Amendments and additions to the contract must be made in writing.
(4) Should any provision of the contract be or become invalid, the validity of the remaining provisions is not affected. The parties shall replace the invalid provision by a valid one that comes closest to its economic purpose.
"""

# ---------------------------------------------------------------------------------------------------------------
# h171e03 - Zhoushan fishing cooperative, cold-store temperature sensors + maintenance; integrator on the Île
#           Verdelet (French), buyer's paper, .txt, "Article N" + N.1
# ---------------------------------------------------------------------------------------------------------------
H171E03 = """CONTRACT FOR THE SUPPLY, INSTALLATION AND MAINTENANCE OF A COLD-STORE TEMPERATURE MONITORING SYSTEM

Contract No. ZSHX-2025-CS-09

BETWEEN

Zhoushan Putuo Haixing Fishery Cooperative, a specialised farmers' cooperative registered in the People's Republic of China, with its seat at No. 27 Binhai Road, Shenjiamen, Putuo District, Zhoushan, Zhejiang Province, represented by its chairman Mr. Yu Haoming (hereinafter "the Buyer"),

AND

Verdelet Froid Instrumentation SAS, a simplified joint-stock company (société par actions simplifiée) with a share capital of EUR 420,000, having its registered office at Île Verdelet, 22370 Pléneuf-Val-André, France, registered with the Trade and Companies Register of Saint-Brieuc under number 851 204 377, represented by its president Ms. Anne-Sophie Le Goff (hereinafter "the Supplier"),

hereinafter together "the Parties".

PREAMBLE

The Buyer operates three cold stores and two blast freezers in Shenjiamen for the storage of frozen fish, squid and shrimp landed by its members. Following a competitive consultation, the Buyer has selected the Supplier to supply, install and maintain a wireless temperature monitoring system. This Contract is drawn up on the Buyer's standard form. At the Buyer's request all prices are stated and payable in CNY.

THE PARTIES HAVE AGREED AS FOLLOWS:

Article 1 Subject Matter

1.1 The Supplier shall supply, install, calibrate and commission a wireless temperature and door monitoring system for the Buyer's three cold stores and two blast freezers (the "System"), including sensors, gateways, door contacts and monitoring software, and shall train the Buyer's staff.

1.2 The Supplier shall integrate the System with the Buyer's SMS and WeChat work-group alarm channels and with the inventory reports of the Buyer's warehouse management system.

Article 2 Equipment, Software and Price

2.1 The Contract Price is CNY 406,000, fixed and inclusive of all taxes, duties, transport to Shenjiamen, insurance, installation and commissioning. It is made up as follows:

No.  Item                                                         Qty    Unit price (CNY)   Amount (CNY)
1    Wireless temperature and humidity sensors, rated -40 C        148    1,250              185,000
2    LoRa gateways with 4G backup                                  8      6,400              51,200
3    Door-open contacts                                            36     420                15,120
4    Monitoring software licence, perpetual, 5 cold rooms          1      96,000             96,000
     Hardware and Licence Subtotal                                                           347,320
5    Installation, calibration, integration and training           1      58,680             58,680
     Contract Price                                                                          406,000

2.2 The Contract Price is firm and not subject to revision.

Article 3 Payment

3.1 No advance payment is made. The Buyer shall pay:
(a) 55% of the Contract Price (CNY 223,300) within 20 days after the Installation Certificate is signed; the Installation Certificate records that the System is installed and does not constitute acceptance;
(b) 45% of the Contract Price (CNY 182,700) within 20 days after Final Acceptance under Article 5.

3.2 Each payment is made against a valid invoice by bank transfer in CNY.

Article 4 Delivery and Installation

4.1 The Supplier shall deliver all equipment to the Buyer's premises in Shenjiamen within 50 days after signature of this Contract and complete installation within a further 20 days.

4.2 Installation work inside the cold rooms shall be scheduled with the Buyer's warehouse manager so that product is not exposed to temperature excursions. The Supplier's staff shall wear the cold-store protective equipment provided by the Supplier and follow the Buyer's safety rules.

4.3 Each sensor shall be delivered with a calibration certificate traceable to national standards and shall be labelled with its location code.

Article 5 Acceptance

5.1 After installation, the System shall run for a trial period of 30 consecutive days.

5.2 Final Acceptance is granted when, during the trial period: (a) every sensor and door contact reports at the configured interval of no more than two minutes; (b) the measurement deviation of each sensor against a calibrated reference thermometer is within plus or minus 0.5 C at three test points between -30 C and +5 C; (c) high-temperature and door-open alarms reach the designated staff by SMS and WeChat within 60 seconds in ten consecutive tests; (d) the records are stored without gaps and the daily and monthly reports required by the Buyer's food-safety plan are produced correctly; and (e) the training has been completed and the documentation delivered.

5.3 The Parties shall sign a Final Acceptance Certificate. If a criterion is not met, the Supplier shall remedy the defect within ten days and the trial period shall restart. Use of the System by the Buyer before Final Acceptance does not constitute acceptance.

Article 6 Warranty

6.1 The Supplier warrants the System for 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace free of charge any defective sensor, gateway, contact or software component, including batteries that fail before their rated life, and shall carry out one free recalibration of all sensors.

Article 7 Service Levels

7.1 During the warranty period and any maintenance year, the Supplier shall provide the following response times through its service partner office in Ningbo:
(a) Critical fault (a cold room or blast freezer without monitoring, or a gateway down): remote response within 30 minutes and engineer on site within 6 hours;
(b) Major fault (single sensors not reporting, alarms delayed): response within 2 hours and repair within 2 working days;
(c) Minor fault or request: response within one working day.

7.2 For each hour by which the Supplier exceeds a response or on-site time for a Critical fault, it shall pay the Buyer CNY 300; for a Major fault, CNY 100 per hour. The amounts are deducted from the next payment or invoiced to the Supplier.

Article 8 Maintenance after the Warranty

8.1 After the warranty period, the Buyer may order annual maintenance covering the services in Article 6 and Article 7, the annual recalibration of all sensors and software updates.

8.2 The annual maintenance fee is 7.5% of the Hardware and Licence Subtotal, namely CNY 26,049 per year, fixed for the first three maintenance years. Each maintenance year is ordered by the Buyer in writing; maintenance does not renew automatically.

Article 9 Delay Damages

9.1 If the Supplier fails to complete installation or to achieve Final Acceptance by the dates resulting from Article 4 and Article 5, it shall pay the Buyer delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.

9.2 If the delay exceeds 30 days, the Buyer may terminate this Contract under Article 15.

Article 10 Data and Security

10.1 All temperature records, alarm logs, inventory data and other data generated by the System or supplied by the Buyer belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not use them for any other purpose.

10.2 The data shall be stored on the Buyer's server in Shenjiamen. Any cloud relay used by the gateways shall be located in mainland China. Remote access by the Supplier shall be authorised by the Buyer for each session and logged, and shall use individual accounts with strong passwords.

10.3 The Supplier shall notify the Buyer within 24 hours of any security incident affecting the System or the Buyer's data, shall remedy it at its own cost and shall be liable for the damage caused by its failure to comply with this Article.

Article 11 Confidentiality

11.1 Each Party shall keep confidential the information received from the other Party in the performance of this Contract, in particular the Buyer's stock levels, members' catch data and prices, and shall not disclose it to third parties without prior written consent. This obligation continues for three years after the end of this Contract.

Article 12 Intellectual Property

12.1 The alarm rules, dashboards, report templates and integration scripts prepared specifically for the Buyer belong to the Buyer, who may use, modify and have them modified by third parties.

12.2 The monitoring software remains the property of its publisher and is licensed to the Buyer perpetually for the System.

Article 13 Liability

13.1 Each Party is liable for the direct damage caused to the other Party by its breach of this Contract. The Supplier is in addition liable for the loss of stored product caused by a failure of the System to raise an alarm, subject to the Buyer's own duty to react to alarms.

Article 14 Subcontracting

14.1 The Supplier shall not subcontract any part of the work without the prior written consent of the Buyer. The Supplier remains fully responsible for any approved subcontractor.

Article 15 Termination

15.1 The Buyer may terminate this Contract by registered letter if the Supplier commits a serious breach and fails to remedy it within 15 days after formal notice, or in the case referred to in Article 9.2.

15.2 On termination before Final Acceptance, the Supplier shall refund any amounts paid for items not accepted and shall remove its equipment at its own cost if the Buyer so requests.

Article 16 Force Majeure

16.1 Neither Party is liable for a failure caused by force majeure, including typhoons, provided that it informs the other Party without delay and resumes performance as soon as possible.

Article 17 Governing Law and Disputes

17.1 This Contract is governed by the laws of the People's Republic of China.

17.2 Any dispute shall first be settled amicably. Failing agreement within 30 days, it shall be submitted to the Zhoushan Arbitration Commission for arbitration in Zhoushan, whose award is final.

Article 18 Miscellaneous

18.1 This Contract is made in Chinese and English, both texts being equally authentic. It enters into force on signature by both Parties.

Made in Zhoushan, in four originals, on ____________ 2025.

For the Buyer                                For the Supplier
______________________                       ______________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h171e04 - Guangzhou translation agency, managed IT + desktop support; provider on Seil (Scottish house style),
#           .md, "N. HEADING" + N.1
# ---------------------------------------------------------------------------------------------------------------
H171E04 = """# MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT

**between**

**SEIL BRIDGE MANAGED IT LIMITED**, incorporated under the Companies Acts with registered number SC704519 and having its Registered Office at The Old Schoolhouse, Clachan Seil, Isle of Seil, Argyll PA34 4TJ, Scotland, acting through its Guangzhou service office at Room 1708, Tower B, Zhujiang New Town, Tianhe District, Guangzhou (the "Provider")

**and**

**GUANGZHOU LINGYU TRANSLATION SERVICES CO., LTD.**, a company established in the People's Republic of China with its registered address at 9th Floor, Huacheng Avenue 85, Tianhe District, Guangzhou (the "Client")

**WHEREAS** the Client provides translation and localisation services from offices in Tianhe and Haizhu and wishes to outsource the management of its IT environment and the support of its staff; and the Provider has agreed to provide those services on the terms of this Agreement, with all charges stated in CNY at the Client's request;

**NOW THEREFORE** the Parties agree as follows:

## 1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement: "Business Hours" means 08:30 to 18:30 China time on Monday to Friday, excluding PRC public holidays; "Charges" means the charges set out in Clause 4; "Client Data" means all data of the Client or of its customers that the Provider accesses or handles, including source texts, translations, translation memories, termbases, customer documents and the personal information of the Client's staff and customers; "Commencement Date" means the date of signature of this Agreement; "Incident" means an unplanned interruption or degradation of an IT service; "Services" means the services described in Clause 2; "Users" means the Client's staff and freelancers registered for support.

1.2 Headings are for convenience only. References to Clauses are to clauses of this Agreement. The expression "including" shall be construed without limitation.

## 2. THE SERVICES

2.1 The Provider shall provide: (a) a service desk by telephone, e-mail and WeChat for up to 85 Users; (b) desktop and laptop support, including an on-site engineer at the Tianhe office three days a week and at the Haizhu office on request; (c) management of the Client's servers, network-attached storage, firewall, switches and Wi-Fi, including the file server holding the translation memories and the server of the Client's computer-assisted translation system; (d) administration of e-mail and office software accounts; (e) management of daily backups, with a test restore every quarter; (f) patching, anti-malware and endpoint protection for all managed devices; (g) maintenance of an IT asset register; and (h) a monthly service report.

2.2 The Provider shall perform the Services with reasonable skill and care, in accordance with good industry practice and the service levels in Clause 6.

## 3. TERM AND RENEWAL

3.1 This Agreement starts on the Commencement Date and continues for an initial term of 24 months from the date of Service Commencement Acceptance (the "Initial Term").

3.2 On expiry of the Initial Term this Agreement shall continue automatically for successive periods of one year each (each a "Renewal Period") unless either Party gives the other not less than 90 days' written notice of termination before the end of the Initial Term or of the then current Renewal Period.

3.3 The Provider may increase the Charges with effect from the start of any Renewal Period by such amount as it may determine, by giving the Client not less than 30 days' written notice before the start of that Renewal Period.

## 4. CHARGES AND PAYMENT

4.1 The Charges for the Initial Term are:

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Service Charge (85 Users, two offices) | 38,500 per month x 24 months | 924,000 |
| Onboarding Charge | one-off | 46,000 |
| **Total for the Initial Term** | | **970,000** |

4.2 The Monthly Service Charge is invoiced monthly in arrears. The Onboarding Charge is invoiced on Service Commencement Acceptance. No sum is payable in advance.

4.3 Users above 85 are charged at CNY 420 per User per month, pro rata.

4.4 Invoices are payable within 30 days of receipt by bank transfer in CNY.

## 5. ONBOARDING AND SERVICE COMMENCEMENT ACCEPTANCE

5.1 The Provider shall complete onboarding within 45 days after the Commencement Date (the "Target Date"). Onboarding comprises the discovery and documentation of the Client's IT environment, the deployment of monitoring and endpoint protection agents, the configuration of backups and the set-up of the service desk.

5.2 Service Commencement Acceptance shall be granted when: (a) the asset register is complete and reconciled with the Client's own list; (b) monitoring and endpoint protection agents report from every managed device; (c) the file server and the translation system server have each been restored successfully from backup in a test witnessed by the Client; (d) the runbook and network diagrams have been approved by the Client; and (e) the service desk has handled 20 test tickets correctly.

5.3 The Client shall sign a Service Commencement Acceptance certificate within five Business Days after the criteria are met. Use of the Services before that date does not constitute acceptance.

5.4 If Service Commencement Acceptance is not achieved by the Target Date for reasons within the Provider's control, the Provider shall pay liquidated damages of CNY 800 for each day of delay, up to a maximum of CNY 48,500. The Parties agree that this is a genuine pre-estimate of loss.

## 6. SERVICE LEVELS

6.1 The Provider shall respond to and resolve Incidents within the following times, measured from the logging of the Incident with the service desk:

| Priority | Description | Response | Target resolution |
|---|---|---|---|
| Priority 1 | Office-wide outage: file server, translation system server, internet access or e-mail unavailable for all Users at an office | 6 hours | 1 Business Day |
| Priority 2 | Several Users, or one project manager on a delivery deadline, unable to work | 8 Business Hours | 2 Business Days |
| Priority 3 | Single User affected, workaround available | 1 Business Day | 3 Business Days |
| Priority 4 | Service requests and questions | 2 Business Days | as agreed |

6.2 "Response" means acknowledgement by a qualified engineer who has started work on the Incident, whether remotely or on site.

6.3 For each Priority 1 Incident whose response or resolution time is missed, the Client shall receive a service credit of 5% of the Monthly Service Charge for the month concerned, up to 20% of that Monthly Service Charge in any month. Service credits are deducted from the next invoice.

6.4 The monthly service report shall state, for each Priority, the number of Incidents and the times achieved.

## 7. CLIENT DATA AND SECURITY

7.1 Client Data belongs to the Client. The Provider shall handle Client Data solely for the purpose of providing the Services and shall not use, copy, retain or disclose it for any other purpose.

7.2 The Provider shall maintain ISO/IEC 27001 certification for its service operations; use multi-factor authentication and individual named accounts for all administrative access; log all privileged sessions; screen its personnel; and keep Client Data on the Client's systems in mainland China. The Provider shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

7.3 The Provider shall notify the Client within 12 hours of becoming aware of any actual or suspected security incident affecting Client Data, shall take all steps necessary to contain and remedy it and shall be liable for all loss caused to the Client by any breach of this Clause 7.

## 8. CONFIDENTIALITY

8.1 Each Party shall keep confidential all information disclosed by the other Party under or in connection with this Agreement and shall not disclose it to any third party without the other's prior written consent, except to its professional advisers or as required by law. The Provider's staff shall sign individual confidentiality undertakings. This Clause survives termination for five years.

## 9. INTELLECTUAL PROPERTY

9.1 All documentation, scripts, configurations, runbooks and reports prepared by the Provider for the Client belong to the Client. The Provider assigns to the Client all rights in them, and the Client may use, modify and give them to any successor provider.

9.2 The Provider's pre-existing tools and monitoring software remain the property of the Provider and are made available to the Client during the term of this Agreement.

## 10. LIABILITY

10.1 The total liability of either Party under or in connection with this Agreement shall not exceed 150% of the total Charges payable for the Initial Term.

10.2 Clause 10.1 does not apply to liability for death or personal injury, fraud, breach of Clause 7 or Clause 8, or the Client's obligation to pay the Charges.

## 11. SUBCONTRACTING

11.1 The Provider shall not subcontract any of the Services without the prior written consent of the Client and shall remain responsible for the performance of any approved subcontractor.

## 12. TERMINATION

12.1 Either Party may terminate this Agreement with immediate effect by written notice if the other Party commits a material breach which is not remedied within 30 days after written notice requiring it to be remedied, or if the other Party becomes insolvent.

12.2 The Client may also terminate this Agreement by written notice if the service credits under Clause 6.3 reach their monthly maximum in three consecutive months.

12.3 On termination or expiry, the Provider shall return all Client Data, hand over all documentation, credentials and administrative access, and assist the Client and any successor provider for up to 60 days at the rates then agreed.

## 13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final and binding on both Parties.

## 14. GENERAL

14.1 This Agreement is the entire agreement between the Parties on its subject matter. No variation is effective unless made in writing and signed by both Parties.

14.2 Notices shall be given in writing to the addresses stated above.

**IN WITNESS WHEREOF** these presents consisting of this and the preceding pages are executed as follows:

Signed for and on behalf of SEIL BRIDGE MANAGED IT LIMITED at ____________ on ____________ by ____________, Director

Signed for and on behalf of GUANGZHOU LINGYU TRANSLATION SERVICES CO., LTD. at Guangzhou on ____________ by ____________, Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h171e05 - Ningxia goji exporter, lab-test certificate API subscription + integration; vendor on the Tinetto islet
#           (Italian house style), .pdf, "Art. N (title)" + paragraphs (1), (2)
# ---------------------------------------------------------------------------------------------------------------
H171E05 = """
T:Subscription and Integration Agreement - LabLink Certificate API
P:Agreement No. TA-2025-CN-052
H:Between
P:Tinetto Analitica S.r.l., with registered office at Isola del Tinetto, 19025 Porto Venere (SP), Italy, tax code and VAT number IT 01938470115, share capital EUR 150,000 fully paid, in the person of its legal representative Dott.ssa Chiara Bertolotti (hereinafter the "Vendor"),
P:and
P:Ningxia Zhongning Hongqi Goji Export Co., Ltd., with registered office at No. 6 Qiyuan Road, Zhongning County, Zhongwei, Ningxia Hui Autonomous Region, People's Republic of China, in the person of its legal representative Mr. Ma Jianguo (hereinafter the "Customer"),
P:(hereinafter jointly the "Parties" and each a "Party").
H:Whereas
P:a) the Vendor operates LabLink, a platform and application programming interface (the "API") through which certificates of analysis issued by accredited partner laboratories for pesticide residues, heavy metals, sulphites and mycotoxins are ordered, retrieved, validated and matched to export lots;
P:b) the Customer exports dried goji berries and goji products to the European Union and other markets and must present a valid certificate of analysis for every export lot;
P:c) the Customer wishes to subscribe to the API and to have it integrated with its ERP system and its export documentation system;
P:d) at the Customer's request all fees are stated and payable in CNY;
P:now, therefore, the Parties agree as follows.
H:Art. 1 (Premises and annexes)
P:(1) The premises and the annexes form an integral part of this Agreement. Annex 1: Service Description. Annex 2: List of partner laboratories. Annex 3: Integration specification and acceptance test plan.
H:Art. 2 (Subject matter)
P:(1) The Vendor grants the Customer access to the API for the retrieval and validation of certificates of analysis for the Customer's export lots, as described in Annex 1 (the "Subscription Services").
P:(2) The Vendor shall develop and install a connector between the API and the Customer's ERP and export documentation systems, together with a lot-matching module that links each certificate to the corresponding production batch and shipment (the "Integration Services").
P:(3) The Customer shall provide the Vendor with test access to its ERP and export documentation systems, a contact person with decision-making authority and the sample lot data described in Annex 3, in each case within ten days from signature of this Agreement. Delays caused by the Customer's failure to do so extend the Integration Date accordingly.
P:(4) The Customer shall keep its API keys secret and is responsible for all retrievals made with them until it has asked the Vendor to block a key. The Vendor shall block a key within one hour of such a request.
H:Art. 3 (Term)
P:(1) The Subscription Services run for three contract years from the date of Integration Acceptance under Art. 6 (the "Service Start Date").
P:(2) This Agreement does not renew automatically. Any renewal requires a written agreement of the Parties on the terms then agreed.
H:Art. 4 (Fees)
P:(1) The fees for the whole term are as follows:
TB:Item|Basis|Amount (CNY)
TB:API subscription, up to 2,400 certificate retrievals per contract year|186,000 per contract year x 3|558,000
TB:Integration Services (connector and lot-matching module)|one-off|124,000
TB:Contract Value||682,000
P:(2) Certificate retrievals above 2,400 in a contract year are charged at CNY 65 each. Laboratory testing fees are agreed between the Customer and the partner laboratories and are not part of this Agreement.
P:(3) The fees are fixed for the whole term.
H:Art. 5 (Invoicing and payment)
P:(1) The annual subscription fee is invoiced quarterly in arrears in four equal instalments of CNY 46,500. The fee for the Integration Services is invoiced after Integration Acceptance. No payment is due in advance.
P:(2) Invoices are payable within 30 days from receipt by bank transfer in CNY.
H:Art. 6 (Integration and acceptance)
P:(1) The Vendor shall complete the Integration Services and make them available for acceptance testing within 75 days from signature of this Agreement (the "Integration Date").
P:(2) The acceptance tests follow Annex 3 and are passed when: (a) certificates for 50 test lots are retrieved through the connector and attached to the correct ERP batch records; (b) the lot-matching module matches at least 49 of the 50 test lots automatically and flags the others for manual review; (c) invalid, expired or altered certificates are rejected with an error message in every test case; (d) export documents generated by the Customer's system show the certificate reference correctly; and (e) the Customer's staff have been trained.
P:(3) When the tests are passed, the Parties sign a report of Integration Acceptance. Productive use before that date does not constitute acceptance.
H:Art. 7 (Delay)
P:(1) If Integration Acceptance is not achieved by the Integration Date for reasons attributable to the Vendor, the Vendor shall pay a penalty of 0.07% of the Contract Value for each day of delay, up to 7% of the Contract Value, without prejudice to the Customer's right to compensation for further damage.
H:Art. 8 (Service levels)
P:(1) The Vendor targets an availability of the API of 99.95% per calendar month, excluding maintenance announced 48 hours in advance.
P:(2) Incidents that prevent the retrieval of certificates for all users (Priority 1) are answered within 1 hour, at any time; other incidents are answered within one business day.
P:(3) The levels in this Art. 8 are service objectives. Failure to meet them does not entitle the Customer to service credits, fee reductions, damages or other compensation; the Vendor shall provide a root-cause report for every Priority 1 incident.
H:Art. 9 (Intellectual property)
P:(1) The API, the LabLink platform and their documentation are and remain the exclusive property of the Vendor.
P:(2) The connector, the lot-matching module and all other software, scripts and documentation developed under the Integration Services, including where developed to the Customer's specifications, are and remain the exclusive property of the Vendor. The Customer receives a non-exclusive, non-transferable licence to use them for the term of this Agreement and may not modify them or have them modified by third parties.
H:Art. 10 (Customer data)
P:(1) Lot data, batch records, shipment data and the results of analysis ordered by the Customer ("Customer Data") belong to the Customer.
P:(2) The Vendor processes Customer Data to provide the services under this Agreement.
P:(3) The Customer authorises the Vendor to use the results of analysis, lot data and related metadata in aggregated and anonymised form to build its residue benchmark database and to publish market reports on the quality of agricultural exports. This authorisation survives the termination of this Agreement.
H:Art. 11 (Data security)
P:(1) Customer Data is hosted in the mainland China region of a cloud provider approved by the Customer in writing. The Vendor maintains ISO/IEC 27001 certification, encrypts Customer Data in transit and at rest, restricts access to named personnel with multi-factor authentication and keeps access logs for at least one year.
P:(2) The Vendor shall notify the Customer within 48 hours of becoming aware of any incident affecting the security of Customer Data, shall take all necessary remedial measures and shall be liable for the damage caused by its breach of this Art. 11.
H:Art. 12 (Confidentiality)
P:(1) Each Party shall keep confidential all information of the other Party obtained in performing this Agreement, including prices, customer lists and test results, and shall not disclose it to third parties without the other Party's prior written consent. This obligation continues for three years after termination.
H:Art. 13 (Partner laboratories and subcontracting)
P:(1) The partner laboratories listed in Annex 2 are approved by the Customer by signing this Agreement.
P:(2) The Vendor shall not entrust any other part of the services to subcontractors without the Customer's prior written consent. The Vendor remains responsible for the performance of its subcontractors.
H:Art. 14 (Liability)
P:(1) The Vendor's aggregate liability under this Agreement is limited to one and a half times the Contract Value, namely CNY 1,023,000.
P:(2) The limitation does not apply in case of wilful misconduct or gross negligence, or to breach of Art. 11 and Art. 12.
H:Art. 15 (Termination)
P:(1) The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after receiving a written notice to perform.
P:(2) The Customer may also terminate this Agreement with immediate effect if the delay under Art. 7 exceeds 45 days.
P:(3) On termination the Vendor shall return Customer Data to the Customer in a common format within 30 days, and shall keep the API available for the retrieval of certificates already issued for a further 60 days so that the Customer can complete pending shipments.
H:Art. 16 (Governing law and disputes)
P:(1) This Agreement is governed by the laws of the People's Republic of China.
P:(2) Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Beijing in accordance with its rules in force at the time. The award is final and binding.
H:Art. 17 (Force majeure)
P:(1) Neither Party is liable for a failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, acts of authority or a general failure of telecommunication networks, provided that it informs the other Party without delay and takes all reasonable steps to limit the consequences. If such an event lasts more than 60 days, either Party may terminate this Agreement by written notice.
H:Art. 18 (Final provisions)
P:(1) Any amendment to this Agreement must be made in writing and signed by both Parties. This Agreement is made in English in two originals.
P:(2) Pursuant to good commercial practice, the Parties declare that each clause of this Agreement has been negotiated individually.
P:Porto Venere / Zhongning, ____________ 2025
P:The Vendor ______________________    The Customer ______________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------------------------
SOURCES = {"h171z01": H171Z01, "h171z02": H171Z02, "h171z03": H171Z03, "h171z04": H171Z04, "h171z05": H171Z05,
           "h171e01": H171E01, "h171e02": H171E02, "h171e03": H171E03, "h171e04": H171E04, "h171e05": H171E05}
NAMES = {"h171z01": "h171z01_district_health_platform_integration.docx",
         "h171z02": "h171z02_wire_harness_test_benches_maintenance.txt",
         "h171z03": "h171z03_kindergarten_home_school_saas.md",
         "h171z04": "h171z04_trading_centre_platform_annual_om.pdf",
         "h171z05": "h171z05_mooncake_erp_supplier_template.md",
         "h171e01": "h171e01_garment_printing_separation_licence_ie_vendor.docx",
         "h171e02": "h171e02_tea_tour_booking_saas_order_form_de_vendor.txt",
         "h171e03": "h171e03_fishery_cold_store_sensors_fr_integrator.txt",
         "h171e04": "h171e04_translation_agency_managed_it_scot_provider.md",
         "h171e05": "h171e05_goji_lab_certificate_api_it_vendor.pdf"}
TARGETS = {k: (n, n.rsplit(".", 1)[1]) for k, n in NAMES.items() if n.endswith((".docx", ".pdf"))}

# ---------------------------------------------------------------------------------------------------------------
# Price and payment sums (asserted), and the computed label numbers
# ---------------------------------------------------------------------------------------------------------------
def pct(part, whole):
    return part / whole * 100


# z01: licence + hardware + security = 软硬件小计; + interfaces 23 x 18,400 + data + implementation
Z01_SUB = 1_280_000 + 876_000 + 342_000
assert Z01_SUB == 2_498_000 and 23 * 18_400 == 423_200
Z01_V = Z01_SUB + 423_200 + 316_800 + 142_000
assert Z01_V == 3_380_000
assert (676_000, 1_183_000, 1_521_000) == tuple(round(Z01_V * p / 100) for p in (20, 35, 45))
assert 676_000 + 1_183_000 + 1_521_000 == Z01_V and round(Z01_SUB * 0.085) == 212_330
# z02: 14 x 86,500 + 42 x 9,800 + 168,000 = 硬件及软件小计; + installation/training
Z02_SUB = 14 * 86_500 + 42 * 9_800 + 168_000
assert 14 * 86_500 == 1_211_000 and 42 * 9_800 == 411_600 and Z02_SUB == 1_790_600
Z02_V = Z02_SUB + 64_400
assert Z02_V == 1_855_000
assert (649_250, 1_020_250, 185_500) == tuple(round(Z02_V * p / 100) for p in (35, 55, 10))
assert 649_250 + 1_020_250 + 185_500 == Z02_V and round(Z02_SUB * 0.18) == 322_308
# z03: 26 kindergartens x 15,800 x 3 years + implementation + customisation; quarterly fee
Z03_SUB = 26 * 15_800 * 3
assert Z03_SUB == 1_232_400 and Z03_SUB / 12 == 102_700
Z03_V = Z03_SUB + 86_000 + 58_000
assert Z03_V == 1_376_400
# z04: five service items; quarterly fee
assert 60 * 1_800 == 108_000
Z04_V = 486_000 + 336_000 + 108_000 + 96_000 + 54_000
assert Z04_V == 1_080_000 and Z04_V / 4 == 270_000
# z05: 60 users x 9,800 + custom development + implementation + training; 45/45/10
assert 60 * 9_800 == 588_000
Z05_V = 588_000 + 436_000 + 218_000 + 18_000
assert Z05_V == 1_260_000
assert (567_000, 567_000, 126_000) == tuple(round(Z05_V * p / 100) for p in (45, 45, 10))
assert 567_000 * 2 + 126_000 == Z05_V
# e01: 6 x 46,000 + 2 x 38,500 = Licence Subtotal; + configuration + training; 20/45/35
E01_SUB = 6 * 46_000 + 2 * 38_500
assert 6 * 46_000 == 276_000 and 2 * 38_500 == 77_000 and E01_SUB == 353_000
E01_V = E01_SUB + 86_000 + 18_000
assert E01_V == 457_000
assert (91_400, 205_650, 159_950) == tuple(round(E01_V * p / 100) for p in (20, 45, 35))
assert 91_400 + 205_650 + 159_950 == E01_V and round(E01_SUB * 0.11) == 38_830
# e02: 36 x 21,600 + two one-time fees; quarterly fee; LD maximum
assert 36 * 21_600 == 777_600 and 3 * 21_600 == 64_800
E02_V = 777_600 + 64_000 + 22_400
assert E02_V == 864_000 and 72 * 600 == 43_200
# e03: 148 x 1,250 + 8 x 6,400 + 36 x 420 + 96,000 = subtotal; + installation; 55/45
E03_SUB = 148 * 1_250 + 8 * 6_400 + 36 * 420 + 96_000
assert (148 * 1_250, 8 * 6_400, 36 * 420) == (185_000, 51_200, 15_120) and E03_SUB == 347_320
E03_V = E03_SUB + 58_680
assert E03_V == 406_000
assert (223_300, 182_700) == tuple(round(E03_V * p / 100) for p in (55, 45)) and 223_300 + 182_700 == E03_V
assert round(E03_SUB * 0.075) == 26_049
# e04: 24 x 38,500 + onboarding
E04_V = 24 * 38_500 + 46_000
assert 24 * 38_500 == 924_000 and E04_V == 970_000 and round(E04_V * 0.05) == 48_500
# e05: 3 x 186,000 + integration; quarterly instalment; cap 1.5 x value
E05_V = 3 * 186_000 + 124_000
assert E05_V == 682_000 and 186_000 / 4 == 46_500 and E05_V * 1.5 == 1_023_000

# ---------------------------------------------------------------------------------------------------------------
# Labels (from the buyer's point of view; conventions of holdout18/19 with their post-run corrections)
# ---------------------------------------------------------------------------------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]

# defaults of a clean contract; each label below states only what differs
CLEAN = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
             data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
             liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
             warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
             termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
             contract_kind="service")

PLAN = {
    "h171z01": dict(lang="zh", category="software", value=Z01_V, fee_base=Z01_SUB,
                    terms=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.06,
                               prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=36,
                               post_warranty_fee_pct=8.5, contract_kind="goods_or_licence"),
                    capped=True, rules=[]),
    "h171z02": dict(lang="zh", category="hardware", value=Z02_V, fee_base=Z02_SUB,
                    terms=dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=35,
                               final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=18,
                               contract_kind="goods_or_licence"),
                    capped=True, rules=["CR-POST-WARRANTY-FEE", "CR-PREPAYMENT"]),
    "h171z03": dict(lang="zh", category="cloud", value=Z03_V,
                    terms=dict(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False,
                               ld_rate_per_day_pct=pct(1_000, Z03_V), liability_cap_pct=200,
                               auto_renewal_price_increase=True),
                    rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h171z04": dict(lang="zh", category="services", value=Z04_V,
                    terms=dict(availability_pct=99.98, p1_response_hours=8, ld_rate_per_day_pct=0.1,
                               liability_cap_pct=50),
                    rules=["CR-LIABILITY-CAP", "CR-SLA-RESPONSE"]),
    "h171z05": dict(lang="zh", category="software", value=Z05_V, fee_base=588_000,
                    terms=dict(p1_response_hours=24, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                               ld_rate_per_day_pct=0.02, liability_cap_pct=pct(218_000, Z05_V), prepayment_pct=45,
                               acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                               post_warranty_fee_pct=None, subcontract_without_consent=None,
                               contract_kind="goods_or_licence"),
                    capped=False, deemed=True,
                    rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                           "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                           "CR-WARRANTY"]),
    "h171e01": dict(lang="en", category="software", value=E01_V, fee_base=E01_SUB,
                    terms=dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
                               prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=18,
                               post_warranty_fee_pct=11, governing_law="Ireland", contract_kind="goods_or_licence"),
                    capped=True, forum_outside=True, rules=["CR-GOVERNING-LAW"]),
    "h171e02": dict(lang="en", category="cloud", value=E02_V,
                    terms=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=pct(600, E02_V),
                               liability_cap_pct=9 / 36 * 100, subcontract_without_consent=True,
                               governing_law="Germany"),
                    forum_outside=True, rules=["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "h171e03": dict(lang="en", category="hardware", value=E03_V, fee_base=E03_SUB,
                    terms=dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.1, final_payment_on_acceptance=True,
                               warranty_months=24, post_warranty_fee_pct=7.5, contract_kind="goods_or_licence"),
                    capped=True, rules=[]),
    "h171e04": dict(lang="en", category="services", value=E04_V,
                    terms=dict(p1_response_hours=6, ld_rate_per_day_pct=pct(800, E04_V), liability_cap_pct=150,
                               auto_renewal_price_increase=True),
                    rules=["CR-AUTO-RENEWAL", "CR-SLA-RESPONSE"]),
    "h171e05": dict(lang="en", category="cloud", value=E05_V,
                    terms=dict(availability_pct=99.95, p1_response_hours=1, sla_remedy=False, ip_owner="supplier",
                               buyer_owns_data=False, ld_rate_per_day_pct=0.07, liability_cap_pct=150),
                    rules=["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-SLA-NO-REMEDY"]),
}
HORIZON = 5


def tco(plan, terms):
    """Policy section 4: purchase + implementation = contract value; post-warranty fee for every year of the 5-year
    horizon after the warranty (partial years pro rata); fee base = itemised licence/hardware subtotal."""
    if terms["contract_kind"] != "goods_or_licence" or terms["post_warranty_fee_pct"] is None:
        return None
    fee = terms["post_warranty_fee_pct"] / 100 * plan["fee_base"]
    years = max(0.0, HORIZON - terms["warranty_months"] / 12)
    service = fee * years
    total = plan["value"] + service
    return dict(annual_fee=fee, post_warranty_years=years, service=service, total=total, share=pct(service, total))


def apply_rules(t, x, forum_outside, tco_res):
    """The CR rules of policy section 3, read as its section 'Where rules apply, and how clauses are read'."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if x["sla_clause"] and t["availability_pct"] is not None and t["availability_pct"] < 99.9:
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        fee = t["post_warranty_fee_pct"]
        if fee is None or not x["post_warranty_fee_capped"] or fee > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if tco_res is not None and tco_res["share"] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in ("PRC", None) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


ON_THRESHOLD = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05,
                "liability_cap_pct": 100, "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def build_label(key):
    plan = PLAN[key]
    terms = dict(CLEAN)
    terms.update(plan["terms"])
    assert set(terms) == set(TERM_KEYS)
    terms = {k: terms[k] for k in TERM_KEYS}
    extra = {"sla_clause": True, "ld_stated": terms["ld_rate_per_day_pct"] is not None}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = plan["capped"]
    extra["acceptance_deemed_on_delivery"] = plan.get("deemed", False)
    extra["contract_value"] = plan["value"]
    res = tco(plan, terms)
    rules = apply_rules(terms, extra, plan.get("forum_outside", False), res)
    assert rules == sorted(plan["rules"]), (key, rules, plan["rules"])
    for k, v in ON_THRESHOLD.items():
        assert terms[k] is None or abs(terms[k] - v) > 1e-9, (key, k, terms[k])
    assert res is None or abs(res["share"] - 40) > 1e-9
    label = {"file": NAMES[key], "language": plan["lang"], "category": plan["category"], "expected_terms": terms,
             "expected_extra": extra, "expected_rules": rules}
    return label, res

# ---------------------------------------------------------------------------------------------------------------
# Read-back and threshold scan
# ---------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix in (".md", ".txt"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


ZH_NUM = "零一二三四五六七八九十两百"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    r"(?<![\d.,])(?:30|15|40|100)(?:\.0+)?" + PCT,                     # prepayment / post-warranty fee / TCO / cap
    r"\b(?:thirty|fifteen|forty|one\s+hundred)\s+per\s*cent",
    r"百分之(?:三十|十五|四十|百|一百)(?![点零一二三四五六七八九十])",
    r"(?<![\d.])99\.90*(?!\d)",                                        # availability
    r"百分之九十九点九(?![零一二三四五六七八九])",
    r"(?<![\d.])0\.050*(?!\d)", r"万分之五(?![十])", r"千分之零点五", r"0\.5\s*‰",   # LD per day
    r"(?<![\d.])4(?:\.0+)?[\s-]*(?:hours?|hrs?|h\b|小时|个小时)",          # P1 response
    r"\bfour[\s-]+(?:\(4\)\s*)?hours?", r"(?<![" + ZH_NUM + r"])四个?小时",
    r"(?<![\d.])12[\s-]*(?:months?|个月|月)", r"\btwelve[\s-]+(?:\(12\)\s*)?months?",   # warranty
    r"(?<![" + ZH_NUM + r"])十二个月", r"(?:质保|保修|免费维护)[^。；\n]{0,12}一年", r"warrant[^.\n]{0,40}one year",
]


def scan(text):
    hits = []
    for pat in THRESHOLD_PATTERNS:
        for m in re.finditer(pat, text, flags=re.I):
            hits.append((m.group(0), text[max(0, m.start() - 25): m.end() + 10].replace("\n", " ")))
    return hits


def source_texts(key):
    """Paragraph texts of a docx/pdf source, for checking that the read-back holds all of them."""
    out = []
    for line in SOURCES[key].splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition(":")
        out.append("".join(text.split("|")) if tag == "TB" else text)
    return out


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for key, name in NAMES.items():
        if name.endswith((".md", ".txt")):
            (OUT / name).write_text(SOURCES[key].lstrip("\n"), encoding="utf-8")
            print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)

    bad = 0
    print()
    print("%-58s %7s %7s %6s   %s" % ("file", "chars", "nonws", "words", "threshold hits"))
    for key, name in NAMES.items():
        text = read_back(OUT / name)
        if name.endswith((".docx", ".pdf")):
            flat = re.sub(r"\s+|\|", "", re.sub(r"第\s*\d+\s*页", "", text))  # cell separators, PDF page footers
            missing = [s for s in source_texts(key) if re.sub(r"\s+", "", s) not in flat]
            if missing:
                bad += 1
                print("  READ-BACK MISSING in", name, missing[:3])
        hits = scan(text)
        bad += bool(hits)
        print("%-58s %7d %7d %6d   %s" % (name, len(text), len(re.sub(r"\s+", "", text)), len([w for w in text.split() if w != "|"]),
                                         hits or "none"))

    print()
    for key in NAMES:
        label, res = build_label(key)
        path = OUT / (NAMES[key].rsplit(".", 1)[0] + ".json")
        path.write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        t = label["expected_terms"]
        print(key, label["expected_rules"] or "(none)")
        print("   value %s  ld %s  cap %s  prepay %s  warranty %s  pw-fee %s  avail %s  p1 %s" % (
            label["expected_extra"]["contract_value"], t["ld_rate_per_day_pct"], t["liability_cap_pct"],
            t["prepayment_pct"], t["warranty_months"], t["post_warranty_fee_pct"], t["availability_pct"],
            t["p1_response_hours"]))
        if res:
            print("   TCO: annual fee %.2f x %.2f years = %.2f; total %.2f; share %s %%" % (
                res["annual_fee"], res["post_warranty_years"], res["service"], res["total"], res["share"]))
    if bad:
        sys.exit("read-back check failed")
    print("\nall sums asserted, labels re-checked against the rules, no value on a threshold")


if __name__ == "__main__":
    main()
